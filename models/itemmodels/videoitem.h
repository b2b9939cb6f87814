#pragma once

#include "video.h"

#include <QByteArray>
#include <QHash>
#include <QVariant>

namespace storyreel {

class ThumbnailCache;

// What VideoListModel and LookVideosModel show for one video (the roles they share, with the values
// of VideoListModel::Role), so both present a video alike; the views use the same words.
namespace videoitem {

QVariant data(const Video &video, int role, const ThumbnailCache &thumbnails);
void addRoleNames(QHash<int, QByteArray> &names);
// The user's words for a status and a kind (the stable text forms stay for roles and filters).
QString statusLabel(VideoStatus status);
QString kindLabel(VideoKind kind);
// The badge words for a cloud state ("In cloud", "Uploading", "Downloading", "Cloud only"); empty for
// a video on this computer only, which shows no badge.
QString cloudLabel(CloudState state);

}  // namespace videoitem
}  // namespace storyreel
