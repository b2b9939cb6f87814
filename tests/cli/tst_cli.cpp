#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The storyreel executable as a user runs it: exit codes, messages and the headless summary.
class TestCli : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    // Runs storyreel with a private data folder, config folder and no display unless given.
    Run storyreel(const QStringList &arguments, const QProcessEnvironment &extra = {}) const
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
        environment.remove(QStringLiteral("STORYREEL_DATA_DIR"));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("share")));
        for (const QString &key : extra.keys())
            environment.insert(key, extra.value(key));
        process.setProcessEnvironment(environment);
        process.start(m_binary, arguments);
        if (!process.waitForFinished(60000)) {
            process.kill();
            return {};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QString m_binary = qEnvironmentVariable("STORYREEL_BINARY");
    QTemporaryDir m_home;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(m_binary), "STORYREEL_BINARY must name the built storyreel");
    }

    void versionExitsZero()
    {
        const Run run = storyreel({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(QStringLiteral("storyreel " STORYREEL_VERSION)), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("Qt 6.")));
        QVERIFY(run.out.contains(QStringLiteral("FFmpeg 5.")));
    }

    void helpExitsZeroAndNamesOptionsAndCommands()
    {
        const Run run = storyreel({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        for (const char *expected : {"--data-dir", "--screenshot", "--version", "--workspace", "summary"})
            QVERIFY2(run.out.contains(QLatin1String(expected)), expected);
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("--frobnicate")} << QStringLiteral("frobnicate");
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("dance")} << QStringLiteral("Unknown command");
        QTest::newRow("missing value")
            << QStringList{QStringLiteral("--data-dir")} << QStringLiteral("data-dir");
        QTest::newRow("unknown workspace")
            << QStringList{QStringLiteral("--workspace"), QStringLiteral("kitchen")}
            << QStringLiteral("kitchen");
        QTest::newRow("summary with arguments")
            << QStringList{QStringLiteral("summary"), QStringLiteral("extra")}
            << QStringLiteral("takes no arguments");
    }

    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = storyreel(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void summaryCreatesTheSampleInTheChosenDataFolder()
    {
        QTemporaryDir data;
        const Run run = storyreel({QStringLiteral("summary"), QStringLiteral("--data-dir"), data.path()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QDir::toNativeSeparators(data.path())));
        QVERIFY(run.out.contains(QStringLiteral("Sample project: created now")));
        QVERIFY(run.out.contains(QStringLiteral("Morning Ritual (sample) - 5 scenes")));
        QVERIFY(run.out.contains(QStringLiteral("Looks (2)")));
        QVERIFY(QFile::exists(data.filePath(QStringLiteral("catalog.sqlite"))));

        const Run again = storyreel({QStringLiteral("--data-dir"), data.path(), QStringLiteral("summary")});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.contains(QStringLiteral("Sample project: created earlier")));
        QVERIFY(again.out.contains(QStringLiteral("Storyboards (1)")));
    }

    void environmentChoosesTheDataFolder()
    {
        QTemporaryDir data;
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("STORYREEL_DATA_DIR"), data.path());
        const Run run = storyreel({QStringLiteral("summary")}, environment);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("(STORYREEL_DATA_DIR)")));
        QVERIFY(QFile::exists(data.filePath(QStringLiteral("catalog.sqlite"))));
    }

    void withoutADisplayTheStudioSaysSoAndRunsHeadless()
    {
        QTemporaryDir data;
        const Run run = storyreel({QStringLiteral("--data-dir"), data.path()});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("No display found")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("Storyboards (1)")));
    }

    void aNewerCatalogIsRefusedUntouched()
    {
        QTemporaryDir data;
        QVERIFY(storyreel({QStringLiteral("summary"), QStringLiteral("--data-dir"), data.path()}).exitCode ==
                0);
        const QString path = data.filePath(QStringLiteral("catalog.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery bump(db);
            QVERIFY(bump.exec(QStringLiteral("PRAGMA user_version = 999")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bump"));
        const Run run = storyreel({QStringLiteral("summary"), QStringLiteral("--data-dir"), data.path()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("newer version of Storyreel")), qPrintable(run.err));
    }

    void screenshotWorksWithoutADisplay()
    {
        QTemporaryDir data;
        const QString png = data.filePath(QStringLiteral("shot.png"));
        const Run run = storyreel({QStringLiteral("--data-dir"), data.path(), QStringLiteral("--workspace"),
                                   QStringLiteral("library"), QStringLiteral("--screenshot"), png});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800 && image.height() >= 500);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
