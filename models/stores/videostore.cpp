#include "videostore.h"

#include "catalog.h"
#include "sqlutil.h"
#include "storeutil.h"
#include "transaction.h"
#include "videorow.h"

#include <QSqlQuery>

namespace storyreel {
namespace {

Status requireLook(QSqlDatabase db, RowId lookId)
{
    return store::requireRow(db, QStringLiteral("looks"), lookId, VideoStore::tr("look %1 does not exist"));
}

}  // namespace

Result<RowId> VideoStore::create(const Video &video) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSqlQuery query(m_catalog.db());
    Status inserted = sql::run(
        query,
        QStringLiteral(
            "INSERT INTO videos(account_id, remote_id, kind, status, title, prompt, media_sha256, "
            "file_path, remote_url, poster_path, duration_ms, width, height, progress, favorite, error, "
            "created_at, updated_at, remote_ref) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, "
            "?)"),
        VideoStore::tr("create video"), sql::nullableId(video.accountId), sql::nullableText(video.remoteId),
        toText(video.kind), toText(video.status), video.title, video.prompt, video.mediaSha256,
        video.filePath, video.remoteUrl, video.posterPath, video.durationMs, video.width, video.height,
        video.progress, video.favorite, video.error,
        sql::fromDateTime(video.createdAt.isValid() ? video.createdAt : now), sql::fromDateTime(now),
        video.remoteRef);
    if (!inserted)
        return inserted.failure();
    return query.lastInsertId().toLongLong();
}

Status VideoStore::update(const Video &video) const
{
    return sql::runOne(
        m_catalog.db(),
        QStringLiteral(
            "UPDATE videos SET account_id = ?, remote_id = ?, kind = ?, status = ?, title = ?, prompt = ?, "
            "media_sha256 = ?, file_path = ?, remote_url = ?, poster_path = ?, duration_ms = ?, width = ?, "
            "height = ?, progress = ?, favorite = ?, error = ?, remote_ref = ?, updated_at = ? WHERE id = ?"),
        VideoStore::tr("save video %1").arg(video.id), sql::nullableId(video.accountId),
        sql::nullableText(video.remoteId), toText(video.kind), toText(video.status), video.title,
        video.prompt, video.mediaSha256, video.filePath, video.remoteUrl, video.posterPath, video.durationMs,
        video.width, video.height, video.progress, video.favorite, video.error, video.remoteRef,
        sql::fromDateTime(QDateTime::currentDateTimeUtc()), video.id);
}

Status VideoStore::remove(RowId id) const
{
    return sql::runOne(m_catalog.db(), QStringLiteral("DELETE FROM videos WHERE id = ?"),
                       VideoStore::tr("delete video %1").arg(id), id);
}

Result<Video> VideoStore::load(RowId id) const
{
    QSqlQuery query(m_catalog.db());
    if (Status status = sql::run(
            query, QStringLiteral("SELECT %1 FROM videos v WHERE v.id = ?").arg(store::kVideoColumns),
            VideoStore::tr("load video"), id);
        !status)
        return status.failure();
    if (!query.next())
        return Failure{VideoStore::tr("video %1 does not exist").arg(id)};
    return store::videoFromRow(query);
}

Result<std::optional<Video>> VideoStore::findByRemote(RowId accountId, const QString &remoteId) const
{
    QSqlQuery query(m_catalog.db());
    if (Status status =
            sql::run(query,
                     QStringLiteral("SELECT %1 FROM videos v WHERE v.account_id = ? AND v.remote_id = ?")
                         .arg(store::kVideoColumns),
                     VideoStore::tr("find video by remote id"), accountId, remoteId);
        !status)
        return status.failure();
    if (!query.next())
        return std::optional<Video>();
    return std::optional<Video>(store::videoFromRow(query));
}

Result<std::optional<Video>> VideoStore::findByMedia(const QString &mediaSha256) const
{
    QSqlQuery query(m_catalog.db());
    if (Status status = sql::run(query,
                                 QStringLiteral("SELECT %1 FROM videos v WHERE v.media_sha256 = ? AND "
                                                "v.media_sha256 <> '' ORDER BY v.id LIMIT 1")
                                     .arg(store::kVideoColumns),
                                 VideoStore::tr("find video by content"), mediaSha256);
        !status)
        return status.failure();
    if (!query.next())
        return std::optional<Video>();
    return std::optional<Video>(store::videoFromRow(query));
}

