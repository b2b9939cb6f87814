#pragma once

#include "job.h"
#include "jobrunner.h"
#include "remotejobrunner.h"
#include "result.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <chrono>
#include <map>
#include <memory>

class QThreadPool;

namespace storyreel {

class Catalog;

// What to submit: the job's kind, title, parameters (JSON the runner understands), and where it runs.
struct JobRequest
{
    JobKind kind = JobKind::Render;
    QString title;
    QJsonObject params;
    RowId accountId = 0;  // 0: local work on the CPU pool
    JobPriority priority = JobPriority::Normal;
    qint64 costEstimateMicros = 0;  // charged when the job starts, refunded if it fails
    QString costUnit;
    QString batchId;      // jobs submitted together; notified once as a batch
    RowId dependsOn = 0;  // runs only after this job succeeded
    QString outputPath;
};

// The one scheduler of every long task. Lives in the thread that made it (the GUI's or the CLI's);
// runs jobs on a worker pool and reports through signals emitted after the catalog was written, so a
// crash or kill loses nothing. Concurrency: `localSlots` jobs on the CPU pool, and each provider
// account's own limit (ProviderAccount::concurrency).
class JobQueue final : public QObject
{
    Q_OBJECT

public:
    JobQueue(Catalog &catalog, int localSlots, QObject *parent = nullptr);
    ~JobQueue() override;

    void setRunner(JobKind kind, std::shared_ptr<JobRunner> runner);
    // Jobs on a provider account (accountId > 0) run on this runner when one is set, whatever their
    // kind; a remote job is charged when the provider accepts it and refunded when the provider fails it.
    void setRemoteRunner(std::shared_ptr<RemoteJobRunner> runner);
    // Local uploads and downloads (cloud storage, accountId 0) run on this asynchronous runner, at most
    // `slots` at once, beside the CPU pool's jobs rather than in its slots: a transfer waits on the
    // network, not the processor.
    void setTransferRunner(std::shared_ptr<RemoteJobRunner> runner, int slots);

    // Start-up recovery: Running jobs of processes that are gone become Interrupted and, when
    // requeueInterrupted, go back to the queue; their leftover .partial-* files are removed.
    Status recover(bool requeueInterrupted);
    // The user's choice for jobs a crash or kill interrupted: back in the queue at start-up (the
    // default) or left for them to retry. Kept in the catalog, so every process agrees.
    static bool retryInterruptedSetting(const Catalog &catalog);
    static Status setRetryInterruptedSetting(const Catalog &catalog, bool retry);

    // recover() unless done, then scheduling begins.
    Status start(bool requeueInterrupted);

    // Checks the account's monthly budget, stores the job as Queued and schedules it.
    Result<RowId> submit(const JobRequest &request);

    Status cancel(RowId id);  // queued, held or running (here or, through the catalog, in another process)
    Status retry(RowId id);   // failed, cancelled or interrupted: queued again with the same parameters
    Status hold(RowId id);    // a queued job waits until resumed
    Status resume(RowId id);
    Status remove(RowId id);  // a job that is not running
    Status setPriority(RowId id, JobPriority priority);
    // Puts a queued job just before another in the queue (or last when `before` is 0).
    Status moveBefore(RowId id, RowId before);

    // Only these jobs (and none other queued in the catalog) start here: a CLI command runs its own
    // job, not everything the studio has queued.
    void restrictTo(const QSet<RowId> &ids) { m_only = ids; }

    // "Stop after the running jobs": no new job starts until resumed.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    int runningCount() const { return int(m_running.size()); }
    int maxConcurrentSeen() const { return m_maxConcurrentSeen; }
    QString owner() const { return m_owner; }

Q_SIGNALS:
    // A job's row changed (status, progress, or it was added or removed); the catalog already has it.
    void jobChanged(qint64 id);
    void jobRemoved(qint64 id);
    // A job reached Succeeded, Failed or Cancelled.
    void jobFinished(qint64 id, storyreel::JobStatus status);
    // Every job of a batch is finished: one notice per batch, not one per job.
    void batchFinished(const QString &batchId, int succeeded, int failed, int cancelled);
    // Nothing is running or queued (held jobs aside).
    void drained();

private:
    struct Running;
    void schedule();
    // limits: each account's concurrency, read once per scheduling pass.
    bool hasCapacity(const Job &job, QHash<RowId, int> &limits) const;
    Status transition(Job &job, JobStatus to, const QString &message);
    void launch(Job job);
    std::shared_ptr<Running> beginRunning(Job &job);
    void launchRemote(const std::shared_ptr<Running> &running, RemoteJobRunner &runner);
    bool isTransfer(const Job &job) const;
    RemoteJobContext remoteContext(RowId id);
    void onRequeue(RowId id, std::chrono::milliseconds after, const QString &why);
    void recordLedger(const Job &job, LedgerKind kind, qint64 micros, const QString &note);
    void onProgress(RowId id, double fraction, const QString &stage);
    void onFinished(RowId id, const Result<JobOutput> &result);
    void pollCrossProcessCancels();
    void checkBatch(const QString &batchId);

    Catalog &m_catalog;
    int m_localSlots;
    QString m_owner;
    bool m_paused = false;
    bool m_started = false;
    bool m_recovered = false;
    int m_maxConcurrentSeen = 0;
    QThreadPool *m_pool;
    QHash<int, std::shared_ptr<JobRunner>> m_runners;
    std::shared_ptr<RemoteJobRunner> m_remote;
    std::shared_ptr<RemoteJobRunner> m_transfer;
    int m_transferSlots = 0;
    QHash<RowId, QDateTime> m_notBefore;  // busy providers: the job waits until then
    QSet<RowId> m_only;
    std::map<RowId, std::shared_ptr<Running>> m_running;
    QTimer m_heartbeat;
};

}  // namespace storyreel
