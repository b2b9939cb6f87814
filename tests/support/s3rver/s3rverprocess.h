#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

// s3rver (npm s3rver 3.7.1, pinned in package.json here) as a child process on 127.0.0.1: a real S3
// HTTP peer for the happy path only. It checks no SigV4 signature (only that the key id is S3RVER), no
// Content-MD5 and no part ETag, answers suffix ranges wrongly, and a PUT dropped midway leaves the
// partial bytes at the key (DESIGN.md pitfalls): failure paths belong to the strict fake S3.
//
// Every call blocks for a bounded time; a failure returns false with errorString() naming the
// command and what s3rver wrote to stderr. Tests fail on it, never skip:
//     S3rverProcess s3;
//     QVERIFY2(s3.start(), qPrintable(s3.errorString()));
namespace storyreel::test {

class S3rverProcess final
{
public:
    explicit S3rverProcess(const QString &bucket = QStringLiteral("storyreel-test"));
    ~S3rverProcess();
    S3rverProcess(const S3rverProcess &) = delete;
    S3rverProcess &operator=(const S3rverProcess &) = delete;

    // Starts `node <STORYREEL_S3RVER> --address 127.0.0.1 --port <port> --directory <directory()>
    // --silent --configure-bucket <bucket>` and waits until the bucket answers HTTP. The first start
    // takes a free port and a fresh temporary directory; later starts reuse both.
    bool start(int timeoutMs = 20000);
    // SIGTERM, then SIGKILL after a grace period; the objects stay in directory().
    void stop();
    // SIGKILL at once; the objects stay in directory().
    void kill();
    // stop() and start() on the same port and directory.
    bool restart(int timeoutMs = 20000);
    bool isRunning() const;

    QString errorString() const { return m_error; }
    QString endpoint() const;  // "http://127.0.0.1:<port>"
    quint16 port() const { return m_port; }
    QString bucket() const { return m_bucket; }
    QString directory() const;  // s3rver's data directory: <bucket>/<key>._S3rver_object ...
    QString stderrText() const;

    static QString accessKey() { return QStringLiteral("S3RVER"); }  // any other id: InvalidAccessKeyId
    static QString secretKey() { return QStringLiteral("S3RVER"); }  // never checked
    static QString region() { return QStringLiteral("us-east-1"); }  // ignored by s3rver

private:
    bool fail(const QString &message);
    bool waitUntilListening(int timeoutMs);
    bool waitUntilBucketAnswers(int timeoutMs);
    QString describeProcess() const;

    QString m_bucket;
    std::unique_ptr<QTemporaryDir> m_root;  // data/ and s3rver.stderr
    QProcess m_process;
    quint16 m_port = 0;
    QString m_error;
};

}  // namespace storyreel::test
