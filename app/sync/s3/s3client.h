#pragma once

#include "httpclient.h"
#include "providerresult.h"
#include "s3types.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace storyreel::s3 {

// Bytes of a request body sent so far, of `total`.
using UploadProgress = std::function<void(qint64 sent, qint64 total)>;
using Metadata = QHash<QByteArray, QByteArray>;  // x-amz-meta-<name> (lower-case names, ASCII values)

// The S3 operations the studio needs, signed with SigV4 and sent through the shared HttpClient (so its
// retries, backoff and timeouts apply). Every call completes once, from the event loop; cancelling the
// returned handle ends it with ProviderErrorKind::Cancelled. S3's XML errors become ProviderErrors
// whose message carries S3's Code and Message ("NoSuchBucket: The specified bucket does not exist");
// 403 InvalidAccessKeyId / SignatureDoesNotMatch -> Unauthorized, other 403 -> Forbidden, 404 -> NotFound.
// No key, signature or presigned query ever reaches a log or a message.
class Client final : public QObject
{
    Q_OBJECT

public:
    Client(HttpClient &http, Location location, Keys keys, QObject *parent = nullptr);
    ~Client() override;

    const Location &location() const { return m_location; }

    // The transfer timeout of every request (HttpRequest::transferTimeout; 30 s by default).
    void setTransferTimeout(std::chrono::milliseconds timeout) { m_transferTimeout = timeout; }

    // nullopt when the object does not exist (404).
    std::shared_ptr<HttpCall> head(const QString &key, ProviderCallback<std::optional<ObjectInfo>> done);

    // One PUT with Content-MD5 and the body's SHA-256 as x-amz-content-sha256; the answer's ETag must
    // equal the body's MD5 (BadResponse otherwise). Returns the ETag.
    std::shared_ptr<HttpCall> put(const QString &key, const QByteArray &body, const QByteArray &contentType,
                                  const Metadata &metadata, UploadProgress progress,
                                  ProviderCallback<QByteArray> done);

    // Multipart upload. createMultipart returns the UploadId; uploadPart sends one part (1..10000) with
    // Content-MD5 and checks the ETag against it; completeMultipart accepts S3's ETag
    // (md5 of the parts' md5s + "-N") or the whole object's MD5 (what s3rver answers) and reports an
    // <Error> inside a 200 answer as a failure; abortMultipart treats NoSuchUpload as done.
    std::shared_ptr<HttpCall> createMultipart(const QString &key, const QByteArray &contentType,
                                              const Metadata &metadata, ProviderCallback<QString> done);
    std::shared_ptr<HttpCall> uploadPart(const QString &key, const QString &uploadId, int partNumber,
                                         const QByteArray &data, UploadProgress progress,
                                         ProviderCallback<UploadedPart> done);
    // `wholeObjectMd5` (hex, may be empty) is the other ETag accepted.
    std::shared_ptr<HttpCall> completeMultipart(const QString &key, const QString &uploadId,
                                                const QList<UploadedPart> &parts,
                                                const QByteArray &wholeObjectMd5,
                                                ProviderCallback<QByteArray> done);
    std::shared_ptr<HttpCall> abortMultipart(const QString &key, const QString &uploadId,
                                             ProviderCallback<Done> done);

    // GET into `partialPath`, resuming with Range from the bytes already there; retries resume too.
    // The file is flushed, not renamed or checked beyond its size: the caller verifies the content.
    std::shared_ptr<HttpCall> download(const QString &key, const QString &partialPath,
                                       DownloadProgress progress, ProviderCallback<qint64> done);

    // ListObjectsV2 (one page; pass the previous page's token for the next).
    std::shared_ptr<HttpCall> list(const QString &prefix, const QString &continuationToken, int maxKeys,
                                   ProviderCallback<ListPage> done);

    // A missing key is done too (S3 answers 204 either way).
    std::shared_ptr<HttpCall> remove(const QString &key, ProviderCallback<Done> done);

    // A presigned GET URL valid for `expiresSeconds` (1 .. 604800, S3's maximum of seven days).
    QUrl presignGet(const QString &key, qint64 expiresSeconds,
                    const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

private:
    struct Private;
    HttpClient &m_http;
    Location m_location;
    Keys m_keys;
    std::chrono::milliseconds m_transferTimeout{30000};
};

}  // namespace storyreel::s3
