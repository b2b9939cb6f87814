#include "fakes3reply.h"

namespace storyreel::fakes3 {
namespace {

// The error Qt's HTTP backend reports along with a status.
QNetworkReply::NetworkError errorForStatus(int status)
{
    switch (status) {
        case 400:
            return QNetworkReply::ProtocolInvalidOperationError;
        case 401:
            return QNetworkReply::AuthenticationRequiredError;
        case 403:
            return QNetworkReply::ContentAccessDenied;
        case 404:
            return QNetworkReply::ContentNotFoundError;
        case 405:
            return QNetworkReply::ContentOperationNotPermittedError;
        case 409:
            return QNetworkReply::ContentConflictError;
        case 500:
            return QNetworkReply::InternalServerError;
        case 501:
            return QNetworkReply::OperationNotImplementedError;
        case 503:
            return QNetworkReply::ServiceUnavailableError;
        default:
            return status >= 500 ? QNetworkReply::UnknownServerError : QNetworkReply::UnknownContentError;
    }
}

}  // namespace

FakeS3Reply::FakeS3Reply(QNetworkAccessManager::Operation operation, const QNetworkRequest &request,
                         Delivery delivery, QObject *parent)
    : QNetworkReply(parent), m_delivery(std::move(delivery))
{
    setRequest(request);
    setUrl(request.url());
    setOperation(operation);
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &FakeS3Reply::step);
    m_timer.start(0);
}

void FakeS3Reply::abort()
{
    if (isFinished())
        return;
    m_timer.stop();
    m_phase = Phase::Done;
    close();
    fail(OperationCanceledError, QStringLiteral("Operation canceled"));
}

qint64 FakeS3Reply::bytesAvailable() const
{
    return m_buffer.size() - m_readPos + QNetworkReply::bytesAvailable();
}

qint64 FakeS3Reply::readData(char *data, qint64 maxSize)
{
    const qint64 count = qMin(maxSize, m_buffer.size() - m_readPos);
    if (count <= 0)
        return isFinished() ? -1 : 0;
    memcpy(data, m_buffer.constData() + m_readPos, size_t(count));
    m_readPos += count;
    if (m_readPos == m_buffer.size()) {
        m_buffer.clear();
        m_readPos = 0;
    }
    return count;
}

void FakeS3Reply::step()
{
    switch (m_phase) {
        case Phase::Upload:
            if (m_sent < m_delivery.uploadSize) {
                m_sent = qMin(m_delivery.uploadSize, m_sent + m_delivery.uploadChunk);
                Q_EMIT uploadProgress(m_sent, m_delivery.uploadSize);
                if (m_sent < m_delivery.uploadSize) {
                    m_timer.start(m_delivery.uploadIntervalMs);
                    return;
                }
            }
            if (m_delivery.stall)
                return;  // the server keeps the connection open and says nothing
            if (m_delivery.hostNotFound) {
                fail(HostNotFoundError, QStringLiteral("Host not found"));
                return;
            }
            m_answer = m_delivery.respond();
            if (m_delivery.dropMidBody && m_answer.body.isEmpty()) {
                fail(RemoteHostClosedError, QStringLiteral("Connection closed"));
                return;
            }
            m_phase = Phase::Headers;
            m_timer.start(0);
            return;
        case Phase::Headers:
            setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_answer.status);
            setAttribute(QNetworkRequest::HttpReasonPhraseAttribute, QByteArray("Fake"));
            for (const auto &[name, value] : m_answer.headers)
                setRawHeader(name, value);
            Q_EMIT metaDataChanged();
            m_phase = Phase::Body;
            m_timer.start(0);
            return;
        case Phase::Body: {
            const QByteArray &body = m_answer.body;
            const qint64 limit = m_delivery.dropMidBody ? body.size() / 2 : body.size();
            if (m_delivered < limit) {
                const qint64 count = qMin(m_delivery.downloadChunk, limit - m_delivered);
                m_buffer += body.mid(m_delivered, count);
                m_delivered += count;
                Q_EMIT readyRead();
                if (isFinished())
                    return;  // aborted by a reader
                Q_EMIT downloadProgress(m_delivered, body.size());
                if (m_delivered < limit) {
                    m_timer.start(m_delivery.downloadIntervalMs);
                    return;
                }
            }
            if (m_delivery.dropMidBody) {
                fail(RemoteHostClosedError, QStringLiteral("Connection closed"));
                return;
            }
            finish();
            return;
        }
        case Phase::Done:
            return;
    }
}

void FakeS3Reply::fail(NetworkError code, const QString &text)
{
    m_phase = Phase::Done;
    setError(code, text);
    setFinished(true);
    Q_EMIT errorOccurred(code);
    Q_EMIT finished();
}

void FakeS3Reply::finish()
{
    m_phase = Phase::Done;
    const int status = m_answer.status;
    if (status >= 400) {
        setError(errorForStatus(status), QStringLiteral("HTTP %1").arg(status));
        setFinished(true);
        Q_EMIT errorOccurred(error());
    }
    setFinished(true);
    Q_EMIT finished();
}

}  // namespace storyreel::fakes3
