#pragma once

#include "result.h"
#include "storage.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace storyreel {

class Catalog;

// A part of a multipart upload already in the bucket (so a restarted upload skips it).
struct StoredPart
{
    int number = 0;
    QString etag;
    qint64 sizeBytes = 0;
};

// What the studio knows of objects in its storages, and the parts of uploads in progress.
class CloudObjectStore final
{
    Q_DECLARE_TR_FUNCTIONS(storyreel::CloudObjectStore)

public:
    explicit CloudObjectStore(const Catalog &catalog) : m_catalog(catalog) {}

    // Inserts or updates the object of (storageId, key) with every field of `object`; its id.
    Result<RowId> upsert(const CloudObject &object) const;
    Result<std::optional<CloudObject>> find(RowId storageId, const QString &key) const;
    Result<CloudObject> load(RowId id) const;
    Status setJob(RowId id, RowId jobId) const;
    // The upload finished and was checked: stored with its ETag.
    Status markStored(RowId id, const QString &etag, qint64 sizeBytes) const;
    // A pending object whose upload was cancelled or failed leaves no record.
    Status removePending(RowId id) const;
    Status remove(RowId id) const;

    // Objects holding this content (by sha256), this file (relative path) or this video, stored first.
    Result<QList<CloudObject>> forContent(const QString &sha256) const;
    Result<QList<CloudObject>> forPath(const QString &localPath) const;
    Result<QList<CloudObject>> forVideo(RowId videoId) const;
    Result<QList<CloudObject>> inStorage(RowId storageId) const;

    // The cloud state of a file that is not a library video (a render or an export), by its path.
    Result<CloudState> stateOfPath(const QString &localPath) const;

    Status savePart(RowId jobId, const QString &uploadId, const StoredPart &part) const;
    Result<QList<StoredPart>> parts(RowId jobId, const QString &uploadId) const;
    Status clearParts(RowId jobId) const;

private:
    const Catalog &m_catalog;
};

}  // namespace storyreel
