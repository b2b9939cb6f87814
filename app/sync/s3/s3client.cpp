#include "s3client.h"

#include "s3address.h"
#include "s3clientprivate.h"
#include "s3errors.h"
#include "s3xml.h"

#include <QLocale>

Q_LOGGING_CATEGORY(lcS3, "storyreel.sync.s3", QtInfoMsg)

namespace storyreel::s3 {

using http::makeError;

void ChainedCall::cancel()
{
    m_cancelled = true;
    if (m_current)
        m_current->cancel();
}

HttpRequest Client::Private::request(const Client &client, const QByteArray &method, const QString &key,
                                     const QByteArray &query, const QByteArray &body,
                                     const QByteArray &contentType, const sigv4::Headers &headers,
                                     const QString &what)
{
    HttpRequest request;
    request.method = method;
    request.url = objectUrl(client.m_location, key, query);
    request.body = body;
    request.contentType = contentType;
    request.what = what;
    request.transferTimeout = client.m_transferTimeout;
    // Every S3 call here may be repeated: PUTs and DELETEs are idempotent, and creating a multipart
    // upload twice only leaves an upload that nobody completes.
    request.retrySafe = true;

    sigv4::Headers signedHeaders = headers;
    // Sent as a raw header too, so a PUT without a body (which HttpClient sends untyped) still
    // carries the Content-Type that was signed.
    if (!contentType.isEmpty())
        signedHeaders.append({"Content-Type", contentType});
    // Signed once: x-amz-date stays valid for 15 minutes, longer than HttpClient's retries take.
    const sigv4::Headers added =
        sigv4::signRequest(client.m_keys, client.m_location.region, method, request.url, signedHeaders,
                           sigv4::payloadHash(body), QDateTime::currentDateTimeUtc());
    request.headers = signedHeaders + added;
    request.describeError = [keys = client.m_keys](ProviderError error, const HttpResponse &answer) {
        return errorFromAnswer(std::move(error), answer, keys);
    };
    return request;
}

std::optional<ProviderError> Client::Private::check(const Client &client, const QString &key)
{
    if (client.m_keys.isEmpty())
        return makeError(ProviderErrorKind::Credentials, tr("No access keys for the storage"));
    const QString location = validate(client.m_location);
    if (!location.isEmpty())
        return makeError(ProviderErrorKind::BadRequest, location);
    if (!key.isNull()) {
        const QString reason = validateKey(key);
        if (!reason.isEmpty())
            return makeError(ProviderErrorKind::BadRequest, reason);
    }
    return std::nullopt;
}

sigv4::Headers Client::Private::metadataHeaders(const Metadata &metadata)
{
    sigv4::Headers headers;
    for (auto it = metadata.cbegin(); it != metadata.cend(); ++it)
        headers.append({"x-amz-meta-" + it.key().toLower(), it.value()});
    std::sort(headers.begin(), headers.end());  // a stable order for the wire and the logs
    return headers;
}

bool Client::Private::etagIs(const QByteArray &etag, const QByteArray &md5Hex)
{
    return !md5Hex.isEmpty() && xml::unquoted(etag).compare(md5Hex, Qt::CaseInsensitive) == 0;
}

Client::Client(HttpClient &http, Location location, Keys keys, QObject *parent)
    : QObject(parent), m_http(http), m_location(std::move(location)), m_keys(std::move(keys))
{}

Client::~Client() = default;

std::shared_ptr<HttpCall> Client::head(const QString &key, ProviderCallback<std::optional<ObjectInfo>> done)
{
    if (auto error = Private::check(*this, key))
        return Private::failLater(*this, *error, std::move(done));
    HttpRequest request = Private::request(*this, "HEAD", key, {}, {}, {}, {}, QStringLiteral("S3 head"));
    return m_http.send(
        std::move(request), [key, done = std::move(done)](ProviderResult<HttpResponse> result) {
            if (!result) {
                if (result.error().kind == ProviderErrorKind::NotFound)
                    done(std::optional<ObjectInfo>());
                else
                    done(result.error());
                return;
            }
            const HttpResponse &answer = result.value();
            ObjectInfo info;
            info.key = key;
            info.size = answer.header("Content-Length").trimmed().toLongLong();
            info.etag = xml::unquoted(answer.header("ETag"));
            info.contentType = answer.header("Content-Type").trimmed();
            // An HTTP date ("Thu, 29 Feb 2024 13:45:07 GMT"), always in GMT.
            info.lastModified =
                QLocale::c().toDateTime(QString::fromLatin1(answer.header("Last-Modified").trimmed()),
                                        QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
            info.lastModified.setTimeSpec(Qt::UTC);
            for (const auto &[name, value] : answer.headers) {
                if (name.toLower().startsWith("x-amz-meta-"))
                    info.metadata.insert(name.toLower().mid(11), value);
            }
            done(std::optional<ObjectInfo>(std::move(info)));
        });
}

std::shared_ptr<HttpCall> Client::put(const QString &key, const QByteArray &body,
                                      const QByteArray &contentType, const Metadata &metadata,
                                      UploadProgress progress, ProviderCallback<QByteArray> done)
{
    if (auto error = Private::check(*this, key))
        return Private::failLater(*this, *error, std::move(done));
    const QByteArray md5 = Private::md5(body);
    sigv4::Headers headers = {{"Content-MD5", md5.toBase64()}};
    headers += Private::metadataHeaders(metadata);
    HttpRequest request =
        Private::request(*this, "PUT", key, {}, body,
                         contentType.isEmpty() ? QByteArray("application/octet-stream") : contentType,
                         headers, QStringLiteral("S3 put"));
    request.uploadProgress = std::move(progress);
    const QString bucket = m_location.bucket;
    return m_http.send(std::move(request), [md5Hex = md5.toHex(), key, bucket, size = body.size(),
                                            done = std::move(done)](ProviderResult<HttpResponse> result) {
        if (!result) {
            done(result.error());
            return;
        }
        const QByteArray etag = xml::unquoted(result.value().header("ETag"));
        if (!Private::etagIs(etag, md5Hex)) {
            qCWarning(lcS3, "PUT %s/%s: the storage answered ETag \"%s\" for a body with MD5 %s",
                      qUtf8Printable(bucket), qUtf8Printable(key), etag.left(80).constData(),
                      md5Hex.constData());
            done(makeError(ProviderErrorKind::BadResponse,
                           tr("The storage did not confirm the upload's checksum")));
            return;
        }
        qCDebug(lcS3, "PUT %s/%s: %lld bytes stored", qUtf8Printable(bucket), qUtf8Printable(key),
                static_cast<long long>(size));
        done(etag);
    });
}

std::shared_ptr<HttpCall> Client::download(const QString &key, const QString &partialPath,
                                           DownloadProgress progress, ProviderCallback<qint64> done)
{
    if (auto error = Private::check(*this, key))
        return Private::failLater(*this, *error, std::move(done));
    // HttpClient adds the Range header of each attempt; S3 does not need it signed.
    HttpRequest request = Private::request(*this, "GET", key, {}, {}, {}, {}, QStringLiteral("S3 download"));
    return m_http.download(std::move(request), partialPath, {}, std::move(progress), std::move(done));
}

std::shared_ptr<HttpCall> Client::list(const QString &prefix, const QString &continuationToken, int maxKeys,
                                       ProviderCallback<ListPage> done)
{
    if (auto error = Private::check(*this, QString()))
        return Private::failLater(*this, *error, std::move(done));
    QByteArray query = "list-type=2&max-keys=" + QByteArray::number(std::clamp(maxKeys, 1, 1000));
    if (!prefix.isEmpty())
        query += "&prefix=" + sigv4::uriEncode(prefix.toUtf8(), false);
    if (!continuationToken.isEmpty())
        query += "&continuation-token=" + sigv4::uriEncode(continuationToken.toUtf8(), false);
    HttpRequest request = Private::request(*this, "GET", {}, query, {}, {}, {}, QStringLiteral("S3 list"));
    return m_http.send(std::move(request), [done = std::move(done)](ProviderResult<HttpResponse> result) {
        if (!result) {
            done(result.error());
            return;
        }
        std::optional<ListPage> page = xml::parseListPage(result.value().body);
        if (!page) {
            done(makeError(ProviderErrorKind::BadResponse, tr("The storage's listing is unreadable")));
            return;
        }
        done(std::move(*page));
    });
}

std::shared_ptr<HttpCall> Client::remove(const QString &key, ProviderCallback<Done> done)
{
    if (auto error = Private::check(*this, key))
        return Private::failLater(*this, *error, std::move(done));
    HttpRequest request = Private::request(*this, "DELETE", key, {}, {}, {}, {}, QStringLiteral("S3 delete"));
    return m_http.send(std::move(request), [done = std::move(done)](ProviderResult<HttpResponse> result) {
        // S3 answers 204 for a missing key; some compatible stores say NoSuchKey: gone either way.
        if (!result && !hasCode(result.error(), QStringLiteral("NoSuchKey"))) {
            done(result.error());
            return;
        }
        done(Done{});
    });
}

QUrl Client::presignGet(const QString &key, qint64 expiresSeconds, const QDateTime &now) const
{
    return sigv4::presign(m_keys, m_location.region, "GET", objectUrl(m_location, key), expiresSeconds, now);
}

}  // namespace storyreel::s3
