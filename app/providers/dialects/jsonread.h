#pragma once

#include "providerresult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <initializer_list>
#include <memory>
#include <optional>

namespace storyreel {

// Strict, typed reads of a provider's JSON answer. A missing required key, a wrong type, garbage or a
// truncated body becomes ProviderErrorKind::BadResponse with a message naming the call and the field:
// "The provider sent an answer the studio cannot read (create video: 'job_id' missing)".
// Reads never throw and return a neutral value after a failure; the first failure is kept and shared
// with the readers of nested objects, so a caller checks ok() once at the end.
class JsonRead final
{
    Q_DECLARE_TR_FUNCTIONS(storyreel::JsonRead)

public:
    // The body as a JSON object / array, or BadResponse ("not valid JSON", "empty").
    static ProviderResult<QJsonObject> object(const QByteArray &body, const QString &what);
    static ProviderResult<QJsonArray> array(const QByteArray &body, const QString &what);
    static ProviderError badResponse(const QString &what, const QString &detail);

    JsonRead(QJsonObject object, QString what);

    // Required values.
    QString string(const char *key);
    // A string, or an integral number turned into text (ids some services send as numbers).
    QString id(const char *key);
    double number(const char *key);
    bool boolean(const char *key);
    JsonRead object(const char *key);
    QJsonArray array(const char *key);

    // Optional values: absent or null give the fallback / nothing; a wrong type is still a failure.
    QString optString(const char *key, const QString &fallback = {});
    QString optId(const char *key);
    std::optional<double> optNumber(const char *key);
    std::optional<bool> optBool(const char *key);
    std::optional<JsonRead> optObject(const char *key);
    QJsonArray optArray(const char *key);
    // An ISO 8601 date ("2025-11-02T10:30:00.000Z"); invalid when absent, a failure when unreadable.
    QDateTime optDateTime(const char *key);

    // The first of `keys` present and not null (a field the dialect spells two ways); the first key when
    // none.
    const char *firstOf(std::initializer_list<const char *> keys) const;
    bool has(const char *key) const;

    // The reader of the object at `index` of an array read from this one ("items[3]").
    JsonRead element(const QJsonArray &array, const char *arrayKey, qsizetype index);

    // Records a failure about a value (e.g. an unknown status) unless one is already recorded.
    void fail(const QString &detail);
    QString path(const char *key) const;

    bool ok() const { return !m_error->has_value(); }
    ProviderError error() const;
    const QJsonObject &json() const { return m_object; }

private:
    JsonRead(QJsonObject object, QString what, QString prefix, std::shared_ptr<std::optional<QString>> error);
    QJsonValue required(const char *key);
    void wrongType(const char *key, const QString &expected);

    QJsonObject m_object;
    QString m_what;
    QString m_prefix;  // "items[3]." for nested readers
    std::shared_ptr<std::optional<QString>> m_error;
};

// Micros of a dialect unit (1 token = 1 000 000 micros).
qint64 toMicros(double amount);

}  // namespace storyreel
