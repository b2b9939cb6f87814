#pragma once

#include "enums.h"

#include <QColor>
#include <QString>

// User-visible, translated words for video states and kinds (the catalog keeps the stable texts).
namespace storyreel::videotext {

QString statusLabel(VideoStatus status);
QString kindLabel(VideoKind kind);
QString visibilityLabel(Visibility visibility);
// The badge colour of a status; readable with white text on light and dark themes.
QColor statusColor(VideoStatus status);
// "0:08", "1:02:03".
QString duration(qint64 ms);

}  // namespace storyreel::videotext
