#include "awscli.h"
#include "mediafixtures.h"
#include "s3rverprocess.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>

using storyreel::test::AwsCli;
using storyreel::test::S3rverProcess;

// `storyreel storage`, `upload`, `download` and `share` as a user runs them, against a real S3 peer
// (s3rver on 127.0.0.1) with the keys in the real keychain (the test runs under with-keyring.sh);
// every object the studio uploads is read back by another client (awscli) and compared by SHA-256.
// s3rver checks no signature: the strict fake S3 does that (tst_transfers, tst_s3client).
class TestCloudCli : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    QString m_binary = qEnvironmentVariable("STORYREEL_BINARY");
    QTemporaryDir m_home;
    QTemporaryDir m_data;
    QTemporaryDir m_files;
    S3rverProcess m_s3{QStringLiteral("studio-media")};

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("STORYREEL_DATA_DIR"), m_data.path());
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("storyreel.sync.*=true"));
        env.insert(QStringLiteral("STORYREEL_TRANSFER_RETRY_MS"), QStringLiteral("200"));
        return env;
    }

    Run storyreel(const QStringList &arguments, const QByteArray &stdinData = {},
                  int timeoutMs = 120000) const
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(m_binary, arguments);
        if (!process.waitForStarted(10000))
            return {};
        process.write(stdinData);
        process.closeWriteChannel();
        if (!process.waitForFinished(timeoutMs)) {
            process.kill();
            process.waitForFinished();
            return {-1, QString::fromUtf8(process.readAllStandardOutput()),
                    QStringLiteral("timed out\n") + QString::fromUtf8(process.readAllStandardError())};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QVariant scalar(const QString &statement) const
    {
        const QString connection = QStringLiteral("cloudcli-check");
        QVariant value;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(QDir(m_data.path()).filePath(QStringLiteral("catalog.sqlite")));
            if (db.open()) {
                QSqlQuery query(db);
                if (query.exec(statement) && query.next())
                    value = query.value(0);
            }
        }
        QSqlDatabase::removeDatabase(connection);
        return value;
    }

    QString randomFile(const QString &name, qint64 size) const
    {
        const QString path = m_files.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        QByteArray chunk(1 << 20, Qt::Uninitialized);
        for (qint64 left = size; left > 0; left -= chunk.size()) {
            QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(chunk.data()),
                                                  chunk.size() / 4);
            file.write(chunk.constData(), qMin<qint64>(left, chunk.size()));
        }
        return path;
    }

    static QString sha256Of(const QString &path)
    {
        QFile file(path);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
            return {};
        return QString::fromLatin1(hash.result().toHex());
    }

    static qint64 jobIdFrom(const QString &out)
    {
        const QRegularExpressionMatch match =
            QRegularExpression(QStringLiteral("Job (\\d+) queued")).match(out);
        return match.hasMatch() ? match.captured(1).toLongLong() : 0;
    }

    QString keyOf(qint64 jobId) const
    {
        return scalar(
                   QStringLiteral("SELECT json_extract(params, '$.key') FROM jobs WHERE id = %1").arg(jobId))
            .toString();
    }

    // Starts `storyreel upload ... --wait` slowed down by --bwlimit, and waits until `parts` parts are in.
    bool startSlowUpload(QProcess &process, const QString &file, int parts)
    {
        process.setProcessEnvironment(environment());
        process.start(m_binary, {QStringLiteral("upload"), file, QStringLiteral("--wait"),
                                 QStringLiteral("--part-size"), QStringLiteral("5"),
                                 QStringLiteral("--multipart-above"), QStringLiteral("5"),
                                 QStringLiteral("--bwlimit"), QStringLiteral("4096")});
        if (!process.waitForStarted(10000))
            return false;
        return QTest::qWaitFor(
            [&] { return scalar(QStringLiteral("SELECT COUNT(*) FROM upload_parts")).toInt() >= parts; },
            60000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(m_binary), "STORYREEL_BINARY must name the built storyreel");
        QVERIFY2(qEnvironmentVariable("STORYREEL_KEYRING_SESSION") == QLatin1String("ready"),
                 "run under tests/support/with-keyring.sh (a D-Bus session with an unlocked keyring)");
        QVERIFY2(m_s3.start(), qPrintable(m_s3.errorString()));
        const Run added = storyreel(
            {QStringLiteral("storage"), QStringLiteral("add"), QStringLiteral("--name"),
             QStringLiteral("s3rver"), QStringLiteral("--endpoint"), m_s3.endpoint(),
             QStringLiteral("--bucket"), m_s3.bucket(), QStringLiteral("--prefix"), QStringLiteral("studio")},
            (S3rverProcess::accessKey() + QLatin1Char('\n') + S3rverProcess::secretKey() + QLatin1Char('\n'))
                .toUtf8());
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QVERIFY(added.out.contains(QLatin1String("keychain")));
    }

    void storageTestAndList()
    {
        const Run test = storyreel({QStringLiteral("storage"), QStringLiteral("test")});
        QVERIFY2(test.exitCode == 0, qPrintable(test.err));
        QVERIFY(test.out.contains(QLatin1String("read back and deleted")));
        const Run list = storyreel({QStringLiteral("storage"), QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.out.contains(QLatin1String("s3rver")) && list.out.contains(QLatin1String("default")),
                 qPrintable(list.out));
        // Neither the catalog nor the output holds the secret.
        QFile catalog(QDir(m_data.path()).filePath(QStringLiteral("catalog.sqlite")));
        QVERIFY(catalog.open(QIODevice::ReadOnly));
        QVERIFY(!catalog.readAll().contains("S3RVER\n"));
    }

    void wrongKeysAreAClearError()
    {
        const Run added =
            storyreel({QStringLiteral("storage"), QStringLiteral("add"), QStringLiteral("--name"),
                       QStringLiteral("wrong"), QStringLiteral("--endpoint"), m_s3.endpoint(),
                       QStringLiteral("--bucket"), m_s3.bucket()},
                      "NOT-A-KEY\nsecret\n");
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const Run test =
            storyreel({QStringLiteral("storage"), QStringLiteral("test"), QStringLiteral("wrong")});
        QCOMPARE(test.exitCode, 1);
        QVERIFY2(test.err.contains(QLatin1String("InvalidAccessKeyId")), qPrintable(test.err));
        QVERIFY(!test.err.contains(QLatin1String("secret")));
        QCOMPARE(storyreel({QStringLiteral("storage"), QStringLiteral("remove"), QStringLiteral("wrong")})
                     .exitCode,
                 0);
    }

    void uploadsReadBackIdentical_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::newRow("single PUT") << qint64(300 * 1000);
        QTest::newRow("multipart, 5 parts") << qint64(23 * 1024 * 1024 + 123);
    }

    void uploadsReadBackIdentical()
    {
        QFETCH(qint64, size);
        const QString file = randomFile(QStringLiteral("upload-%1.bin").arg(size), size);
        const Run upload =
            storyreel({QStringLiteral("upload"), file, QStringLiteral("--wait"), QStringLiteral("--folder"),
                       QStringLiteral("Spring Looks"), QStringLiteral("--part-size"), QStringLiteral("5"),
                       QStringLiteral("--multipart-above"), QStringLiteral("5")});
        QVERIFY2(upload.exitCode == 0, qPrintable(upload.err + upload.out));
        const qint64 job = jobIdFrom(upload.out);
        const QString key = keyOf(job);
        QCOMPARE(key, QStringLiteral("studio/spring-looks/upload-%1.bin").arg(size));
        AwsCli aws(m_s3);
        const auto sha = aws.getObjectSha256(m_s3.bucket(), key);
        QVERIFY2(sha.ok(), qPrintable(sha.error));
        QCOMPARE(sha.value, sha256Of(file));
        // Uploading it again finds it there.
        const Run again = storyreel(
            {QStringLiteral("upload"), file, QStringLiteral("--folder"), QStringLiteral("Spring Looks")});
        QVERIFY2(again.exitCode == 0 && again.out.contains(QLatin1String("already")), qPrintable(again.out));
    }

    void killedUploadResumesFromItsParts()
    {
        const QString file = randomFile(QStringLiteral("resume.bin"), 31 * 1024 * 1024);
        QProcess first;
        QVERIFY2(startSlowUpload(first, file, 2),
                 qPrintable(QString::fromUtf8(first.readAllStandardError())));
        ::kill(pid_t(first.processId()), SIGKILL);
        QVERIFY(first.waitForFinished(10000));
        const qint64 job =
            scalar(QStringLiteral("SELECT MAX(id) FROM jobs WHERE kind = 'upload'")).toLongLong();
        const int partsBefore =
            scalar(QStringLiteral("SELECT COUNT(*) FROM upload_parts WHERE job_id = %1").arg(job)).toInt();
        QVERIFY(partsBefore >= 2);
        QVERIFY(partsBefore < 7);
        AwsCli aws(m_s3);
        QVERIFY(
            !aws.listKeys(m_s3.bucket(), QStringLiteral("studio/files/resume")).value.contains(keyOf(job)));
        const Run retry = storyreel({QStringLiteral("jobs"), QStringLiteral("retry"), QString::number(job),
                                     QStringLiteral("--wait")});
        QVERIFY2(retry.exitCode == 0, qPrintable(retry.err));
        QVERIFY2(retry.err.contains(QStringLiteral("resuming with %1 of 7 parts").arg(partsBefore)),
                 qPrintable(retry.err));
        const auto sha = aws.getObjectSha256(m_s3.bucket(), keyOf(job));
        QVERIFY2(sha.ok(), qPrintable(sha.error));
        QCOMPARE(sha.value, sha256Of(file));
        QCOMPARE(
            scalar(QStringLiteral("SELECT COUNT(*) FROM upload_parts WHERE job_id = %1").arg(job)).toInt(),
            0);
    }

    void cancelLeavesNoObject()
    {
        const QString file = randomFile(QStringLiteral("cancel.bin"), 26 * 1024 * 1024);
        QProcess upload;
        QVERIFY(startSlowUpload(upload, file, 1));
        const qint64 job =
            scalar(QStringLiteral("SELECT MAX(id) FROM jobs WHERE kind = 'upload'")).toLongLong();
        const Run cancel =
            storyreel({QStringLiteral("jobs"), QStringLiteral("cancel"), QString::number(job)});
        QVERIFY2(cancel.exitCode == 0, qPrintable(cancel.err));
        QVERIFY(upload.waitForFinished(30000));
        QCOMPARE(upload.exitCode(), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT status FROM jobs WHERE id = %1").arg(job)).toString(),
                 QStringLiteral("cancelled"));
        AwsCli aws(m_s3);
        const auto keys = aws.listKeys(m_s3.bucket(), QStringLiteral("studio/"));
        QVERIFY2(keys.ok(), qPrintable(keys.error));
        QVERIFY2(!keys.value.contains(QStringLiteral("studio/files/cancel.bin")),
                 qPrintable(keys.value.join(QLatin1Char(' '))));
        QCOMPARE(
            scalar(QStringLiteral("SELECT COUNT(*) FROM cloud_objects WHERE object_key LIKE '%cancel.bin'"))
                .toInt(),
            0);
        QCOMPARE(
            scalar(QStringLiteral("SELECT COUNT(*) FROM upload_parts WHERE job_id = %1").arg(job)).toInt(),
            0);
    }

    void downloadResumesItsPartialFile()
    {
        const QString file = randomFile(QStringLiteral("remote.bin"), 12 * 1024 * 1024 + 7);
        AwsCli aws(m_s3);
        QVERIFY(aws.putObject(m_s3.bucket(), QStringLiteral("elsewhere/remote.bin"), file).ok());
        const QString target = m_files.filePath(QStringLiteral("fetched.bin"));
        const Run queued =
            storyreel({QStringLiteral("download"), QStringLiteral("--key"),
                       QStringLiteral("elsewhere/remote.bin"), QStringLiteral("--to"), target});
        QVERIFY2(queued.exitCode == 0, qPrintable(queued.err));
        const qint64 job = jobIdFrom(queued.out);
        // What a killed earlier attempt left: the first 5 MiB.
        QVERIFY(QDir(m_data.path()).mkpath(QStringLiteral("transfers")));
        QFile source(file);
        QVERIFY(source.open(QIODevice::ReadOnly));
        QFile partial(QDir(m_data.path()).filePath(QStringLiteral("transfers/job-%1.part").arg(job)));
        QVERIFY(partial.open(QIODevice::WriteOnly));
        partial.write(source.read(5 * 1024 * 1024));
        partial.close();
        const Run run = storyreel({QStringLiteral("jobs"), QStringLiteral("run")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("resuming the download at %1 bytes").arg(5 * 1024 * 1024)),
                 qPrintable(run.err));
        QCOMPARE(sha256Of(target), sha256Of(file));
        QVERIFY(!partial.exists());
    }

    void shareLinkServesTheObject()
    {
        const QString file = randomFile(QStringLiteral("shared.bin"), 64 * 1024);
        QCOMPARE(storyreel({QStringLiteral("upload"), file, QStringLiteral("--wait")}).exitCode, 0);
        const Run share =
            storyreel({QStringLiteral("share"), file, QStringLiteral("--expires"), QStringLiteral("2h")});
        QVERIFY2(share.exitCode == 0, qPrintable(share.err));
        const QUrl url(share.out.trimmed());
        QVERIFY(url.query().contains(QLatin1String("X-Amz-Expires=7200")));
        QVERIFY(url.query().contains(QLatin1String("X-Amz-Signature=")));
        QNetworkAccessManager network;
        QNetworkReply *reply = network.get(QNetworkRequest(url));
        QVERIFY(QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(QCryptographicHash::hash(reply->readAll(), QCryptographicHash::Sha256).toHex(),
                 sha256Of(file).toLatin1());
        reply->deleteLater();
        // Nothing that is not in the cloud gets a link.
        const Run missing = storyreel({QStringLiteral("share"), randomFile(QStringLiteral("local.bin"), 10)});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains(QLatin1String("not in the cloud")));
    }

    void cloudOnlyVideoComesBack()
    {
        QString error;
        const QString clip =
            storyreel::test::makeClip(m_files.path(), QStringLiteral("beach.mp4"), {}, &error);
        QVERIFY2(!clip.isEmpty(), qPrintable(error));
        AwsCli aws(m_s3);
        QVERIFY(aws.putObject(m_s3.bucket(), QStringLiteral("studio/summer-look/beach-walk.mp4"), clip).ok());
        const Run refresh = storyreel({QStringLiteral("storage"), QStringLiteral("refresh")});
        QVERIFY2(refresh.exitCode == 0, qPrintable(refresh.err));
        QVERIFY2(refresh.out.contains(QLatin1String("Found 1 new video")), qPrintable(refresh.out));
        const qint64 video =
            scalar(QStringLiteral("SELECT id FROM videos WHERE title = 'beach walk' AND file_path = ''"))
                .toLongLong();
        QVERIFY(video > 0);
        const Run download =
            storyreel({QStringLiteral("download"), QString::number(video), QStringLiteral("--wait")});
        QVERIFY2(download.exitCode == 0, qPrintable(download.err));
        const QString stored =
            scalar(QStringLiteral("SELECT file_path FROM videos WHERE id = %1").arg(video)).toString();
        QVERIFY(!stored.isEmpty());
        QCOMPARE(sha256Of(QDir(m_data.path()).filePath(stored)), sha256Of(clip));
    }
};

QTEST_GUILESS_MAIN(TestCloudCli)
#include "tst_cloudcli.moc"
