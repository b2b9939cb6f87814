#pragma once

#include "enums.h"
#include "ids.h"

#include <QDateTime>
#include <QString>

namespace storyreel {

// An S3-compatible bucket the studio syncs media to (issue 8). The access keys are not here: they live
// in the keychain under credentialKey().
struct StorageAccount
{
    enum class Addressing { Path, VirtualHosted };

    RowId id = 0;
    QString name;
    QString endpoint;  // scheme://host[:port]
    QString region = QStringLiteral("us-east-1");
    QString bucket;
    QString prefix;  // folder inside the bucket, without leading or trailing '/'; may be empty
    Addressing addressing = Addressing::Path;
    bool autoUpload = false;  // finished renders and exports go up by themselves
    bool isDefault = false;
    QDateTime createdAt;

    QString credentialKey() const { return QStringLiteral("storage/%1").arg(id); }
    // "prefix/" + `path` (or `path` alone without a prefix).
    QString keyFor(const QString &path) const
    {
        return prefix.isEmpty() ? path : prefix + QLatin1Char('/') + path;
    }
};

// An object in a storage the studio uploaded, or found there and knows the content of.
struct CloudObject
{
    enum class State { Pending, Stored };

    RowId id = 0;
    RowId storageId = 0;
    QString key;
    QString sha256;
    qint64 sizeBytes = 0;
    QString etag;
    QString contentType;
    QString localPath;  // relative to the data folder when inside it; empty when unknown
    RowId videoId = 0;
    State state = State::Pending;
    RowId jobId = 0;  // the upload or download that runs or ran last
    QDateTime updatedAt;
};

}  // namespace storyreel
