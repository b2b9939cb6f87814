#include "pendingopstore.h"

#include "catalog.h"
#include "sqlutil.h"

#include <QSqlQuery>

namespace storyreel {
namespace {

const QString kSelect = QStringLiteral(
    "SELECT id, account_id, operation, payload, state, attempts, last_error, created_at FROM pending_ops");

Result<QList<PendingOp>> opsFrom(QSqlQuery &query)
{
    QList<PendingOp> ops;
    while (query.next()) {
        PendingOp op;
        op.id = query.value(0).toLongLong();
        op.accountId = query.value(1).toLongLong();
        op.operation = query.value(2).toString();
        op.payload = sql::toJsonObject(query.value(3));
        op.state = fromText<PendingOpState>(query.value(4).toString()).value_or(PendingOpState::Pending);
        op.attempts = query.value(5).toInt();
        op.lastError = query.value(6).toString();
        op.createdAt = sql::toDateTime(query.value(7));
        ops << op;
    }
    return ops;
}

}  // namespace

Result<RowId> PendingOpStore::enqueue(const PendingOp &op) const
{
    QSqlQuery query(m_catalog.db());
    const QDateTime createdAt = op.createdAt.isValid() ? op.createdAt : QDateTime::currentDateTimeUtc();
    if (Status status =
            sql::run(query,
                     QStringLiteral("INSERT INTO pending_ops(account_id, operation, payload, state, "
                                    "attempts, last_error, created_at) VALUES(?, ?, ?, ?, 0, '', ?)"),
                     PendingOpStore::tr("queue operation \"%1\"").arg(op.operation),
                     sql::nullableId(op.accountId), op.operation, sql::toJson(op.payload),
                     toText(PendingOpState::Pending), sql::fromDateTime(createdAt));
        !status)
        return status.failure();
    return query.lastInsertId().toLongLong();
}

Result<QList<PendingOp>> PendingOpStore::pendingInOrder(RowId accountId) const
{
    QSqlQuery query(m_catalog.db());
    const QString what = PendingOpStore::tr("load pending operations");
    // Ids grow with insertion, so they are the replay order (created_at may come from the caller).
    Status loaded =
        accountId > 0
            ? sql::run(query, kSelect + QStringLiteral(" WHERE state = ? AND account_id = ? ORDER BY id"),
                       what, toText(PendingOpState::Pending), accountId)
            : sql::run(query, kSelect + QStringLiteral(" WHERE state = ? ORDER BY id"), what,
                       toText(PendingOpState::Pending));
    if (!loaded)
        return loaded.failure();
    return opsFrom(query);
}

Status PendingOpStore::markDone(RowId id) const
{
    return sql::runOne(m_catalog.db(), QStringLiteral("UPDATE pending_ops SET state = ? WHERE id = ?"),
                       PendingOpStore::tr("mark operation %1 done").arg(id), toText(PendingOpState::Done),
                       id);
}

Status PendingOpStore::markConflict(RowId id, const QString &message) const
{
    return sql::runOne(m_catalog.db(),
                       QStringLiteral("UPDATE pending_ops SET state = ?, last_error = ? WHERE id = ?"),
                       PendingOpStore::tr("mark operation %1 in conflict").arg(id),
                       toText(PendingOpState::Conflict), message, id);
}

Status PendingOpStore::markFailed(RowId id, const QString &message) const
{
    return sql::runOne(
        m_catalog.db(),
        QStringLiteral(
            "UPDATE pending_ops SET state = ?, last_error = ?, attempts = attempts + 1 WHERE id = ?"),
        PendingOpStore::tr("mark operation %1 failed").arg(id), toText(PendingOpState::Failed), message, id);
}

Result<QList<PendingOp>> PendingOpStore::list() const
{
    QSqlQuery query(m_catalog.db());
    if (Status status =
            sql::run(query, kSelect + QStringLiteral(" ORDER BY id"), PendingOpStore::tr("list operations"));
        !status)
        return status.failure();
    return opsFrom(query);
}

}  // namespace storyreel
