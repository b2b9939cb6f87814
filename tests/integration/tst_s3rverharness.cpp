// The S3 test harness itself: a real s3rver on 127.0.0.1 and Debian's awscli talk to each other
// (path style, the S3RVER keys); an object put with aws lists and reads back byte for byte, listings
// follow continuation tokens, and a restart on the same port and directory keeps every object. With
// s3rver or aws missing the harness fails with a message saying how to install them; it never skips.
#include "awscli.h"
#include "s3rverprocess.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace storyreel::test;

class TestS3rverHarness final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void anObjectPutWithAwsReadsBackIdentical();
    void listingsFollowContinuationTokens();
    void aRestartKeepsPortDirectoryAndObjects();
    void aKilledServerIsAnErrorThenStartsAgain();
    void listMultipartUploadsIsReportedAsS3rverAnswersIt();
    void missingToolsFailWithHowToInstall();

private:
    QString writeRandomFile(const QString &name, qint64 size);
    static QString sha256Of(const QString &path);

    QTemporaryDir m_files;
    S3rverProcess m_s3;
    std::unique_ptr<AwsCli> m_aws;
};

void TestS3rverHarness::initTestCase()
{
    QVERIFY(m_files.isValid());
    QVERIFY2(m_s3.start(), qPrintable(m_s3.errorString()));
    QVERIFY(m_s3.endpoint().startsWith(QLatin1String("http://127.0.0.1:")));
    QVERIFY(m_s3.port() != 0);
    m_aws = std::make_unique<AwsCli>(m_s3);
}

void TestS3rverHarness::anObjectPutWithAwsReadsBackIdentical()
{
    // Larger than awscli's and s3rver's stream buffers, and a key that needs encoding.
    const QString file = writeRandomFile(QStringLiteral("clip.bin"), 3 * 1024 * 1024 + 17);
    const QString key = QStringLiteral("media/Harbour walk ü+=.mp4");
    const auto put = m_aws->putObject(m_s3.bucket(), key, file);
    QVERIFY2(put.ok(), qPrintable(put.error));
    QVERIFY(!put.value.isEmpty());

    const auto keys = m_aws->listKeys(m_s3.bucket(), QStringLiteral("media/"));
    QVERIFY2(keys.ok(), qPrintable(keys.error));
    QCOMPARE(keys.value, QStringList{key});

    const auto sha = m_aws->getObjectSha256(m_s3.bucket(), key);
    QVERIFY2(sha.ok(), qPrintable(sha.error));
    QCOMPARE(sha.value, sha256Of(file));
}

void TestS3rverHarness::listingsFollowContinuationTokens()
{
    const QString file = writeRandomFile(QStringLiteral("small.bin"), 1000);
    const QStringList expected{QStringLiteral("pages/a"), QStringLiteral("pages/b"),
                               QStringLiteral("pages/c")};
    for (const QString &key : expected) {
        const auto put = m_aws->putObject(m_s3.bucket(), key, file);
        QVERIFY2(put.ok(), qPrintable(put.error));
    }
    // One key per request: three truncated answers with continuation tokens (s3rver needs Node's
    // legacy OpenSSL provider for them).
    const auto keys = m_aws->listKeys(m_s3.bucket(), QStringLiteral("pages/"), 1);
    QVERIFY2(keys.ok(), qPrintable(keys.error));
    QCOMPARE(keys.value, expected);
}

void TestS3rverHarness::aRestartKeepsPortDirectoryAndObjects()
{
    const QString file = writeRandomFile(QStringLiteral("kept.bin"), 200 * 1024);
    const QString key = QStringLiteral("restart/kept.bin");
    const auto put = m_aws->putObject(m_s3.bucket(), key, file);
    QVERIFY2(put.ok(), qPrintable(put.error));

    const QString endpoint = m_s3.endpoint();
    const QString directory = m_s3.directory();
    QVERIFY2(m_s3.restart(), qPrintable(m_s3.errorString()));
    QCOMPARE(m_s3.endpoint(), endpoint);
    QCOMPARE(m_s3.directory(), directory);

    const auto keys = m_aws->listKeys(m_s3.bucket(), QStringLiteral("restart/"));
    QVERIFY2(keys.ok(), qPrintable(keys.error));
    QCOMPARE(keys.value, QStringList{key});
    const auto sha = m_aws->getObjectSha256(m_s3.bucket(), key);
    QVERIFY2(sha.ok(), qPrintable(sha.error));
    QCOMPARE(sha.value, sha256Of(file));
}

void TestS3rverHarness::aKilledServerIsAnErrorThenStartsAgain()
{
    const QString file = writeRandomFile(QStringLiteral("killed.bin"), 1000);
    const auto put = m_aws->putObject(m_s3.bucket(), QStringLiteral("killed/one"), file);
    QVERIFY2(put.ok(), qPrintable(put.error));
    m_s3.kill();
    QVERIFY(!m_s3.isRunning());
    const auto listed = m_aws->listKeys(m_s3.bucket());
    QVERIFY(!listed.ok());
    QVERIFY2(listed.error.contains(QLatin1String("Could not connect")), qPrintable(listed.error));

    QVERIFY2(m_s3.start(), qPrintable(m_s3.errorString()));
    const auto again = m_aws->listKeys(m_s3.bucket(), QStringLiteral("killed/"));
    QVERIFY2(again.ok(), qPrintable(again.error));
    QCOMPARE(again.value, QStringList{QStringLiteral("killed/one")});
}

void TestS3rverHarness::listMultipartUploadsIsReportedAsS3rverAnswersIt()
{
    // s3rver 3.7.1 answers GET /<bucket>?uploads with 501 NotImplemented; the helper says so.
    const auto uploads = m_aws->listMultipartUploads(m_s3.bucket());
    QVERIFY(!uploads.ok());
    QVERIFY2(uploads.error.contains(QLatin1String("NotImplemented")), qPrintable(uploads.error));
}

void TestS3rverHarness::missingToolsFailWithHowToInstall()
{
    const QByteArray s3rver = qgetenv("STORYREEL_S3RVER");
    const QByteArray aws = qgetenv("STORYREEL_AWS");
    const QString nowhere = m_files.filePath(QStringLiteral("not-installed"));
    qputenv("STORYREEL_S3RVER", nowhere.toUtf8());
    qputenv("STORYREEL_AWS", nowhere.toUtf8());

    S3rverProcess missing;
    const bool started = missing.start();
    const auto listed = m_aws->listKeys(m_s3.bucket());
    qputenv("STORYREEL_S3RVER", s3rver);
    qputenv("STORYREEL_AWS", aws);

    QVERIFY(!started);
    QVERIFY2(missing.errorString().startsWith(
                 QLatin1String("s3rver is not installed: run packaging/dev.sh test (or npm install "
                               "s3rver@3.7.1 into build/tools/s3rver)")),
             qPrintable(missing.errorString()));
    QVERIFY2(missing.errorString().contains(nowhere), qPrintable(missing.errorString()));
    QVERIFY(!listed.ok());
    QVERIFY2(listed.error.startsWith(QLatin1String("awscli is not installed: run packaging/dev.sh test")),
             qPrintable(listed.error));
}

QString TestS3rverHarness::writeRandomFile(const QString &name, qint64 size)
{
    QByteArray bytes(size, '\0');
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    const QString path = m_files.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != size)
        return {};
    return path;
}

QString TestS3rverHarness::sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

QTEST_GUILESS_MAIN(TestS3rverHarness)
#include "tst_s3rverharness.moc"
