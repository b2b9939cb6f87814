#include "jsonread.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace storyreel {
namespace {

// Garbage and truncated bodies both end here; the parser's words say which.
ProviderResult<QJsonDocument> parse(const QByteArray &body, const QString &what)
{
    if (body.trimmed().isEmpty())
        return JsonRead::badResponse(what, JsonRead::tr("the answer is empty"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return JsonRead::badResponse(what, JsonRead::tr("not valid JSON: %1 at byte %2")
                                               .arg(parseError.errorString())
                                               .arg(parseError.offset));
    return document;
}

}  // namespace

ProviderResult<QJsonObject> JsonRead::object(const QByteArray &body, const QString &what)
{
    ProviderResult<QJsonDocument> document = parse(body, what);
    if (!document)
        return document.error();
    if (!document->isObject())
        return badResponse(what, tr("expected a JSON object"));
    return document->object();
}

ProviderResult<QJsonArray> JsonRead::array(const QByteArray &body, const QString &what)
{
    ProviderResult<QJsonDocument> document = parse(body, what);
    if (!document)
        return document.error();
    if (!document->isArray())
        return badResponse(what, tr("expected a JSON array"));
    return document->array();
}

ProviderError JsonRead::badResponse(const QString &what, const QString &detail)
{
    ProviderError error;
    error.kind = ProviderErrorKind::BadResponse;
    error.message = tr("The provider sent an answer the studio cannot read (%1: %2)").arg(what, detail);
    return error;
}

JsonRead::JsonRead(QJsonObject object, QString what)
    : JsonRead(std::move(object), std::move(what), QString(), std::make_shared<std::optional<QString>>())
{}

JsonRead::JsonRead(QJsonObject object, QString what, QString prefix,
                   std::shared_ptr<std::optional<QString>> error)
    : m_object(std::move(object)),
      m_what(std::move(what)),
      m_prefix(std::move(prefix)),
      m_error(std::move(error))
{}

QString JsonRead::path(const char *key) const
{
    return m_prefix + QLatin1String(key);
}

void JsonRead::fail(const QString &detail)
{
    if (!m_error->has_value())
        *m_error = detail;
}

ProviderError JsonRead::error() const
{
    return badResponse(m_what, m_error->value_or(QString()));
}

void JsonRead::wrongType(const char *key, const QString &expected)
{
    fail(tr("'%1' is not %2").arg(path(key), expected));
}

QJsonValue JsonRead::required(const char *key)
{
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        fail(tr("'%1' missing").arg(path(key)));
    return value;
}

bool JsonRead::has(const char *key) const
{
    const QJsonValue value = m_object.value(QLatin1String(key));
    return !value.isUndefined() && !value.isNull();
}

const char *JsonRead::firstOf(std::initializer_list<const char *> keys) const
{
    for (const char *key : keys) {
        if (has(key))
            return key;
    }
    return *keys.begin();
}

QString JsonRead::string(const char *key)
{
    const QJsonValue value = required(key);
    if (value.isString())
        return value.toString();
    if (!value.isUndefined() && !value.isNull())
        wrongType(key, tr("text"));
    return {};
}

QString JsonRead::id(const char *key)
{
    const QJsonValue value = required(key);
    if (value.isString() && !value.toString().isEmpty())
        return value.toString();
    if (value.isDouble() && std::floor(value.toDouble()) == value.toDouble())
        return QString::number(static_cast<qint64>(value.toDouble()));
    if (!value.isUndefined() && !value.isNull())
        wrongType(key, tr("an id"));
    return {};
}

double JsonRead::number(const char *key)
{
    const QJsonValue value = required(key);
    if (value.isDouble())
        return value.toDouble();
    if (!value.isUndefined() && !value.isNull())
        wrongType(key, tr("a number"));
    return 0.0;
}

bool JsonRead::boolean(const char *key)
{
    const QJsonValue value = required(key);
    if (value.isBool())
        return value.toBool();
    if (!value.isUndefined() && !value.isNull())
        wrongType(key, tr("true or false"));
    return false;
}

JsonRead JsonRead::object(const char *key)
{
    const QJsonValue value = required(key);
    if (!value.isObject() && !value.isUndefined() && !value.isNull())
        wrongType(key, tr("an object"));
    return JsonRead(value.toObject(), m_what, path(key) + QLatin1Char('.'), m_error);
}

QJsonArray JsonRead::array(const char *key)
{
    const QJsonValue value = required(key);
    if (!value.isArray() && !value.isUndefined() && !value.isNull())
        wrongType(key, tr("a list"));
    return value.toArray();
}

QString JsonRead::optString(const char *key, const QString &fallback)
{
    if (!has(key))
        return fallback;
    return string(key);
}

QString JsonRead::optId(const char *key)
{
    if (!has(key))
        return {};
    return id(key);
}

std::optional<double> JsonRead::optNumber(const char *key)
{
    if (!has(key))
        return std::nullopt;
    const double value = number(key);
    return ok() ? std::optional<double>(value) : std::nullopt;
}

std::optional<bool> JsonRead::optBool(const char *key)
{
    if (!has(key))
        return std::nullopt;
    const bool value = boolean(key);
    return ok() ? std::optional<bool>(value) : std::nullopt;
}

std::optional<JsonRead> JsonRead::optObject(const char *key)
{
    if (!has(key))
        return std::nullopt;
    return object(key);
}

QJsonArray JsonRead::optArray(const char *key)
{
    if (!has(key))
        return {};
    return array(key);
}

QDateTime JsonRead::optDateTime(const char *key)
{
    const QString text = optString(key);
    if (text.isEmpty())
        return {};
    QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!when.isValid())
        when = QDateTime::fromString(text, Qt::ISODate);
    if (!when.isValid()) {
        fail(tr("'%1' is not a date").arg(path(key)));
        return {};
    }
    // A date without an offset is taken as UTC (the services write UTC).
    if (when.timeSpec() == Qt::LocalTime)
        when.setTimeSpec(Qt::UTC);
    return when.toUTC();
}

JsonRead JsonRead::element(const QJsonArray &array, const char *arrayKey, qsizetype index)
{
    const QString at = QStringLiteral("%1[%2]").arg(path(arrayKey)).arg(index);
    const QJsonValue value = array.at(index);
    if (!value.isObject())
        fail(tr("'%1' is not an object").arg(at));
    return JsonRead(value.toObject(), m_what, at + QLatin1Char('.'), m_error);
}

qint64 toMicros(double amount)
{
    return std::llround(amount * 1'000'000.0);
}

}  // namespace storyreel
