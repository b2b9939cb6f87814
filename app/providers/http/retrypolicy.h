#pragma once

#include <QByteArray>
#include <QDateTime>

#include <chrono>
#include <functional>
#include <optional>

namespace storyreel::http {

// Random numbers in [0, 1); injectable so tests can pin the jitter.
using RandomSource = std::function<double()>;

// When and how long to wait before trying a request again (DESIGN.md "Providers").
class RetryPolicy final
{
public:
    RetryPolicy(std::chrono::milliseconds baseDelay, std::chrono::milliseconds maxDelay,
                RandomSource random = {});

    // Full jitter: a uniform wait in [0, min(maxDelay, baseDelay * 2^retry)]; retry counts from 0.
    std::chrono::milliseconds backoff(int retry) const;

    void setRandomSource(RandomSource random);

    // 408, 429, 500, 502, 503, 504: worth another attempt when the request is retry-safe.
    static bool isRetryableStatus(int status);

private:
    std::chrono::milliseconds m_baseDelay;
    std::chrono::milliseconds m_maxDelay;
    RandomSource m_random;
};

// Retry-After as delta-seconds ("120") or an HTTP date ("Wed, 21 Oct 2015 07:28:00 GMT", also the
// obsolete RFC 850 and asctime forms); a date in the past gives 0. nullopt when absent or unreadable.
std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &value, const QDateTime &now);

// An HTTP date (RFC 9110 IMF-fixdate, RFC 850 or asctime), in UTC; invalid when unreadable.
QDateTime parseHttpDate(const QByteArray &value);

}  // namespace storyreel::http
