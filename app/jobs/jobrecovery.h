#pragma once

#include "ids.h"
#include "result.h"

#include <QList>
#include <QString>

namespace storyreel {

class Catalog;

// Start-up recovery: every Running job whose owning process is gone (not alive on this host, or no
// heartbeat for a while) becomes Interrupted, with an event saying why, and the `.partial-*` files it
// left beside its output are removed. Jobs of a live process are left alone. Returns the ids changed.
Result<QList<RowId>> recoverInterruptedJobs(const Catalog &catalog, const QString &thisOwner);

// Removes `<name>.partial-*` files left beside `outputPath` by a killed writer.
int removeLeftoverPartials(const QString &outputPath);

}  // namespace storyreel
