#include "mediafixtures.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// `storyreel accounts` and `storyreel generate` as a user runs them: the real system keychain (the
// test runs under tests/support/with-keyring.sh, a private D-Bus session with an unlocked
// gnome-keyring) and the provider emulator executable as a subprocess on 127.0.0.1.
class TestProviderCli : public QObject
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
    QString m_emulatorBinary = QStringLiteral(STORYREEL_EMULATOR_BINARY);
    QTemporaryDir m_home;
    QTemporaryDir m_data;  // one catalog for the whole class: keychain entries are per account id
    QProcess m_emulator;
    QString m_baseUrl;

    Run storyreel(const QStringList &arguments, const QByteArray &stdinData = {},
                  const QProcessEnvironment &extra = {}, int timeoutMs = 120000) const
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("STORYREEL_DATA_DIR"), m_data.path());
        for (const QString &key : extra.keys())
            environment.insert(key, extra.value(key));
        process.setProcessEnvironment(environment);
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

    static QStringList accountsAdd(const QString &name, const QString &dialect, const QString &url)
    {
        return {QStringLiteral("accounts"),  QStringLiteral("add"),
                QStringLiteral("--name"),    name,
                QStringLiteral("--dialect"), dialect,
                QStringLiteral("--url"),     url};
    }

    int scalar(const QString &statement) const
    {
        const QString connection = QStringLiteral("providercli-check");
        int value = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(QDir(m_data.path()).filePath(QStringLiteral("catalog.sqlite")));
            if (db.open()) {
                QSqlQuery query(db);
                if (query.exec(statement) && query.next())
                    value = query.value(0).toInt();
            }
        }
        QSqlDatabase::removeDatabase(connection);
        return value;
    }

    // A control call to the emulator executable (/_emulator/...); the body, empty on failure.
    QByteArray emulatorCall(const QByteArray &method, const QString &pathAndQuery) const
    {
        QNetworkAccessManager network;
        QNetworkReply *reply =
            network.sendCustomRequest(QNetworkRequest(QUrl(m_baseUrl + pathAndQuery)), method);
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 5000))
            reply->abort();
        const QByteArray body = reply->error() == QNetworkReply::NoError ? reply->readAll() : QByteArray();
        reply->deleteLater();
        return body;
    }

    int asyncJobsCreated() const
    {
        const QJsonObject state =
            QJsonDocument::fromJson(emulatorCall("GET", QStringLiteral("/_emulator/state"))).object();
        return state.value(QStringLiteral("jobs_created"))
            .toObject()
            .value(QStringLiteral("asyncvideos"))
            .toInt(-1);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(m_binary), "STORYREEL_BINARY must name the built storyreel");
        QVERIFY2(QFile::exists(m_emulatorBinary), qPrintable(m_emulatorBinary));
        QVERIFY2(qEnvironmentVariable("STORYREEL_KEYRING_SESSION") == QLatin1String("ready"),
                 "run under tests/support/with-keyring.sh (a D-Bus session with an unlocked keyring)");
        m_emulator.setProgram(m_emulatorBinary);
        m_emulator.setArguments({QStringLiteral("--speed"), QStringLiteral("60")});
        m_emulator.setProcessChannelMode(QProcess::SeparateChannels);
        m_emulator.start();
        QVERIFY(m_emulator.waitForStarted(10000));
        const QRegularExpression listening(QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+)"));
        QString banner;
        QTRY_VERIFY_WITH_TIMEOUT((banner += QString::fromUtf8(m_emulator.readAllStandardOutput()),
                                  listening.match(banner).hasMatch()),
                                 20000);
        m_baseUrl = listening.match(banner).captured(1);
        QVERIFY(!m_baseUrl.isEmpty());
    }

    void cleanupTestCase()
    {
        if (m_emulator.state() != QProcess::NotRunning) {
            m_emulator.terminate();
            if (!m_emulator.waitForFinished(5000))
                m_emulator.kill();
        }
    }

    void aTokenArgumentIsRefused_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("separate") << QStringList{QStringLiteral("--token"), QStringLiteral("canary-7f3a")};
        QTest::newRow("joined") << QStringList{QStringLiteral("--token=canary-7f3a")};
    }

    void aTokenArgumentIsRefused()
    {
        QFETCH(QStringList, extra);
        const Run run =
            storyreel(accountsAdd(QStringLiteral("Leaky"), QStringLiteral("t2m"), m_baseUrl) + extra);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--token is refused")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("--token-env")), qPrintable(run.err));
        QVERIFY(!run.err.contains(QStringLiteral("canary-7f3a")));
        QVERIFY(!run.out.contains(QStringLiteral("canary-7f3a")));
        const Run list = storyreel({QStringLiteral("accounts"), QStringLiteral("list")});
        QVERIFY(!list.out.contains(QStringLiteral("Leaky")));
    }

    void addReadsTheTokenFromStdin()
    {
        const Run run = storyreel(
            accountsAdd(QStringLiteral("Dust"), QStringLiteral("asyncvideos"), m_baseUrl), "token-alice\n");
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("Added account \"Dust\"")), qPrintable(run.out));
        QVERIFY(!run.out.contains(QStringLiteral("token-alice")));
        // Nothing of the token in the catalog.
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM provider_accounts WHERE name = 'Dust'")), 1);
        QFile catalog(QDir(m_data.path()).filePath(QStringLiteral("catalog.sqlite")));
        QVERIFY(catalog.open(QIODevice::ReadOnly));
        QVERIFY(!catalog.readAll().contains("token-alice"));

        const Run empty =
            storyreel(accountsAdd(QStringLiteral("Nothing"), QStringLiteral("t2m"), m_baseUrl), "\n");
        QCOMPARE(empty.exitCode, 2);
        QVERIFY2(empty.err.contains(QStringLiteral("no token on stdin")), qPrintable(empty.err));
    }

    void addReadsTheTokenFromAnEnvironmentVariable()
    {
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("LESSONS_TOKEN"), QStringLiteral("token-bob"));
        const Run run =
            storyreel(accountsAdd(QStringLiteral("Lessons"), QStringLiteral("t2m"), m_baseUrl) +
                          QStringList{QStringLiteral("--token-env"), QStringLiteral("LESSONS_TOKEN")},
                      {}, environment);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        const Run unset =
            storyreel(accountsAdd(QStringLiteral("Other"), QStringLiteral("t2m"), m_baseUrl) +
                      QStringList{QStringLiteral("--token-env"), QStringLiteral("NO_SUCH_VARIABLE")});
        QCOMPARE(unset.exitCode, 2);
        QVERIFY2(unset.err.contains(QStringLiteral("NO_SUCH_VARIABLE")), qPrintable(unset.err));

        const Run duplicate =
            storyreel(accountsAdd(QStringLiteral("Lessons"), QStringLiteral("t2m"), m_baseUrl) +
                          QStringList{QStringLiteral("--token-env"), QStringLiteral("LESSONS_TOKEN")},
                      {}, environment);
        QCOMPARE(duplicate.exitCode, 2);
        QVERIFY2(duplicate.err.contains(QStringLiteral("already exists")), qPrintable(duplicate.err));

        const Run badUrl = storyreel(
            accountsAdd(QStringLiteral("Bad"), QStringLiteral("t2m"), QStringLiteral("ftp://example.com")),
            "token-bob\n");
        QCOMPARE(badUrl.exitCode, 2);
        QVERIFY2(badUrl.err.contains(QStringLiteral("http://")), qPrintable(badUrl.err));
    }

    void listShowsTheTokenStateNotTheToken()
    {
        const Run run = storyreel({QStringLiteral("accounts"), QStringLiteral("list")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);  // header, Dust, Lessons
        QVERIFY(lines.at(0).startsWith(QStringLiteral("NAME")));
        QVERIFY2(lines.at(1).contains(QStringLiteral("Dust")) &&
                     lines.at(1).contains(QStringLiteral("asyncvideos")) && lines.at(1).contains(m_baseUrl) &&
                     lines.at(1).contains(QStringLiteral("token stored")),
                 qPrintable(lines.at(1)));
        QVERIFY2(
            lines.at(2).contains(QStringLiteral("Lessons")) && lines.at(2).contains(QStringLiteral("t2m")),
            qPrintable(lines.at(2)));
        QVERIFY(!run.out.contains(QStringLiteral("token-alice")));
        QVERIFY(!run.out.contains(QStringLiteral("token-bob")));
    }

    void testPrintsWhoAndTheBalance()
    {
        const Run run =
            storyreel({QStringLiteral("accounts"), QStringLiteral("test"), QStringLiteral("Dust")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("alice@example.com")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("Balance: 1000 DUST")), qPrintable(run.out));

        const Run lessons =
            storyreel({QStringLiteral("accounts"), QStringLiteral("test"), QStringLiteral("Lessons")});
        QVERIFY2(lessons.exitCode == 0, qPrintable(lessons.err));
        QVERIFY2(lessons.out.contains(QStringLiteral("Balance: 1000 credits")), qPrintable(lessons.out));

        const Run missing =
            storyreel({QStringLiteral("accounts"), QStringLiteral("test"), QStringLiteral("Nobody")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains(QStringLiteral("no account named")), qPrintable(missing.err));
    }

    void aRefusedTokenFailsTheTest()
    {
        const Run added = storyreel(
            accountsAdd(QStringLiteral("Wrong"), QStringLiteral("aistudio"), m_baseUrl), "token-nobody\n");
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const Run run =
            storyreel({QStringLiteral("accounts"), QStringLiteral("test"), QStringLiteral("Wrong")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("Wrong")), qPrintable(run.err));
        QVERIFY(!run.err.contains(QStringLiteral("token-nobody")));
    }

    void syncMirrorsTheLooksOfAnAistudioAccount()
    {
        // Two looks made at the provider (the aistudio extension POST /api/v1/looks), as the web app would.
        QNetworkAccessManager network;
        for (const QString &title : {QStringLiteral("Stone Essence"), QStringLiteral("Linen Morning")}) {
            QNetworkRequest request(QUrl(m_baseUrl + QStringLiteral("/api/v1/looks")));
            request.setRawHeader("Authorization", "Bearer token-alice");
            request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
            QNetworkReply *reply = network.post(
                request, QJsonDocument(QJsonObject{{QStringLiteral("title"), title},
                                                   {QStringLiteral("visibility"), QStringLiteral("private")}})
                             .toJson());
            QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 5000);
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
            reply->deleteLater();
        }
        const Run added = storyreel(
            accountsAdd(QStringLiteral("Looks"), QStringLiteral("aistudio"), m_baseUrl), "token-alice\n");
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const Run run =
            storyreel({QStringLiteral("accounts"), QStringLiteral("sync"), QStringLiteral("Looks")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("Looks: ")), qPrintable(run.out));
        QVERIFY(scalar(QStringLiteral(
                    "SELECT COUNT(*) FROM looks WHERE title IN ('Stone Essence', 'Linen Morning') "
                    "AND account_id IS NOT NULL")) == 2);
        // Again: nothing new.
        const Run again =
            storyreel({QStringLiteral("accounts"), QStringLiteral("sync"), QStringLiteral("Looks")});
        QVERIFY2(again.exitCode == 0 && again.out.contains(QStringLiteral("0 new")), qPrintable(again.out));
        const Run notAistudio =
            storyreel({QStringLiteral("accounts"), QStringLiteral("sync"), QStringLiteral("Lessons")});
        QCOMPARE(notAistudio.exitCode, 2);
    }

    void generateTextOnAsyncVideosWaitsForTheVideo()
    {
        const int videosBefore = scalar(QStringLiteral("SELECT COUNT(*) FROM videos"));
        const Run run =
            storyreel({QStringLiteral("generate"), QStringLiteral("--account"), QStringLiteral("Dust"),
                       QStringLiteral("text"), QStringLiteral("Lanterns drifting over a night river"),
                       QStringLiteral("--seconds"), QStringLiteral("5"), QStringLiteral("--wait")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        QVERIFY2(run.out.contains(QStringLiteral("Estimate: 10 DUST")), qPrintable(run.out));
        const QRegularExpressionMatch queued =
            QRegularExpression(QStringLiteral("Job (\\d+) queued")).match(run.out);
        QVERIFY2(queued.hasMatch(), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("succeeded")), qPrintable(run.out));
        const int id = queued.captured(1).toInt();
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM jobs WHERE id = %1 AND status = 'succeeded' AND "
                                       "cost_micros = 10000000")
                            .arg(id)),
                 1);
        // The video is in the library, from this account, with a playable file.
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM videos")), videosBefore + 1);
        const Run shown = storyreel({QStringLiteral("jobs"), QStringLiteral("show"), QString::number(id)});
        const QRegularExpressionMatch output =
            QRegularExpression(QStringLiteral("output:\\s+(\\S.*)\\n")).match(shown.out);
        QVERIFY2(output.hasMatch(), qPrintable(shown.out));
        const QJsonObject probe = storyreel::test::ffprobe(output.captured(1).trimmed());
        QVERIFY(!storyreel::test::ffprobeStream(probe, QStringLiteral("video")).isEmpty());
    }

    // The process running a remote job is killed mid-job: the job reads Interrupted, and a retry resumes
    // polling the same remote job (no second creation, no second charge) and brings its video home.
    void aKilledGenerateResumesPollingOnRetry()
    {
        QVERIFY(!emulatorCall("POST", QStringLiteral("/_emulator/speed?x=0")).isNull());  // frozen
        const int createdBefore = asyncJobsCreated();
        QVERIFY(createdBefore >= 0);
        const int videosBefore = scalar(QStringLiteral("SELECT COUNT(*) FROM videos"));
        QProcess generate;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("STORYREEL_DATA_DIR"), m_data.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("STORYREEL_POLL_MS"), QStringLiteral("100"));
        generate.setProcessEnvironment(environment);
        generate.start(m_binary,
                       {QStringLiteral("generate"), QStringLiteral("--account"), QStringLiteral("Dust"),
                        QStringLiteral("text"), QStringLiteral("Killed halfway"), QStringLiteral("--wait")});
        QVERIFY(generate.waitForStarted(10000));
        const QString remoteIdSet = QStringLiteral(
            "SELECT COUNT(*) FROM jobs WHERE title LIKE '%Killed halfway%' AND status = 'running' AND "
            "COALESCE(remote_id, '') != ''");
        QTRY_VERIFY_WITH_TIMEOUT(scalar(remoteIdSet) == 1, 20000);
        const int id = scalar(QStringLiteral("SELECT id FROM jobs WHERE title LIKE '%Killed halfway%'"));
        generate.kill();  // SIGKILL: no chance to tidy up
        QVERIFY(generate.waitForFinished(5000));
        QCOMPARE(asyncJobsCreated(), createdBefore + 1);

        QVERIFY(!emulatorCall("POST", QStringLiteral("/_emulator/speed?x=60")).isNull());
        QProcessEnvironment fast;
        fast.insert(QStringLiteral("STORYREEL_POLL_MS"), QStringLiteral("100"));
        const Run retried = storyreel(
            {QStringLiteral("jobs"), QStringLiteral("retry"), QString::number(id), QStringLiteral("--wait")},
            {}, fast);
        QVERIFY2(retried.exitCode == 0, qPrintable(retried.err + retried.out));
        QCOMPARE(
            scalar(
                QStringLiteral("SELECT COUNT(*) FROM jobs WHERE id = %1 AND status = 'succeeded'").arg(id)),
            1);
        QCOMPARE(asyncJobsCreated(), createdBefore + 1);  // polled again, not created again
        QCOMPARE(
            scalar(QStringLiteral("SELECT COUNT(*) FROM ledger_entries WHERE job_id = %1 AND kind = 'charge'")
                       .arg(id)),
            1);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM videos")), videosBefore + 1);
        const Run shown = storyreel({QStringLiteral("jobs"), QStringLiteral("show"), QString::number(id)});
        QVERIFY2(shown.out.contains(QStringLiteral("interrupted")), qPrintable(shown.out));
    }

    void localGenerateNeedsNoAccount()
    {
        const Run run =
            storyreel({QStringLiteral("generate"), QStringLiteral("text"), QStringLiteral("A"),
                       QStringLiteral("quiet"), QStringLiteral("harbour"), QStringLiteral("--seconds"),
                       QStringLiteral("2"), QStringLiteral("--wait")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        QVERIFY2(run.out.contains(QStringLiteral("Estimate: free")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("the local provider: Video: A quiet harbour")),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("succeeded")), qPrintable(run.out));
    }

    void aLocalStoryboardFromAPrompt()
    {
        const int boardsBefore = scalar(QStringLiteral("SELECT COUNT(*) FROM storyboards"));
        const Run run =
            storyreel({QStringLiteral("generate"), QStringLiteral("storyboard"),
                       QStringLiteral("A lighthouse keeper. A storm rolls in. Dawn comes."),
                       QStringLiteral("--seconds"), QStringLiteral("15"), QStringLiteral("--wait")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM storyboards")), boardsBefore + 1);
        const int board = scalar(QStringLiteral("SELECT MAX(id) FROM storyboards"));
        QCOMPARE(
            scalar(QStringLiteral("SELECT COUNT(*) FROM scenes WHERE storyboard_id = %1 AND image_path != ''")
                       .arg(board)),
            3);
    }

    void generateRefusesBadInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no kind") << QStringList{} << QStringLiteral("missing arguments");
        QTest::newRow("unknown kind")
            << QStringList{QStringLiteral("poem"), QStringLiteral("x")} << QStringLiteral("unknown kind");
        QTest::newRow("no prompt") << QStringList{QStringLiteral("text")} << QStringLiteral("takes a PROMPT");
        QTest::newRow("seconds") << QStringList{QStringLiteral("text"), QStringLiteral("x"),
                                                QStringLiteral("--seconds"), QStringLiteral("500")}
                                 << QStringLiteral("between 1 and 120");
        QTest::newRow("image missing")
            << QStringList{QStringLiteral("image"), QStringLiteral("/nonexistent.png"), QStringLiteral("x")}
            << QStringLiteral("does not exist");
        QTest::newRow("explainer context")
            << QStringList{QStringLiteral("explainer"), QStringLiteral("--topic"), QStringLiteral("Tides")}
            << QStringLiteral("context");
        QTest::newRow("explainer locally")
            << QStringList{QStringLiteral("explainer"), QStringLiteral("--topic"), QStringLiteral("Tides"),
                           QStringLiteral("--context"), QStringLiteral("Kids")}
            << QStringLiteral("cannot make explainer");
        QTest::newRow("wrong dialect") << QStringList{QStringLiteral("--account"), QStringLiteral("Lessons"),
                                                      QStringLiteral("text"), QStringLiteral("x")}
                                       << QStringLiteral("cannot make text-to-video");
        QTest::newRow("no such account") << QStringList{QStringLiteral("--account"), QStringLiteral("Nobody"),
                                                        QStringLiteral("text"), QStringLiteral("x")}
                                         << QStringLiteral("no account named");
    }

    void generateRefusesBadInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = storyreel(QStringList{QStringLiteral("generate")} + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void removeDeletesTheAccount()
    {
        const Run run =
            storyreel({QStringLiteral("accounts"), QStringLiteral("remove"), QStringLiteral("Wrong")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const Run list = storyreel({QStringLiteral("accounts"), QStringLiteral("list")});
        QVERIFY(!list.out.contains(QStringLiteral("Wrong")));
        const Run again =
            storyreel({QStringLiteral("accounts"), QStringLiteral("remove"), QStringLiteral("Wrong")});
        QCOMPARE(again.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestProviderCli)
#include "tst_providercli.moc"
