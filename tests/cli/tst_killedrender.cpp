#include "catalog.h"
#include "jobstore.h"
#include "mediafixtures.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>

using namespace storyreel;

// A render killed with SIGKILL mid-way, as a crash or a power cut would: the next start finds it
// Interrupted, nothing ever appears at the destination before the retry, and the catalog is intact.
class TestKilledRender : public QObject
{
    Q_OBJECT

private:
    QString m_binary = qEnvironmentVariable("STORYREEL_BINARY");
    QTemporaryDir m_dir;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        return env;
    }

    int run(const QStringList &arguments, QString *out = nullptr)
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(
            m_binary,
            QStringList{QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("data"))} + arguments);
        if (!process.waitForFinished(180000))
            return -1;
        if (out)
            *out = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
        return process.exitCode();
    }

private Q_SLOTS:
    void aKilledRenderIsInterruptedAndFinishesOnRetry()
    {
        QVERIFY(QFile::exists(m_binary));
        QCOMPARE(run({QStringLiteral("summary")}), 0);
        const QString output = m_dir.filePath(QStringLiteral("final.mp4"));

        QProcess render;
        render.setProcessEnvironment(environment());
        render.start(m_binary, {QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("data")),
                                QStringLiteral("render"), QStringLiteral("1"), QStringLiteral("-o"), output,
                                QStringLiteral("--quality"), QStringLiteral("high")});
        QVERIFY(render.waitForStarted());

        // Watch the job through the catalog, as another process would, and kill the render mid-way.
        Catalog catalog(m_dir.filePath(QStringLiteral("data/catalog.sqlite")));
        QVERIFY(catalog.open().ok());
        const JobStore jobs(catalog);
        QElapsedTimer waited;
        waited.start();
        bool midway = false;
        while (!midway && waited.elapsed() < 60000 && render.state() == QProcess::Running) {
            const Result<QList<Job>> running = jobs.list(JobStatus::Running);
            midway = running && !running->isEmpty() && running->first().progress >= 0.1;
            QTest::qWait(50);
        }
        QVERIFY2(midway, "the render never reached 10 %");
        ::kill(pid_t(render.processId()), SIGKILL);
        QVERIFY(render.waitForFinished(10000));
        QVERIFY(!QFile::exists(output));

        QString shown;
        QCOMPARE(run({QStringLiteral("jobs"), QStringLiteral("show"), QStringLiteral("1")}, &shown), 0);
        QVERIFY2(shown.contains(QStringLiteral("status:    interrupted")), qPrintable(shown));
        QVERIFY(!QFile::exists(output));
        QVERIFY2(QDir(m_dir.path()).entryList({QStringLiteral("*.partial-*")}).isEmpty(),
                 "the partial file was left behind");
        {
            QSqlQuery check(catalog.db());
            QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
            QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
        }

        QCOMPARE(run({QStringLiteral("jobs"), QStringLiteral("retry"), QStringLiteral("1"),
                      QStringLiteral("--wait")}),
                 0);
        const QJsonObject probe = test::ffprobe(output);
        QCOMPARE(test::ffprobeStream(probe, QStringLiteral("video")).value(QStringLiteral("height")).toInt(),
                 1080);
        QVERIFY(std::abs(test::ffprobeDurationSeconds(probe) - 23.0) < 0.05);
        const Job job = jobs.load(1).value();
        QCOMPARE(job.status, JobStatus::Succeeded);
        QCOMPARE(job.attempt, 2);
    }
};

QTEST_GUILESS_MAIN(TestKilledRender)
#include "tst_killedrender.moc"
