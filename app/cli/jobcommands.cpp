#include "jobcommands.h"

#include "commandsupport.h"
#include "jobqueue.h"
#include "jobstore.h"
#include "localrunners.h"
#include "localstoryboard.h"
#include "providerenv.h"
#include "studio.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QThread>

namespace storyreel {
namespace {

struct JobCommands
{
    Q_DECLARE_TR_FUNCTIONS(storyreel::JobCommands)
};

QString shortTime(const QDateTime &at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd hh:mm:ss"))
                        : QStringLiteral("-");
}

void printList(const QList<Job> &jobs, QTextStream &out)
{
    // Column widths fit the headers too, whatever their length in the user's language.
    const QString idHeader = JobCommands::tr("ID");
    const QString statusHeader = JobCommands::tr("STATUS");
    const QString kindHeader = JobCommands::tr("KIND");
    const QString progressHeader = JobCommands::tr("PROGRESS");
    const int idWidth = qMax(6, int(idHeader.size()));
    const int statusWidth = qMax(11, int(statusHeader.size()));
    const int kindWidth = qMax(19, int(kindHeader.size()));
    const int progressWidth = qMax(8, int(progressHeader.size()));
    out << QStringLiteral("%1  %2  %3  %4  %5\n")
               .arg(idHeader, idWidth)
               .arg(statusHeader, -statusWidth)
               .arg(kindHeader, -kindWidth)
               .arg(progressHeader, progressWidth)
               .arg(JobCommands::tr("TITLE"));
    for (const Job &job : jobs) {
        out << QStringLiteral("%1  %2  %3  %4  %5\n")
                   .arg(job.id, idWidth)
                   .arg(toText(job.status), -statusWidth)
                   .arg(toText(job.kind), -kindWidth)
                   .arg(QStringLiteral("%1%").arg(qRound(job.progress * 100)), progressWidth)
                   .arg(job.title);
    }
}

// "  label: " with the labels in one column, whatever their length in the user's language.
QString field(const QString &label)
{
    return QStringLiteral("  ") + label.leftJustified(10) + QLatin1Char(' ');
}

void printDetails(const Job &job, const QList<JobEvent> &events, QTextStream &out)
{
    out << JobCommands::tr("Job %1: %2").arg(job.id).arg(job.title) << "\n";
    out << field(JobCommands::tr("status:"))
        << JobCommands::tr("%1 (attempt %2)").arg(toText(job.status)).arg(job.attempt) << "\n";
    out << field(JobCommands::tr("kind:"))
        << JobCommands::tr("%1, priority %2").arg(toText(job.kind), toText(job.priority)) << "\n";
    out << field(JobCommands::tr("progress:")) << qRound(job.progress * 100) << "% " << job.stage << "\n";
    if (!job.outputPath.isEmpty())
        out << field(JobCommands::tr("output:")) << QDir::toNativeSeparators(job.outputPath) << "\n";
    if (!job.error.isEmpty())
        out << field(JobCommands::tr("error:")) << job.error << "\n";
    if (!job.batchId.isEmpty())
        out << field(JobCommands::tr("batch:")) << job.batchId << "\n";
    if (job.dependsOn > 0)
        out << field(JobCommands::tr("after job:")) << job.dependsOn << "\n";
    out << field(JobCommands::tr("created:"))
        << JobCommands::tr("%1, finished %2").arg(shortTime(job.createdAt), shortTime(job.finishedAt))
        << "\n";
    out << field(JobCommands::tr("parameters:")) << QJsonDocument(job.params).toJson(QJsonDocument::Compact)
        << "\n";
    out << "  " << JobCommands::tr("events:") << "\n";
    for (const JobEvent &event : events)
        out << "    " << shortTime(event.at) << "  " << toText(event.status) << "  " << event.message << "\n";
}

}  // namespace

std::unique_ptr<JobQueue> makeLocalQueue(Studio &studio)
{
    // Media work is multi-threaded inside each job: half the cores' worth of jobs keeps them busy.
    auto queue = std::make_unique<JobQueue>(studio.catalog(), qMax(1, QThread::idealThreadCount() / 2));
    installLocalRunners(*queue, studio.catalog(), studio.location());
    // The local provider's storyboards (a prompt in beats, with card images).
    queue->setRunner(JobKind::GenerateStoryboard,
                     std::make_shared<LocalStoryboardRunner>(studio.catalog(), studio.location()));
    return queue;
}

int runUntilFinished(JobQueue &queue, Studio &studio, RowId id)
{
    TerminalProgress progress;
    const JobStore store(studio.catalog());
    QObject::connect(&queue, &JobQueue::jobChanged, &queue, [&](qint64 changed) {
        if (changed != id)
            return;
        if (Result<Job> job = store.load(id); job && job->status == JobStatus::Running)
            progress.update(job->progress, job->stage);
    });
    queue.restrictTo({id});
    QObject::connect(&queue, &JobQueue::jobFinished, &queue, [&](qint64 finished, JobStatus) {
        if (finished == id)
            QCoreApplication::exit(0);
    });
    if (Status started = queue.start(false); !started) {
        QTextStream(stderr) << "storyreel: " << started.error() << "\n";
        return ExitFailure;
    }
    // A job refused while starting is finished before the loop could see it end.
    if (Result<Job> started = store.load(id); !started || !isTerminal(started->status))
        QCoreApplication::exec();
    progress.finish();
    Result<Job> job = store.load(id);
    if (!job)
        return ExitFailure;
    if (job->status == JobStatus::Succeeded)
        return ExitOk;
    //: %2 is the job's status as the CLI names it: failed, canceled, interrupted…
    QTextStream(stderr) << "storyreel: " << JobCommands::tr("job %1 %2").arg(id).arg(toText(job->status))
                        << (job->error.isEmpty() ? QString() : QStringLiteral(": ") + job->error) << "\n";
    return ExitFailure;
}

int runAsJob(Studio &studio, const JobRequest &request, const QString &command)
{
    std::unique_ptr<JobQueue> queue = makeLocalQueue(studio);
    Result<RowId> id = queue->submit(request);
    if (!id) {
        QTextStream err(stderr);
        return reportFailure(command, id.failure(), err);
    }
    return runUntilFinished(*queue, studio, *id);
}

int runJobsCommand(const CommandLine &commandLine)
{
    CommandParser command(
        QStringLiteral("jobs"),
        JobCommands::tr("List and manage the job queue: list, show ID, cancel ID, retry ID, hold ID, "
                        "resume ID, priority ID low|normal|high, move ID [--before OTHER], run (work through "
                        "the queue here), settings."));
    QCommandLineParser &parser = command.parser();
    parser.addPositionalArgument(QStringLiteral("action"),
                                 JobCommands::tr("list, show, cancel, retry, hold, resume or run."));
    parser.addOptions({
        {QStringLiteral("status"), JobCommands::tr("list: only jobs with this status."),
         QStringLiteral("STATUS")},
        {QStringLiteral("wait"), JobCommands::tr("retry/resume: run the job here and wait for it.")},
        {QStringLiteral("before"),
         JobCommands::tr("move: put the job just before job OTHER (default: last)."),
         QStringLiteral("OTHER")},
        {QStringLiteral("retry-interrupted"),
         JobCommands::tr(
             "settings: yes to queue jobs a crash interrupted again at start-up, no to leave them."),
         QStringLiteral("yes|no")},
    });
    if (std::optional<int> stop = command.parse(commandLine, 1, 3))
        return *stop;
    const QString action = command.positional().first();
    static const QStringList kWithId{
        QStringLiteral("show"),   QStringLiteral("cancel"),   QStringLiteral("retry"), QStringLiteral("hold"),
        QStringLiteral("resume"), QStringLiteral("priority"), QStringLiteral("move")};
    static const QStringList kWithoutId{QStringLiteral("list"), QStringLiteral("run"),
                                        QStringLiteral("settings")};
    if (!kWithId.contains(action) && !kWithoutId.contains(action))
        return command.usageError(JobCommands::tr("unknown action '%1'").arg(action));
    RowId id = 0;
    if (kWithId.contains(action)) {
        bool ok = false;
        id = command.positional().value(1).remove(QLatin1Char('#')).toLongLong(&ok);
        if (!ok || id <= 0)
            return command.usageError(JobCommands::tr("%1 takes a job id").arg(action));
    } else if (command.positional().size() > 1) {
        return command.usageError(JobCommands::tr("%1 takes no id").arg(action));
    }
    std::optional<JobPriority> priority;
    if (action == QLatin1String("priority")) {
        priority = fromText<JobPriority>(command.positional().value(2));
        if (!priority)
            return command.usageError(JobCommands::tr("priority takes low, normal or high"));
    } else if (command.positional().size() > 2) {
        return command.usageError(
            JobCommands::tr("unexpected argument '%1'").arg(command.positional().at(2)));
    }
    RowId before = 0;
    if (command.isSet(QStringLiteral("before"))) {
        bool ok = false;
        before = command.value(QStringLiteral("before")).remove(QLatin1Char('#')).toLongLong(&ok);
        if (!ok || before <= 0)
            return command.usageError(JobCommands::tr("--before takes a job id"));
    }
    std::optional<JobStatus> status;
    if (command.isSet(QStringLiteral("status"))) {
        status = fromText<JobStatus>(command.value(QStringLiteral("status")));
        if (!status)
            return command.usageError(
                JobCommands::tr("unknown status '%1'").arg(command.value(QStringLiteral("status"))));
    }

    QTextStream out(stdout);
    QTextStream err(stderr);
    std::unique_ptr<Studio> studio = openStudio(command.dataDir(commandLine), err);
    if (!studio)
        return ExitFailure;
    const JobStore store(studio->catalog());
    if (action == QLatin1String("settings")) {
        if (command.isSet(QStringLiteral("retry-interrupted"))) {
            const QString value = command.value(QStringLiteral("retry-interrupted"));
            if (value != QLatin1String("yes") && value != QLatin1String("no"))
                return command.usageError(JobCommands::tr("--retry-interrupted takes yes or no"));
            if (Status saved =
                    JobQueue::setRetryInterruptedSetting(studio->catalog(), value == QLatin1String("yes"));
                !saved)
                return reportFailure(QStringLiteral("jobs"), saved.failure(), err);
        }
        out << "retry-interrupted: " << (JobQueue::retryInterruptedSetting(studio->catalog()) ? "yes" : "no")
            << "\n";
        return ExitOk;
    }
    // Local runners and the provider clients: `jobs run` and `retry --wait` may meet remote jobs.
    ProviderEnvironment providers(*studio);
    JobQueue *queue = providers.queue.get();
    // A job whose process was killed reads as Interrupted from the first look on.
    if (Status recovered = queue->recover(false); !recovered)
        return reportFailure(QStringLiteral("jobs"), recovered.failure(), err);
    if (action == QLatin1String("list")) {
        Result<QList<Job>> jobs = store.list(status);
        if (!jobs)
            return reportFailure(QStringLiteral("jobs"), jobs.failure(), err);
        printList(*jobs, out);
        return ExitOk;
    }
    if (action == QLatin1String("show")) {
        Result<Job> job = store.load(id);
        if (!job)
            return reportFailure(QStringLiteral("jobs"), Failure{job.error(), FailureKind::BadInput}, err);
        Result<QList<JobEvent>> events = store.events(id);
        printDetails(*job, events ? *events : QList<JobEvent>(), out);
        return ExitOk;
    }
    if (action == QLatin1String("run")) {
        QObject::connect(queue, &JobQueue::drained, queue, [] { QCoreApplication::exit(0); });
        if (Status started = queue->start(false); !started)
            return reportFailure(QStringLiteral("jobs"), started.failure(), err);
        return QCoreApplication::exec();
    }
    Status done;
    if (action == QLatin1String("cancel"))
        done = queue->cancel(id);
    else if (action == QLatin1String("retry"))
        done = queue->retry(id);
    else if (action == QLatin1String("hold"))
        done = queue->hold(id);
    else if (action == QLatin1String("priority"))
        done = queue->setPriority(id, *priority);
    else if (action == QLatin1String("move"))
        done = queue->moveBefore(id, before);
    else
        done = queue->resume(id);
    if (!done) {
        // An id that names no job is the user's mistake (exit 2), in whatever language the message is.
        const bool missing =
            !store.load(id) || (action == QLatin1String("move") && before > 0 && !store.load(before));
        return reportFailure(QStringLiteral("jobs"),
                             Failure{done.error(), missing ? FailureKind::BadInput : done.errorKind()}, err);
    }
    if (command.isSet(QStringLiteral("wait")) &&
        (action == QLatin1String("retry") || action == QLatin1String("resume")))
        return runUntilFinished(*queue, *studio, id);
    const Job job = store.load(id).value();
    out << JobCommands::tr("Job %1: %2, priority %3").arg(id).arg(toText(job.status), toText(job.priority))
        << "\n";

    return ExitOk;
}

}  // namespace storyreel
