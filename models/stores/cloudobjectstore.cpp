#include "cloudobjectstore.h"

#include "catalog.h"
#include "cloudstatesql.h"
#include "sqlutil.h"

#include <QSqlQuery>

namespace storyreel {
namespace {

const QString kSelect = QStringLiteral(
    "SELECT id, storage_id, object_key, sha256, size_bytes, etag, content_type, local_path, video_id, state, "
    "job_id, updated_at FROM cloud_objects");
// Stored objects first, then the newest.
const QString kOrder = QStringLiteral(" ORDER BY state = 'stored' DESC, updated_at DESC, id DESC");

CloudObject objectFromRow(const QSqlQuery &query)
{
    CloudObject object;
    object.id = query.value(0).toLongLong();
    object.storageId = query.value(1).toLongLong();
    object.key = query.value(2).toString();
    object.sha256 = query.value(3).toString();
    object.sizeBytes = query.value(4).toLongLong();
    object.etag = query.value(5).toString();
    object.contentType = query.value(6).toString();
    object.localPath = query.value(7).toString();
    object.videoId = query.value(8).toLongLong();
    object.state = query.value(9).toString() == QLatin1String("stored") ? CloudObject::State::Stored
                                                                        : CloudObject::State::Pending;
    object.jobId = query.value(10).toLongLong();
    object.updatedAt = sql::toDateTime(query.value(11));
    return object;
}

QList<CloudObject> objectsFrom(QSqlQuery &query)
{
    QList<CloudObject> objects;
    while (query.next())
        objects << objectFromRow(query);
    return objects;
}

QString stateText(CloudObject::State state)
{
    return state == CloudObject::State::Stored ? QStringLiteral("stored") : QStringLiteral("pending");
}

QVariant now()
{
    return sql::fromDateTime(QDateTime::currentDateTimeUtc());
}

}  // namespace

Result<RowId> CloudObjectStore::upsert(const CloudObject &object) const
{
    QSqlQuery query(m_catalog.db());
    if (Status status = sql::run(
            query,
            QStringLiteral(
                "INSERT INTO cloud_objects(storage_id, object_key, sha256, size_bytes, etag, content_type, "
                "local_path, video_id, state, job_id, updated_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT(storage_id, object_key) DO UPDATE SET sha256 = excluded.sha256, "
                "size_bytes = excluded.size_bytes, etag = excluded.etag, content_type = "
                "excluded.content_type, "
                "local_path = excluded.local_path, video_id = excluded.video_id, state = excluded.state, "
                "job_id = excluded.job_id, updated_at = excluded.updated_at RETURNING id"),
            CloudObjectStore::tr("record cloud object \"%1\"").arg(object.key), object.storageId, object.key,
            object.sha256, object.sizeBytes, object.etag, object.contentType, object.localPath,
            sql::nullableId(object.videoId), stateText(object.state), sql::nullableId(object.jobId), now());
        !status)
        return status.failure();
    if (!query.next())
        return Failure{CloudObjectStore::tr("record cloud object \"%1\": no row").arg(object.key)};
    return query.value(0).toLongLong();
}

Result<std::optional<CloudObject>> CloudObjectStore::find(RowId storageId, const QString &key) const
{
    QSqlQuery query(m_catalog.db());
    if (Status status = sql::run(query, kSelect + QStringLiteral(" WHERE storage_id = ? AND object_key = ?"),
                                 CloudObjectStore::tr("find cloud object \"%1\"").arg(key), storageId, key);
        !status)
        return status.failure();
    if (!query.next())
        return std::optional<CloudObject>();
    return std::optional<CloudObject>(objectFromRow(query));
}

Result<CloudObject> CloudObjectStore::load(RowId id) const
{
    QSqlQuery query(m_catalog.db());
    if (Status status = sql::run(query, kSelect + QStringLiteral(" WHERE id = ?"),
                                 CloudObjectStore::tr("load cloud object %1").arg(id), id);
        !status)
        return status.failure();
    if (!query.next())
        return Failure{CloudObjectStore::tr("cloud object %1 does not exist").arg(id)};
    return objectFromRow(query);
}

Status CloudObjectStore::setJob(RowId id, RowId jobId) const
{
    return sql::runOne(m_catalog.db(),
                       QStringLiteral("UPDATE cloud_objects SET job_id = ?, updated_at = ? WHERE id = ?"),
                       CloudObjectStore::tr("record the transfer of cloud object %1").arg(id),
                       sql::nullableId(jobId), now(), id);
}

Status CloudObjectStore::markStored(RowId id, const QString &etag, qint64 sizeBytes) const
{
    return sql::runOne(m_catalog.db(),
                       QStringLiteral("UPDATE cloud_objects SET state = 'stored', etag = ?, size_bytes = ?, "
                                      "updated_at = ? WHERE id = ?"),
                       CloudObjectStore::tr("mark cloud object %1 stored").arg(id), etag, sizeBytes, now(),
                       id);
}

Status CloudObjectStore::removePending(RowId id) const
{
    QSqlQuery query(m_catalog.db());
    return sql::run(query, QStringLiteral("DELETE FROM cloud_objects WHERE id = ? AND state = 'pending'"),
                    CloudObjectStore::tr("forget the upload of cloud object %1").arg(id), id);
}

Status CloudObjectStore::remove(RowId id) const
{
    QSqlQuery query(m_catalog.db());
    return sql::run(query, QStringLiteral("DELETE FROM cloud_objects WHERE id = ?"),
                    CloudObjectStore::tr("forget cloud object %1").arg(id), id);
}

Result<QList<CloudObject>> CloudObjectStore::forContent(const QString &sha256) const
{
    QSqlQuery query(m_catalog.db());
    if (Status status = sql::run(query, kSelect + QStringLiteral(" WHERE sha256 = ?") + kOrder,
                                 CloudObjectStore::tr("find cloud objects by content"), sha256);
        !status)
        return status.failure();
    return objectsFrom(query);
}

Result<QList<CloudObject>> CloudObjectStore::forPath(const QString &localPath) const
{
    QSqlQuery query(m_catalog.db());
    if (Status status = sql::run(query, kSelect + QStringLiteral(" WHERE local_path = ?") + kOrder,
                                 CloudObjectStore::tr("find cloud objects by file"), localPath);
        !status)
        return status.failure();
    return objectsFrom(query);
}

Result<QList<CloudObject>> CloudObjectStore::forVideo(RowId videoId) const
{
    QSqlQuery query(m_catalog.db());
    if (Status status =
            sql::run(query, kSelect + QStringLiteral(" WHERE video_id = ?") + kOrder,
                     CloudObjectStore::tr("find cloud objects of video %1").arg(videoId), videoId);
        !status)
        return status.failure();
    return objectsFrom(query);
}

Result<QList<CloudObject>> CloudObjectStore::inStorage(RowId storageId) const
{
    QSqlQuery query(m_catalog.db());
    if (Status status =
            sql::run(query, kSelect + QStringLiteral(" WHERE storage_id = ? ORDER BY object_key"),
                     CloudObjectStore::tr("list cloud objects of storage %1").arg(storageId), storageId);
        !status)
        return status.failure();
    return objectsFrom(query);
}

Result<CloudState> CloudObjectStore::stateOfPath(const QString &localPath) const
{
    QSqlQuery query(m_catalog.db());
    if (Status status = sql::run(
            query, QStringLiteral("SELECT ") + store::cloudStateSubquery(QStringLiteral("c.local_path = ?")),
            CloudObjectStore::tr("read the cloud state of a file"), localPath);
        !status)
        return status.failure();
    // A file named by its path is on this machine.
    return store::cloudStateFrom(query.next() ? query.value(0).toString() : QString(), true);
}

Status CloudObjectStore::savePart(RowId jobId, const QString &uploadId, const StoredPart &part) const
{
    QSqlQuery query(m_catalog.db());
    return sql::run(
        query,
        QStringLiteral("INSERT OR REPLACE INTO upload_parts(job_id, upload_id, part_number, etag, "
                       "size_bytes) VALUES(?, ?, ?, ?, ?)"),
        CloudObjectStore::tr("record part %1 of an upload").arg(part.number), jobId, uploadId, part.number,
        part.etag, part.sizeBytes);
}

Result<QList<StoredPart>> CloudObjectStore::parts(RowId jobId, const QString &uploadId) const
{
    QSqlQuery query(m_catalog.db());
    if (Status status =
            sql::run(query,
                     QStringLiteral("SELECT part_number, etag, size_bytes FROM upload_parts WHERE "
                                    "job_id = ? AND upload_id = ? ORDER BY part_number"),
                     CloudObjectStore::tr("load the parts of an upload"), jobId, uploadId);
        !status)
        return status.failure();
    QList<StoredPart> parts;
    while (query.next())
        parts << StoredPart{query.value(0).toInt(), query.value(1).toString(), query.value(2).toLongLong()};
    return parts;
}

Status CloudObjectStore::clearParts(RowId jobId) const
{
    QSqlQuery query(m_catalog.db());
    return sql::run(query, QStringLiteral("DELETE FROM upload_parts WHERE job_id = ?"),
                    CloudObjectStore::tr("forget the parts of an upload"), jobId);
}

}  // namespace storyreel
