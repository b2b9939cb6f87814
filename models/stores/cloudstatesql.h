#pragma once

#include "enums.h"

#include <QString>

// How the stores read a cloud state (not part of their public API): one subquery over cloud_objects c
// and the job j of each object, picking a queued or running transfer first, else a stored object.
namespace storyreel::store {

// "(SELECT ... WHERE <where> ... LIMIT 1)": 'upload', 'download', 'stored' or '' / NULL.
QString cloudStateSubquery(const QString &where);
// The subquery's answer for media that is (`hasFile`) or is not on this machine.
CloudState cloudStateFrom(const QString &transferOrStored, bool hasFile);

}  // namespace storyreel::store
