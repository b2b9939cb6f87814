#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <chrono>
#include <functional>
#include <optional>

namespace storyreel::http {

// What the X-RateLimit-* headers of the last answers said, per origin: with nothing remaining,
// requests to that origin wait until the reset instead of being sent (and refused).
class RateLimiter final
{
public:
    // Milliseconds since the epoch; injectable for tests.
    using Clock = std::function<qint64()>;

    explicit RateLimiter(Clock clock = {});

    // Reads X-RateLimit-Remaining and X-RateLimit-Reset (epoch seconds when > 1e9, else seconds from
    // now) and, with nothing remaining, `retryAfter` when the reset is missing.
    void update(const QString &origin, const QByteArray &remaining, const QByteArray &reset,
                std::optional<std::chrono::milliseconds> retryAfter = std::nullopt);

    // How long a request to `origin` must wait before it is sent; 0 when it may go now.
    std::chrono::milliseconds waitFor(const QString &origin) const;

    qint64 nowMs() const;

private:
    Clock m_clock;
    QHash<QString, qint64> m_blockedUntilMs;  // origin -> when the window resets
};

}  // namespace storyreel::http
