#include "jobqueue.h"

#include "accountstore.h"
#include "catalog.h"
#include "jobrecovery.h"
#include "jobstore.h"
#include "jobtransitions.h"
#include "ledgerstore.h"
#include "transaction.h"

#include <QDir>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSysInfo>
#include <QThreadPool>
#include <QUuid>

#include <unistd.h>

Q_LOGGING_CATEGORY(lcJobs, "storyreel.jobs", QtWarningMsg)

namespace storyreel {
namespace {

constexpr int kHeartbeatMs = 2000;
constexpr int kProgressSaveMs = 500;

QString describe(const Job &job)
{
    return JobQueue::tr("job %1 (%2)").arg(job.id).arg(job.title);
}

}  // namespace

struct JobQueue::Running
{
    Job job;
    std::shared_ptr<MediaControl> control;
    QElapsedTimer sinceStart;
    QElapsedTimer sinceSave;
    double savedProgress = -1.0;
    QString savedStage;
    bool charged = false;
    std::shared_ptr<RemoteExecution> remote;  // set for jobs on a provider account
};

JobQueue::JobQueue(Catalog &catalog, int localSlots, QObject *parent)
    : QObject(parent),
      m_catalog(catalog),
      m_localSlots(qMax(1, localSlots)),
      m_owner(QStringLiteral("%1:%2").arg(QSysInfo::machineHostName()).arg(::getpid())),
      m_pool(new QThreadPool(this))
{
    // The pool is never the limit: the queue decides how many run (per account and locally).
    m_pool->setMaxThreadCount(64);
    m_heartbeat.setInterval(kHeartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, [this] {
        if (!m_running.empty()) {
            if (Status beat = JobStore(m_catalog).heartbeat(m_owner); !beat)
                qCWarning(lcJobs) << beat.error();
            pollCrossProcessCancels();
        }
    });
}

JobQueue::~JobQueue()
{
    // Jobs still running when the queue goes (the window closes) stop; the next start finds them
    // Running without an owner and interrupts them.
    for (auto &[id, running] : m_running) {
        running->control->cancel();
        running->remote.reset();  // a remote job goes on; the next start resumes polling it
    }
    m_pool->waitForDone();
}

void JobQueue::setRunner(JobKind kind, std::shared_ptr<JobRunner> runner)
{
    m_runners.insert(int(kind), std::move(runner));
}

void JobQueue::setRemoteRunner(std::shared_ptr<RemoteJobRunner> runner)
{
    m_remote = std::move(runner);
}

void JobQueue::setTransferRunner(std::shared_ptr<RemoteJobRunner> runner, int slots)
{
    m_transfer = std::move(runner);
    m_transferSlots = qMax(1, slots);
}

namespace {
const QString kRetryInterruptedKey = QStringLiteral("jobs.retry_interrupted");
}

bool JobQueue::retryInterruptedSetting(const Catalog &catalog)
{
    return catalog.metaValue(kRetryInterruptedKey) != QLatin1String("0");
}

Status JobQueue::setRetryInterruptedSetting(const Catalog &catalog, bool retry)
{
    return catalog.setMetaValue(kRetryInterruptedKey, retry ? QStringLiteral("1") : QStringLiteral("0"));
}

Status JobQueue::start(bool requeueInterrupted)
{
    if (!m_recovered) {
        if (Status recovered = recover(requeueInterrupted); !recovered)
            return recovered;
    }
    m_started = true;
    m_heartbeat.start();
    schedule();
    return {};
}

Status JobQueue::recover(bool requeueInterrupted)
{
    m_recovered = true;
    Result<QList<RowId>> interrupted = recoverInterruptedJobs(m_catalog, m_owner);
    if (!interrupted)
        return interrupted.failure();
    for (RowId id : *interrupted) {
        Q_EMIT jobChanged(id);
        if (requeueInterrupted) {
            if (Status retried = retry(id); !retried)
                qCWarning(lcJobs) << retried.error();
        }
    }
    return {};
}

Status JobQueue::transition(Job &job, JobStatus to, const QString &message)
{
    if (!isAllowedTransition(job.status, to)) {
        //: %1 is "job 5 (title)"; %2 and %3 are job statuses (queued, running, failed…).
        return Failure{tr("%1 is %2 and cannot become %3").arg(describe(job), toText(job.status), toText(to)),
                       FailureKind::BadInput};
    }
    Job changed = job;
    changed.status = to;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (to == JobStatus::Running) {
        changed.startedAt = now;
        changed.owner = m_owner;
        changed.heartbeatAt = now;
        changed.cancelRequested = false;
    }
    if (isTerminal(to) || to == JobStatus::Interrupted)
        changed.finishedAt = now;
    if (to != JobStatus::Running)
        changed.etaSeconds = -1;
    // The row and its event in one transaction, written before anyone is told.
    const JobStore store(m_catalog);
    Transaction transaction(m_catalog.db());
    if (!transaction.began())
        return Failure{tr("cannot record %1: %2").arg(describe(job), transaction.beginError())};
    if (Status saved = store.update(changed); !saved)
        return saved;
    if (Result<RowId> event = store.addEvent(job.id, to, message); !event)
        return event.failure();
    if (Status committed = transaction.commit(); !committed)
        return committed;
    job = changed;
    Q_EMIT jobChanged(job.id);
    if (isTerminal(to))
        Q_EMIT jobFinished(job.id, to);
    return {};
}

Result<RowId> JobQueue::submit(const JobRequest &request)
{
    if (request.accountId > 0 && request.costEstimateMicros > 0) {
        Result<ProviderAccount> account = AccountStore(m_catalog).load(request.accountId);
        if (!account)
            return account.failure();
        if (account->monthlyBudgetMicros > 0) {
            Result<qint64> spent =
                LedgerStore(m_catalog).spentThisMonthMicros(account->id, QDate::currentDate());
            if (!spent)
                return spent.failure();
            if (*spent + request.costEstimateMicros > account->monthlyBudgetMicros) {
                const auto amount = [&](qint64 micros) {
                    return QStringLiteral("%1 %2").arg(double(micros) / 1e6).arg(request.costUnit);
                };
                return Failure{tr("This would cost %1, but only %2 of the %3 monthly budget of \"%4\" is "
                                  "left. Raise the budget in the account's settings or wait for next month.")

                                   .arg(amount(request.costEstimateMicros),
                                        amount(qMax<qint64>(0, account->monthlyBudgetMicros - *spent)),
                                        amount(account->monthlyBudgetMicros), account->name),
                               FailureKind::BadInput};
            }
        }
    }
    Job job;
    job.kind = request.kind;
    job.title = request.title;
    job.params = request.params;
    job.accountId = request.accountId;
    job.priority = request.priority;
    job.costMicros = request.costEstimateMicros;
    job.costUnit = request.costUnit;
    job.batchId = request.batchId;
    job.dependsOn = request.dependsOn;
    job.outputPath = request.outputPath;
    // Stored before anything is sent, so a retry after a crash cannot create a second remote job.
    if (job.accountId > 0)
        job.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<RowId> id = JobStore(m_catalog).create(job);
    if (!id)
        return id.failure();
    Q_EMIT jobChanged(*id);
    // Scheduled from the event loop, so a caller submitting a batch sees every job queued first.
    QMetaObject::invokeMethod(this, &JobQueue::schedule, Qt::QueuedConnection);
    return id;
}

bool JobQueue::isTransfer(const Job &job) const
{
    return m_transfer && job.accountId == 0 && (job.kind == JobKind::Upload || job.kind == JobKind::Download);
}

bool JobQueue::hasCapacity(const Job &job, QHash<RowId, int> &limits) const
{
    const bool transfer = isTransfer(job);
    int sameSlot = 0;
    for (const auto &[id, running] : m_running)
        sameSlot += running->job.accountId == job.accountId && isTransfer(running->job) == transfer ? 1 : 0;
    if (transfer)
        return sameSlot < m_transferSlots;
    if (job.accountId == 0)
        return sameSlot < m_localSlots;
    auto limit = limits.find(job.accountId);
    if (limit == limits.end()) {
        Result<ProviderAccount> account = AccountStore(m_catalog).load(job.accountId);
        limit = limits.insert(job.accountId, account ? account->concurrency : ProviderAccount{}.concurrency);
    }
    return sameSlot < *limit;
}

void JobQueue::schedule()
{
    if (!m_started || m_paused)
        return;
    const JobStore store(m_catalog);
    Result<QList<Job>> queued = store.queuedInRunOrder();
    if (!queued) {
        qCWarning(lcJobs) << queued.error();
        return;
    }
    QHash<RowId, int> limits;
    for (Job job : *queued) {
        if (!m_only.isEmpty() && !m_only.contains(job.id))
            continue;
        if (job.dependsOn > 0) {
            Result<Job> dependency = store.load(job.dependsOn);
            const JobStatus state = dependency ? dependency->status : JobStatus::Failed;
            if (state == JobStatus::Failed || state == JobStatus::Cancelled) {
                job.error = tr("It waited for job %1, which ended %2.").arg(job.dependsOn).arg(toText(state));
                (void)transition(job, JobStatus::Failed, job.error);
                checkBatch(job.batchId);
                continue;
            }
            if (state != JobStatus::Succeeded)
                continue;  // still waiting
        }
        if (auto wait = m_notBefore.constFind(job.id);
            wait != m_notBefore.cend() && *wait > QDateTime::currentDateTimeUtc())
            continue;  // its provider was busy
        const bool remote = (job.accountId > 0 && m_remote) || isTransfer(job);
        if (!remote && !m_runners.contains(int(job.kind))) {
            job.error = tr("Nothing in this version can run %1 jobs yet.").arg(toText(job.kind));
            (void)transition(job, JobStatus::Failed, job.error);
            checkBatch(job.batchId);
            continue;
        }
        if (hasCapacity(job, limits))
            launch(job);
    }
    if (m_running.empty()) {
        Result<QList<Job>> left = store.queuedInRunOrder();
        const bool nothingToRun = left && std::none_of(left->cbegin(), left->cend(), [this](const Job &job) {
                                      return m_only.isEmpty() || m_only.contains(job.id);
                                  });
        if (nothingToRun)
            Q_EMIT drained();
    }
}

std::shared_ptr<JobQueue::Running> JobQueue::beginRunning(Job &job)
{
    job.progress = 0.0;
    job.stage = tr("starting");
    job.error.clear();
    if (Status started = transition(job, JobStatus::Running, tr("started, attempt %1").arg(job.attempt));
        !started) {
        qCWarning(lcJobs) << started.error();
        return {};
    }
    m_notBefore.remove(job.id);
    auto running = std::make_shared<Running>();
    running->job = job;
    running->sinceStart.start();
    running->sinceSave.start();
    const RowId id = job.id;
    running->control = std::make_shared<MediaControl>([this, id](double fraction, const QString &stage) {
        QMetaObject::invokeMethod(
            this, [this, id, fraction, stage] { onProgress(id, fraction, stage); }, Qt::QueuedConnection);
    });
    m_running.emplace(id, running);
    m_maxConcurrentSeen = qMax(m_maxConcurrentSeen, int(m_running.size()));
    return running;
}

void JobQueue::recordLedger(const Job &job, LedgerKind kind, qint64 micros, const QString &note)
{
    LedgerEntry entry;
    entry.accountId = job.accountId;
    entry.jobId = job.id;
    entry.attempt = job.attempt;
    entry.kind = kind;
    entry.amountMicros = micros;
    entry.unit = job.costUnit;
    entry.note = note;
    if (Result<RowId> recorded = LedgerStore(m_catalog).record(entry); !recorded)
        qCWarning(lcJobs) << recorded.error();
}

void JobQueue::launch(Job job)
{
    std::shared_ptr<Running> running = beginRunning(job);
    if (!running)
        return;
    if (job.accountId > 0 && m_remote) {
        launchRemote(running, *m_remote);
        return;
    }
    if (isTransfer(job)) {
        launchRemote(running, *m_transfer);
        return;
    }
    if (job.accountId > 0 && job.costMicros > 0) {
        recordLedger(job, LedgerKind::Charge, job.costMicros, job.title);
        running->charged = true;
    }
    std::shared_ptr<JobRunner> runner = m_runners.value(int(job.kind));
    std::shared_ptr<MediaControl> control = running->control;
    m_pool->start([this, runner, job, control] {
        Result<JobOutput> result = runner->run(job, *control);
        QMetaObject::invokeMethod(
            this, [this, id = job.id, result] { onFinished(id, result); }, Qt::QueuedConnection);
    });
}

RemoteJobContext JobQueue::remoteContext(RowId id)
{
    RemoteJobContext context;
    context.progress = [this, id](double fraction, const QString &stage, qint64 etaSeconds) {
        onProgress(id, fraction, stage);
        if (auto it = m_running.find(id); it != m_running.end() && etaSeconds >= 0)
            it->second->job.etaSeconds = etaSeconds;  // the provider's estimate beats ours
    };
    context.accepted = [this, id](const QString &remoteId, qint64 chargedMicros) -> Status {
        auto it = m_running.find(id);
        if (it == m_running.end())
            return Failure{tr("job %1 is no longer running").arg(id)};
        Job &job = it->second->job;
        Result<Job> stored = JobStore(m_catalog).load(id);
        if (!stored)
            return stored.failure();
        Job changed = *stored;
        changed.remoteId = remoteId;
        if (chargedMicros > 0)
            changed.costMicros = chargedMicros;
        if (Status saved = JobStore(m_catalog).update(changed); !saved)
            return saved;
        job.remoteId = remoteId;
        job.costMicros = changed.costMicros;
        (void)JobStore(m_catalog).addEvent(id, JobStatus::Running,
                                           job.accountId > 0
                                               ? tr("accepted by the provider as %1").arg(remoteId)
                                               : tr("transfer %1 started").arg(remoteId));
        if (chargedMicros > 0) {
            recordLedger(job, LedgerKind::Charge, chargedMicros, job.title);
            it->second->charged = true;
        }
        Q_EMIT jobChanged(id);
        return {};
    };
    context.refunded = [this, id](qint64 refundedMicros) {
        auto it = m_running.find(id);
        if (it == m_running.end() || refundedMicros <= 0)
            return;
        // Only what was charged comes back: a resumed job may have been charged by an earlier attempt,
        // or (a provider that charges nothing) not at all.
        Result<QList<LedgerEntry>> entries = LedgerStore(m_catalog).listForAccount(it->second->job.accountId);
        qint64 outstanding = 0;
        for (const LedgerEntry &entry : entries ? *entries : QList<LedgerEntry>()) {
            if (entry.jobId == id)
                outstanding += entry.kind == LedgerKind::Charge   ? entry.amountMicros
                               : entry.kind == LedgerKind::Refund ? -entry.amountMicros
                                                                  : 0;
        }
        if (outstanding > 0)
            recordLedger(it->second->job, LedgerKind::Refund, qMin(outstanding, refundedMicros),
                         tr("refund: %1").arg(it->second->job.title));
    };
    context.finished = [this, id](const Result<JobOutput> &result) {
        // Later, from the event loop: the runner may still be unwinding its own call.
        QMetaObject::invokeMethod(
            this, [this, id, result] { onFinished(id, result); }, Qt::QueuedConnection);
    };
    context.requeue = [this, id](std::chrono::milliseconds after, const QString &why) {
        QMetaObject::invokeMethod(
            this, [this, id, after, why] { onRequeue(id, after, why); }, Qt::QueuedConnection);
    };
    return context;
}

void JobQueue::launchRemote(const std::shared_ptr<Running> &running, RemoteJobRunner &runner)
{
    running->remote = runner.start(running->job, remoteContext(running->job.id));
}

void JobQueue::onRequeue(RowId id, std::chrono::milliseconds after, const QString &why)
{
    auto it = m_running.find(id);
    if (it == m_running.end())
        return;
    Job job = it->second->job;
    m_running.erase(it);
    job.progress = 0.0;
    job.stage.clear();
    const qint64 seconds = qMax<qint64>(1, (after.count() + 999) / 1000);
    (void)transition(job, JobStatus::Queued, tr("%1; trying again in %2 s").arg(why).arg(seconds));
    m_notBefore.insert(id, QDateTime::currentDateTimeUtc().addMSecs(after.count()));
    QTimer::singleShot(after, this, &JobQueue::schedule);
    schedule();
}

void JobQueue::onProgress(RowId id, double fraction, const QString &stage)
{
    auto it = m_running.find(id);
    if (it == m_running.end())
        return;
    Running &running = *it->second;
    running.job.progress = fraction;
    running.job.stage = stage;
    if (fraction > 0.01) {
        const double elapsed = running.sinceStart.elapsed() / 1000.0;
        running.job.etaSeconds = qint64(elapsed * (1.0 - fraction) / fraction);
    }
    // Throttled: a write (and a repaint) per percent or half second, not per frame.
    const bool due = stage != running.savedStage || fraction - running.savedProgress >= 0.01 ||
                     running.sinceSave.elapsed() >= kProgressSaveMs;
    if (!due)
        return;
    if (Status saved = JobStore(m_catalog).saveProgress(id, fraction, stage, running.job.etaSeconds);
        !saved) {
        qCWarning(lcJobs) << saved.error();
        return;
    }
    running.savedProgress = fraction;
    running.savedStage = stage;
    running.sinceSave.restart();
    Q_EMIT jobChanged(id);
}

void JobQueue::onFinished(RowId id, const Result<JobOutput> &result)
{
    auto it = m_running.find(id);
    if (it == m_running.end())
        return;
    const std::shared_ptr<Running> running = it->second;
    m_running.erase(it);
    Job job = running->job;
    if (result) {
        job.progress = 1.0;
        job.stage = tr("done");
        if (!result->path.isEmpty())
            job.outputPath = result->path;
        if (result->videoId > 0)
            job.params.insert(QStringLiteral("videoId"), result->videoId);
        (void)transition(job, JobStatus::Succeeded, tr("done"));
    } else if (result.errorKind() == FailureKind::Cancelled) {
        (void)transition(job, JobStatus::Cancelled, tr("cancelled"));
    } else {
        job.error = result.error();
        if (running->charged && !running->remote)
            recordLedger(job, LedgerKind::Refund, job.costMicros, tr("refund: %1").arg(job.title));
        (void)transition(job, JobStatus::Failed, job.error);
    }
    checkBatch(job.batchId);
    schedule();
}

void JobQueue::pollCrossProcessCancels()
{
    const JobStore store(m_catalog);
    for (auto &[id, running] : m_running) {
        Result<Job> job = store.load(id);
        if (job && job->cancelRequested) {
            if (running->remote)
                running->remote->cancel();
            else
                running->control->cancel();
        }
    }
}

void JobQueue::checkBatch(const QString &batchId)
{
    if (batchId.isEmpty())
        return;
    Result<QList<Job>> jobs = JobStore(m_catalog).batch(batchId);
    if (!jobs)
        return;
    int succeeded = 0, failed = 0, cancelled = 0;
    for (const Job &job : *jobs) {
        switch (job.status) {
            case JobStatus::Succeeded:
                ++succeeded;
                break;
            case JobStatus::Failed:
                ++failed;
                break;
            case JobStatus::Cancelled:
                ++cancelled;
                break;
            default:
                return;  // not finished yet
        }
    }
    Q_EMIT batchFinished(batchId, succeeded, failed, cancelled);
}

Status JobQueue::cancel(RowId id)
{
    if (auto it = m_running.find(id); it != m_running.end()) {
        // The runner stops (a remote one asks its provider first); onFinished records Cancelled.
        if (it->second->remote)
            it->second->remote->cancel();
        else
            it->second->control->cancel();
        return {};
    }
    Result<Job> job = JobStore(m_catalog).load(id);
    if (!job)
        return job.failure();
    if (job->status == JobStatus::Running)  // another process runs it: ask its owner
        return JobStore(m_catalog).requestCancel(id);
    Job changed = *job;
    if (Status cancelled = transition(changed, JobStatus::Cancelled, tr("cancelled")); !cancelled)
        return cancelled;
    checkBatch(changed.batchId);
    return {};
}

Status JobQueue::retry(RowId id)
{
    Result<Job> job = JobStore(m_catalog).load(id);
    if (!job)
        return job.failure();
    Job changed = *job;
    if (changed.status == JobStatus::Failed || changed.status == JobStatus::Cancelled ||
        changed.status == JobStatus::Interrupted) {
        changed.attempt += 1;
    }
    // An interrupted remote job still exists at the provider: keep its id (polling resumes) and its
    // idempotency key (a creation whose answer was lost is not repeated). A failed or cancelled one
    // is created anew.
    if (changed.accountId > 0 && changed.status != JobStatus::Interrupted) {
        changed.remoteId.clear();
        changed.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    changed.progress = 0.0;
    changed.stage.clear();
    changed.error.clear();
    changed.startedAt = {};
    changed.finishedAt = {};
    if (Status queued =
            transition(changed, JobStatus::Queued, tr("retried (attempt %1)").arg(changed.attempt));
        !queued)
        return queued;
    QMetaObject::invokeMethod(this, &JobQueue::schedule, Qt::QueuedConnection);
    return {};
}

Status JobQueue::hold(RowId id)
{
    Result<Job> job = JobStore(m_catalog).load(id);
    if (!job)
        return job.failure();
    Job changed = *job;
    return transition(changed, JobStatus::Held, tr("held"));
}

Status JobQueue::resume(RowId id)
{
    Result<Job> job = JobStore(m_catalog).load(id);
    if (!job)
        return job.failure();
    Job changed = *job;
    if (Status queued = transition(changed, JobStatus::Queued, tr("resumed")); !queued)
        return queued;
    QMetaObject::invokeMethod(this, &JobQueue::schedule, Qt::QueuedConnection);
    return {};
}

Status JobQueue::remove(RowId id)
{
    Result<Job> job = JobStore(m_catalog).load(id);
    if (!job)
        return job.failure();
    if (job->status == JobStatus::Running)
        return Failure{tr("%1 is running; cancel it first").arg(describe(*job)), FailureKind::BadInput};
    if (Status removed = JobStore(m_catalog).remove(id); !removed)
        return removed;
    Q_EMIT jobRemoved(id);
    return {};
}

Status JobQueue::setPriority(RowId id, JobPriority priority)
{
    Result<Job> job = JobStore(m_catalog).load(id);
    if (!job)
        return job.failure();
    Job changed = *job;
    changed.priority = priority;
    if (Status saved = JobStore(m_catalog).update(changed); !saved)
        return saved;
    Q_EMIT jobChanged(id);
    QMetaObject::invokeMethod(this, &JobQueue::schedule, Qt::QueuedConnection);
    return {};
}

Status JobQueue::moveBefore(RowId id, RowId before)
{
    if (Status moved = JobStore(m_catalog).moveBefore(id, before); !moved)
        return moved;
    Q_EMIT jobChanged(id);
    return {};
}

void JobQueue::setPaused(bool paused)
{
    m_paused = paused;
    if (!paused)
        schedule();
}

}  // namespace storyreel
