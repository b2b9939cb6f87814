// The download half of HttpExchange: the partial file, Range resume, type and size checks.
#include "httpexchange.h"

#include "httperrors.h"

#include <QNetworkReply>

namespace storyreel::http {
namespace {

constexpr qsizetype MaxErrorBody = 64 * 1024;  // of a non-2xx body, for its message

// "bytes 100-199/1000" -> {100, 1000}; total -1 for "*"; start -1 for "bytes */1000".
struct ContentRange
{
    qint64 start = -1;
    qint64 total = -1;
    bool valid = false;
};

ContentRange parseContentRange(const QByteArray &value)
{
    ContentRange range;
    QByteArray text = value.trimmed();
    if (!text.toLower().startsWith("bytes "))
        return range;
    text = text.mid(6).trimmed();
    const qsizetype slash = text.indexOf('/');
    if (slash < 0)
        return range;
    const QByteArray span = text.left(slash);
    const QByteArray total = text.mid(slash + 1);
    bool ok = true;
    if (total != "*")
        range.total = total.toLongLong(&ok);
    if (!ok)
        return range;
    if (span != "*") {
        range.start = span.left(span.indexOf('-')).toLongLong(&ok);
        if (!ok)
            return range;
    }
    range.valid = true;
    return range;
}

}  // namespace

void HttpExchange::startDownload(const QString &partialPath, const QList<QByteArray> &acceptedTypes,
                                 DownloadProgress progress, ProviderCallback<qint64> done)
{
    m_mode = Mode::Download;
    m_downloadDone = std::move(done);
    m_progress = std::move(progress);
    m_acceptedTypes = acceptedTypes;
    m_file.setFileName(partialPath);
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_done)
                return;
            if (!m_file.open(QIODevice::ReadWrite)) {
                complete(makeError(ProviderErrorKind::BadResponse,
                                   tr("Could not write the download to %1: %2")
                                       .arg(m_file.fileName(), m_file.errorString())));
                return;
            }
            waitForRateLimit();
        },
        Qt::QueuedConnection);
}

void HttpExchange::decideBody()
{
    m_bodyDecided = true;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200 && status != 206)
        return;

    const QByteArray type = replyHeader(m_reply, "Content-Type").trimmed().toLower();
    bool accepted = m_acceptedTypes.isEmpty();
    for (const QByteArray &prefix : std::as_const(m_acceptedTypes))
        accepted = accepted || type.startsWith(prefix.toLower());
    if (!accepted) {
        m_attemptError = makeError(ProviderErrorKind::BadResponse,
                                   tr("The download is not the expected kind of file (it is \"%1\")")
                                       .arg(QString::fromLatin1(type.left(80))));
        m_attemptError->httpStatus = status;
        m_reply->abort();
        return;
    }

    if (status == 206) {
        const ContentRange range = parseContentRange(replyHeader(m_reply, "Content-Range"));
        if (!range.valid || range.start != m_file.size()) {
            // Not the bytes we asked for: start the file again on the next attempt.
            m_file.resize(0);
            m_attemptError = makeError(ProviderErrorKind::BadResponse,
                                       tr("The server resumed the download at the wrong offset"));
            m_attemptErrorRetryable = true;
            m_reply->abort();
            return;
        }
        m_expectedTotal = range.total;
    } else {
        m_file.resize(0);  // a 200 is the whole file again
        m_file.seek(0);
        bool known = false;
        const qint64 length = replyHeader(m_reply, "Content-Length").trimmed().toLongLong(&known);
        m_expectedTotal = known ? length : -1;
    }
    m_bodyToFile = true;
}

void HttpExchange::onReadyRead()
{
    if (!m_reply || m_done)
        return;
    if (!m_bodyDecided)
        decideBody();
    if (m_attemptError)
        return;
    writeBody();
}

void HttpExchange::writeBody()
{
    if (!m_reply->isOpen())
        return;  // aborted: nothing more to read
    const QByteArray chunk = m_reply->readAll();
    if (!m_bodyToFile) {
        if (m_errorBody.size() < MaxErrorBody)
            m_errorBody += chunk.left(MaxErrorBody - m_errorBody.size());
        return;
    }
    if (chunk.isEmpty())
        return;
    if (m_file.write(chunk) != chunk.size()) {
        m_attemptError = makeError(
            ProviderErrorKind::BadResponse,
            tr("Could not write the download to %1: %2").arg(m_file.fileName(), m_file.errorString()));
        m_reply->abort();
        return;
    }
    if (m_progress)
        m_progress(m_file.size(), m_expectedTotal);
}

void HttpExchange::rangeNotSatisfiable(const QByteArray &contentRange)
{
    // Range past the end: the file may already be whole; otherwise start it again.
    const ContentRange range = parseContentRange(contentRange);
    if (range.valid && range.total == m_file.size()) {
        m_expectedTotal = range.total;
        finishDownload();
        return;
    }
    m_file.resize(0);
    retryOrFail(
        makeError(ProviderErrorKind::BadResponse, tr("The server refused to resume the download"), 416), true,
        std::nullopt);
}

void HttpExchange::finishDownload()
{
    const qint64 size = m_file.size();
    if (m_expectedTotal >= 0 && size != m_expectedTotal) {
        const bool shortBody = size < m_expectedTotal;
        ProviderError error = makeError(
            ProviderErrorKind::BadResponse,
            shortBody
                ? tr("The download ended early: %1 of %2 bytes").arg(size).arg(m_expectedTotal)
                : tr("The download is larger than announced: %1 of %2 bytes").arg(size).arg(m_expectedTotal));
        retryOrFail(error, shortBody, std::nullopt);
        return;
    }
    if (!m_file.flush()) {
        complete(makeError(
            ProviderErrorKind::BadResponse,
            tr("Could not write the download to %1: %2").arg(m_file.fileName(), m_file.errorString())));
        return;
    }
    qCDebug(lcHttp, "%s downloaded %lld bytes in %lld ms", qUtf8Printable(describe()), size,
            m_totalClock.elapsed());
    auto done = std::move(m_downloadDone);
    m_downloadDone = nullptr;
    complete(std::nullopt);
    if (done)
        done(size);
}

}  // namespace storyreel::http
