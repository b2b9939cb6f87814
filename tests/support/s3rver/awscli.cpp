#include "awscli.h"

#include "s3rverprocess.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QUuid>

#include <sys/prctl.h>
#include <csignal>

namespace storyreel::test {
namespace {

const char notInstalled[] =
    "awscli is not installed: run packaging/dev.sh test (or apt-get install awscli for /usr/bin/aws)";

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

template <typename T>
AwsResult<T> failed(const QString &error)
{
    AwsResult<T> result;
    result.error = error;
    return result;
}

template <typename T, typename U>
AwsResult<T> failed(const AwsResult<U> &from)
{
    return failed<T>(from.error);
}

// aws prints nothing at all for an empty answer (no Contents, no Uploads).
AwsResult<QJsonObject> parseJson(const QByteArray &output, const QString &what)
{
    if (output.trimmed().isEmpty())
        return {};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(output, &parseError);
    if (!document.isObject()) {
        return failed<QJsonObject>(
            QStringLiteral("%1: aws printed no JSON object (%2): %3")
                .arg(what, parseError.errorString(), QString::fromUtf8(output.left(2000))));
    }
    return {document.object(), {}};
}

}  // namespace

AwsCli::AwsCli(const S3rverProcess &server)
    : AwsCli(server.endpoint(), S3rverProcess::accessKey(), S3rverProcess::secretKey())
{}

AwsCli::AwsCli(const QString &endpoint, const QString &accessKey, const QString &secretKey)
    : m_endpoint(endpoint), m_accessKey(accessKey), m_secretKey(secretKey)
{
    // s3rver serves virtual-hosted buckets only under *.amazonaws.com names: path style on 127.0.0.1.
    if (!m_home.isValid() || !QDir(m_home.path()).mkpath(QStringLiteral("home")) ||
        !writeFile(m_home.filePath(QStringLiteral("config")),
                   "[default]\ns3 =\n    addressing_style = path\n") ||
        !writeFile(m_home.filePath(QStringLiteral("credentials")), {})) {
        m_setupError = QStringLiteral("cannot write awscli's private configuration in %1").arg(m_home.path());
    }
}

AwsResult<QByteArray> AwsCli::run(const QStringList &arguments, int timeoutMs) const
{
    if (!m_setupError.isEmpty())
        return failed<QByteArray>(m_setupError);
    const QString aws = qEnvironmentVariable("STORYREEL_AWS");
    if (aws.isEmpty()) {
        return failed<QByteArray>(
            QStringLiteral("%1; STORYREEL_AWS is not set (ctest sets it from the CMake cache)")
                .arg(QLatin1String(notInstalled)));
    }
    if (!QFileInfo(aws).isExecutable()) {
        return failed<QByteArray>(
            QStringLiteral("%1; no executable at STORYREEL_AWS=%2").arg(QLatin1String(notInstalled), aws));
    }

    // Nothing of the user's AWS_* variables, ~/.aws or pyenv reaches aws.
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
    env.insert(QStringLiteral("HOME"), m_home.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("TMPDIR"), m_home.path());
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("PYTHONIOENCODING"), QStringLiteral("utf-8"));
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), m_accessKey);
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), m_secretKey);
    env.insert(QStringLiteral("AWS_DEFAULT_REGION"), QStringLiteral("us-east-1"));
    env.insert(QStringLiteral("AWS_CONFIG_FILE"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), m_home.filePath(QStringLiteral("credentials")));
    env.insert(QStringLiteral("AWS_PAGER"), QString());
    env.insert(QStringLiteral("AWS_MAX_ATTEMPTS"), QStringLiteral("1"));
    env.insert(QStringLiteral("AWS_EC2_METADATA_DISABLED"), QStringLiteral("true"));

    const QStringList fullArguments = QStringList{QStringLiteral("--endpoint-url"), m_endpoint} + arguments;
    const QString command = QStringLiteral("aws %1").arg(fullArguments.join(QLatin1Char(' ')));
    QProcess process;
    process.setProcessEnvironment(env);
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });  // dies with the test
    process.start(aws, fullArguments);
    if (!process.waitForStarted(10000))
        return failed<QByteArray>(
            QStringLiteral("%1: cannot start %2: %3").arg(command, aws, process.errorString()));
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return failed<QByteArray>(QStringLiteral("%1: timed out after %2 ms; stderr: %3")
                                      .arg(command)
                                      .arg(timeoutMs)
                                      .arg(QString::fromUtf8(process.readAllStandardError()).trimmed()));
    }
    const QByteArray output = process.readAllStandardOutput();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return failed<QByteArray>(
            QStringLiteral("%1: exit code %2; stderr: %3")
                .arg(command)
                .arg(process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1)
                .arg(QString::fromUtf8(process.readAllStandardError()).trimmed()));
    }
    return {output, {}};
}

