#include "videorow.h"

#include "cloudstatesql.h"
#include "enums.h"
#include "sqlutil.h"

namespace storyreel::store {

const QString kVideoColumns =
    QStringLiteral(
        "v.id, v.account_id, v.remote_id, v.kind, v.status, v.title, v.prompt, v.media_sha256, "
        "v.file_path, v.remote_url, v.poster_path, v.duration_ms, v.width, v.height, v.progress, "
        "v.favorite, v.error, v.created_at, v.updated_at, v.remote_ref, ") +
    // The video's objects: linked to it, or holding its content.
    cloudStateSubquery(
        QStringLiteral("c.video_id = v.id OR (v.media_sha256 <> '' AND c.sha256 = v.media_sha256)"));

Video videoFromRow(const QSqlQuery &query)
{
    Video video;
    video.id = query.value(0).toLongLong();
    video.accountId = query.value(1).toLongLong();
    video.remoteId = query.value(2).toString();
    video.kind = fromText<VideoKind>(query.value(3).toString()).value_or(VideoKind::Import);
    video.status = fromText<VideoStatus>(query.value(4).toString()).value_or(VideoStatus::Pending);
    video.title = query.value(5).toString();
    video.prompt = query.value(6).toString();
    video.mediaSha256 = query.value(7).toString();
    video.filePath = query.value(8).toString();
    video.remoteUrl = query.value(9).toString();
    video.posterPath = query.value(10).toString();
    video.durationMs = query.value(11).toLongLong();
    video.width = query.value(12).toInt();
    video.height = query.value(13).toInt();
    video.progress = query.value(14).toDouble();
    video.favorite = query.value(15).toBool();
    video.error = query.value(16).toString();
    video.createdAt = sql::toDateTime(query.value(17));
    video.updatedAt = sql::toDateTime(query.value(18));
    video.remoteRef = query.value(19).toString();
    video.cloud = cloudStateFrom(query.value(20).toString(), !video.filePath.isEmpty());
    return video;
}

QList<Video> videosFrom(QSqlQuery &query)
{
    QList<Video> videos;
    while (query.next())
        videos << videoFromRow(query);
    return videos;
}

}  // namespace storyreel::store
