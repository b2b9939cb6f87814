#include "ratelimiter.h"

#include <algorithm>

namespace storyreel::emulator {

void RateLimiter::configure(int requests, qint64 windowMs)
{
    m_limit = std::max(1, requests);
    m_windowMs = std::max<qint64>(1000, windowMs);
    m_windows.clear();
}

RateLimiter::Decision RateLimiter::hit(const QString &key, qint64 nowMs)
{
    Window &window = m_windows[key];
    if (nowMs >= window.endMs) {
        // A new window, ending on the next whole second after start + length.
        window.endMs = ((nowMs + m_windowMs + 999) / 1000) * 1000;
        window.count = 0;
    }
    Decision decision = decide(window, nowMs);
    if (decision.allowed) {
        ++window.count;
        decision.remaining = std::max(0, m_limit - window.count);
    }
    return decision;
}

RateLimiter::Decision RateLimiter::peek(const QString &key, qint64 nowMs) const
{
    const auto found = m_windows.constFind(key);
    if (found == m_windows.cend() || nowMs >= found->endMs) {
        Window fresh;
        fresh.endMs = ((nowMs + m_windowMs + 999) / 1000) * 1000;
        return decide(fresh, nowMs);
    }
    return decide(*found, nowMs);
}

RateLimiter::Decision RateLimiter::decide(const Window &window, qint64 nowMs) const
{
    Decision decision;
    decision.limit = m_limit;
    decision.allowed = window.count < m_limit;
    decision.remaining = std::max(0, m_limit - window.count);
    decision.resetEpochSeconds = window.endMs / 1000;
    decision.retryAfterSeconds = int(std::max<qint64>(1, (window.endMs - nowMs + 999) / 1000));
    return decision;
}

}  // namespace storyreel::emulator
