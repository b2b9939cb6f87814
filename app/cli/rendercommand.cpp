#include "rendercommand.h"

#include "commandsupport.h"
#include "exportpreset.h"
#include "jobcommands.h"
#include "jobqueue.h"
#include "renderplan.h"
#include "storyboardstore.h"
#include "storyreelfile.h"
#include "studio.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

namespace storyreel {
namespace {

struct RenderCommand
{
    Q_DECLARE_TR_FUNCTIONS(storyreel::RenderCommand)
};

// Renders through the job queue, so the render shows in the job monitor and survives like any job.
int renderAsJob(Studio &studio, const Storyboard &board, const RenderSettings &settings,
                const QString &destination)
{
    JobRequest request;
    request.kind = JobKind::Render;
    request.title = RenderCommand::tr("Render \"%1\"").arg(board.title);
    request.outputPath = destination;
    request.params = QJsonObject{{QStringLiteral("storyboardId"), board.id},
                                 {QStringLiteral("aspect"), toText(settings.aspect)},
                                 {QStringLiteral("shortSide"), settings.shortSide},
                                 {QStringLiteral("captions"), settings.captions},
                                 {QStringLiteral("motion"), settings.motion},
                                 {QStringLiteral("crossfadeMs"), settings.crossfadeMs},
                                 {QStringLiteral("soundtrack"), settings.soundtrackPath}};
    return runAsJob(studio, request, QStringLiteral("render"));
}

}  // namespace

int runRenderCommand(const CommandLine &commandLine)
{
    CommandParser command(
        QStringLiteral("render"),
        RenderCommand::tr(
            "Render a storyboard (a catalog id or title, or a .storyreel file) to an MP4 video.\n"
            "A .storyreel file is first imported into the catalog as a new storyboard (kept, "
            "so the render shows in the job history like any other); its id is printed."));
    QCommandLineParser &parser = command.parser();
    parser.addPositionalArgument(
        QStringLiteral("storyboard"),
        RenderCommand::tr("Catalog id or title of the storyboard, or a .storyreel file."));
    parser.addOptions({
        {{QStringLiteral("o"), QStringLiteral("output")},
         RenderCommand::tr("Write the video to FILE."),
         QStringLiteral("FILE")},
        {QStringLiteral("aspect"), RenderCommand::tr("16:9, 9:16 or 1:1 (default: the storyboard's)."),
         QStringLiteral("ASPECT")},
        {QStringLiteral("quality"), RenderCommand::tr("low (480p), medium (720p) or high (1080p, default)."),
         QStringLiteral("QUALITY")},
        {QStringLiteral("no-motion"), RenderCommand::tr("Show stills without the gentle zoom and drift.")},
        {QStringLiteral("captions"), RenderCommand::tr("Burn in each scene's description as a caption.")},
        {QStringLiteral("crossfade"),
         RenderCommand::tr("Crossfade length in seconds (default 1, 0 for cuts)."),
         QStringLiteral("SECONDS")},
        {QStringLiteral("soundtrack"), RenderCommand::tr("Mix an audio file under the video."),
         QStringLiteral("FILE")},
    });
    if (std::optional<int> stop = command.parse(commandLine, 1, 1))
        return *stop;
    if (!command.isSet(QStringLiteral("output")))
        return command.usageError(RenderCommand::tr("-o OUT is required"));

    // Every option is checked before the catalog is opened: a usage error never waits on I/O.
    RenderSettings settings;
    std::optional<Aspect> aspect;
    if (command.isSet(QStringLiteral("aspect"))) {
        aspect = fromText<Aspect>(command.value(QStringLiteral("aspect")));
        if (!aspect)
            return command.usageError(RenderCommand::tr("--aspect takes 16:9, 9:16 or 1:1"));
    }
    const std::optional<ExportPreset::Quality> quality = ExportPreset::parseQuality(
        command.isSet(QStringLiteral("quality")) ? command.value(QStringLiteral("quality"))
                                                 : QStringLiteral("high"));
    if (!quality)
        return command.usageError(RenderCommand::tr("--quality takes low, medium or high"));
    settings.shortSide = ExportPreset::shortSideFor(*quality);
    settings.motion = !command.isSet(QStringLiteral("no-motion"));
    settings.captions = command.isSet(QStringLiteral("captions"));
    if (command.isSet(QStringLiteral("crossfade"))) {
        bool ok = false;
        const double seconds = command.value(QStringLiteral("crossfade")).toDouble(&ok);
        if (!ok || seconds < 0 || seconds > 10)
            return command.usageError(RenderCommand::tr("--crossfade takes seconds from 0 to 10"));
        settings.crossfadeMs = int(seconds * 1000);
    }
    settings.soundtrackPath = command.value(QStringLiteral("soundtrack"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    std::unique_ptr<Studio> studio = openStudio(command.dataDir(commandLine), err);
    if (!studio)
        return ExitFailure;
    const QString wanted = command.positional().first();
    Result<Storyboard> board = Failure{};
    if (storyreelfile::looksLikeStoryreelPath(wanted) && QFileInfo(wanted).isFile()) {
        Result<RowId> imported = storyreelfile::import(studio->catalog(), studio->location().root(), wanted);
        if (!imported)
            return reportFailure(QStringLiteral("render"), imported.failure(), err);
        board = StoryboardStore(studio->catalog()).load(*imported);
        if (board)
            out << RenderCommand::tr("Imported \"%1\" from %2 as storyboard #%3")
                       .arg(board->title, QDir::toNativeSeparators(wanted), QString::number(board->id))
                << "\n";
    } else {
        board = findStoryboard(studio->catalog(), wanted);
    }
    if (!board)
        return reportFailure(QStringLiteral("render"), board.failure(), err);
    settings.aspect = aspect.value_or(board->aspect);

    const QString destination = QDir::current().absoluteFilePath(command.value(QStringLiteral("output")));
    if (!QFileInfo(destination).absoluteDir().exists())
        return command.usageError(
            RenderCommand::tr("the folder %1 does not exist").arg(QFileInfo(destination).absolutePath()));
    if (const int code = renderAsJob(*studio, *board, settings, destination); code != ExitOk)
        return code;
    out << RenderCommand::tr("Rendered \"%1\" (%2x%3, %4 s) to %5")
               .arg(board->title, QString::number(settings.frameSize().width()),
                    QString::number(settings.frameSize().height()),
                    QString::number(board->totalDurationMs() / 1000.0, 'f', 1),
                    QDir::toNativeSeparators(destination))
        << "\n";
    return ExitOk;
}

int renderSampleStoryboard(Studio &studio, QTextStream &out, QTextStream &err)
{
    Result<QList<Storyboard>> boards = StoryboardStore(studio.catalog()).list();
    if (!boards)
        return reportFailure(QStringLiteral("render"), boards.failure(), err);
    const auto sample =
        std::find_if(boards->cbegin(), boards->cend(), [](const Storyboard &b) { return b.isSample; });
    if (sample == boards->cend()) {
        out << "\n"
            << RenderCommand::tr("The sample storyboard was deleted from this catalog; nothing to render.")
            << "\n";
        return ExitOk;
    }
    Result<Storyboard> board = StoryboardStore(studio.catalog()).load(sample->id);
    if (!board)
        return reportFailure(QStringLiteral("render"), board.failure(), err);
    const QString folder = QDir(studio.location().root()).filePath(QStringLiteral("renders"));
    if (!QDir().mkpath(folder))
        return reportFailure(QStringLiteral("render"),
                             Failure{RenderCommand::tr("cannot create %1").arg(folder)}, err);
    RenderSettings settings;
    settings.aspect = board->aspect;
    settings.captions = true;
    out << "\n" << RenderCommand::tr("Rendering \"%1\"...").arg(board->title) << "\n";
    out.flush();
    const QString destination = QDir(folder).filePath(renderFileName(*board));
    if (const int code = renderAsJob(studio, *board, settings, destination); code != ExitOk)
        return code;
    out << RenderCommand::tr("The sample storyboard is rendered: %1")
               .arg(QDir::toNativeSeparators(destination))
        << "\n";

    return ExitOk;
}

}  // namespace storyreel
