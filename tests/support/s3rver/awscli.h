#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// Debian's awscli (STORYREEL_AWS, /usr/bin/aws; not a pyenv shim) as an independent S3 client for
// integration tests: what the studio uploaded is read back by another implementation. Each instance
// runs aws with a private environment: keys from the constructor, region us-east-1, path-style
// addressing from a config file of its own, empty credentials file, its own HOME, no pager, one
// attempt per request (a server error is reported, not retried away). Every call is bounded in time.
//     AwsCli aws(s3);  // an S3rverProcess
//     const auto sha = aws.getObjectSha256(s3.bucket(), key);
//     QVERIFY2(sha.ok(), qPrintable(sha.error));
namespace storyreel::test {

class S3rverProcess;

template <typename T>
struct AwsResult
{
    T value{};
    QString error;  // empty on success; else the command, exit code and aws's stderr
    bool ok() const { return error.isEmpty(); }
};

struct AwsMultipartUpload
{
    QString key;
    QString uploadId;
};

class AwsCli final
{
public:
    explicit AwsCli(const S3rverProcess &server);
    AwsCli(const QString &endpoint, const QString &accessKey, const QString &secretKey);

    // Runs `aws --endpoint-url <endpoint> <arguments...>`; the value is aws's stdout.
    AwsResult<QByteArray> run(const QStringList &arguments, int timeoutMs = 60000) const;

    // SHA-256 (lower-case hex) of the object as `aws s3api get-object` downloads it.
    AwsResult<QString> getObjectSha256(const QString &bucket, const QString &key) const;
    // Every key under `prefix` from `aws s3api list-objects-v2` (awscli follows continuation tokens;
    // pageSize > 0 asks for that many keys per request), in the server's order.
    AwsResult<QStringList> listKeys(const QString &bucket, const QString &prefix = {},
                                    int pageSize = 0) const;
    // Uploads a local file with `aws s3api put-object`; the value is the ETag the server answered.
    AwsResult<QString> putObject(const QString &bucket, const QString &key, const QString &file) const;
    // `aws s3api list-multipart-uploads`. s3rver 3.7.1 does not implement it: the answer is an error
    // naming NotImplemented (HTTP 501), which is what this reports.
    AwsResult<QList<AwsMultipartUpload>> listMultipartUploads(const QString &bucket) const;

private:
    QString m_endpoint;
    QString m_accessKey;
    QString m_secretKey;
    QTemporaryDir m_home;  // config, credentials, HOME and downloads
    QString m_setupError;
};

}  // namespace storyreel::test
