#pragma once

#include "result.h"

#include <QJsonObject>
#include <QString>

#include <chrono>
#include <functional>
#include <optional>
#include <variant>

namespace storyreel {

// Why a provider call failed, in the terms the studio acts on (DESIGN.md "Providers", issue 4's HTTP
// policy). `message` is fit to show the user and never holds a token, a presigned query or a body secret.
enum class ProviderErrorKind {
    Network,            // connection refused, reset or dropped after every retry
    Timeout,            // no bytes for the transfer timeout, after every retry
    Unauthorized,       // 401: the token was refused; the user must sign in again
    InsufficientFunds,  // 402: not enough tokens / DUST / credits
    Forbidden,          // 403: not the owner
    NotFound,           // 404
    Conflict,           // 409: e.g. the result is not ready yet
    TooManyJobs,        // 429 for the provider's concurrency limit: the job goes back in the queue
    RateLimited,        // 429 for the request rate, when waiting was not allowed or did not help
    BadRequest,         // 400 / 422: the request itself is wrong
    Server,             // 5xx after every retry
    BadResponse,        // garbage, truncated or unexpected JSON; wrong content type or size
    Cancelled,          // the caller cancelled
    Credentials         // the keychain is unavailable or holds no token for the account
};

struct ProviderError
{
    ProviderErrorKind kind = ProviderErrorKind::Network;
    QString message;
    int httpStatus = 0;                              // 0 when no HTTP answer was received
    std::optional<std::chrono::seconds> retryAfter;  // from Retry-After, when the server said
    std::optional<double> balance;                   // from a 402 body, in the dialect's unit

    // Cancelled -> FailureKind::Cancelled; BadRequest -> FailureKind::BadInput; others Failed.
    Failure toFailure() const;
};

// A value or a ProviderError, like Result<T> but keeping what the job scheduler needs to decide
// (re-queue, re-authenticate, give up).
template <typename T>
class [[nodiscard]] ProviderResult
{
public:
    ProviderResult(T value) : m_state(std::move(value)) {}              // NOLINT: implicit
    ProviderResult(ProviderError error) : m_state(std::move(error)) {}  // NOLINT: implicit

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_state); }
    T value() && { return std::get<T>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }
    const ProviderError &error() const { return std::get<ProviderError>(m_state); }
    Result<T> toResult() const
    {
        if (ok())
            return value();
        return error().toFailure();
    }

private:
    std::variant<T, ProviderError> m_state;
};

// Success or a ProviderError.
struct Done
{
};
using ProviderStatus = ProviderResult<Done>;

template <typename T>
using ProviderCallback = std::function<void(ProviderResult<T>)>;

}  // namespace storyreel
