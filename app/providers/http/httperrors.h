#pragma once

#include "providerresult.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace storyreel::http {

// A ProviderError of `kind` (the other fields empty).
ProviderError makeError(ProviderErrorKind kind, const QString &message, int httpStatus = 0);

// Turns a non-2xx answer into a ProviderError with a message fit for the user: what the status means
// for the studio, plus the body's "detail" / "error" / "message" when it has one. `secret` (the bearer
// token) is masked wherever a server echoed it. Never includes a URL, a query string or a header value.
ProviderError errorFromStatus(int status, const QByteArray &body,
                              std::optional<std::chrono::seconds> retryAfter, bool concurrencyLimit,
                              const QString &secret = {});

// The server's own explanation in a FastAPI-style body ({"detail": "..."}, {"detail": [{"loc", "msg"}]},
// {"error": "..."} or {"message": "..."}), shortened; empty when the body has none.
QString messageFromBody(const QByteArray &body);

// A 402 body's balance ("balance", "tokens", "credits", "dust_balance" or "balance_usd").
std::optional<double> balanceFromBody(const QByteArray &body);

// For logs and messages: the URL without user info, query or fragment ("127.0.0.1:8080/api/v1/looks").
QString redactedUrl(const QUrl &url);

// "scheme://host:port" with the scheme's default port filled in: what redirects and rate limits compare.
QString originOf(const QUrl &url);

}  // namespace storyreel::http
