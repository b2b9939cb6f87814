#include "videorow.h"

#include "enums.h"
#include "sqlutil.h"

namespace storyreel::store {

const QString kVideoColumns = QStringLiteral(
    "v.id, v.account_id, v.remote_id, v.kind, v.status, v.title, v.prompt, v.media_sha256, v.file_path, "
    "v.remote_url, v.poster_path, v.duration_ms, v.width, v.height, v.progress, v.favorite, v.error, "
    "v.created_at, v.updated_at, v.remote_ref, "
    // The cloud state: a queued or running transfer of the file first, else a stored object.
    "(SELECT CASE WHEN j.status IN ('queued', 'held', 'running') THEN j.kind WHEN c.state = 'stored' "
    "THEN 'stored' ELSE '' END FROM cloud_objects c LEFT JOIN jobs j ON j.id = c.job_id "
    "WHERE c.video_id = v.id OR (v.media_sha256 <> '' AND c.sha256 = v.media_sha256) "
    "ORDER BY CASE WHEN j.status IN ('queued', 'held', 'running') THEN 0 WHEN c.state = 'stored' THEN 1 "
    "ELSE 2 END LIMIT 1)");

namespace {

CloudState cloudStateOf(const QString &transferOrStored, bool hasFile)
{
    if (transferOrStored == QLatin1String("upload"))
        return CloudState::Uploading;
    if (transferOrStored == QLatin1String("download"))
        return CloudState::Downloading;
    if (transferOrStored == QLatin1String("stored"))
        return hasFile ? CloudState::InCloud : CloudState::CloudOnly;
    return CloudState::LocalOnly;
}

}  // namespace

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
    video.cloud = cloudStateOf(query.value(20).toString(), !video.filePath.isEmpty());
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
