#pragma once

#include "job.h"
#include "jobrunner.h"
#include "result.h"

#include <QString>

#include <chrono>
#include <functional>
#include <memory>

namespace storyreel {

// What the queue gives a remote job to report through. Every function must be called on the queue's
// thread; finished() or requeue() exactly once, and nothing after it.
struct RemoteJobContext
{
    // Progress as the provider reports it (-1 eta when unknown).
    std::function<void(double fraction, const QString &stage, qint64 etaSeconds)> progress;
    // The provider created the job: its id is written to the catalog (so a restart resumes polling
    // instead of creating another) and what it charged goes into the ledger, both before returning.
    std::function<Status(const QString &remoteId, qint64 chargedMicros)> accepted;
    // The provider failed the job and gave back what it charged: the ledger records the refund.
    std::function<void(qint64 refundedMicros)> refunded;
    std::function<void(const Result<JobOutput> &result)> finished;
    // The provider is busy (429 for its concurrency limit): the job goes back to Queued and is not
    // started again before `after`; nothing was created or charged.
    std::function<void(std::chrono::milliseconds after, const QString &why)> requeue;
};

// A running remote job; cancel() asks the provider to cancel, then reports finished(Cancelled).
// Destroying it (the studio closes) stops it quietly: no callback afterwards, and the remote job goes
// on; the next start resumes polling it.
class RemoteExecution
{
public:
    virtual ~RemoteExecution() = default;
    virtual void cancel() = 0;
};

// Runs jobs on provider accounts (Job::accountId > 0) asynchronously on the queue's thread: creation
// (with the job's idempotency key), polling shared per account, download of the results. A job whose
// remoteId is already set (a restart) resumes polling instead of creating.
class RemoteJobRunner
{
public:
    virtual ~RemoteJobRunner() = default;
    virtual std::shared_ptr<RemoteExecution> start(const Job &job, RemoteJobContext context) = 0;
};

}  // namespace storyreel
