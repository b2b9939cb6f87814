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

struct HttpResponse;

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
    // Bytes of the body sent so far, of `total`; a retry starts again from 0. Upload progress counts
    // as activity for the transfer timeout: a slow upload that moves does not time out.
    std::function<void(qint64 sent, qint64 total)> uploadProgress;
    // Rewrites the error of a non-2xx answer (the policy's own error, and the answer: status, headers
    // and body, of a download its first 64 KiB), e.g. S3's XML "Code: Message". Retries still follow the
    // status; the message it returns is logged, so it must not carry a secret.
    std::function<ProviderError(ProviderError error, const HttpResponse &answer)> describeError;
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
//   when the redirect leaves the origin (Qt 6.4 would forward them), and so are an Authorization,
//   Cookie or API-key header the caller put in `headers` (an S3 signature is bound to its host);
// - non-2xx statuses become ProviderErrors with a clear message (the body's "detail", "error" or
//   "message" when it has one, or what HttpRequest::describeError makes of the answer);
// - the transfer timeout is an idle timer of our own (Qt's does not apply to every reply, and an
//   upload must count as activity): no byte sent or received for that long aborts the attempt;
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
