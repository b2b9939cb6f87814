#pragma once

#include "job.h"
#include "result.h"

#include <optional>
#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace storyreel {

class Catalog;

// The job journal: every job with its parameters and progress, and the events of its life in order.
class JobStore final
{
    Q_DECLARE_TR_FUNCTIONS(storyreel::JobStore)

public:
    explicit JobStore(const Catalog &catalog) : m_catalog(catalog) {}

    // Inserts the job and its first event (its status, "created") in one transaction.
    Result<RowId> create(const Job &job) const;
    // Rewrites every field but createdAt; updatedAt becomes now. Writes no event: see addEvent().
    Status update(const Job &job) const;
    // Its events go with it; jobs that depended on it no longer do.
    Status remove(RowId id) const;

    Result<Job> load(RowId id) const;
    // Newest first, only those with `status` when given; a negative limit means all.
    Result<QList<Job>> list(std::optional<JobStatus> status = std::nullopt, int limit = -1) const;

    // Queued jobs in the order they should run: priority, then the user's order, then age.
    Result<QList<Job>> queuedInRunOrder() const;
    // Every job of a batch, oldest first.
    Result<QList<Job>> batch(const QString &batchId) const;
    // Puts job `id` just before `before` in the queue order (last when `before` is 0).
    Status moveBefore(RowId id, RowId before) const;
    // The cheap write for progress: only progress, stage and ETA.
    Status saveProgress(RowId id, double progress, const QString &stage, qint64 etaSeconds) const;
    // Marks a cancel asked from another process; the job's owner acts on it.
    Status requestCancel(RowId id) const;
    // Refreshes heartbeat_at of every running job of this owner.
    Status heartbeat(const QString &owner) const;

    Result<RowId> addEvent(RowId jobId, JobStatus status, const QString &message) const;
    // In the order they were added.
    Result<QList<JobEvent>> events(RowId jobId) const;
    // Statuses with no job are absent.
    Result<QHash<JobStatus, int>> countByStatus() const;

private:
    const Catalog &m_catalog;
};

}  // namespace storyreel
