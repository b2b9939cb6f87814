#include "mediacommands.h"

#include "commandsupport.h"
#include "exportcache.h"
#include "exporter.h"
#include "jobcommands.h"
#include "jobqueue.h"
#include "partialfile.h"
#include "probe.h"
#include "studio.h"
#include "thumbnailer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThreadPool>

namespace storyreel {
namespace {

struct MediaCommands
{
    Q_DECLARE_TR_FUNCTIONS(storyreel::MediaCommands)
};

// The type as --json names it: machine-readable, never translated.
QString streamTypeName(StreamInfo::Type type)
{
    switch (type) {
        case StreamInfo::Type::Video:
            return QStringLiteral("video");
        case StreamInfo::Type::Audio:
            return QStringLiteral("audio");
        case StreamInfo::Type::Subtitle:
            return QStringLiteral("subtitle");
        case StreamInfo::Type::Data:
            return QStringLiteral("data");
        case StreamInfo::Type::Attachment:
            return QStringLiteral("attachment");
        case StreamInfo::Type::Unknown:
            break;
    }
    return QStringLiteral("unknown");
}

QString streamTypeText(StreamInfo::Type type)
{
    switch (type) {
        case StreamInfo::Type::Video:
            return MediaCommands::tr("video");
        case StreamInfo::Type::Audio:
            return MediaCommands::tr("audio");
        case StreamInfo::Type::Subtitle:
            return MediaCommands::tr("subtitle");
        case StreamInfo::Type::Data:
            return MediaCommands::tr("data");
        case StreamInfo::Type::Attachment:
            return MediaCommands::tr("attachment");
        case StreamInfo::Type::Unknown:
            break;
    }
    return MediaCommands::tr("unknown");
}

QJsonObject toJson(const MediaInfo &info)
{
    QJsonArray streams;
    for (const StreamInfo &stream : info.streams) {
        QJsonObject entry{{QStringLiteral("index"), stream.index},
                          {QStringLiteral("type"), streamTypeName(stream.type)},
                          {QStringLiteral("codec"), stream.codec},
                          {QStringLiteral("bitRate"), stream.bitRate},
                          {QStringLiteral("durationMs"), stream.durationMs}};
        if (stream.type == StreamInfo::Type::Video) {
            entry.insert(QStringLiteral("width"), stream.width);
            entry.insert(QStringLiteral("height"), stream.height);
            entry.insert(QStringLiteral("frameRate"), stream.frameRate);
            entry.insert(QStringLiteral("rotation"), stream.rotation);
            entry.insert(QStringLiteral("pixelFormat"), stream.pixelFormat);
        } else if (stream.type == StreamInfo::Type::Audio) {
            entry.insert(QStringLiteral("sampleRate"), stream.sampleRate);
            entry.insert(QStringLiteral("channels"), stream.channels);
        }
        streams.append(entry);
    }
    return {{QStringLiteral("path"), info.path},
            {QStringLiteral("container"), info.container},
            {QStringLiteral("durationMs"), info.durationMs},
            {QStringLiteral("bitRate"), info.bitRate},
            {QStringLiteral("sizeBytes"), info.sizeBytes},
            {QStringLiteral("streams"), streams}};
}

void printInfo(const MediaInfo &info, QTextStream &out)
{
    out << QDir::toNativeSeparators(info.path) << "\n";
    // Labels in one column, whatever their length in the user's language.
    const auto field = [](const QString &label) { return QStringLiteral("  ") + label.leftJustified(10); };
    out << field(MediaCommands::tr("container:")) << " " << info.container << "\n";
    out << field(MediaCommands::tr("duration:")) << " " << QString::number(info.durationMs / 1000.0, 'f', 3)
        << " s\n";
    out << field(MediaCommands::tr("bit rate:")) << " " << info.bitRate / 1000 << " kb/s\n";
    for (const StreamInfo &stream : info.streams) {
        out << "  #" << stream.index << " " << streamTypeText(stream.type) << ": " << stream.codec;
        if (stream.type == StreamInfo::Type::Video) {
            out << ", " << stream.width << "x" << stream.height << ", "
                << QString::number(stream.frameRate, 'f', 3) << " fps";
            if (stream.rotation != 0)
                out << ", " << MediaCommands::tr("rotated %1 degrees").arg(stream.rotation);
            if (stream.attachedPicture)
                out << " " << MediaCommands::tr("(cover art)");
        } else if (stream.type == StreamInfo::Type::Audio) {
            out << ", " << stream.sampleRate << " Hz, "
                << MediaCommands::tr("%n channel(s)", nullptr, stream.channels);
        }
        out << "\n";
    }
}

}  // namespace

int runProbeCommand(const CommandLine &commandLine)
{
    CommandParser command(QStringLiteral("probe"),
                          MediaCommands::tr("Show the container, duration and streams of a media file."));
    command.parser().addPositionalArgument(QStringLiteral("file"), MediaCommands::tr("The media file."));
    command.parser().addOption({QStringLiteral("json"), MediaCommands::tr("Print JSON instead of text.")});
    if (std::optional<int> stop = command.parse(commandLine, 1, 1))
        return *stop;
    QTextStream out(stdout);
    QTextStream err(stderr);
    Result<MediaInfo> info = probeMedia(command.positional().first());
    if (!info)
        return reportFailure(QStringLiteral("probe"), info.failure(), err);
    if (command.isSet(QStringLiteral("json")))
        out << QJsonDocument(toJson(*info)).toJson(QJsonDocument::Indented);
    else
        printInfo(*info, out);
    return ExitOk;
}

int runThumbnailCommand(const CommandLine &commandLine)
{
    CommandParser command(
        QStringLiteral("thumbnail"),
        MediaCommands::tr("Save a poster frame of a video as JPEG or PNG. With several videos, OUT is a "
                          "folder and the posters are made in parallel."));
    QCommandLineParser &parser = command.parser();
    parser.addPositionalArgument(QStringLiteral("files"), MediaCommands::tr("The video(s)."),
                                 QStringLiteral("FILE..."));
    parser.addOptions({
        {{QStringLiteral("o"), QStringLiteral("output")},
         MediaCommands::tr("Write the image to FILE (.jpg or .png), or into a folder for several videos."),
         QStringLiteral("OUT")},
        {QStringLiteral("at"), MediaCommands::tr("Time of the frame in seconds (default: a poster time)."),
         QStringLiteral("SECONDS")},
        {QStringLiteral("width"), MediaCommands::tr("Width in pixels (default 640)."), QStringLiteral("W")},
    });
    if (std::optional<int> stop = command.parse(commandLine, 1, 100000))
        return *stop;
    if (!command.isSet(QStringLiteral("output")))
        return command.usageError(MediaCommands::tr("-o OUT is required"));
    const QStringList sources = command.positional();
    const QString output = QDir::current().absoluteFilePath(command.value(QStringLiteral("output")));
    const bool batch = sources.size() > 1 || QFileInfo(output).isDir();
    QString format = batch ? QStringLiteral("jpg") : QFileInfo(output).suffix().toLower();
    if (format == QLatin1String("jpeg"))
        format = QStringLiteral("jpg");
    if (format != QLatin1String("jpg") && format != QLatin1String("png"))
        return command.usageError(MediaCommands::tr("the output must end in .jpg or .png"));
    if (batch && !QFileInfo(output).isDir())
        return command.usageError(MediaCommands::tr("with several videos, -o names an existing folder"));
    bool ok = true;
    const double at =
        command.isSet(QStringLiteral("at")) ? command.value(QStringLiteral("at")).toDouble(&ok) : -1.0;
    if (!ok || (command.isSet(QStringLiteral("at")) && at < 0))
        return command.usageError(MediaCommands::tr("--at takes a time in seconds"));
    const int width =
        command.isSet(QStringLiteral("width")) ? command.value(QStringLiteral("width")).toInt(&ok) : 640;
    if (!ok || width < 16 || width > 7680)
        return command.usageError(MediaCommands::tr("--width takes 16 to 7680 pixels"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    std::unique_ptr<Studio> studio = openStudio(command.dataDir(commandLine), err);
    if (!studio)
        return ExitFailure;
    const PosterCache cache(studio->location().root());
    // One poster per source, each on the pool; results collected in order.
    std::vector<Result<QString>> results(std::size_t(sources.size()), Result<QString>(Failure{}));
    QThreadPool pool;
    for (qsizetype i = 0; i < sources.size(); ++i) {
        pool.start([&, i] {
            const QString destination = batch
                                            ? QDir(output).filePath(QFileInfo(sources[i]).completeBaseName() +
                                                                    QLatin1Char('.') + format)
                                            : output;
            Result<QString> cached = cache.poster(sources[i], at, width, format);
            if (cached) {
                if (Status delivered = ExportCache::deliver(*cached, destination); !delivered)
                    cached = delivered.failure();
            }
            results[std::size_t(i)] = cached ? Result<QString>(destination) : cached;
        });
    }
    pool.waitForDone();
    int exitCode = ExitOk;
    for (const Result<QString> &result : std::as_const(results)) {
        if (result)
            out << MediaCommands::tr("Saved %1").arg(QDir::toNativeSeparators(*result)) << "\n";
        else
            exitCode = std::max(exitCode, reportFailure(QStringLiteral("thumbnail"), result.failure(), err));
    }
    return exitCode;
}

int runExportCommand(const CommandLine &commandLine)
{
    CommandParser command(QStringLiteral("export"),
                          MediaCommands::tr("Export a video with a preset (results are cached and reused)."));
    QCommandLineParser &parser = command.parser();
    parser.addPositionalArgument(QStringLiteral("file"), MediaCommands::tr("The source video."));
    parser.addOptions({
        {{QStringLiteral("o"), QStringLiteral("output")},
         MediaCommands::tr("Write the export to FILE."),
         QStringLiteral("FILE")},
        {QStringLiteral("format"), MediaCommands::tr("mp4, webm or mov."), QStringLiteral("FORMAT")},
        {QStringLiteral("quality"), MediaCommands::tr("low (480p), medium (720p) or high (1080p)."),
         QStringLiteral("QUALITY")},
        {QStringLiteral("upscale"), MediaCommands::tr("Scale up sources smaller than the preset.")},
    });
    if (std::optional<int> stop = command.parse(commandLine, 1, 1))
        return *stop;
    if (!command.isSet(QStringLiteral("output")))
        return command.usageError(MediaCommands::tr("-o OUT is required"));
    std::optional<ExportPreset> preset = ExportPreset::parse(command.value(QStringLiteral("format")),
                                                             command.value(QStringLiteral("quality")));
    if (!preset)
        return command.usageError(
            MediaCommands::tr("--format takes mp4, webm or mov and --quality low, medium or high"));
    preset->allowUpscale = command.isSet(QStringLiteral("upscale"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    std::unique_ptr<Studio> studio = openStudio(command.dataDir(commandLine), err);
    if (!studio)
        return ExitFailure;
    const QString destination = QDir::current().absoluteFilePath(command.value(QStringLiteral("output")));
    if (!QFileInfo(destination).absoluteDir().exists())
        return command.usageError(
            MediaCommands::tr("the folder %1 does not exist").arg(QFileInfo(destination).absolutePath()));
    // A file that is not a video is refused here, with exit status 2, rather than queued to fail.
    if (Result<MediaInfo> source = probeMedia(command.positional().first()); !source || !source->hasVideo()) {
        return reportFailure(QStringLiteral("export"),
                             source
                                 ? Failure{MediaCommands::tr("%1 has no video to export")
                                               .arg(QDir::toNativeSeparators(command.positional().first())),
                                           FailureKind::BadInput}
                                 : source.failure(),
                             err);
    }
    JobRequest request;
    request.kind = JobKind::Export;
    request.title = MediaCommands::tr("Export %1 as %2")
                        .arg(QFileInfo(command.positional().first()).fileName(), preset->key());
    request.outputPath = destination;
    request.params =
        QJsonObject{{QStringLiteral("source"), QFileInfo(command.positional().first()).absoluteFilePath()},
                    {QStringLiteral("format"), preset->formatName()},
                    {QStringLiteral("quality"), preset->qualityName()},
                    {QStringLiteral("upscale"), preset->allowUpscale}};
    if (const int code = runAsJob(*studio, request, QStringLiteral("export")); code != ExitOk)
        return code;
    out << MediaCommands::tr("Exported %1 to %2").arg(preset->key(), QDir::toNativeSeparators(destination))
        << "\n";

    return ExitOk;
}

}  // namespace storyreel
