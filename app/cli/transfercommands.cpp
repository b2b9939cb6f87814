// storyreel upload | download | share (see storagecommands.h).
#include "commandsupport.h"
#include "jobcommands.h"
#include "jobstore.h"
#include "providerenv.h"
#include "storagecommands.h"
#include "storagestore.h"
#include "studio.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>

namespace storyreel {
namespace {

struct TransferCommands
{
    Q_DECLARE_TR_FUNCTIONS(storyreel::TransferCommands)
};

// A video id ("42") or a file path.
std::optional<RowId> videoIdOf(const QString &argument)
{
    bool number = false;
    const RowId id = argument.toLongLong(&number);
    if (number && id > 0 && !QFileInfo::exists(argument))
        return id;
    return std::nullopt;
}

std::optional<RowId> storageIdOf(const Catalog &catalog, const CommandParser &command, Failure *failure)
{
    if (!command.isSet(QStringLiteral("storage")))
        return RowId(0);
    Result<StorageAccount> found = StorageStore(catalog).find(command.value(QStringLiteral("storage")));
    if (!found) {
        *failure = Failure{found.error(), FailureKind::BadInput};
        return std::nullopt;
    }
    return found->id;
}

// "3600", "90m", "12h", "7d" -> seconds.
std::optional<qint64> parseDuration(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    const QChar unit = text.back();
    const qint64 factor = unit == QLatin1Char('d')   ? 86400
                          : unit == QLatin1Char('h') ? 3600
                          : unit == QLatin1Char('m') ? 60
                                                     : 1;
    bool ok = false;
    const qint64 value = (unit.isDigit() ? text : text.chopped(1)).toLongLong(&ok);
    if (!ok || value <= 0)
        return std::nullopt;
    return value * factor;
}

int finishTransfer(ProviderEnvironment &env, Studio &studio, const QString &command, Result<RowId> job,
                   bool wait, QTextStream &out, QTextStream &err)
{
    if (!job)
        return reportFailure(command, job.failure(), err);
    if (*job == 0) {
        out << TransferCommands::tr("The bucket has this content already; nothing to upload.") << "\n";
        return ExitOk;
    }
    out << TransferCommands::tr("Job %1 queued.").arg(*job) << "\n";
    out.flush();
    if (!wait) {
        out << TransferCommands::tr("It runs when the studio is open; add --wait to run it here.") << "\n";
        return ExitOk;
    }
    const int code = runUntilFinished(*env.queue, studio, *job);
    if (code == ExitOk) {
        Result<Job> finished = JobStore(studio.catalog()).load(*job);
        if (finished && !finished->outputPath.isEmpty())
            out << TransferCommands::tr("Job %1 succeeded: %2")
                       .arg(QString::number(*job), finished->outputPath)
                << "\n";
        else
            out << TransferCommands::tr("Job %1 succeeded").arg(*job) << "\n";
    }
    return code;
}

void applyTuning(ProviderEnvironment &env, const CommandParser &command)
{
    TransferTuning tuning = env.cloud->tuning();
    if (command.isSet(QStringLiteral("part-size")))
        tuning.partSize = command.value(QStringLiteral("part-size")).toLongLong() * 1024 * 1024;
    if (command.isSet(QStringLiteral("multipart-above")))
        tuning.multipartThreshold =
            command.value(QStringLiteral("multipart-above")).toLongLong() * 1024 * 1024;
    if (command.isSet(QStringLiteral("bwlimit")))
        tuning.bytesPerSecond = command.value(QStringLiteral("bwlimit")).toLongLong() * 1024;
    env.cloud->setTuning(tuning);
}

}  // namespace

int runUploadCommand(const CommandLine &commandLine)
{
    const QString name = QStringLiteral("upload");
    CommandParser command(
        name, TransferCommands::tr("Upload a library video (by id) or a file to cloud storage, as a "
                                   "job; --wait runs it here to the end."));
    QCommandLineParser &parser = command.parser();
    parser.addPositionalArgument(QStringLiteral("what"), TransferCommands::tr("A video id or a file."));
    parser.addOptions({
        {QStringLiteral("storage"), TransferCommands::tr("The storage (default: the default storage)."),
         QStringLiteral("NAME")},
        {QStringLiteral("folder"), TransferCommands::tr("A file's folder under the prefix (default: files)."),
         QStringLiteral("FOLDER")},
        {QStringLiteral("part-size"),
         TransferCommands::tr("Multipart part size in MiB (at least 5; default 8)."), QStringLiteral("MIB")},
        {QStringLiteral("multipart-above"),
         TransferCommands::tr("Use multipart above this size in MiB (default 16)."), QStringLiteral("MIB")},
        {QStringLiteral("bwlimit"), TransferCommands::tr("Limit the upload to this many KiB/s."),
         QStringLiteral("KIB")},
        {QStringLiteral("wait"), TransferCommands::tr("Run the job here and wait until it is finished.")},
    });
    if (std::optional<int> stop = command.parse(commandLine, 1, 1))
        return *stop;
    const QString what = command.positional().at(0);
    QTextStream out(stdout);
    QTextStream err(stderr);
    std::unique_ptr<Studio> studio = openStudio(command.dataDir(commandLine), err);
    if (!studio)
        return ExitFailure;
    Failure failure;
    const std::optional<RowId> storageId = storageIdOf(studio->catalog(), command, &failure);
    if (!storageId)
        return reportFailure(name, failure, err);
    ProviderEnvironment env(*studio);
    applyTuning(env, command);
    const std::optional<RowId> videoId = videoIdOf(what);
    if (!videoId && !QFileInfo(what).isFile())
        return command.usageError(TransferCommands::tr("%1 is neither a video id nor a file").arg(what));
    Result<RowId> job = videoId ? env.cloud->uploadVideo(*videoId, *storageId)
                                : env.cloud->uploadFile(QFileInfo(what).absoluteFilePath(),
                                                        command.value(QStringLiteral("folder")), *storageId);
    return finishTransfer(env, *studio, name, job, command.isSet(QStringLiteral("wait")), out, err);
}

int runDownloadCommand(const CommandLine &commandLine)
{
    const QString name = QStringLiteral("download");
    CommandParser command(
        name, TransferCommands::tr("Bring a cloud-only video back (by id), or any object with --key "
                                   "and --to, as a job; --wait runs it here to the end."));
    QCommandLineParser &parser = command.parser();
    parser.addPositionalArgument(QStringLiteral("video"),
                                 TransferCommands::tr("A video id (or none with --key)."));
    parser.addOptions({
        {QStringLiteral("storage"),
         TransferCommands::tr("With --key: the storage (default: the default storage)."),
         QStringLiteral("NAME")},
        {QStringLiteral("key"), TransferCommands::tr("The object's key in the bucket."),
         QStringLiteral("KEY")},
        {QStringLiteral("to"), TransferCommands::tr("With --key: the file to write."),
         QStringLiteral("FILE")},
        {QStringLiteral("wait"), TransferCommands::tr("Run the job here and wait until it is finished.")},
    });
    if (std::optional<int> stop = command.parse(commandLine, 0, 1))
        return *stop;
    const bool byKey = command.isSet(QStringLiteral("key"));
    if (byKey == !command.positional().isEmpty())
        return command.usageError(TransferCommands::tr("give a video id, or --key KEY --to FILE"));
    if (byKey && !command.isSet(QStringLiteral("to")))
        return command.usageError(TransferCommands::tr("--key needs --to FILE"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    std::unique_ptr<Studio> studio = openStudio(command.dataDir(commandLine), err);
    if (!studio)
        return ExitFailure;
    Failure failure;
    const std::optional<RowId> storageId = storageIdOf(studio->catalog(), command, &failure);
    if (!storageId)
        return reportFailure(name, failure, err);
    ProviderEnvironment env(*studio);
    Result<RowId> job = Failure{};
    if (byKey) {
        job = env.cloud->downloadObject(*storageId, command.value(QStringLiteral("key")),
                                        QFileInfo(command.value(QStringLiteral("to"))).absoluteFilePath());
    } else {
        const std::optional<RowId> videoId = videoIdOf(command.positional().at(0));
        if (!videoId)
            return command.usageError(
                TransferCommands::tr("%1 is not a video id").arg(command.positional().at(0)));
        job = env.cloud->downloadVideo(*videoId);
    }
    return finishTransfer(env, *studio, name, job, command.isSet(QStringLiteral("wait")), out, err);
}

int runShareCommand(const CommandLine &commandLine)
{
    const QString name = QStringLiteral("share");
    CommandParser command(
        name, TransferCommands::tr("Print a link anyone can open to a video (by id) or file that is "
                                   "in the cloud; it expires (--expires 1h, 1d, 7d or seconds; "
                                   "default 1d)."));
    QCommandLineParser &parser = command.parser();
    parser.addPositionalArgument(QStringLiteral("what"), TransferCommands::tr("A video id or a file."));
    parser.addOptions(
        {{QStringLiteral("expires"), TransferCommands::tr("How long the link works (at most 7d)."),
          QStringLiteral("DURATION")}});
    if (std::optional<int> stop = command.parse(commandLine, 1, 1))
        return *stop;
    const std::optional<qint64> seconds =
        parseDuration(command.isSet(QStringLiteral("expires")) ? command.value(QStringLiteral("expires"))
                                                               : QStringLiteral("1d"));
    if (!seconds)
        return command.usageError(
            TransferCommands::tr("--expires is a duration such as 3600, 90m, 12h or 7d"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    std::unique_ptr<Studio> studio = openStudio(command.dataDir(commandLine), err);
    if (!studio)
        return ExitFailure;
    ProviderEnvironment env(*studio);
    const QString what = command.positional().at(0);
    return runUntilReported([&](std::function<void(int)> report) {
        auto print = [&, report](Result<QUrl> url) {
            if (!url)
                return report(reportFailure(name, url.failure(), err));
            // The link is the output: it goes to stdout only, never to a log.
            out << url->toString(QUrl::FullyEncoded) << "\n";
            err << TransferCommands::tr("Expires %1")
                       .arg(QDateTime::currentDateTime().addSecs(*seconds).toString(Qt::ISODate))
                << "\n";

            out.flush();
            report(ExitOk);
        };
        if (const std::optional<RowId> videoId = videoIdOf(what))
            env.cloud->shareVideo(*videoId, *seconds, print);
        else
            env.cloud->shareFile(QFileInfo(what).absoluteFilePath(), *seconds, print);
    });
}

}  // namespace storyreel
