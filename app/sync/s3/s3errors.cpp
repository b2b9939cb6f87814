#include "s3errors.h"

#include <QCoreApplication>

namespace storyreel::s3 {
namespace {

struct S3Errors
{
    Q_DECLARE_TR_FUNCTIONS(storyreel::s3::S3Errors)
};

constexpr qsizetype MaxMessageLength = 300;

ProviderErrorKind kindOf(const QString &code, int status, ProviderErrorKind fallback)
{
    static const QStringList refusedKeys = {QStringLiteral("InvalidAccessKeyId"),
                                            QStringLiteral("SignatureDoesNotMatch"),
                                            QStringLiteral("ExpiredToken"), QStringLiteral("InvalidToken")};
    if (refusedKeys.contains(code))
        return ProviderErrorKind::Unauthorized;
    if (code.startsWith(QLatin1String("NoSuch")))
        return ProviderErrorKind::NotFound;
    if (code == QLatin1String("SlowDown") || code == QLatin1String("InternalError"))
        return ProviderErrorKind::Server;
    switch (status) {
        case 400:
        case 405:
        case 411:
        case 412:
        case 416:
        case 501:
            return ProviderErrorKind::BadRequest;
        case 403:
            return ProviderErrorKind::Forbidden;
        case 404:
            return ProviderErrorKind::NotFound;
        case 409:
            return ProviderErrorKind::Conflict;
        default:
            return status >= 500 ? ProviderErrorKind::Server : fallback;
    }
}

// For answers without an XML body (HEAD has none).
QString messageForStatus(int status)
{
    switch (status) {
        case 403:
            return S3Errors::tr("The storage refused access (HTTP 403)");
        case 404:
            return S3Errors::tr("Not found in the storage (HTTP 404)");
        default:
            return status >= 500 ? S3Errors::tr("The storage failed (HTTP %1)").arg(status)
                                 : S3Errors::tr("The storage answered HTTP %1").arg(status);
    }
}

QString masked(QString text, const Keys &keys)
{
    for (const QString &secret : {keys.secretAccessKey, keys.accessKeyId}) {
        if (!secret.isEmpty())
            text.replace(secret, QStringLiteral("***"));
    }
    text = text.simplified();
    if (text.size() > MaxMessageLength)
        text = text.left(MaxMessageLength - 1) + QChar(0x2026);
    return text;
}

}  // namespace

ProviderError errorFromXml(const xml::Error &error, int status, const Keys &keys)
{
    ProviderError result;
    result.httpStatus = status;
    result.kind = kindOf(error.code, status, ProviderErrorKind::BadResponse);
    // Only Code and Message: SignatureDoesNotMatch bodies also carry the string to sign and the
    // signature provided, which must not reach a message or a log.
    const QString message = error.message.isEmpty() ? messageForStatus(status) : error.message;
    result.message = masked(error.code + QStringLiteral(": ") + message, keys);
    return result;
}

ProviderError errorFromAnswer(ProviderError policyError, const HttpResponse &answer, const Keys &keys)
{
    const std::optional<xml::Error> parsed = xml::parseError(answer.body);
    ProviderError error = parsed ? errorFromXml(*parsed, answer.status, keys) : policyError;
    if (!parsed) {
        error.kind = kindOf(QString(), answer.status, policyError.kind);
        error.message = messageForStatus(answer.status);
    }
    error.retryAfter = policyError.retryAfter;
    error.httpStatus = answer.status;
    return error;
}

bool hasCode(const ProviderError &error, const QString &code)
{
    return error.message.startsWith(code + QStringLiteral(": "));
}

}  // namespace storyreel::s3