Result<QList<Video>> VideoStore::list(int limit, int offset) const
{
    QSqlQuery query(m_catalog.db());
    if (Status status = sql::run(
            query,
            QStringLiteral("SELECT %1 FROM videos v ORDER BY v.created_at DESC, v.id DESC LIMIT ? OFFSET ?")
                .arg(store::kVideoColumns),
            VideoStore::tr("list videos"), store::sqlLimit(limit), qMax(offset, 0));
        !status)
        return status.failure();
    return store::videosFrom(query);
}

Result<int> VideoStore::count() const
{
    return sql::countRows(m_catalog.db(), QStringLiteral("videos"));
}

Status VideoStore::setFavorite(RowId id, bool favorite) const
{
    const QString what =
        favorite ? tr("mark video %1 as favourite").arg(id) : tr("mark video %1 as not favourite").arg(id);

    QSqlQuery query(m_catalog.db());
    if (Status status =
            sql::run(query, QStringLiteral("UPDATE videos SET favorite = ?, updated_at = ? WHERE id = ?"),
                     what, favorite, sql::fromDateTime(QDateTime::currentDateTimeUtc()), id);
        !status)
        return status;
    if (query.numRowsAffected() != 1)
        return Failure{VideoStore::tr("%1: video %2 does not exist").arg(what).arg(id)};
    return {};
}

Result<QList<RowId>> VideoStore::looksOf(RowId videoId) const
{
    QSqlDatabase db = m_catalog.db();
    if (Status status = store::requireRow(db, QStringLiteral("videos"), videoId,
                                          VideoStore::tr("video %1 does not exist"));
        !status)
        return status.failure();
    QSqlQuery query(db);
    if (Status status = sql::run(query,
                                 QStringLiteral("SELECT look_id FROM look_videos WHERE video_id = ? "
                                                "ORDER BY linked_at, rowid"),
                                 VideoStore::tr("load the looks of video %1").arg(videoId), videoId);
        !status)
        return status.failure();
    QList<RowId> looks;
    while (query.next())
        looks << query.value(0).toLongLong();
    return looks;
}

Status VideoStore::linkToLook(RowId lookId, RowId videoId) const
{
    QSqlDatabase db = m_catalog.db();
    Transaction transaction(db);
    const QString what = VideoStore::tr("link video %1 to look %2").arg(videoId).arg(lookId);
    if (!transaction.began())
        return Failure{QStringLiteral("%1: %2").arg(what, transaction.beginError())};
    if (Status status = requireLook(db, lookId); !status)
        return Failure{QStringLiteral("%1: %2").arg(what, status.error())};
    if (Status status = store::requireRow(db, QStringLiteral("videos"), videoId,
                                          VideoStore::tr("video %1 does not exist"));
        !status)
        return Failure{QStringLiteral("%1: %2").arg(what, status.error())};
    QSqlQuery query(db);
    if (Status status =
            sql::run(query,
                     QStringLiteral("INSERT INTO look_videos(look_id, video_id, is_default, linked_at) "
                                    "VALUES(?, ?, 0, ?) ON CONFLICT(look_id, video_id) DO NOTHING"),
                     what, lookId, videoId, sql::fromDateTime(QDateTime::currentDateTimeUtc()));
        !status)
        return status;
    return transaction.commit();
}

Status VideoStore::unlinkFromLook(RowId lookId, RowId videoId) const
{
    const QString what = VideoStore::tr("unlink video %1 from look %2").arg(videoId).arg(lookId);
    QSqlQuery query(m_catalog.db());
    if (Status status =
            sql::run(query, QStringLiteral("DELETE FROM look_videos WHERE look_id = ? AND video_id = ?"),
                     what, lookId, videoId);
        !status)
        return status;
    if (query.numRowsAffected() != 1)
        return Failure{VideoStore::tr("%1: the video is not linked to that look").arg(what)};
    return {};
}

