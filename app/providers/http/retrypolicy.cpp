#include "retrypolicy.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QString>
#include <QTimeZone>

#include <algorithm>

namespace storyreel::http {

RetryPolicy::RetryPolicy(std::chrono::milliseconds baseDelay, std::chrono::milliseconds maxDelay,
                         RandomSource random)
    : m_baseDelay(baseDelay), m_maxDelay(maxDelay), m_random(std::move(random))
{}

void RetryPolicy::setRandomSource(RandomSource random)
{
    m_random = std::move(random);
}

std::chrono::milliseconds RetryPolicy::backoff(int retry) const
{
    // Doubling stops early enough not to overflow; the cap applies anyway.
    const qint64 base = std::max<qint64>(0, m_baseDelay.count());
    qint64 ceiling = base;
    for (int i = 0; i < std::clamp(retry, 0, 40) && ceiling < m_maxDelay.count(); ++i)
        ceiling *= 2;
    ceiling = std::min<qint64>(ceiling, m_maxDelay.count());
    const double fraction = m_random ? m_random() : QRandomGenerator::global()->generateDouble();
    const auto wait = static_cast<qint64>(std::clamp(fraction, 0.0, 1.0) * static_cast<double>(ceiling));
    return std::chrono::milliseconds(std::clamp<qint64>(wait, 0, ceiling));
}

bool RetryPolicy::isRetryableStatus(int status)
{
    switch (status) {
        case 408:
        case 429:
        case 500:
        case 502:
        case 503:
        case 504:
            return true;
        default:
            return false;
    }
}

QDateTime parseHttpDate(const QByteArray &value)
{
    const QString text = QString::fromLatin1(value).simplified();
    const QLocale c = QLocale::c();
    // The weekday is dropped before parsing: it is redundant, and Qt rejects a date whose weekday
    // does not match (which two-digit RFC 850 years parsed as 19xx never do).
    const qsizetype comma = text.indexOf(QLatin1Char(','));
    QDateTime parsed;
    if (comma > 0) {
        const QString rest = text.mid(comma + 1).trimmed();
        parsed = c.toDateTime(rest, QStringLiteral("dd MMM yyyy HH:mm:ss 'GMT'"));  // IMF-fixdate
        if (!parsed.isValid()) {
            parsed = c.toDateTime(rest, QStringLiteral("dd-MMM-yy HH:mm:ss 'GMT'"));  // RFC 850
            if (parsed.isValid() && parsed.date().year() < 1970)
                parsed = parsed.addYears(100);
        }
    } else {
        const qsizetype space = text.indexOf(QLatin1Char(' '));  // asctime: "Sun Nov 6 08:49:37 1994"
        if (space > 0)
            parsed = c.toDateTime(text.mid(space + 1), QStringLiteral("MMM d HH:mm:ss yyyy"));
    }
    if (!parsed.isValid())
        return {};
    parsed.setTimeZone(QTimeZone::utc());
    return parsed;
}

std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? std::nullopt : std::optional(std::chrono::milliseconds(seconds * 1000));
    const QDateTime at = parseHttpDate(trimmed);
    if (!at.isValid())
        return std::nullopt;
    return std::chrono::milliseconds(std::max<qint64>(0, now.msecsTo(at)));
}

}  // namespace storyreel::http
