#include "cdnorigin.h"

#include "emulatorcore.h"

#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QUrlQuery>

namespace storyreel::emulator {

namespace {
const QString kDateFormat = QStringLiteral("yyyyMMdd'T'HHmmss'Z'");
}

CdnOrigin::CdnOrigin(EmulatorCore *core) : m_core(core), m_secret(EmulatorCore::newUuid().toLatin1()) {}

QUrl CdnOrigin::publicUrl(const QString &path) const
{
    QUrl url = m_baseUrl;
    url.setPath(path);
    return url;
}

QUrl CdnOrigin::publish(const QString &path, Generator generator)
{
    m_public.insert(path, std::move(generator));
    return publicUrl(path);
}

void CdnOrigin::remove(const QString &path)
{
    m_public.remove(path);
    m_private.remove(path);
}

void CdnOrigin::addPrivate(const QString &path, Generator generator)
{
    m_private.insert(path, std::move(generator));
}

QByteArray CdnOrigin::signature(const QString &path, const QString &date, const QString &expires,
                                const QString &disposition) const
{
    const QString canonical =
        path + QLatin1Char('\n') + date + QLatin1Char('\n') + expires + QLatin1Char('\n') + disposition;
    return QMessageAuthenticationCode::hash(canonical.toUtf8(), m_secret, QCryptographicHash::Sha256).toHex();
}

QUrl CdnOrigin::presign(const QString &path, int expiresSeconds, bool attachment) const
{
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_core->nowMs(), Qt::UTC);
    const QString date = now.toString(kDateFormat);
    const QString expires = QString::number(expiresSeconds);
    const QString disposition = attachment ? QStringLiteral("attachment") : QString();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("X-Amz-Algorithm"), QStringLiteral("AWS4-HMAC-SHA256"));
    query.addQueryItem(QStringLiteral("X-Amz-Credential"),
                       QStringLiteral("EMULATORACCESSKEY%2F") + now.toString(QStringLiteral("yyyyMMdd")) +
                           QStringLiteral("%2Fap-southeast-1%2Fs3%2Faws4_request"));
    query.addQueryItem(QStringLiteral("X-Amz-Date"), date);
    query.addQueryItem(QStringLiteral("X-Amz-Expires"), expires);
    query.addQueryItem(QStringLiteral("X-Amz-SignedHeaders"), QStringLiteral("host"));
    if (attachment)
        query.addQueryItem(QStringLiteral("response-content-disposition"), disposition);
    query.addQueryItem(QStringLiteral("X-Amz-Signature"),
                       QString::fromLatin1(signature(path, date, expires, disposition)));
    QUrl url = publicUrl(path);
    url.setQuery(query);
    return url;
}

QUrl CdnOrigin::stash(const EmuResponse &response)
{
    const QString path = QStringLiteral("/redirected/") + EmulatorCore::newUuid();
    m_stashed.insert(path, response);
    return publicUrl(path);
}

EmuResponse CdnOrigin::s3Error(int status, const QString &code, const QString &message)
{
    const QString xml =
        QStringLiteral(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>%1</Code><Message>%2</Message>"
            "</Error>")
            .arg(code, message);
    return {status, "application/xml", xml.toUtf8(), {}};
}

EmuResponse CdnOrigin::handle(const EmuRequest &request)
{
    if (request.method != "GET" && request.method != "HEAD")
        return s3Error(405, QStringLiteral("MethodNotAllowed"), QStringLiteral("The method is not allowed"));
    if (const auto stashed = m_stashed.constFind(request.path); stashed != m_stashed.cend())
        return *stashed;
    if (const auto found = m_private.constFind(request.path); found != m_private.cend())
        return servePresigned(request, *found);
    if (const auto found = m_public.constFind(request.path); found != m_public.cend())
        return serve(request, *found);
    return s3Error(404, QStringLiteral("NoSuchKey"), QStringLiteral("The specified key does not exist."));
}

EmuResponse CdnOrigin::servePresigned(const EmuRequest &request, const Generator &generator) const
{
    if (!request.hasQuery(QStringLiteral("X-Amz-Signature")))
        return s3Error(403, QStringLiteral("AccessDenied"), QStringLiteral("Access Denied"));
    if (request.hadAuthorization) {
        return s3Error(
            400, QStringLiteral("InvalidArgument"),
            QStringLiteral("Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter, "
                           "Signature query string parameter or the Authorization header should be "
                           "specified"));
    }
    const QString date = request.queryValue(QStringLiteral("X-Amz-Date"));
    const QString expires = request.queryValue(QStringLiteral("X-Amz-Expires"));
    const QString disposition = request.queryValue(QStringLiteral("response-content-disposition"));
    const QByteArray expected = signature(request.path, date, expires, disposition);
    if (request.queryValue(QStringLiteral("X-Amz-Signature")).toLatin1() != expected) {
        return s3Error(403, QStringLiteral("SignatureDoesNotMatch"),
                       QStringLiteral("The request signature we calculated does not match the signature you "
                                      "provided."));
    }
    QDateTime signedAt = QDateTime::fromString(date, kDateFormat);
    signedAt.setTimeSpec(Qt::UTC);
    if (m_core->nowMs() > signedAt.toMSecsSinceEpoch() + expires.toLongLong() * 1000)
        return s3Error(403, QStringLiteral("AccessDenied"), QStringLiteral("Request has expired"));
    EmuResponse response = serve(request, generator);
    if (!disposition.isEmpty() && response.status < 300)
        response.setHeader("Content-Disposition", disposition.toUtf8());
    return response;
}

EmuResponse CdnOrigin::serve(const EmuRequest &request, const Generator &generator) const
{
    const MediaMaker::File file = generator();
    if (file.data.isEmpty())
        return s3Error(500, QStringLiteral("InternalError"), QStringLiteral("The media engine failed."));
    EmuResponse response = EmuResponse::media(request, file.data, file.contentType);
    response.setHeader("Cache-Control", "public, max-age=31536000");
    return response;
}

}  // namespace storyreel::emulator
