#pragma once

#include "result.h"

#include <QSqlDatabase>

namespace storyreel {

// Reads PRAGMA user_version without writing anything to the file.
Result<int> readSchemaVersion(QSqlDatabase &db);

// Applies the embedded migrations after `from` up to and including `to`, each in its own
// BEGIN IMMEDIATE transaction that also bumps user_version, so a failed step leaves the previous version.
Status migrate(QSqlDatabase &db, int from, int to);

}  // namespace storyreel
