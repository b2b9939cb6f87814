#include "transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace storyreel {

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    QSqlQuery begin(m_db);
    m_active = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_active)
        m_beginError = begin.lastError().text();
}

Transaction::~Transaction()
{
    if (m_active) {
        QSqlQuery rollback(m_db);
        rollback.exec(QStringLiteral("ROLLBACK"));
    }
}

Status Transaction::commit()
{
    if (!m_active)
        return Status::failure(QStringLiteral("cannot commit: the transaction did not begin (%1)").arg(m_beginError));
    QSqlQuery commitQuery(m_db);
    if (!commitQuery.exec(QStringLiteral("COMMIT")))
        return Status::failure(QStringLiteral("commit failed: %1").arg(commitQuery.lastError().text()));
    m_active = false;
    return {};
}

}  // namespace storyreel
