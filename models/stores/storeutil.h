#pragma once

#include "ids.h"
#include "result.h"

#include <QSqlDatabase>
#include <QString>

// Helpers shared by the stores (not part of their public API).
namespace storyreel::store {

// Succeeds when `table` has a row with this id; otherwise fails with `missing` (the caller's
// translated "video %1 does not exist", %1 the id). `table` is a constant of the calling store, never
// user input.
Status requireRow(QSqlDatabase db, const QString &table, RowId id, const QString &missing);

// Whether `table` has a row with this id; a failure only when the query itself fails.
Result<bool> hasRow(QSqlDatabase db, const QString &table, RowId id);

// SQLite's LIMIT: a negative limit means "no limit".
inline qint64 sqlLimit(int limit)
{
    return limit < 0 ? -1 : limit;
}

}  // namespace storyreel::store
