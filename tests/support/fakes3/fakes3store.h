#pragma once

#include "fakes3types.h"

#include <functional>
#include <optional>

// The fake's buckets, objects and multipart uploads, and the S3 operations on them. Requests reach
// it already authenticated (FakeS3Network checks signatures and Content-MD5 first).
namespace storyreel::fakes3 {

class Store final
{
public:
    static constexpr qint64 MinPartSize = 5 * 1024 * 1024;  // S3's, for every part but the last

    explicit Store(std::function<QDateTime()> clock) : m_clock(std::move(clock)) {}

    // The operation a request asks for ("GetObject", ... or "Unknown"), from its method and query.
    static QString kindOf(const Request &request);

    Answer handle(const Request &request);

    void createBucket(const QString &bucket);
    bool hasBucket(const QString &bucket) const { return m_buckets.contains(bucket); }
    void putObject(const QString &bucket, const QString &key, const QByteArray &data,
                   const QByteArray &contentType, const QHash<QByteArray, QByteArray> &metadata);
    std::optional<Object> object(const QString &bucket, const QString &key) const;
    QStringList keys(const QString &bucket) const;
    QList<Upload> uploads(const QString &bucket) const;

private:
    using Bucket = QMap<QByteArray, Object>;  // by UTF-8 key: S3 lists in byte order

    Answer listObjects(const Request &request, const Bucket &bucket) const;
    Answer headOrGet(const Request &request, const Object &object) const;
    Answer putObject(const Request &request, Bucket &bucket);
    Answer createUpload(const Request &request);
    Answer uploadPart(const Request &request);
    Answer completeUpload(const Request &request, Bucket &bucket);
    Answer abortUpload(const Request &request);
    Upload *findUpload(const Request &request);

    std::function<QDateTime()> m_clock;
    QHash<QString, Bucket> m_buckets;
    QHash<QString, Upload> m_uploads;  // by upload id
    int m_nextUpload = 1;
};

QByteArray httpDate(const QDateTime &at);
QByteArray quoted(const QByteArray &etag);

}  // namespace storyreel::fakes3
