#pragma once

#include "fakes3types.h"

#include <QNetworkAccessManager>

#include <functional>
#include <memory>
#include <optional>

namespace storyreel::fakes3 {
class Store;
}

namespace storyreel {

// A strict in-process S3 for tests, in the manner of ownCloud's fake QNetworkAccessManager: hand it
// to HttpClient and every request is answered by in-memory buckets instead of the network. Strict
// means S3's checks, not s3rver's leniency: every request's SigV4 signature (header or presigned form)
// is verified by the fake's own implementation (fakes3auth.cpp), x-amz-content-sha256 and
// Content-MD5 against the body, x-amz-date against the clock, multipart parts against their ETags
// and S3's 5 MiB minimum. Rejections carry S3's XML errors.
//
// Addressing: `endpointHost` ("s3.fake.test") serves path-style requests (http or https, any port);
// "<bucket>.<endpointHost>" virtual-hosted ones. Any other host is not found.
//
// Faults come from the test (injectFault): 500/503 answers, stalls, connections dropped mid-body,
// corrupted ETags, CompleteMultipartUpload's 200-with-<Error>, redirects. Every request is recorded.
class FakeS3Network final : public QNetworkAccessManager
{
    Q_OBJECT

public:
    explicit FakeS3Network(QObject *parent = nullptr);
    ~FakeS3Network() override;

    // --- the world ----------------------------------------------------------------------------
    void setEndpointHost(const QString &host) { m_endpointHost = host.toLower(); }
    QString endpointHost() const { return m_endpointHost; }
    QUrl endpoint(const QString &scheme = QStringLiteral("http")) const;  // "http://s3.fake.test"
    void setRegion(const QString &region) { m_region = region; }
    void addKeys(const QString &accessKeyId, const QString &secretAccessKey);
    void createBucket(const QString &bucket);
    // The server's clock (x-amz-date skew, presigned expiry); the system's by default.
    void setClock(std::function<QDateTime()> clock);
    // How fast bodies travel: bytes per step and the pause between steps.
    void setUploadPace(qint64 bytesPerStep, int intervalMs);
    void setDownloadPace(qint64 bytesPerStep, int intervalMs);

    void injectFault(const fakes3::FaultRule &rule);
    void clearFaults() { m_faults.clear(); }

    // --- inspection ---------------------------------------------------------------------------
    void putObject(const QString &bucket, const QString &key, const QByteArray &data,
                   const QByteArray &contentType = {}, const QHash<QByteArray, QByteArray> &metadata = {});
    std::optional<fakes3::Object> object(const QString &bucket, const QString &key) const;
    QStringList keys(const QString &bucket) const;
    // What ListMultipartUploads would show.
    QList<fakes3::Upload> openUploads(const QString &bucket) const;
    const QList<fakes3::Request> &requests() const { return m_requests; }
    int requestCount(const QString &kind) const;
    void clearRequests() { m_requests.clear(); }

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    fakes3::Request parse(Operation operation, const QNetworkRequest &request, QIODevice *outgoingData) const;
    std::optional<fakes3::FaultRule> takeFault(const fakes3::Request &request);
    fakes3::Answer answer(const fakes3::Request &request, const std::optional<fakes3::FaultRule> &fault);
    fakes3::Answer handled(const fakes3::Request &request);
    void recordStatus(int id, int status);

    QString m_endpointHost = QStringLiteral("s3.fake.test");
    QString m_region = QStringLiteral("us-east-1");
    QHash<QString, QString> m_secrets;
    std::function<QDateTime()> m_clock;
    std::unique_ptr<fakes3::Store> m_store;
    QList<fakes3::FaultRule> m_faults;
    QList<fakes3::Request> m_requests;
    int m_lastId = 0;
    qint64 m_uploadChunk = 1 << 20;
    int m_uploadIntervalMs = 0;
    qint64 m_downloadChunk = 64 << 10;
    int m_downloadIntervalMs = 0;
};

}  // namespace storyreel
