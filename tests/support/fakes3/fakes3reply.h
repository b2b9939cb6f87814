#pragma once

#include "fakes3types.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <functional>

namespace storyreel::fakes3 {

// How a reply plays out its answer.
struct Delivery
{
    // The answer, asked for once the request body is all "sent" (never for a stall or an unknown
    // host): a request cancelled mid-upload leaves the store untouched, as with S3.
    std::function<Answer()> respond;
    qint64 uploadSize = 0;            // the request body's size, reported through uploadProgress
    qint64 uploadChunk = 1 << 20;     // bytes per uploadProgress step
    int uploadIntervalMs = 0;         // between steps (0: the next event loop turn)
    qint64 downloadChunk = 64 << 10;  // bytes of the answer's body per readyRead
    int downloadIntervalMs = 0;
    bool stall = false;         // after the upload, nothing more: only abort() ends the reply
    bool dropMidBody = false;   // half the body, then RemoteHostClosedError (before the status when no body)
    bool hostNotFound = false;  // HostNotFoundError without an answer
};

// A QNetworkReply that plays a Delivery asynchronously, in the order Qt's HTTP replies use: upload
// progress, headers (metaDataChanged), body (readyRead, downloadProgress), finished. abort() behaves
// like Qt's: closed, OperationCanceledError and finished() at once.
class FakeS3Reply final : public QNetworkReply
{
    Q_OBJECT

public:
    FakeS3Reply(QNetworkAccessManager::Operation operation, const QNetworkRequest &request, Delivery delivery,
                QObject *parent);

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    enum class Phase { Upload, Headers, Body, Done };

    void step();
    void fail(NetworkError code, const QString &text);
    void finish();

    Delivery m_delivery;
    Answer m_answer;
    QTimer m_timer;
    Phase m_phase = Phase::Upload;
    qint64 m_sent = 0;
    qint64 m_delivered = 0;
    QByteArray m_buffer;
    qint64 m_readPos = 0;
};

}  // namespace storyreel::fakes3
