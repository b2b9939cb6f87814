#include "ratelimiter.h"

#include <QDateTime>

#include <algorithm>

namespace storyreel::http {

RateLimiter::RateLimiter(Clock clock) : m_clock(std::move(clock)) {}

qint64 RateLimiter::nowMs() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

void RateLimiter::update(const QString &origin, const QByteArray &remaining, const QByteArray &reset,
                         std::optional<std::chrono::milliseconds> retryAfter)
{
    bool remainingKnown = false;
    const qint64 left = remaining.trimmed().toLongLong(&remainingKnown);
    if (!remainingKnown)
        return;
    if (left > 0) {
        m_blockedUntilMs.remove(origin);
        return;
    }
    const qint64 now = nowMs();
    bool resetKnown = false;
    const double resetValue = reset.trimmed().toDouble(&resetKnown);
    qint64 until = 0;
    if (resetKnown && resetValue > 1e9)
        until = static_cast<qint64>(resetValue * 1000.0);  // epoch seconds
    else if (resetKnown && resetValue >= 0)
        until = now + static_cast<qint64>(resetValue * 1000.0);  // seconds from now
    if (retryAfter)
        until = std::max(until, now + retryAfter->count());
    if (until > now)
        m_blockedUntilMs.insert(origin, until);
}

std::chrono::milliseconds RateLimiter::waitFor(const QString &origin) const
{
    const auto found = m_blockedUntilMs.constFind(origin);
    if (found == m_blockedUntilMs.constEnd())
        return std::chrono::milliseconds(0);
    return std::chrono::milliseconds(std::max<qint64>(0, *found - nowMs()));
}

}  // namespace storyreel::http
