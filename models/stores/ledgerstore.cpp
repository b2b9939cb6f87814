#include "ledgerstore.h"

#include "catalog.h"
#include "sqlutil.h"
#include "storeutil.h"

#include <QSqlQuery>

namespace storyreel {
namespace {

Status requireAccount(QSqlDatabase db, RowId accountId)
{
    return store::requireRow(db, QStringLiteral("provider_accounts"), accountId,
                             LedgerStore::tr("account %1 does not exist"));
}

// Explains a refused insert: the one-charge/one-refund rule, or a missing account, or SQLite's own words.
Failure explainRefusal(QSqlDatabase db, const LedgerEntry &entry, const Status &refused)
{
    if (entry.jobId > 0 && (entry.kind == LedgerKind::Charge || entry.kind == LedgerKind::Refund)) {
        Result<QVariant> already = sql::scalar(
            db,
            QStringLiteral(
                "SELECT EXISTS(SELECT 1 FROM ledger_entries WHERE job_id = ? AND attempt = ? AND kind = ?)"),
            LedgerStore::tr("check the ledger of job %1").arg(entry.jobId), entry.jobId,
            qMax(1, entry.attempt), toText(entry.kind));
        if (already && already->toBool()) {
            return Failure{entry.kind == LedgerKind::Charge
                               ? LedgerStore::tr("job %1 has already been charged for attempt %2")
                                     .arg(entry.jobId)
                                     .arg(entry.attempt)
                               : LedgerStore::tr("job %1 has already been refunded for attempt %2")
                                     .arg(entry.jobId)
                                     .arg(entry.attempt)};
        }
    }
    if (Status account = requireAccount(db, entry.accountId); !account)
        //: %1 is the kind of ledger entry: charge, refund or credit.
        return Failure{LedgerStore::tr("record a %1: %2").arg(toText(entry.kind), account.error())};

    return refused.failure();
}

}  // namespace

Result<RowId> LedgerStore::record(const LedgerEntry &entry) const
{
    QSqlDatabase db = m_catalog.db();
    const QDateTime at = entry.at.isValid() ? entry.at : QDateTime::currentDateTimeUtc();
    QSqlQuery query(db);
    Status inserted = sql::run(
        query,
        QStringLiteral(
            "INSERT INTO ledger_entries(account_id, job_id, attempt, kind, amount_micros, unit, note, at) "
            "VALUES(?, ?, ?, ?, ?, ?, ?, ?)"),
        LedgerStore::tr("record a %1 for account %2").arg(toText(entry.kind)).arg(entry.accountId),
        entry.accountId, sql::nullableId(entry.jobId), qMax(1, entry.attempt), toText(entry.kind),
        entry.amountMicros, entry.unit, entry.note, sql::fromDateTime(at));
    if (!inserted)
        return explainRefusal(db, entry, inserted);
    return query.lastInsertId().toLongLong();
}

Result<QList<LedgerEntry>> LedgerStore::listForAccount(RowId accountId) const
{
    QSqlDatabase db = m_catalog.db();
    if (Status account = requireAccount(db, accountId); !account)
        return account.failure();
    QSqlQuery query(db);
    if (Status status = sql::run(
            query,
            QStringLiteral("SELECT id, account_id, job_id, kind, amount_micros, unit, note, at, attempt "
                           "FROM ledger_entries WHERE account_id = ? ORDER BY at, id"),
            LedgerStore::tr("load the ledger of account %1").arg(accountId), accountId);
        !status)
        return status.failure();
    QList<LedgerEntry> entries;
    while (query.next()) {
        LedgerEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.accountId = query.value(1).toLongLong();
        entry.jobId = query.value(2).toLongLong();
        entry.kind = fromText<LedgerKind>(query.value(3).toString()).value_or(LedgerKind::Charge);
        entry.amountMicros = query.value(4).toLongLong();
        entry.unit = query.value(5).toString();
        entry.note = query.value(6).toString();
        entry.at = sql::toDateTime(query.value(7));
        entry.attempt = query.value(8).toInt();
        entries << entry;
    }
    return entries;
}

Result<qint64> LedgerStore::balanceMicros(RowId accountId) const
{
    QSqlDatabase db = m_catalog.db();
    if (Status account = requireAccount(db, accountId); !account)
        return account.failure();
    Result<QVariant> sum = sql::scalar(
        db,
        QStringLiteral(
            "SELECT COALESCE(SUM(CASE kind WHEN 'charge' THEN -amount_micros ELSE amount_micros END), 0) "
            "FROM ledger_entries WHERE account_id = ?"),
        LedgerStore::tr("balance of account %1").arg(accountId), accountId);
    if (!sum)
        return sum.failure();
    return sum->toLongLong();
}

Result<qint64> LedgerStore::spentThisMonthMicros(RowId accountId, QDate month) const
{
    if (!month.isValid())
        return Failure{LedgerStore::tr("spending of account %1: no month given").arg(accountId)};
    QSqlDatabase db = m_catalog.db();
    if (Status account = requireAccount(db, accountId); !account)
        return account.failure();
    const QDateTime start(QDate(month.year(), month.month(), 1), QTime(0, 0), Qt::UTC);
    const QDateTime end = start.addMonths(1);
    Result<QVariant> sum =
        sql::scalar(db,
                    QStringLiteral("SELECT COALESCE(SUM(CASE kind WHEN 'charge' THEN amount_micros "
                                   "WHEN 'refund' THEN -amount_micros ELSE 0 END), 0) "
                                   "FROM ledger_entries WHERE account_id = ? AND at >= ? AND at < ?"),
                    LedgerStore::tr("spending of account %1 in %2")
                        .arg(accountId)
                        .arg(start.toString(QStringLiteral("yyyy-MM"))),
                    accountId, sql::fromDateTime(start), sql::fromDateTime(end));
    if (!sum)
        return sum.failure();
    return sum->toLongLong();
}

}  // namespace storyreel