Result<QList<LookVideoLink>> VideoStore::links(RowId lookId) const
{
    QSqlDatabase db = m_catalog.db();
    if (Status status = requireLook(db, lookId); !status)
        return status.failure();
    QSqlQuery query(db);
    if (Status status =
            sql::run(query,
                     QStringLiteral("SELECT look_id, video_id, is_default, linked_at FROM look_videos "
                                    "WHERE look_id = ? ORDER BY linked_at, rowid"),
                     VideoStore::tr("load links of look %1").arg(lookId), lookId);
        !status)
        return status.failure();
    QList<LookVideoLink> result;
    while (query.next()) {
        LookVideoLink link;
        link.lookId = query.value(0).toLongLong();
        link.videoId = query.value(1).toLongLong();
        link.isDefault = query.value(2).toBool();
        link.linkedAt = sql::toDateTime(query.value(3));
        result << link;
    }
    return result;
}

Result<QList<Video>> VideoStore::videosForLook(RowId lookId) const
{
    QSqlDatabase db = m_catalog.db();
    if (Status status = requireLook(db, lookId); !status)
        return status.failure();
    QSqlQuery query(db);
    if (Status status =
            sql::run(query,
                     QStringLiteral("SELECT %1 FROM look_videos l JOIN videos v ON v.id = l.video_id "
                                    "WHERE l.look_id = ? ORDER BY l.linked_at, l.rowid")
                         .arg(store::kVideoColumns),
                     VideoStore::tr("load videos of look %1").arg(lookId), lookId);
        !status)
        return status.failure();
    return store::videosFrom(query);
}

Status VideoStore::setDefault(RowId lookId, RowId videoId) const
{
    QSqlDatabase db = m_catalog.db();
    const QString what = VideoStore::tr("make video %1 the default of look %2").arg(videoId).arg(lookId);
    Transaction transaction(db);
    if (!transaction.began())
        return Failure{QStringLiteral("%1: %2").arg(what, transaction.beginError())};
    if (Status status = requireLook(db, lookId); !status)
        return Failure{QStringLiteral("%1: %2").arg(what, status.error())};
    Result<QVariant> linked = sql::scalar(
        db, QStringLiteral("SELECT EXISTS(SELECT 1 FROM look_videos WHERE look_id = ? AND video_id = ?)"),
        what, lookId, videoId);
    if (!linked)
        return linked.failure();
    if (!linked->toBool())
        return Failure{VideoStore::tr("%1: the video is not linked to that look").arg(what)};
    // Clear first: the partial unique index is checked row by row, so a single UPDATE could collide.
    QSqlQuery clear(db);
    if (Status status = sql::run(clear,
                                 QStringLiteral("UPDATE look_videos SET is_default = 0 WHERE look_id = ? AND "
                                                "is_default = 1"),
                                 what, lookId);
        !status)
        return status;
    if (Status status = sql::runOne(
            db, QStringLiteral("UPDATE look_videos SET is_default = 1 WHERE look_id = ? AND video_id = ?"),
            what, lookId, videoId);
        !status)
        return status;
    return transaction.commit();
}

Status VideoStore::clearDefault(RowId lookId) const
{
    QSqlDatabase db = m_catalog.db();
    if (Status status = requireLook(db, lookId); !status)
        return Failure{
            VideoStore::tr("clear the default video of look %1: %2").arg(lookId).arg(status.error())};
    QSqlQuery query(db);
    return sql::run(
        query, QStringLiteral("UPDATE look_videos SET is_default = 0 WHERE look_id = ? AND is_default = 1"),
        VideoStore::tr("clear the default video of look %1").arg(lookId), lookId);
}

Result<std::optional<Video>> VideoStore::defaultVideo(RowId lookId) const
{
    QSqlDatabase db = m_catalog.db();
    if (Status status = requireLook(db, lookId); !status)
        return status.failure();
    QSqlQuery query(db);
    if (Status status =
            sql::run(query,
                     QStringLiteral("SELECT %1 FROM look_videos l JOIN videos v ON v.id = l.video_id "
                                    "WHERE l.look_id = ? AND l.is_default = 1")
                         .arg(store::kVideoColumns),
                     VideoStore::tr("load the default video of look %1").arg(lookId), lookId);
        !status)
        return status.failure();
    if (!query.next())
        return std::optional<Video>();
    return std::optional<Video>(store::videoFromRow(query));
}

}  // namespace storyreel
