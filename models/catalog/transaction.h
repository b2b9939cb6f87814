#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace storyreel {

// The outermost Transaction on a connection runs BEGIN IMMEDIATE (writers take the lock up front, so
// no deadlock upgrading from read to write); nested ones become SAVEPOINTs, so a store's own
// transaction composes into a caller's larger one. Rolls back on destruction unless commit() succeeded.
class Transaction final
{
    Q_DECLARE_TR_FUNCTIONS(storyreel::Transaction)

public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool began() const { return m_active; }
    QString beginError() const { return m_beginError; }
    Status commit();

private:
    QSqlDatabase m_db;
    int m_depth = 0;  // 0 = outermost
    bool m_active = false;
    QString m_beginError;
};

}  // namespace storyreel
