#pragma once

#include <QHash>
#include <QString>

namespace storyreel::emulator {

// The t2m request rate limit: a fixed window per user, on REAL time (clients wait for the reset in
// real time, so a virtual window would never open again under a manual clock). The window ends on a
// whole second so X-RateLimit-Reset (epoch seconds) is exact.
class RateLimiter final
{
public:
    struct Decision
    {
        bool allowed = true;
        int limit = 0;
        int remaining = 0;
        qint64 resetEpochSeconds = 0;
        int retryAfterSeconds = 0;  // when not allowed
    };

    void configure(int requests, qint64 windowMs);
    // Counts one request of `key` at real time `nowMs` (requests over the limit are not counted).
    Decision hit(const QString &key, qint64 nowMs);
    // The headers' values without counting (for answers the application never saw, e.g. faults).
    Decision peek(const QString &key, qint64 nowMs) const;

private:
    struct Window
    {
        qint64 endMs = 0;
        int count = 0;
    };
    Decision decide(const Window &window, qint64 nowMs) const;

    int m_limit = 100;
    qint64 m_windowMs = 60000;
    QHash<QString, Window> m_windows;
};

}  // namespace storyreel::emulator
