#include "librarycommands.h"

#include "accountstore.h"
#include "commandsupport.h"
#include "libraryservice.h"
#include "lookdisplay.h"
#include "lookstore.h"
#include "mediaimport.h"
#include "providerenv.h"
#include "studio.h"
#include "videostore.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <memory>

namespace storyreel {
namespace {

const QString kLooks = QStringLiteral("looks");
const QString kVideos = QStringLiteral("videos");
constexpr int kDefaultLimit = 100;

struct LibraryCommands
{
    Q_DECLARE_TR_FUNCTIONS(storyreel::LibraryCommands)
};

// Rows of text in columns as wide as their widest cell; the last column is not padded.
void printTable(QTextStream &out, const QList<QStringList> &rows)
{
    QList<int> widths;
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths << 0;
            widths[i] = qMax(widths[i], int(row[i].size()));
        }
    }
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row[i].leftJustified(widths[i] + 2) : row[i];
        out << line << "\n";
    }
}

QString durationText(qint64 ms)
{
    if (ms <= 0)
        return QStringLiteral("-");
    const qint64 seconds = (ms + 500) / 1000;
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

std::optional<RowId> idArgument(const CommandParser &command, const QString &text, const QString &what,
                                int *code)
{
    bool ok = false;
    const RowId id = text.toLongLong(&ok);
    if (!ok || id <= 0) {
        *code = command.usageError(
            LibraryCommands::tr("%1 must be a number (see the ID column of list), not '%2'").arg(what, text));
        return std::nullopt;
    }
    return id;
}

// Why a look shows what it shows (DESIGN "Display rule").
QString displayText(const LookSummary &look)
{
    if (look.defaultVideoId == 0)
        return LibraryCommands::tr("the look's image (no default video)");
    if (showsDefaultVideo(true, look.defaultStatus))
        return LibraryCommands::tr("the default video %1").arg(look.defaultVideoId);
    return LibraryCommands::tr("the look's image (the default video %1 is %2)")
        .arg(look.defaultVideoId)
        .arg(toText(look.defaultStatus));
}

int listLooks(Studio &studio, QTextStream &out, QTextStream &err)
{
    Result<QList<LookSummary>> looks = LookStore(studio.catalog()).summaries();
    if (!looks)
        return reportFailure(kLooks, looks.failure(), err);
    if (looks->isEmpty()) {
        out << LibraryCommands::tr("No looks in the library.") << "\n";
        return ExitOk;
    }
    QList<QStringList> rows{{LibraryCommands::tr("ID"), LibraryCommands::tr("TITLE"),
                             LibraryCommands::tr("PRODUCTS"), LibraryCommands::tr("VIDEOS"),
                             LibraryCommands::tr("DEFAULT"), LibraryCommands::tr("SHOWS")}};
    for (const LookSummary &look : *looks) {
        const bool video = showsDefaultVideo(look.defaultVideoId > 0, look.defaultStatus);
        rows << QStringList{
            QString::number(look.id),
            look.title,
            QString::number(look.productCount),
            QString::number(look.videoCount),
            look.defaultVideoId > 0 ? QString::number(look.defaultVideoId) : QStringLiteral("-"),
            video ? LibraryCommands::tr("video") : LibraryCommands::tr("image")};
    }
    printTable(out, rows);
    return ExitOk;
}

int showLook(Studio &studio, RowId id, QTextStream &out, QTextStream &err)
{
    Result<Look> look = LookStore(studio.catalog()).load(id);
    if (!look)
        return reportFailure(kLooks,
                             Failure{LibraryCommands::tr("no look %1 (see storyreel looks list)").arg(id),
                                     FailureKind::BadInput},
                             err);
    out << LibraryCommands::tr("Look %1: %2").arg(look->id).arg(look->title) << "\n";
    QString provider = LibraryCommands::tr("local");
    if (look->accountId > 0) {
        Result<ProviderAccount> account = AccountStore(studio.catalog()).load(look->accountId);
        provider = LibraryCommands::tr("%1 (%2), remote id %3")
                       .arg(account ? QStringLiteral("\"%1\"").arg(account->name) : QStringLiteral("?"),
                            account ? toText(account->dialect) : QString(), look->remoteId);
    }
    out << LibraryCommands::tr("Provider: %1").arg(provider) << "\n";
    out << LibraryCommands::tr("Visibility: %1").arg(toText(look->visibility)) << "\n";
    out << LibraryCommands::tr("Products (%1):").arg(look->products.size()) << "\n";
    for (const Product &product : std::as_const(look->products)) {
        QString line = QStringLiteral("  %1. %2").arg(product.position).arg(product.name);
        if (!product.brand.isEmpty())
            line += QStringLiteral(" (%1)").arg(product.brand);
        if (product.priceCents > 0)
            line += QStringLiteral(", %1 %2")
                        .arg(double(product.priceCents) / 100.0, 0, 'f', 2)
                        .arg(product.currency);
        out << line << "\n";
    }
    const VideoStore videos(studio.catalog());
    Result<QList<Video>> linked = videos.videosForLook(id);
    Result<QList<LookVideoLink>> links = videos.links(id);
    if (!linked || !links)
        return reportFailure(kLooks, linked ? links.failure() : linked.failure(), err);
    LookSummary summary;
    summary.id = id;
    out << LibraryCommands::tr("Videos (%1; * = default):").arg(linked->size()) << "\n";
    QList<QStringList> rows;
    for (const Video &video : *linked) {
        bool isDefault = false;
        for (const LookVideoLink &link : *links)
            isDefault = isDefault || (link.videoId == video.id && link.isDefault);
        if (isDefault) {
            summary.defaultVideoId = video.id;
            summary.defaultStatus = video.status;
        }
        const bool offline = !video.filePath.isEmpty() && studio.media().contains(video.filePath);
        rows << QStringList{isDefault ? QStringLiteral("  *") : QStringLiteral("   "),
                            QString::number(video.id),
                            toText(video.status),
                            durationText(video.durationMs),
                            offline ? LibraryCommands::tr("offline") : QStringLiteral("-"),
                            video.title};
    }
    printTable(out, rows);
    out << LibraryCommands::tr("Shows: %1").arg(displayText(summary)) << "\n";
    return ExitOk;
}

// Runs one LibraryService edit to its end and reports it. Queued counts as done (it is applied here).
int runEdit(Studio &studio, const QString &commandName,
            const std::function<void(LibraryService &, std::function<void(LibraryOutcome)>)> &edit,
            const QString &doneText, QTextStream &out, QTextStream &err)
{
    ProviderEnvironment env(studio);
    LibraryService library(studio.catalog(), env.hub, *env.queue, studio.location());
    return runUntilReported([&](std::function<void(int)> report) {
        edit(library, [&, report](LibraryOutcome outcome) {
            switch (outcome.kind) {
                case LibraryOutcome::Kind::Done:
                    out << doneText << "\n";
                    if (!outcome.message.isEmpty())
                        out << outcome.message << "\n";
                    out.flush();
                    return report(ExitOk);
                case LibraryOutcome::Kind::Queued:
                    out << LibraryCommands::tr("%1 (in the library)").arg(doneText) << "\n"
                        << LibraryCommands::tr(
                               "queued: the provider is unreachable; the change is sent when "
                               "the account is reachable again.")
                        << "\n";
                    err << "storyreel " << commandName << ": " << outcome.message << "\n";
                    out.flush();
                    err.flush();
                    return report(ExitOk);
                case LibraryOutcome::Kind::Failed:
                    err << "storyreel " << commandName << ": " << outcome.message << "\n";
                    err.flush();
                    return report(ExitFailure);
            }
        });
    });
}

}  // namespace

