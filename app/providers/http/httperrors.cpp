#include "httperrors.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace storyreel::http {
namespace {

struct HttpErrors
{
    Q_DECLARE_TR_FUNCTIONS(storyreel::http::HttpErrors)
};

constexpr qsizetype MaxDetailLength = 300;

QString shortened(QString text)
{
    text = text.simplified();
    if (text.size() > MaxDetailLength)
        text = text.left(MaxDetailLength - 1) + QChar(0x2026);
    return text;
}

// 422 bodies carry a list of {"loc": [...], "msg": "..."}: "body.topic: field required".
QString validationMessages(const QJsonArray &items)
{
    QStringList parts;
    for (const QJsonValue &item : items) {
        const QJsonObject object = item.toObject();
        const QString message = object.value(QStringLiteral("msg")).toString();
        if (message.isEmpty())
            continue;
        QStringList location;
        for (const QJsonValue &part : object.value(QStringLiteral("loc")).toArray())
            location << (part.isDouble() ? QString::number(part.toInt()) : part.toString());
        parts << (location.isEmpty() ? message
                                     : location.join(QLatin1Char('.')) + QStringLiteral(": ") + message);
    }
    return parts.join(QStringLiteral("; "));
}

QString withDetail(const QString &message, const QString &detail)
{
    if (detail.isEmpty())
        return message;
    return message + QStringLiteral(" (") + detail + QLatin1Char(')');
}

QString formatAmount(double value)
{
    return QString::number(value, 'g', 12);
}

}  // namespace

ProviderError makeError(ProviderErrorKind kind, const QString &message, int httpStatus)
{
    ProviderError error;
    error.kind = kind;
    error.message = message;
    error.httpStatus = httpStatus;
    return error;
}

QString messageFromBody(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return {};
    const QJsonObject object = document.object();
    for (const QString &key :
         {QStringLiteral("detail"), QStringLiteral("error"), QStringLiteral("message")}) {
        const QJsonValue value = object.value(key);
        if (value.isString() && !value.toString().trimmed().isEmpty())
            return shortened(value.toString());
        if (value.isArray()) {
            const QString joined = validationMessages(value.toArray());
            if (!joined.isEmpty())
                return shortened(joined);
        }
        if (value.isObject()) {  // {"error": {"message": "..."}}
            const QString nested = value.toObject().value(QStringLiteral("message")).toString();
            if (!nested.trimmed().isEmpty())
                return shortened(nested);
        }
    }
    return {};
}

std::optional<double> balanceFromBody(const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    for (const QString &key : {QStringLiteral("balance"), QStringLiteral("tokens"), QStringLiteral("credits"),
                               QStringLiteral("dust_balance"), QStringLiteral("balance_usd")}) {
        const QJsonValue value = object.value(key);
        if (value.isDouble())
            return value.toDouble();
    }
    return std::nullopt;
}

ProviderError errorFromStatus(int status, const QByteArray &body,
                              std::optional<std::chrono::seconds> retryAfter, bool concurrencyLimit,
                              const QString &secret)
{
    ProviderError error;
    error.httpStatus = status;
    error.retryAfter = retryAfter;
    QString detail = messageFromBody(body);
    if (!secret.isEmpty())
        detail.replace(secret, QStringLiteral("***"));
    const QString wait =
        retryAfter ? HttpErrors::tr(" — try again in %1 s").arg(retryAfter->count()) : QString();

    switch (status) {
        case 400:
        case 422:
            error.kind = ProviderErrorKind::BadRequest;
            error.message = withDetail(HttpErrors::tr("The provider rejected the request"), detail);
            break;
        case 401:
            error.kind = ProviderErrorKind::Unauthorized;
            error.message =
                HttpErrors::tr("The provider refused the token — sign in again in Settings › Accounts");
            break;
        case 402: {
            error.kind = ProviderErrorKind::InsufficientFunds;
            error.balance = balanceFromBody(body);
            const QJsonValue required =
                QJsonDocument::fromJson(body).object().value(QStringLiteral("required"));
            QString message = HttpErrors::tr("Insufficient tokens/credits");
            if (error.balance && required.isDouble())
                message += HttpErrors::tr(": the balance is %1, this needs %2")
                               .arg(formatAmount(*error.balance), formatAmount(required.toDouble()));
            else if (error.balance)
                message += HttpErrors::tr(": the balance is %1").arg(formatAmount(*error.balance));
            error.message = message;
            break;
        }
        case 403:
            error.kind = ProviderErrorKind::Forbidden;
            error.message = withDetail(
                HttpErrors::tr("Not allowed: this account is not the owner of the item at the provider"),
                detail);
            break;
        case 404:
            error.kind = ProviderErrorKind::NotFound;
            error.message = withDetail(HttpErrors::tr("Not found at the provider"), detail);
            break;
        case 409:
            error.kind = ProviderErrorKind::Conflict;
            error.message = withDetail(HttpErrors::tr("The provider is not ready for this yet"), detail);
            break;
        case 429:
            if (concurrencyLimit) {
                error.kind = ProviderErrorKind::TooManyJobs;
                error.message = withDetail(
                    HttpErrors::tr(
                        "The provider's limit of concurrent jobs is reached; the job waits in the queue"),
                    detail);
            } else {
                error.kind = ProviderErrorKind::RateLimited;
                error.message =
                    withDetail(HttpErrors::tr("Too many requests: the provider's rate limit is reached"),
                               detail) +
                    wait;
            }
            break;
        default:
            if (status >= 500) {
                error.kind = ProviderErrorKind::Server;
                error.message =
                    withDetail(HttpErrors::tr("The provider failed (HTTP %1)").arg(status), detail) + wait;
            } else if (status == 408) {
                error.kind = ProviderErrorKind::Timeout;
                error.message = HttpErrors::tr("The provider timed out waiting for the request (HTTP 408)");
            } else {
                error.kind = ProviderErrorKind::BadRequest;
                error.message =
                    withDetail(HttpErrors::tr("The provider answered HTTP %1").arg(status), detail);
            }
            break;
    }
    return error;
}

QString redactedUrl(const QUrl &url)
{
    QString text = url.host();
    if (url.port() != -1)
        text += QLatin1Char(':') + QString::number(url.port());
    return text + url.path(QUrl::FullyEncoded);
}

QString originOf(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    const int defaultPort = scheme == QLatin1String("https") ? 443 : 80;
    return scheme + QStringLiteral("://") + url.host().toLower() + QLatin1Char(':') +
           QString::number(url.port(defaultPort));
}

}  // namespace storyreel::http
