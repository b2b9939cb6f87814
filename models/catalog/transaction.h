#pragma once

#include "result.h"

#include <QSqlDatabase>

namespace storyreel {

// BEGIN IMMEDIATE on construction (writers take the lock up front, so no deadlock upgrades from read
// to write); ROLLBACK on destruction unless commit() succeeded.
class Transaction final
{
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
    bool m_active = false;
    QString m_beginError;
};

}  // namespace storyreel