int runLooksCommand(const CommandLine &commandLine)
{
    CommandParser command(kLooks,
                          LibraryCommands::tr("The look library:\n"
                                              "  list                   every look: products, videos, "
                                              "default video, and what it shows (video or image)\n"
                                              "  show ID                a look's products and linked videos "
                                              "(* marks the default) and what it shows\n"
                                              "  set-default LOOK VIDEO make a linked, finished video the "
                                              "look's default (on the provider too for an aistudio look; "
                                              "queued when it is unreachable)"));
    command.parser().addPositionalArgument(QStringLiteral("action"),
                                           LibraryCommands::tr("list, show or set-default."));
    command.parser().addPositionalArgument(QStringLiteral("ids"), LibraryCommands::tr("LOOK [VIDEO]"),
                                           QStringLiteral("[ids...]"));
    if (std::optional<int> stop = command.parse(commandLine, 1, 3))
        return *stop;
    const QStringList args = command.positional();
    const QString action = args.first();
    const int expected = action == QLatin1String("list")          ? 1
                         : action == QLatin1String("show")        ? 2
                         : action == QLatin1String("set-default") ? 3
                                                                  : -1;
    if (expected < 0)
        return command.usageError(
            LibraryCommands::tr("unknown action '%1' (list, show or set-default)").arg(action));
    if (args.size() != expected)
        return command.usageError(
            action == QLatin1String("list")   ? LibraryCommands::tr("list takes no argument")
            : action == QLatin1String("show") ? LibraryCommands::tr("show takes a look ID")
                                              : LibraryCommands::tr("set-default takes LOOK VIDEO"));
    int code = ExitOk;
    std::optional<RowId> look, video;
    if (expected >= 2 && !(look = idArgument(command, args[1], QStringLiteral("LOOK"), &code)))
        return code;
    if (expected == 3 && !(video = idArgument(command, args[2], QStringLiteral("VIDEO"), &code)))
        return code;

    QTextStream out(stdout);
    QTextStream err(stderr);
    std::unique_ptr<Studio> studio = openStudio(command.dataDir(commandLine), err);
    if (!studio)
        return ExitFailure;
    if (action == QLatin1String("list"))
        return listLooks(*studio, out, err);
    if (action == QLatin1String("show"))
        return showLook(*studio, *look, out, err);
    return runEdit(
        *studio, kLooks,
        [&](LibraryService &library, std::function<void(LibraryOutcome)> done) {
            library.setDefault(*look, *video, std::move(done));
        },
        LibraryCommands::tr("Video %1 is the default of look %2.").arg(*video).arg(*look), out, err);
}

