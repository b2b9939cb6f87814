#include "httpexchange.h"

#include "httperrors.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

Q_LOGGING_CATEGORY(lcHttp, "storyreel.providers.http", QtInfoMsg)

namespace storyreel::http {

QByteArray HttpExchange::replyHeader(const QNetworkReply *reply, const QByteArray &name)
{
    for (const auto &pair : reply->rawHeaderPairs()) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

namespace {

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

// Headers that must never follow a redirect to another origin, whoever put them in the request.
bool isCredentialHeader(const QByteArray &name)
{
    static const QByteArray names[] = {
        "authorization", "proxy-authorization", "idempotency-key", "x-api-key", "api-key", "cookie"};
    for (const QByteArray &credential : names) {
        if (name.compare(credential, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

std::chrono::seconds roundedUp(std::chrono::milliseconds wait)
{
    return std::chrono::seconds((wait.count() + 999) / 1000);
}

}  // namespace

HttpExchange::HttpExchange(HttpContext *context, HttpRequest request)
    : m_context(context),
      m_request(std::move(request)),
      m_url(m_request.url),
      m_method(m_request.method.toUpper())
{
    m_waitTimer.setSingleShot(true);
    m_waitTimer.setTimerType(Qt::PreciseTimer);  // a coarse timer may fire before a rate-limit reset
    connect(&m_waitTimer, &QTimer::timeout, this, &HttpExchange::waitForRateLimit);
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &HttpExchange::onIdleTimeout);
    m_totalClock.start();
}

HttpExchange::~HttpExchange()
{
    releaseReply();
}

void HttpExchange::startSend(ProviderCallback<HttpResponse> done)
{
    m_mode = Mode::Send;
    m_sendDone = std::move(done);
    QMetaObject::invokeMethod(this, &HttpExchange::waitForRateLimit, Qt::QueuedConnection);
}

void HttpExchange::cancel()
{
    if (m_done || !m_context)
        return;
    qCInfo(lcHttp, "%s cancelled", qUtf8Printable(describe()));
    complete(makeError(ProviderErrorKind::Cancelled, tr("Cancelled")));
}

void HttpExchange::detach()
{
    m_done = true;
    m_context = nullptr;
    m_waitTimer.stop();
    releaseReply();
    m_sendDone = nullptr;
    m_downloadDone = nullptr;
    m_progress = nullptr;
}

QString HttpExchange::describe() const
{
    QString text = QString::fromLatin1(m_method) + QLatin1Char(' ') + redactedUrl(m_url);
    if (!m_request.what.isEmpty())
        text += QStringLiteral(" [") + m_request.what + QLatin1Char(']');
    return text;
}

void HttpExchange::waitForRateLimit()
{
    if (m_done)
        return;
    const std::chrono::milliseconds wait = m_context->limiter.waitFor(originOf(m_url));
    if (wait.count() <= 0) {
        sendAttempt();
        return;
    }
    if (wait > m_context->policy.maxWait) {
        ProviderError error = makeError(
            ProviderErrorKind::RateLimited,
            tr("Too many requests: the provider's rate limit resets in %1 s").arg(roundedUp(wait).count()));
        error.retryAfter = roundedUp(wait);
        qCWarning(lcHttp, "%s: the rate limit resets in %lld ms, longer than allowed: giving up",
                  qUtf8Printable(describe()), static_cast<long long>(wait.count()));
        complete(error);
        return;
    }
    qCInfo(lcHttp, "%s waits %lld ms for the rate limit reset", qUtf8Printable(describe()),
           static_cast<long long>(wait.count()));
    m_waitTimer.start(wait);
}

bool HttpExchange::retrySafe() const
{
    if (m_request.retrySafe)
        return *m_request.retrySafe;
    static const QByteArray safe[] = {"GET", "HEAD", "PUT", "DELETE", "OPTIONS"};
    for (const QByteArray &method : safe) {
        if (m_method == method)
            return true;
    }
    return !m_request.idempotencyKey.isEmpty();
}

void HttpExchange::sendAttempt()
{
    if (m_done)
        return;
    QNetworkRequest request(m_url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    for (const auto &[name, value] : m_request.headers) {
        if (m_credentialsDropped && isCredentialHeader(name))
            continue;
        request.setRawHeader(name, value);
    }
    const bool hasBody = !m_request.body.isEmpty() && m_method != "GET" && m_method != "HEAD";
    // Qt warns about a POST without a Content-Type even when it has no body (refine, approve...).
    const bool emptyPost = m_request.body.isEmpty() && m_method == "POST";
    if (hasBody || emptyPost) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_request.contentType.isEmpty()
                                                                  ? QByteArray("application/octet-stream")
                                                                  : m_request.contentType);
    }
    if (!m_credentialsDropped && !m_request.bearerToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_request.bearerToken.toUtf8());
    if (!m_credentialsDropped && !m_request.idempotencyKey.isEmpty())
        request.setRawHeader("Idempotency-Key", m_request.idempotencyKey.toUtf8());

    m_bodyDecided = false;
    m_bodyToFile = false;
    m_errorBody.clear();
    m_attemptError.reset();
    m_attemptErrorRetryable = false;
    if (m_mode == Mode::Download) {
        // Identity, so Content-Length and Range count the bytes that land in the file.
        request.setRawHeader("Accept-Encoding", "identity");
        m_file.seek(m_file.size());
        m_sizeAtAttemptStart = m_file.size();
        if (m_sizeAtAttemptStart > 0)
            request.setRawHeader("Range", "bytes=" + QByteArray::number(m_sizeAtAttemptStart) + '-');
    }

    QNetworkAccessManager *network = m_context->network;
    if (!network) {
        complete(makeError(ProviderErrorKind::Network, tr("The network is shut down")));
        return;
    }
    QNetworkReply *reply = nullptr;
    const QByteArray body = hasBody ? m_request.body : QByteArray();
    if (m_method == "GET")
        reply = network->get(request);
    else if (m_method == "HEAD")
        reply = network->head(request);
    else if (m_method == "DELETE" && body.isEmpty())
        reply = network->deleteResource(request);
    else if (m_method == "POST")
        reply = network->post(request, body);
    else if (m_method == "PUT")
        reply = network->put(request, body);
    else
        reply = network->sendCustomRequest(request, m_method, body);
    m_reply = reply;
    m_attemptClock.start();
    m_timedOut = false;
    restartIdleTimer();
    connect(reply, &QNetworkReply::finished, this, &HttpExchange::onFinished);
    connect(reply, &QNetworkReply::uploadProgress, this, &HttpExchange::onUploadProgress);
    connect(reply, &QNetworkReply::downloadProgress, this, &HttpExchange::restartIdleTimer);
    connect(reply, &QNetworkReply::metaDataChanged, this, &HttpExchange::restartIdleTimer);
    if (m_mode == Mode::Download)
        connect(reply, &QIODevice::readyRead, this, &HttpExchange::onReadyRead);
}

void HttpExchange::restartIdleTimer()
{
    // A zero timeout means none, as it did with QNetworkRequest::setTransferTimeout.
    if (m_reply && !m_done && m_request.transferTimeout.count() > 0)
        m_idleTimer.start(m_request.transferTimeout);
}

void HttpExchange::onUploadProgress(qint64 sent, qint64 total)
{
    if (!m_reply || m_done)
        return;
    restartIdleTimer();
    // Qt also reports (0, 0) for requests without a body.
    if (m_request.uploadProgress && total > 0)
        m_request.uploadProgress(sent, total);
}

void HttpExchange::onIdleTimeout()
{
    if (!m_reply || m_done)
        return;
    m_timedOut = true;
    m_reply->abort();  // finished() follows, now or from the event loop
}

void HttpExchange::releaseReply()
{
    if (!m_reply)
        return;
    m_idleTimer.stop();
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
}

ProviderError HttpExchange::transportError(int code, bool abortedByTimeout) const
{
    const QString host = m_url.host();
    if (abortedByTimeout) {
        return makeError(
            ProviderErrorKind::Timeout,
            tr("No answer from %1 for %2 s").arg(host).arg(m_request.transferTimeout.count() / 1000.0));
    }
    QString reason;
    switch (code) {
        case QNetworkReply::ConnectionRefusedError:
            reason = tr("the connection was refused");
            break;
        case QNetworkReply::RemoteHostClosedError:
            reason = tr("the connection was closed before the answer was complete");
            break;
        case QNetworkReply::HostNotFoundError:
            reason = tr("the host was not found");
            break;
        case QNetworkReply::SslHandshakeFailedError:
            reason = tr("the secure connection failed");
            break;
        default:
            reason = tr("network error %1").arg(code);
            break;
    }
    // Never QNetworkReply::errorString(): it quotes the whole URL, query included.
    return makeError(ProviderErrorKind::Network, tr("Could not reach %1: %2").arg(host, reason));
}

void HttpExchange::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_done)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError code = reply->error();
    const qint64 elapsed = m_attemptClock.elapsed();
    const int attempt = m_retries + 1;

    if (m_mode == Mode::Download) {
        if (!m_bodyDecided && !m_attemptError)
            decideBody();
        if (!m_attemptError)
            writeBody();
        m_file.flush();
    }
    const QByteArray body =
        m_mode == Mode::Send ? (reply->isOpen() ? reply->readAll() : QByteArray()) : m_errorBody;
    QList<QPair<QByteArray, QByteArray>> headers = reply->rawHeaderPairs();
    const auto header = [reply](const QByteArray &name) { return replyHeader(reply, name); };
    const QByteArray remaining = header("X-RateLimit-Remaining");
    const QByteArray location = header("Location");
    const QByteArray contentRange = header("Content-Range");
    const std::optional<std::chrono::milliseconds> retryAfter =
        parseRetryAfter(header("Retry-After"), QDateTime::currentDateTimeUtc());
    if (status > 0)
        m_context->limiter.update(originOf(m_url), remaining, header("X-RateLimit-Reset"),
                                  status == 429 ? retryAfter : std::nullopt);
    const QString attempts = QStringLiteral("%1/%2").arg(attempt).arg(m_context->policy.maxAttempts);
    releaseReply();

    if (m_attemptError) {
        qCInfo(lcHttp, "%s -> %d, attempt %s, %lld ms: %s", qUtf8Printable(describe()), status,
               qUtf8Printable(attempts), elapsed, qUtf8Printable(m_attemptError->message));
        retryOrFail(*m_attemptError, m_attemptErrorRetryable, std::nullopt);
        return;
    }

    // Transport failures (connection refused, reset, dropped mid-body, transfer timeout); a status
    // with a transport error is an answer cut short.
    const bool transport = status <= 0 || (code != QNetworkReply::NoError && code < 200);
    if (transport) {
        const bool timedOut = m_timedOut || code == QNetworkReply::OperationCanceledError ||
                              code == QNetworkReply::TimeoutError;
        ProviderError error = transportError(code, timedOut);
        if (m_mode == Mode::Download && m_bodyToFile && m_expectedTotal > m_file.size() && !timedOut) {
            error = makeError(
                ProviderErrorKind::BadResponse,
                tr("The download ended early: %1 of %2 bytes").arg(m_file.size()).arg(m_expectedTotal));
        }
        qCInfo(lcHttp, "%s -> network error %d, attempt %s, %lld ms", qUtf8Printable(describe()), int(code),
               qUtf8Printable(attempts), elapsed);
        retryOrFail(error, true, std::nullopt);
        return;
    }

    qCDebug(lcHttp, "%s -> %d, attempt %s, %lld ms", qUtf8Printable(describe()), status,
            qUtf8Printable(attempts), elapsed);

    if (isRedirect(status)) {
        if (followRedirect(status, location))
            QMetaObject::invokeMethod(this, &HttpExchange::waitForRateLimit, Qt::QueuedConnection);
        return;
    }

    if (status >= 200 && status < 300) {
        if (m_mode == Mode::Download) {
            finishDownload();
            return;
        }
        HttpResponse response;
        response.status = status;
        response.body = body;
        response.headers = std::move(headers);
        response.url = m_url;
        auto done = std::move(m_sendDone);
        m_sendDone = nullptr;
        complete(std::nullopt);
        if (done)
            done(std::move(response));
        return;
    }

    if (m_mode == Mode::Download && status == 416) {
        rangeNotSatisfiable(contentRange);
        return;
    }

    // A 429 without "X-RateLimit-Remaining: 0" is a concurrency limit: the job scheduler re-queues it.
    const bool concurrencyLimit = status == 429 && remaining.trimmed() != "0";
    ProviderError error =
        errorFromStatus(status, body, retryAfter ? std::optional(roundedUp(*retryAfter)) : std::nullopt,
                        concurrencyLimit, m_request.bearerToken);
    if (m_request.describeError) {
        HttpResponse answer;
        answer.status = status;
        answer.body = body;
        answer.headers = std::move(headers);
        answer.url = m_url;
        error = m_request.describeError(std::move(error), answer);
    }
    const bool retryable = RetryPolicy::isRetryableStatus(status) && !concurrencyLimit;
    retryOrFail(error, retryable, retryAfter);
}

bool HttpExchange::followRedirect(int status, const QByteArray &location)
{
    if (++m_redirects > m_context->policy.maxRedirects) {
        complete(makeError(ProviderErrorKind::BadResponse, tr("Too many redirects"), status));
        return false;
    }
    const QUrl target = m_url.resolved(QUrl::fromEncoded(location.trimmed()));
    const QString scheme = target.scheme().toLower();
    if (location.trimmed().isEmpty() || !target.isValid() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        complete(makeError(ProviderErrorKind::BadResponse,
                           tr("The provider redirected to an invalid address"), status));
        return false;
    }
    if (m_url.scheme().toLower() == QLatin1String("https") && scheme == QLatin1String("http")) {
        complete(makeError(ProviderErrorKind::BadResponse,
                           tr("The provider redirected from a secure address to an insecure one"), status));
        return false;
    }
    // Once the chain leaves the first origin, the token and the idempotency key stay behind for good
    // (Qt 6.4 would forward them).
    const bool crossOrigin = originOf(target) != originOf(m_url);
    m_credentialsDropped = m_credentialsDropped || crossOrigin;
    if (status == 303 && m_method != "HEAD")
        m_method = "GET";
    m_url = target;
    qCDebug(lcHttp, "redirected to %s%s", qUtf8Printable(describe()),
            crossOrigin ? " (another origin: credentials not forwarded)" : "");
    return true;
}

void HttpExchange::retryOrFail(ProviderError error, bool retryable,
                               std::optional<std::chrono::milliseconds> retryAfter)
{
    const HttpPolicy &policy = m_context->policy;
    if (!retryable || !retrySafe() || m_retries + 1 >= policy.maxAttempts) {
        // A 4xx answer is the caller's to judge (a HEAD's 404 is how S3 says "not there"): not a warning.
        if (!retryable && error.httpStatus >= 400 && error.httpStatus < 500)
            qCInfo(lcHttp, "%s answered %d after %lld ms", qUtf8Printable(describe()), error.httpStatus,
                   m_totalClock.elapsed());
        else
            qCWarning(lcHttp, "%s failed after %d attempt(s), %lld ms: %s", qUtf8Printable(describe()),
                      m_retries + 1, m_totalClock.elapsed(), qUtf8Printable(error.message));
        complete(error);
        return;
    }
    if (retryAfter && *retryAfter > policy.maxWait) {
        qCWarning(lcHttp, "%s: Retry-After %lld ms exceeds the %lld ms limit: giving up",
                  qUtf8Printable(describe()), static_cast<long long>(retryAfter->count()),
                  static_cast<long long>(policy.maxWait.count()));
        complete(error);
        return;
    }
    // A download that grew keeps its budget: only attempts that made no progress count.
    if (m_mode == Mode::Download && m_file.size() > m_sizeAtAttemptStart)
        m_retries = std::max(0, m_retries - 1);
    std::chrono::milliseconds wait = retryAfter ? *retryAfter : m_context->retry.backoff(m_retries);
    if (!retryAfter && m_context->limiter.waitFor(originOf(m_url)).count() > 0)
        wait = std::chrono::milliseconds(0);  // the rate-limit reset is waited for before sending
    ++m_retries;
    qCInfo(lcHttp, "%s retries in %lld ms (attempt %d of %d)", qUtf8Printable(describe()),
           static_cast<long long>(wait.count()), m_retries + 1, policy.maxAttempts);
    m_waitTimer.start(wait);
}

void HttpExchange::complete(std::optional<ProviderError> error)
{
    if (m_done)
        return;
    m_done = true;
    m_waitTimer.stop();
    releaseReply();
    if (m_file.isOpen())
        m_file.close();
    std::shared_ptr<HttpExchange> self = m_context ? m_context->active.take(this) : nullptr;
    if (!error)
        return;  // success: the caller's callback runs right after, from the same event
    // Failures are delivered from the event loop, so cancel() never calls back into its caller.
    auto sendDone = std::move(m_sendDone);
    auto downloadDone = std::move(m_downloadDone);
    m_sendDone = nullptr;
    m_downloadDone = nullptr;
    m_progress = nullptr;
    QMetaObject::invokeMethod(
        this,
        [self, sendDone = std::move(sendDone), downloadDone = std::move(downloadDone), failure = *error] {
            if (sendDone)
                sendDone(failure);
            if (downloadDone)
                downloadDone(failure);
        },
        Qt::QueuedConnection);
}

}  // namespace storyreel::http
