// The multipart half of s3::Client: create, upload part, complete, abort.
#include "s3client.h"

#include "s3clientprivate.h"
#include "s3errors.h"
#include "s3xml.h"

#include <QPointer>

#include <algorithm>

namespace storyreel::s3 {

using http::makeError;

namespace {

constexpr int MaxPartNumber = 10000;

QByteArray uploadQuery(const QString &uploadId)
{
    return "uploadId=" + sigv4::uriEncode(uploadId.toUtf8(), false);
}

// S3's ETag of a multipart object: the MD5 of the parts' binary MD5s, "-" and the number of parts.
QByteArray multipartETag(const QList<UploadedPart> &parts)
{
    QByteArray digests;
    for (const UploadedPart &part : parts)
        digests += QByteArray::fromHex(part.etag);
    return QCryptographicHash::hash(digests, QCryptographicHash::Md5).toHex() + '-' +
           QByteArray::number(parts.size());
}

}  // namespace

std::shared_ptr<HttpCall> Client::createMultipart(const QString &key, const QByteArray &contentType,
                                                  const Metadata &metadata, ProviderCallback<QString> done)
{
    if (auto error = Private::check(*this, key))
        return Private::failLater(*this, *error, std::move(done));
    HttpRequest request =
        Private::request(*this, "POST", key, "uploads=", {},
                         contentType.isEmpty() ? QByteArray("application/octet-stream") : contentType,
                         Private::metadataHeaders(metadata), QStringLiteral("S3 create multipart upload"));
    return m_http.send(std::move(request), [done = std::move(done)](ProviderResult<HttpResponse> result) {
        if (!result) {
            done(result.error());
            return;
        }
        const std::optional<QString> uploadId = xml::parseUploadId(result.value().body);
        if (!uploadId) {
            done(makeError(ProviderErrorKind::BadResponse,
                           tr("The storage did not say which upload it created")));
            return;
        }
        done(*uploadId);
    });
}

std::shared_ptr<HttpCall> Client::uploadPart(const QString &key, const QString &uploadId, int partNumber,
                                             const QByteArray &data, UploadProgress progress,
                                             ProviderCallback<UploadedPart> done)
{
    if (auto error = Private::check(*this, key))
        return Private::failLater(*this, *error, std::move(done));
    if (partNumber < 1 || partNumber > MaxPartNumber || uploadId.isEmpty()) {
        return Private::failLater(
            *this,
            makeError(ProviderErrorKind::BadRequest,
                      tr("A part number is 1 to %1, of a known upload").arg(MaxPartNumber)),
            std::move(done));
    }
    const QByteArray md5 = Private::md5(data);
    const QByteArray query = "partNumber=" + QByteArray::number(partNumber) + '&' + uploadQuery(uploadId);
    HttpRequest request =
        Private::request(*this, "PUT", key, query, data, "application/octet-stream",
                         {{"Content-MD5", md5.toBase64()}}, QStringLiteral("S3 upload part"));
    request.uploadProgress = std::move(progress);
    return m_http.send(std::move(request), [partNumber, size = data.size(), md5Hex = md5.toHex(),
                                            done = std::move(done)](ProviderResult<HttpResponse> result) {
        if (!result) {
            done(result.error());
            return;
        }
        const QByteArray etag = xml::unquoted(result.value().header("ETag"));
        if (!Private::etagIs(etag, md5Hex)) {
            qCWarning(lcS3, "part %d: the storage answered ETag \"%s\" for data with MD5 %s", partNumber,
                      etag.left(80).constData(), md5Hex.constData());
            done(makeError(ProviderErrorKind::BadResponse,
                           tr("The storage did not confirm the checksum of part %1").arg(partNumber)));
            return;
        }
        done(UploadedPart{partNumber, etag.toLower(), size});
    });
}

std::shared_ptr<HttpCall> Client::completeMultipart(const QString &key, const QString &uploadId,
                                                    const QList<UploadedPart> &parts,
                                                    const QByteArray &wholeObjectMd5,
                                                    ProviderCallback<QByteArray> done)
{
    if (auto error = Private::check(*this, key))
        return Private::failLater(*this, *error, std::move(done));
    QList<UploadedPart> sorted = parts;
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.number < b.number; });
    if (sorted.isEmpty() || uploadId.isEmpty()) {
        return Private::failLater(
            *this, makeError(ProviderErrorKind::BadRequest, tr("A multipart upload needs parts")),
            std::move(done));
    }
    const QByteArray expected = multipartETag(sorted);
    const QByteArray whole = wholeObjectMd5.toLower();
    const auto accepted = [expected, whole](const QByteArray &etag) {
        return Private::etagIs(etag, expected) || Private::etagIs(etag, whole);
    };
    HttpRequest request =
        Private::request(*this, "POST", key, uploadQuery(uploadId), xml::completeBody(sorted),
                         "application/xml", {}, QStringLiteral("S3 complete multipart upload"));

    auto chain = std::make_shared<ChainedCall>();
    QPointer<Client> self = this;
    const Keys keys = m_keys;
    chain->follow(m_http.send(std::move(request), [self, chain, key, accepted, keys, done = std::move(done)](
                                                      ProviderResult<HttpResponse> result) {
        if (!result) {
            // A retry after an attempt whose answer was lost finds the upload gone: it may have completed.
            if (self && !chain->cancelled() && hasCode(result.error(), QStringLiteral("NoSuchUpload"))) {
                const ProviderError original = result.error();
                chain->follow(self->head(key, [accepted, original, done](auto info) {
                    if (info && info.value() && accepted(info.value()->etag))
                        done(xml::unquoted(info.value()->etag));
                    else
                        done(original);
                }));
                return;
            }
            done(result.error());
            return;
        }
        const HttpResponse &answer = result.value();
        // S3 may answer 200 and report the failure in the body.
        if (const std::optional<xml::Error> error = xml::parseError(answer.body)) {
            done(errorFromXml(*error, answer.status, keys));
            return;
        }
        const std::optional<QByteArray> etag = xml::parseCompleteETag(answer.body);
        if (!etag || !accepted(*etag)) {
            qCWarning(lcS3, "complete %s: unexpected ETag \"%s\"", qUtf8Printable(key),
                      etag ? etag->left(80).constData() : "");
            done(makeError(ProviderErrorKind::BadResponse,
                           tr("The storage did not confirm the uploaded object's checksum")));
            return;
        }
        done(*etag);
    }));
    return chain;
}

std::shared_ptr<HttpCall> Client::abortMultipart(const QString &key, const QString &uploadId,
                                                 ProviderCallback<Done> done)
{
    if (auto error = Private::check(*this, key))
        return Private::failLater(*this, *error, std::move(done));
    HttpRequest request = Private::request(*this, "DELETE", key, uploadQuery(uploadId), {}, {}, {},
                                           QStringLiteral("S3 abort multipart upload"));
    return m_http.send(std::move(request), [done = std::move(done)](ProviderResult<HttpResponse> result) {
        if (result || hasCode(result.error(), QStringLiteral("NoSuchUpload"))) {
            done(Done{});
            return;
        }
        ProviderError error = result.error();
        // s3rver answers 405; some stores have no abort at all. The caller may ignore this one.
        if (error.httpStatus == 405 || error.httpStatus == 501) {
            error.kind = ProviderErrorKind::BadRequest;
            error.message = tr("This storage cannot abort multipart uploads (HTTP %1); the parts "
                               "stay until the storage expires them")
                                .arg(error.httpStatus);
        }
        done(error);
    });
}

}  // namespace storyreel::s3
