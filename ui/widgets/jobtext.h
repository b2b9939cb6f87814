#pragma once

#include "enums.h"

#include <QColor>
#include <QString>

// User-visible, translated words for job states and kinds (the models keep the stable catalog texts).
namespace storyreel::jobtext {

QString statusLabel(JobStatus status);
QString kindLabel(JobKind kind);
// The badge colour of a status; readable with white text on light and dark themes.
QColor statusColor(JobStatus status);

}  // namespace storyreel::jobtext