namespace {

int listVideos(Studio &studio, const CommandParser &command, QTextStream &out, QTextStream &err)
{
    VideoQuery query;
    if (command.isSet(QStringLiteral("status"))) {
        query.status = fromText<VideoStatus>(command.value(QStringLiteral("status")));
        if (!query.status)
            return command.usageError(
                LibraryCommands::tr("--status takes pending, running, succeeded, failed or cancelled"));
    }
    if (command.isSet(QStringLiteral("kind"))) {
        query.kind = fromText<VideoKind>(command.value(QStringLiteral("kind")));
        if (!query.kind)
            return command.usageError(
                LibraryCommands::tr("--kind takes text, image, storyboard, explainer, render or import"));
    }
    int code = ExitOk;
    if (command.isSet(QStringLiteral("look"))) {
        const std::optional<RowId> look =
            idArgument(command, command.value(QStringLiteral("look")), QStringLiteral("--look"), &code);
        if (!look)
            return code;
        query.lookId = *look;
    }
    query.favoritesOnly = command.isSet(QStringLiteral("favorite"));
    query.offlineOnly = command.isSet(QStringLiteral("offline"));
    query.text = command.value(QStringLiteral("search")).trimmed();
    int limit = kDefaultLimit;
    if (command.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = command.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit <= 0)
            return command.usageError(LibraryCommands::tr("--limit takes a positive number"));
    }
    const VideoStore store(studio.catalog());
    Result<int> total = store.countMatching(query);
    Result<QList<Video>> videos = store.query(query, limit, 0);
    if (!total || !videos)
        return reportFailure(kVideos, total ? videos.failure() : total.failure(), err);
    if (videos->isEmpty()) {
        out << LibraryCommands::tr("No videos match.") << "\n";
        return ExitOk;
    }
    QList<QStringList> rows{{LibraryCommands::tr("ID"), LibraryCommands::tr("STATUS"),
                             LibraryCommands::tr("KIND"), LibraryCommands::tr("FAV"),
                             LibraryCommands::tr("OFFLINE"), LibraryCommands::tr("DURATION"),
                             LibraryCommands::tr("TITLE")}};
    for (const Video &video : *videos) {
        const bool offline = !video.filePath.isEmpty() && studio.media().contains(video.filePath);
        rows << QStringList{QString::number(video.id),
                            toText(video.status),
                            toText(video.kind),
                            video.favorite ? QStringLiteral("*") : QStringLiteral("-"),
                            offline ? LibraryCommands::tr("yes") : LibraryCommands::tr("no"),
                            durationText(video.durationMs),
                            video.title};
    }
    printTable(out, rows);
    if (*total > videos->size())
        err << LibraryCommands::tr("Showing %1 of %n video(s) (use --limit N for more).", nullptr, *total)
                   .arg(videos->size())
            << "\n";
    return ExitOk;
}

