#pragma once

#include "providerresult.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace storyreel {

// One HTTP request as a dialect client describes it; the policy (timeouts, retries, rate limits,
// redirects, redaction) is HttpClient's, not the caller's.
struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;  // besides Authorization and Idempotency-Key
    QByteArray body;
    QByteArray contentType;  // e.g. "application/json", or "multipart/form-data; boundary=..."
    QString bearerToken;     // sent as "Authorization: Bearer ..." to the request's own origin only
    QString idempotencyKey;  // sent as Idempotency-Key: a POST that has one may be retried
    // Whether a retry cannot do anything twice: true by default for GET, HEAD, PUT, DELETE and for
    // any request with an idempotency key; a POST without one is sent once.
    std::optional<bool> retrySafe;
    std::chrono::milliseconds transferTimeout{30000};  // no byte for this long aborts the attempt
    QString what;                                      // "create video": for messages and logs
};

struct HttpResponse
{
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QUrl url;  // after redirects

    // Case-insensitive; empty when absent.
    QByteArray header(const QByteArray &name) const;
};

// Tunables of the policy; tests shorten the delays.
struct HttpPolicy
{
    int maxAttempts = 5;                        // first try + retries
    std::chrono::milliseconds baseDelay{500};   // backoff: random(0, min(cap, base * 2^n)) ("full jitter")
    std::chrono::milliseconds maxDelay{30000};  // the cap of the backoff
    int maxRedirects = 5;
    // Longest wait for a rate-limit reset or a Retry-After (which are honoured in full up to this);
    // a longer one gives up with the answer's error (RateLimited for a rate-limit reset).
    std::chrono::milliseconds maxWait{120000};
};

// Progress of a download: bytes so far (resumed bytes included) and the total (-1 unknown).
using DownloadProgress = std::function<void(qint64 received, qint64 total)>;

// A request in flight; cancel() ends it and its callback receives ProviderErrorKind::Cancelled.
class HttpCall
{
public:
    virtual ~HttpCall() = default;
    virtual void cancel() = 0;
};

// The HTTP policy of DESIGN.md "Providers", shared by every dialect client of the process:
// - transfer timeouts; retries on network errors, 408, 429, 500, 502, 503, 504 with capped
//   exponential backoff and full jitter, only when the request is retry-safe;
// - Retry-After in seconds or as an HTTP date;
// - X-RateLimit-Limit/Remaining/Reset remembered per origin: with nothing remaining, requests to
//   that origin wait for the reset instead of being sent;
// - redirects followed by hand (at most maxRedirects): Authorization and Idempotency-Key are dropped
//   when the redirect leaves the origin (Qt 6.4 would forward them);
// - non-2xx statuses become ProviderErrors with a clear message (the body's "detail", "error" or
//   "message" when it has one);
// - logs (category storyreel.providers.http) name the method, the path without the query, the status
//   and the attempt; never a header value, a query string or a body.
// Lives in one thread; callbacks run in it, exactly once, from the event loop (never from inside
// send(), download() or cancel()). Destroying the client drops the calls in flight without callbacks.
class HttpClient final : public QObject
{
    Q_OBJECT

public:
    explicit HttpClient(QNetworkAccessManager *network, HttpPolicy policy = {}, QObject *parent = nullptr);
    ~HttpClient() override;

    std::shared_ptr<HttpCall> send(HttpRequest request, ProviderCallback<HttpResponse> done);

    // GET into `partialPath`, resuming with Range from the bytes already there (when the server
    // answers 206; a 200 restarts the file). Retries resume too. Fails with BadResponse when the
    // Content-Type is not one of `acceptedTypes` (prefixes such as "video/"; empty accepts any),
    // or the size differs from Content-Length / Content-Range. The file is flushed, not renamed:
    // the caller checks it and moves it into the media store.
    std::shared_ptr<HttpCall> download(HttpRequest request, const QString &partialPath,
                                       const QList<QByteArray> &acceptedTypes, DownloadProgress progress,
                                       ProviderCallback<qint64> done);

    const HttpPolicy &policy() const;

    // The jitter's random numbers in [0, 1) (tests pin them); QRandomGenerator by default.
    void setRandomSource(std::function<double()> random);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

}  // namespace storyreel
