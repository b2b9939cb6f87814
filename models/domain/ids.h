#pragma once

#include <QtGlobal>

namespace storyreel {

// Catalog row ids. 0 means "not stored yet".
using RowId = qint64;

}  // namespace storyreel