int importVideos(Studio &studio, const QStringList &files, QTextStream &out, QTextStream &err)
{
    int refused = 0;
    for (const QString &file : files) {
        Result<RowId> id = importMediaFile(studio.catalog(), studio.media(), file);
        if (!id) {
            ++refused;
            err << LibraryCommands::tr("refused: %1").arg(id.error()) << "\n";
            continue;
        }
        Result<Video> video = VideoStore(studio.catalog()).load(*id);
        out << LibraryCommands::tr("imported: %1 -> video %2")
                   .arg(QFileInfo(file).fileName(), QString::number(*id));

        if (video)
            out << " \"" << video->title << "\" (" << durationText(video->durationMs) << ", " << video->width
                << "x" << video->height << ")";
        out << "\n";
    }
    out.flush();
    err.flush();
    return refused > 0 ? ExitBadInput : ExitOk;
}

}  // namespace

int runVideosCommand(const CommandLine &commandLine)
{
    CommandParser command(
        kVideos, LibraryCommands::tr("The library's videos:\n"
                                     "  list [--status S] [--favorite] [--kind K] [--look ID] [--offline]\n"
                                     "       [--search TEXT] [--limit N]   newest first\n"
                                     "  import FILE...                     probe, copy into the media store "
                                     "and add to the library (non-media files are refused)\n"
                                     "  favorite ID [--off]                mark (or unmark) a favourite (on "
                                     "the provider too for asyncvideos)"));

    QCommandLineParser &parser = command.parser();
    parser.addPositionalArgument(QStringLiteral("action"), LibraryCommands::tr("list, import or favorite."));
    parser.addPositionalArgument(QStringLiteral("args"), LibraryCommands::tr("FILE... or ID"),
                                 QStringLiteral("[args...]"));
    parser.addOptions({
        {QStringLiteral("status"),
         LibraryCommands::tr("list: pending, running, succeeded, failed or cancelled."), QStringLiteral("S")},
        {QStringLiteral("favorite"), LibraryCommands::tr("list: favourites only.")},
        {QStringLiteral("kind"),
         LibraryCommands::tr("list: text, image, storyboard, explainer, render or import."),
         QStringLiteral("K")},
        {QStringLiteral("look"), LibraryCommands::tr("list: videos linked to this look."),
         QStringLiteral("ID")},
        {QStringLiteral("offline"), LibraryCommands::tr("list: only videos with a file here.")},
        {QStringLiteral("search"), LibraryCommands::tr("list: text in the prompt or title (any case)."),
         QStringLiteral("TEXT")},
        {QStringLiteral("limit"), LibraryCommands::tr("list: at most N videos (default 100)."),
         QStringLiteral("N")},
        {QStringLiteral("off"), LibraryCommands::tr("favorite: remove the favourite mark.")},
    });
    if (std::optional<int> stop = command.parse(commandLine, 1, 1 << 20))
        return *stop;
    const QStringList args = command.positional();
    const QString action = args.first();
    int code = ExitOk;
    std::optional<RowId> id;
    if (action == QLatin1String("list")) {
        if (args.size() > 1)
            return command.usageError(LibraryCommands::tr("list takes options, not arguments"));
    } else if (action == QLatin1String("import")) {
        if (args.size() < 2)
            return command.usageError(LibraryCommands::tr("import takes one or more files"));
    } else if (action == QLatin1String("favorite")) {
        if (args.size() != 2)
            return command.usageError(LibraryCommands::tr("favorite takes a video ID"));
        if (!(id = idArgument(command, args[1], QStringLiteral("ID"), &code)))
            return code;
    } else {
        return command.usageError(
            LibraryCommands::tr("unknown action '%1' (list, import or favorite)").arg(action));
    }

    QTextStream out(stdout);
    QTextStream err(stderr);
    std::unique_ptr<Studio> studio = openStudio(command.dataDir(commandLine), err);
    if (!studio)
        return ExitFailure;
    if (action == QLatin1String("list"))
        return listVideos(*studio, command, out, err);
    if (action == QLatin1String("import"))
        return importVideos(*studio, args.mid(1), out, err);
    const bool favorite = !command.isSet(QStringLiteral("off"));
    return runEdit(
        *studio, kVideos,
        [&](LibraryService &library, std::function<void(LibraryOutcome)> done) {
            library.setFavorite(*id, favorite, std::move(done));
        },
        favorite ? LibraryCommands::tr("Video %1 is a favourite.").arg(*id)
                 : LibraryCommands::tr("Video %1 is no longer a favourite.").arg(*id),
        out, err);
}

}  // namespace storyreel
