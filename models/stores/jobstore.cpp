#include "jobstore.h"

#include "catalog.h"
#include "sqlutil.h"
#include "storeutil.h"
#include "transaction.h"

#include <QSqlQuery>

namespace storyreel {
namespace {

const QString kColumns = QStringLiteral(
    "id, kind, status, priority, title, account_id, params, stage, progress, eta_seconds, remote_id, "
    "idempotency_key, cost_micros, cost_unit, output_path, error, batch_id, depends_on, created_at, "
    "started_at, finished_at, updated_at, queue_order, cancel_requested, owner, heartbeat_at, attempt");

Job jobFromRow(const QSqlQuery &query)
{
    Job job;
    job.id = query.value(0).toLongLong();
    job.kind = fromText<JobKind>(query.value(1).toString()).value_or(JobKind::Render);
    job.status = fromText<JobStatus>(query.value(2).toString()).value_or(JobStatus::Queued);
    job.priority = static_cast<JobPriority>(qBound(0, query.value(3).toInt(), 2));
    job.title = query.value(4).toString();
    job.accountId = query.value(5).toLongLong();
    job.params = sql::toJsonObject(query.value(6));
    job.stage = query.value(7).toString();
    job.progress = query.value(8).toDouble();
    job.etaSeconds = query.value(9).toLongLong();
    job.remoteId = query.value(10).toString();
    job.idempotencyKey = query.value(11).toString();
    job.costMicros = query.value(12).toLongLong();
    job.costUnit = query.value(13).toString();
    job.outputPath = query.value(14).toString();
    job.error = query.value(15).toString();
    job.batchId = query.value(16).toString();
    job.dependsOn = query.value(17).toLongLong();
    job.createdAt = sql::toDateTime(query.value(18));
    job.startedAt = sql::toDateTime(query.value(19));
    job.finishedAt = sql::toDateTime(query.value(20));
    job.updatedAt = sql::toDateTime(query.value(21));
    job.queueOrder = query.value(22).toLongLong();
    job.cancelRequested = query.value(23).toBool();
    job.owner = query.value(24).toString();
    job.heartbeatAt = sql::toDateTime(query.value(25));
    job.attempt = qMax(1, query.value(26).toInt());
    return job;
}

Result<RowId> insertEvent(QSqlDatabase db, RowId jobId, JobStatus status, const QString &message)
{
    QSqlQuery query(db);
    if (Status inserted =
            sql::run(query,
                     QStringLiteral("INSERT INTO job_events(job_id, at, status, message) "
                                    "VALUES(?, ?, ?, ?)"),
                     JobStore::tr("record an event of job %1").arg(jobId), jobId,
                     sql::fromDateTime(QDateTime::currentDateTimeUtc()), toText(status), message);
        !inserted)
        return inserted.failure();
    return query.lastInsertId().toLongLong();
}

}  // namespace

Result<RowId> JobStore::create(const Job &job) const
{
    QSqlDatabase db = m_catalog.db();
    Transaction transaction(db);
    if (!transaction.began())
        return Failure{JobStore::tr("create job: %1").arg(transaction.beginError())};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSqlQuery query(db);
    Status inserted = sql::run(
        query,
        QStringLiteral(
            "INSERT INTO jobs(kind, status, priority, title, account_id, params, stage, progress, "
            "eta_seconds, remote_id, idempotency_key, cost_micros, cost_unit, output_path, error, "
            "batch_id, depends_on, created_at, started_at, finished_at, updated_at, queue_order, "
            "cancel_requested, owner, heartbeat_at, attempt) "
            "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "CASE WHEN ? > 0 THEN ? ELSE (SELECT COALESCE(MAX(queue_order), 0) + 1 FROM jobs) END, "
            "?, ?, ?, ?)"),
        JobStore::tr("create job \"%1\"").arg(job.title), toText(job.kind), toText(job.status),
        static_cast<int>(job.priority), job.title, sql::nullableId(job.accountId), sql::toJson(job.params),
        job.stage, job.progress, job.etaSeconds, job.remoteId, job.idempotencyKey, job.costMicros,
        job.costUnit, job.outputPath, job.error, job.batchId, sql::nullableId(job.dependsOn),
        sql::fromDateTime(job.createdAt.isValid() ? job.createdAt : now), sql::fromDateTime(job.startedAt),
        sql::fromDateTime(job.finishedAt), sql::fromDateTime(now), job.queueOrder, job.queueOrder,
        job.cancelRequested, job.owner, sql::fromDateTime(job.heartbeatAt), qMax(1, job.attempt));
    if (!inserted)
        return inserted.failure();
    const RowId id = query.lastInsertId().toLongLong();
    if (Result<RowId> event = insertEvent(db, id, job.status, tr("created")); !event)
        return event.failure();
    if (Status status = transaction.commit(); !status)
        return status.failure();
    return id;
}

Status JobStore::update(const Job &job) const
{
    return sql::runOne(
        m_catalog.db(),
        QStringLiteral(
            "UPDATE jobs SET kind = ?, status = ?, priority = ?, title = ?, account_id = ?, params = ?, "
            "stage = ?, progress = ?, eta_seconds = ?, remote_id = ?, idempotency_key = ?, "
            "cost_micros = ?, cost_unit = ?, output_path = ?, error = ?, batch_id = ?, depends_on = ?, "
            "started_at = ?, finished_at = ?, updated_at = ?, queue_order = ?, cancel_requested = ?, owner = "
            "?, "
            "heartbeat_at = ?, attempt = ? WHERE id = ?"),
        JobStore::tr("save job %1").arg(job.id), toText(job.kind), toText(job.status),
        static_cast<int>(job.priority), job.title, sql::nullableId(job.accountId), sql::toJson(job.params),
        job.stage, job.progress, job.etaSeconds, job.remoteId, job.idempotencyKey, job.costMicros,
        job.costUnit, job.outputPath, job.error, job.batchId, sql::nullableId(job.dependsOn),
        sql::fromDateTime(job.startedAt), sql::fromDateTime(job.finishedAt),
        sql::fromDateTime(QDateTime::currentDateTimeUtc()), job.queueOrder, job.cancelRequested, job.owner,
        sql::fromDateTime(job.heartbeatAt), qMax(1, job.attempt), job.id);
}

Result<QList<Job>> JobStore::batch(const QString &batchId) const
{
    QSqlQuery query(m_catalog.db());
    if (Status status = sql::run(
            query, QStringLiteral("SELECT %1 FROM jobs WHERE batch_id = ? ORDER BY id").arg(kColumns),
            JobStore::tr("list batch %1").arg(batchId), batchId);
        !status)
        return status.failure();
    QList<Job> jobs;
    while (query.next())
        jobs << jobFromRow(query);
    return jobs;
}

Status JobStore::moveBefore(RowId id, RowId before) const
{
    QSqlDatabase db = m_catalog.db();
    Transaction transaction(db);
    if (!transaction.began())
        return Failure{JobStore::tr("reorder the queue: %1").arg(transaction.beginError())};
    const QString what = JobStore::tr("move job %1 in the queue").arg(id);
    QSqlQuery query(db);
    if (before == 0) {
        if (Status status = sql::runOne(
                db,
                QStringLiteral("UPDATE jobs SET queue_order = (SELECT COALESCE(MAX(queue_order), 0) "
                               "+ 1 FROM jobs) WHERE id = ?"),
                what, id);
            !status)
            return status;
        return transaction.commit();
    }
    Result<QVariant> order =
        sql::scalar(db, QStringLiteral("SELECT queue_order FROM jobs WHERE id = ?"), what, before);
    if (!order)
        return Failure{JobStore::tr("%1: job %2 does not exist").arg(what).arg(before)};
    // Make room: everything from `before` on moves one place down.
    if (Status status =
            sql::run(query,
                     QStringLiteral(
                         "UPDATE jobs SET queue_order = queue_order + 1 WHERE queue_order >= ? AND id <> ?"),
                     what, order->toLongLong(), id);
        !status)
        return status;
    if (Status status = sql::runOne(db, QStringLiteral("UPDATE jobs SET queue_order = ? WHERE id = ?"), what,
                                    order->toLongLong(), id);
        !status)
        return status;
    return transaction.commit();
}

Status JobStore::saveProgress(RowId id, double progress, const QString &stage, qint64 etaSeconds) const
{
    return sql::runOne(
        m_catalog.db(),
        QStringLiteral("UPDATE jobs SET progress = ?, stage = ?, eta_seconds = ?, updated_at = ? "
                       "WHERE id = ?"),
        JobStore::tr("save the progress of job %1").arg(id), qBound(0.0, progress, 1.0), stage, etaSeconds,
        sql::fromDateTime(QDateTime::currentDateTimeUtc()), id);
}

Status JobStore::requestCancel(RowId id) const
{
    return sql::runOne(m_catalog.db(), QStringLiteral("UPDATE jobs SET cancel_requested = 1 WHERE id = ?"),
                       JobStore::tr("request the cancel of job %1").arg(id), id);
}

Status JobStore::heartbeat(const QString &owner) const
{
    QSqlQuery query(m_catalog.db());
    return sql::run(query,
                    QStringLiteral("UPDATE jobs SET heartbeat_at = ? WHERE owner = ? AND status = 'running'"),
                    JobStore::tr("record that this process still runs its jobs"),
                    sql::fromDateTime(QDateTime::currentDateTimeUtc()), owner);
}

Result<QList<Job>> JobStore::queuedInRunOrder() const
{
    QSqlQuery query(m_catalog.db());
    if (Status status = sql::run(query,
                                 QStringLiteral("SELECT %1 FROM jobs WHERE status = 'queued' "
                                                "ORDER BY priority DESC, queue_order, id")
                                     .arg(kColumns),
                                 JobStore::tr("list the queue"));
        !status)
        return status.failure();
    QList<Job> jobs;
    while (query.next())
        jobs << jobFromRow(query);
    return jobs;
}

Status JobStore::remove(RowId id) const
{
    return sql::runOne(m_catalog.db(), QStringLiteral("DELETE FROM jobs WHERE id = ?"),
                       JobStore::tr("delete job %1").arg(id), id);
}

Result<Job> JobStore::load(RowId id) const
{
    QSqlQuery query(m_catalog.db());
    if (Status status = sql::run(query, QStringLiteral("SELECT %1 FROM jobs WHERE id = ?").arg(kColumns),
                                 JobStore::tr("load job"), id);
        !status)
        return status.failure();
    if (!query.next())
        return Failure{JobStore::tr("job %1 does not exist").arg(id)};
    return jobFromRow(query);
}

Result<QList<Job>> JobStore::list(std::optional<JobStatus> status, int limit) const
{
    QSqlQuery query(m_catalog.db());
    const QString order = QStringLiteral(" ORDER BY created_at DESC, id DESC LIMIT ?");
    const QString what = JobStore::tr("list jobs");
    Status listed =
        status ? sql::run(query, QStringLiteral("SELECT %1 FROM jobs WHERE status = ?").arg(kColumns) + order,
                          what, toText(*status), store::sqlLimit(limit))
               : sql::run(query, QStringLiteral("SELECT %1 FROM jobs").arg(kColumns) + order, what,
                          store::sqlLimit(limit));
    if (!listed)
        return listed.failure();
    QList<Job> jobs;
    while (query.next())
        jobs << jobFromRow(query);
    return jobs;
}

Result<RowId> JobStore::addEvent(RowId jobId, JobStatus status, const QString &message) const
{
    QSqlDatabase db = m_catalog.db();
    if (Status exists =
            store::requireRow(db, QStringLiteral("jobs"), jobId, JobStore::tr("job %1 does not exist"));
        !exists)
        return Failure{JobStore::tr("record an event of job %1: %2").arg(jobId).arg(exists.error())};
    return insertEvent(db, jobId, status, message);
}

Result<QList<JobEvent>> JobStore::events(RowId jobId) const
{
    QSqlDatabase db = m_catalog.db();
    if (Status exists =
            store::requireRow(db, QStringLiteral("jobs"), jobId, JobStore::tr("job %1 does not exist"));
        !exists)
        return exists.failure();
    QSqlQuery query(db);
    if (Status status = sql::run(query,
                                 QStringLiteral("SELECT id, job_id, at, status, message FROM job_events "
                                                "WHERE job_id = ? ORDER BY id"),
                                 JobStore::tr("load events of job %1").arg(jobId), jobId);
        !status)
        return status.failure();
    QList<JobEvent> result;
    while (query.next()) {
        JobEvent event;
        event.id = query.value(0).toLongLong();
        event.jobId = query.value(1).toLongLong();
        event.at = sql::toDateTime(query.value(2));
        event.status = fromText<JobStatus>(query.value(3).toString()).value_or(JobStatus::Queued);
        event.message = query.value(4).toString();
        result << event;
    }
    return result;
}

Result<QHash<JobStatus, int>> JobStore::countByStatus() const
{
    QSqlQuery query(m_catalog.db());
    if (Status status = sql::run(query, QStringLiteral("SELECT status, COUNT(*) FROM jobs GROUP BY status"),
                                 JobStore::tr("count jobs by status"));
        !status)
        return status.failure();
    QHash<JobStatus, int> counts;
    while (query.next()) {
        if (const std::optional<JobStatus> status = fromText<JobStatus>(query.value(0).toString()))
            counts.insert(*status, query.value(1).toInt());
    }
    return counts;
}

}  // namespace storyreel
