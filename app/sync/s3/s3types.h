#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QUrl>

namespace storyreel::s3 {

// How a bucket is addressed: https://endpoint/bucket/key (path style, MinIO and s3rver) or
// https://bucket.endpoint/key (virtual-hosted, AWS and R2).
enum class Addressing { Path, VirtualHosted };

// Where a bucket lives. `endpoint` is scheme://host[:port] with no path
// ("https://s3.eu-west-1.amazonaws.com", "http://127.0.0.1:4568"); `region` is SigV4's ("us-east-1", R2's
// "auto").
struct Location
{
    QUrl endpoint;
    QString region = QStringLiteral("us-east-1");
    QString bucket;
    Addressing addressing = Addressing::Path;
};

// Access keys (from the keychain; never logged, stored or shown).
struct Keys
{
    QString accessKeyId;
    QString secretAccessKey;

    bool isEmpty() const { return accessKeyId.isEmpty() || secretAccessKey.isEmpty(); }
};

// What HEAD (or a listing) says of an object. ETag without quotes; metadata names lower-case without
// the "x-amz-meta-" prefix.
struct ObjectInfo
{
    QString key;
    qint64 size = 0;
    QByteArray etag;
    QDateTime lastModified;
    QByteArray contentType;
    QHash<QByteArray, QByteArray> metadata;
};

// One page of ListObjectsV2.
struct ListPage
{
    QList<ObjectInfo> objects;
    QStringList commonPrefixes;
    QString nextContinuationToken;  // empty on the last page
};

// A part already uploaded to a multipart upload (ETag without quotes).
struct UploadedPart
{
    int number = 0;
    QByteArray etag;
    qint64 size = 0;
};

}  // namespace storyreel::s3
