#pragma once

#include "httpclient.h"
#include "ratelimiter.h"
#include "retrypolicy.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QTimer>

class QNetworkReply;

Q_DECLARE_LOGGING_CATEGORY(lcHttp)

namespace storyreel::http {

class HttpExchange;

// What every call of one HttpClient shares: the network, the policy, the per-origin rate limits and
// the calls in flight (owned here until they complete, so a caller may drop its handle).
struct HttpContext
{
    QPointer<QNetworkAccessManager> network;  // the caller's: it may go first at shutdown
    HttpPolicy policy;
    RetryPolicy retry;
    RateLimiter limiter;
    QHash<const HttpExchange *, std::shared_ptr<HttpExchange>> active;
};

// One request through the policy: rate-limit wait, attempts, redirects, retries, and for downloads
// the partial file. Completes once, always from the event loop (never inside send() or cancel()).
class HttpExchange final : public QObject, public HttpCall
{
    Q_OBJECT

public:
    HttpExchange(HttpContext *context, HttpRequest request);
    ~HttpExchange() override;

    void startSend(ProviderCallback<HttpResponse> done);
    void startDownload(const QString &partialPath, const QList<QByteArray> &acceptedTypes,
                       DownloadProgress progress, ProviderCallback<qint64> done);
    void cancel() override;
    // The client is going away: stop without calling back.
    void detach();

private:
    enum class Mode { Send, Download };

    void waitForRateLimit();
    void sendAttempt();
    void onReadyRead();
    void onFinished();
    void onUploadProgress(qint64 sent, qint64 total);
    void onIdleTimeout();
    void restartIdleTimer();
    void decideBody();
    void writeBody();
    bool followRedirect(int status, const QByteArray &location);
    bool retrySafe() const;
    void retryOrFail(ProviderError error, bool retryable,
                     std::optional<std::chrono::milliseconds> retryAfter);
    ProviderError transportError(int code, bool abortedByTimeout) const;
    void finishDownload();
    void rangeNotSatisfiable(const QByteArray &contentRange);
    static QByteArray replyHeader(const QNetworkReply *reply, const QByteArray &name);
    void complete(std::optional<ProviderError> error);
    void releaseReply();
    QString describe() const;

    HttpContext *m_context;
    HttpRequest m_request;
    Mode m_mode = Mode::Send;
    QUrl m_url;                         // the current hop
    QByteArray m_method;                // 303 turns it into GET
    bool m_credentialsDropped = false;  // the redirect chain left the first origin
    int m_retries = 0;                  // attempts after the first
    int m_redirects = 0;
    QPointer<QNetworkReply> m_reply;
    QTimer m_waitTimer;
    QTimer m_idleTimer;       // the transfer timeout: restarted by every byte sent or received
    bool m_timedOut = false;  // this attempt was aborted by m_idleTimer
    QElapsedTimer m_attemptClock;
    QElapsedTimer m_totalClock;
    bool m_done = false;
    ProviderCallback<HttpResponse> m_sendDone;

    // Download state.
    ProviderCallback<qint64> m_downloadDone;
    DownloadProgress m_progress;
    QList<QByteArray> m_acceptedTypes;
    QFile m_file;
    qint64 m_sizeAtAttemptStart = 0;
    qint64 m_expectedTotal = -1;                  // from Content-Length / Content-Range; -1 unknown
    bool m_bodyDecided = false;                   // the status and headers of this attempt were looked at
    bool m_bodyToFile = false;                    // this attempt's body goes into the file
    QByteArray m_errorBody;                       // a non-2xx body, kept for the message
    std::optional<ProviderError> m_attemptError;  // set before aborting this attempt ourselves
    bool m_attemptErrorRetryable = false;
};

}  // namespace storyreel::http
