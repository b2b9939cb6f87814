#pragma once

#include "video.h"

#include <QList>
#include <QSqlQuery>
#include <QString>

// How VideoStore reads a video row (not part of its public API): the columns to select, over the
// alias v of videos, and the Video they make, in that order.
namespace storyreel::store {

extern const QString kVideoColumns;
Video videoFromRow(const QSqlQuery &query);
QList<Video> videosFrom(QSqlQuery &query);

}  // namespace storyreel::store