AwsResult<QString> AwsCli::getObjectSha256(const QString &bucket, const QString &key) const
{
    const QString download = m_home.filePath(
        QStringLiteral("download-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces)));
    const auto got = run({QStringLiteral("s3api"), QStringLiteral("get-object"), QStringLiteral("--bucket"),
                          bucket, QStringLiteral("--key"), key, download});
    if (!got.ok()) {
        QFile::remove(download);
        return failed<QString>(got);
    }
    QFile file(download);
    if (!file.open(QIODevice::ReadOnly))
        return failed<QString>(QStringLiteral("aws get-object wrote no file for %1/%2").arg(bucket, key));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    file.close();
    file.remove();
    return {QString::fromLatin1(hash.result().toHex()), {}};
}

AwsResult<QStringList> AwsCli::listKeys(const QString &bucket, const QString &prefix, int pageSize) const
{
    QStringList arguments{QStringLiteral("s3api"),    QStringLiteral("list-objects-v2"),
                          QStringLiteral("--bucket"), bucket,
                          QStringLiteral("--output"), QStringLiteral("json")};
    if (!prefix.isEmpty())
        arguments << QStringLiteral("--prefix") << prefix;
    if (pageSize > 0)
        arguments << QStringLiteral("--page-size") << QString::number(pageSize);
    const auto listed = run(arguments);
    if (!listed.ok())
        return failed<QStringList>(listed);
    const auto json = parseJson(listed.value, QStringLiteral("list-objects-v2"));
    if (!json.ok())
        return failed<QStringList>(json);
    QStringList keys;
    for (const QJsonValue &object : json.value.value(QLatin1String("Contents")).toArray())
        keys << object.toObject().value(QLatin1String("Key")).toString();
    return {keys, {}};
}

AwsResult<QString> AwsCli::putObject(const QString &bucket, const QString &key, const QString &file) const
{
    const auto put = run({QStringLiteral("s3api"), QStringLiteral("put-object"), QStringLiteral("--bucket"),
                          bucket, QStringLiteral("--key"), key, QStringLiteral("--body"), file,
                          QStringLiteral("--output"), QStringLiteral("json")});
    if (!put.ok())
        return failed<QString>(put);
    const auto json = parseJson(put.value, QStringLiteral("put-object"));
    if (!json.ok())
        return failed<QString>(json);
    return {json.value.value(QLatin1String("ETag")).toString(), {}};
}

AwsResult<QList<AwsMultipartUpload>> AwsCli::listMultipartUploads(const QString &bucket) const
{
    const auto listed =
        run({QStringLiteral("s3api"), QStringLiteral("list-multipart-uploads"), QStringLiteral("--bucket"),
             bucket, QStringLiteral("--output"), QStringLiteral("json")});
    if (!listed.ok())
        return failed<QList<AwsMultipartUpload>>(listed);
    const auto json = parseJson(listed.value, QStringLiteral("list-multipart-uploads"));
    if (!json.ok())
        return failed<QList<AwsMultipartUpload>>(json);
    QList<AwsMultipartUpload> uploads;
    for (const QJsonValue &upload : json.value.value(QLatin1String("Uploads")).toArray()) {
        const QJsonObject object = upload.toObject();
        uploads.append({object.value(QLatin1String("Key")).toString(),
                        object.value(QLatin1String("UploadId")).toString()});
    }
    return {uploads, {}};
}

}  // namespace storyreel::test
