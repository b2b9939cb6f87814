#include "transaction.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace storyreel {
namespace {

// Open transactions per connection. Connections never cross threads, so a thread-local count suffices.
thread_local QHash<QString, int> t_depthByConnection;

QString savepointName(int depth)
{
    return QStringLiteral("storyreel_sp_%1").arg(depth);
}

bool run(QSqlDatabase &db, const QString &statement, QString *error = nullptr)
{
    QSqlQuery query(db);
    const bool ok = query.exec(statement);
    if (!ok && error)
        *error = query.lastError().text();
    return ok;
}

}  // namespace

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db)), m_depth(t_depthByConnection.value(m_db.connectionName()))
{
    const QString begin = m_depth == 0 ? QStringLiteral("BEGIN IMMEDIATE")
                                       : QStringLiteral("SAVEPOINT %1").arg(savepointName(m_depth));
    m_active = run(m_db, begin, &m_beginError);
    if (m_active)
        t_depthByConnection[m_db.connectionName()] = m_depth + 1;
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    if (m_depth == 0) {
        run(m_db, QStringLiteral("ROLLBACK"));
    } else {
        run(m_db, QStringLiteral("ROLLBACK TO %1").arg(savepointName(m_depth)));
        run(m_db, QStringLiteral("RELEASE %1").arg(savepointName(m_depth)));
    }
    t_depthByConnection[m_db.connectionName()] = m_depth;
}

Status Transaction::commit()
{
    if (!m_active)
        return Status::failure(
            Transaction::tr("cannot commit: the transaction did not begin (%1)").arg(m_beginError));
    QString error;
    const QString statement =
        m_depth == 0 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE %1").arg(savepointName(m_depth));
    if (!run(m_db, statement, &error))
        return Status::failure(Transaction::tr("could not save to the catalog: %1").arg(error));
    m_active = false;
    t_depthByConnection[m_db.connectionName()] = m_depth;
    return {};
}

}  // namespace storyreel
