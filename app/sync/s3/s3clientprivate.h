#pragma once

// Shared by s3client.cpp and s3multipart.cpp: signed requests, argument checks, and call handles
// that are not a single HttpClient call.

#include "httperrors.h"
#include "s3client.h"
#include "sigv4.h"

#include <QCryptographicHash>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcS3)

namespace storyreel::s3 {

// A call that failed before anything was sent; it still calls back from the event loop.
class LocalCall final : public HttpCall
{
public:
    void cancel() override { m_cancelled = true; }
    bool cancelled() const { return m_cancelled; }

private:
    bool m_cancelled = false;
};

// A call made of HTTP calls one after the other; cancel() cancels the current one.
class ChainedCall final : public HttpCall
{
public:
    void cancel() override;
    void follow(std::shared_ptr<HttpCall> call) { m_current = std::move(call); }
    bool cancelled() const { return m_cancelled; }

private:
    std::shared_ptr<HttpCall> m_current;
    bool m_cancelled = false;
};

struct Client::Private
{
    // A request for `key` (empty: the bucket) signed now, with the body's SHA-256, the Content-Type
    // (sent and signed whenever given) and `headers` (signed too); S3's XML errors become its errors.
    static HttpRequest request(const Client &client, const QByteArray &method, const QString &key,
                               const QByteArray &query, const QByteArray &body, const QByteArray &contentType,
                               const sigv4::Headers &headers, const QString &what);

    // Why nothing can be sent (no keys, a bad location or key); nullopt when all is well.
    static std::optional<ProviderError> check(const Client &client, const QString &key);

    static sigv4::Headers metadataHeaders(const Metadata &metadata);
    static QByteArray md5(const QByteArray &data)
    {
        return QCryptographicHash::hash(data, QCryptographicHash::Md5);
    }

    // Whether an answer's ETag is `md5Hex` (case-insensitive, quotes ignored).
    static bool etagIs(const QByteArray &etag, const QByteArray &md5Hex);

    template <typename T>
    static std::shared_ptr<HttpCall> failLater(Client &client, ProviderError error, ProviderCallback<T> done)
    {
        auto call = std::make_shared<LocalCall>();
        QMetaObject::invokeMethod(
            &client,
            [call, error = std::move(error), done = std::move(done)] {
                done(call->cancelled()
                         ? http::makeError(ProviderErrorKind::Cancelled, Client::tr("Cancelled"))
                         : error);
            },
            Qt::QueuedConnection);
        return call;
    }
};

}  // namespace storyreel::s3
