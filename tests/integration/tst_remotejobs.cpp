// Remote jobs end to end: the job queue, the provider runner, the real dialect clients and the HTTP
// policy against the provider emulator on 127.0.0.1.
#include "accountstore.h"
#include "jobqueue.h"
#include "jobstore.h"
#include "ledgerstore.h"
#include "mediafixtures.h"
#include "memorycredentialstore.h"
#include "provideremulator.h"
#include "providerhub.h"
#include "providerjobrunner.h"
#include "storyboardstore.h"
#include "studio.h"
#include "videostore.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace storyreel;
using namespace std::chrono_literals;

namespace {

// Every log line of the process, whatever its category, for the canary check.
QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        const QMutexLocker lock(&g_logMutex);
        g_log << QStringLiteral("%1: %2").arg(QString::fromLatin1(context.category ? context.category : ""),
                                              message);
    }
    if (g_previousHandler && type != QtDebugMsg && type != QtInfoMsg)
        g_previousHandler(type, context, message);
}

struct Setup
{
    QTemporaryDir dir;
    std::unique_ptr<Studio> studio;
    QNetworkAccessManager network;
    MemoryCredentialStore credentials;
    std::unique_ptr<ProviderHub> hub;
    std::unique_ptr<JobQueue> queue;
};

}  // namespace

class TestRemoteJobs final : public QObject
{
    Q_OBJECT

private:
    ProviderEmulator m_emulator;

    // A studio with one account of `dialect` on the emulator, its token in the (memory) keychain, and
    // a queue that runs remote jobs; the emulator's clock runs fast.
    std::unique_ptr<Setup> makeSetup(Dialect dialect, const QString &token = QStringLiteral("token-alice"))
    {
        auto setup = std::make_unique<Setup>();
        Result<std::unique_ptr<Studio>> studio = Studio::open(DataLocation(setup->dir.path()));
        if (!studio)
            qFatal("cannot open a studio: %s", qPrintable(studio.error()));
        setup->studio = std::move(studio).value();
        ProviderAccount account;
        account.name = QStringLiteral("remote");
        account.dialect = dialect;
        account.baseUrl = m_emulator.baseUrl().toString();
        const RowId id = AccountStore(setup->studio->catalog()).create(account).value();
        bool written = false;
        setup->credentials.write(AccountStore(setup->studio->catalog()).load(id).value().credentialKey(),
                                 token,
                                 [&written](const CredentialResult &result) { written = result.ok(); });
        for (int waited = 0; !written && waited < 2000; waited += 10)
            QTest::qWait(10);
        if (!written)
            qFatal("the memory keychain did not take the token");
        HttpPolicy policy;
        policy.baseDelay = 20ms;
        policy.maxDelay = 300ms;
        setup->hub = std::make_unique<ProviderHub>(setup->studio->catalog(), setup->credentials,
                                                   &setup->network, policy);
        setup->hub->setPollInterval(40ms);
        makeQueue(*setup);
        return setup;
    }

    void makeQueue(Setup &setup)
    {
        setup.queue = std::make_unique<JobQueue>(setup.studio->catalog(), 2);
        installRemoteRunner(*setup.queue, *setup.hub, *setup.studio);
    }

    static RowId accountOf(Setup &setup)
    {
        return AccountStore(setup.studio->catalog()).list().value().constFirst().id;
    }

    static JobRequest request(Setup &setup, JobKind kind, QJsonObject params)
    {
        JobRequest r;
        r.kind = kind;
        r.title = QStringLiteral("remote %1").arg(toText(kind));
        r.params = std::move(params);
        r.accountId = accountOf(setup);
        return r;
    }

    static Job jobOf(Setup &setup, RowId id) { return JobStore(setup.studio->catalog()).load(id).value(); }

    static bool finished(Setup &setup, RowId id) { return isTerminal(jobOf(setup, id).status); }

    static QString eventsOf(Setup &setup, RowId id)
    {
        QStringList lines;
        for (const JobEvent &event : JobStore(setup.studio->catalog()).events(id).value())
            lines << toText(event.status) + QStringLiteral(": ") + event.message;
        return lines.join(QLatin1Char('\n'));
    }

    static qint64 ledgerSum(Setup &setup, LedgerKind kind)
    {
        qint64 sum = 0;
        for (const LedgerEntry &entry :
             LedgerStore(setup.studio->catalog()).listForAccount(accountOf(setup)).value())
            sum += entry.kind == kind ? entry.amountMicros : 0;
        return sum;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_emulator.listen());
        m_emulator.setSpeed(120.0);  // a minute of provider work in half a second
    }

    void init()
    {
        m_emulator.clearFaults();
        m_emulator.clearRequests();
        m_emulator.setSpeed(120.0);
        m_emulator.setBalance(QStringLiteral("alice"), 1000);
    }

    void generatesIntoTheLibrary_data()
    {
        QTest::addColumn<Dialect>("dialect");
        QTest::addColumn<JobKind>("kind");
        QTest::addColumn<QJsonObject>("params");
        QTest::addColumn<qint64>("charge");  // what the dialect charges, in micros of its unit
        const QJsonObject text{{QStringLiteral("prompt"), QStringLiteral("A linen shirt on a windy pier")},
                               {QStringLiteral("seconds"), 8},
                               {QStringLiteral("aspect"), QStringLiteral("16:9")},
                               {QStringLiteral("resolution"), QStringLiteral("720p")}};
        QTest::newRow("aistudio text")
            << Dialect::AiStudio << JobKind::GenerateText << text << qint64(50'000'000);
        QTest::newRow("asyncvideos text")
            << Dialect::AsyncVideos << JobKind::GenerateText << text << qint64(10'000'000);
        const QJsonObject explainer{{QStringLiteral("topic"), QStringLiteral("Pythagorean theorem")},
                                    {QStringLiteral("context"), QStringLiteral("With a visual proof")},
                                    {QStringLiteral("quality"), QStringLiteral("medium")},
                                    {QStringLiteral("priority"), QStringLiteral("normal")}};
        QTest::newRow("t2m explainer")
            << Dialect::T2m << JobKind::GenerateExplainer << explainer << qint64(2'000'000);
    }

    void generatesIntoTheLibrary()
    {
        QFETCH(Dialect, dialect);
        QFETCH(JobKind, kind);
        QFETCH(QJsonObject, params);
        QFETCH(qint64, charge);
        std::unique_ptr<Setup> setup = makeSetup(dialect);
        QVERIFY(setup->queue->start(false).ok());
        const RowId id = setup->queue->submit(request(*setup, kind, params)).value();
        QTRY_VERIFY_WITH_TIMEOUT(finished(*setup, id), 20000);
        const Job job = jobOf(*setup, id);
        QVERIFY2(job.status == JobStatus::Succeeded,
                 qPrintable(job.error + QLatin1Char('\n') + eventsOf(*setup, id)));
        QVERIFY(!job.remoteId.isEmpty());
        QCOMPARE(m_emulator.jobsCreated(dialect) > 0, true);
        const RowId videoId = job.params.value(QStringLiteral("videoId")).toInteger();
        QVERIFY(videoId > 0);
        const Video video = VideoStore(setup->studio->catalog()).load(videoId).value();
        QCOMPARE(video.status, VideoStatus::Succeeded);
        QCOMPARE(video.remoteId, job.remoteId);
        const QString file = setup->studio->media().absolutePath(video.filePath);
        QVERIFY2(QFile::exists(file), qPrintable(file));
        const QJsonObject probe = test::ffprobe(file);
        QCOMPARE(test::ffprobeStream(probe, QStringLiteral("video"))
                     .value(QStringLiteral("codec_name"))
                     .toString(),
                 QStringLiteral("h264"));
        QCOMPARE(ledgerSum(*setup, LedgerKind::Charge), charge);
        QCOMPARE(ledgerSum(*setup, LedgerKind::Refund), qint64(0));
        // Nothing is left in the download folder: every file went into the media store.
        QDirIterator left(setup->dir.filePath(QStringLiteral("downloads")), QDir::Files);
        QVERIFY(!left.hasNext());
    }

    void generatesAStoryboardWithSceneImages()
    {
        std::unique_ptr<Setup> setup = makeSetup(Dialect::Storyboard);
        QVERIFY(setup->queue->start(false).ok());
        const QJsonObject params{{QStringLiteral("prompt"), QStringLiteral("A hero finds a hidden treasure")},
                                 {QStringLiteral("seconds"), 15},
                                 {QStringLiteral("style"), QStringLiteral("cinematic")},
                                 {QStringLiteral("aspect"), QStringLiteral("16:9")}};
        const RowId id = setup->queue->submit(request(*setup, JobKind::GenerateStoryboard, params)).value();
        QTRY_VERIFY_WITH_TIMEOUT(finished(*setup, id), 20000);
        const Job job = jobOf(*setup, id);
        QVERIFY2(job.status == JobStatus::Succeeded,
                 qPrintable(job.error + QLatin1Char('\n') + eventsOf(*setup, id)));
        const QList<Storyboard> boards = StoryboardStore(setup->studio->catalog()).list().value();
        const auto board = std::find_if(boards.cbegin(), boards.cend(),
                                        [&](const Storyboard &b) { return b.remoteId == job.remoteId; });
        QVERIFY(board != boards.cend());
        const QList<Scene> scenes = StoryboardStore(setup->studio->catalog()).scenes(board->id).value();
        QCOMPARE(scenes.size(), 3);  // 15 s at 5 s a scene
        for (const Scene &scene : scenes) {
            QVERIFY(!scene.description.isEmpty());
            QVERIFY2(!QImage(setup->studio->media().absolutePath(scene.imagePath)).isNull(),
                     qPrintable(scene.imagePath));
        }
    }

    void aFailedJobIsRefunded()
    {
        std::unique_ptr<Setup> setup = makeSetup(Dialect::AsyncVideos);
        QVERIFY(setup->queue->start(false).ok());
        m_emulator.failNextJobs(1);
        const RowId id = setup->queue
                             ->submit(request(*setup, JobKind::GenerateText,
                                              {{QStringLiteral("prompt"), QStringLiteral("will fail")},
                                               {QStringLiteral("seconds"), 5}}))
                             .value();
        QTRY_VERIFY_WITH_TIMEOUT(finished(*setup, id), 20000);
        const Job job = jobOf(*setup, id);
        QCOMPARE(job.status, JobStatus::Failed);
        QVERIFY2(job.error.contains(QStringLiteral("Model timeout")), qPrintable(job.error));
        QCOMPARE(ledgerSum(*setup, LedgerKind::Charge), qint64(10'000'000));
        QCOMPARE(ledgerSum(*setup, LedgerKind::Refund), qint64(10'000'000));
        QCOMPARE(m_emulator.balance(Dialect::AsyncVideos, QStringLiteral("alice")), 1000.0);
    }

    void aBusyProviderPutsTheJobBackInTheQueue()
    {
        std::unique_ptr<Setup> setup = makeSetup(Dialect::AiStudio);
        m_emulator.setConcurrencyLimit(Dialect::AiStudio, 1);  // the account thinks 3
        QVERIFY(setup->queue->start(false).ok());
        const QJsonObject params{{QStringLiteral("prompt"), QStringLiteral("one of two")},
                                 {QStringLiteral("seconds"), 4}};
        const RowId first = setup->queue->submit(request(*setup, JobKind::GenerateText, params)).value();
        const RowId second = setup->queue->submit(request(*setup, JobKind::GenerateText, params)).value();
        QTRY_VERIFY_WITH_TIMEOUT(finished(*setup, first) && finished(*setup, second), 30000);
        m_emulator.setConcurrencyLimit(Dialect::AiStudio, 3);
        QCOMPARE(jobOf(*setup, first).status, JobStatus::Succeeded);
        QCOMPARE(jobOf(*setup, second).status, JobStatus::Succeeded);
        const QString events = eventsOf(*setup, second);
        QVERIFY2(events.contains(QStringLiteral("trying again")), qPrintable(events));
        QCOMPARE(jobOf(*setup, second).attempt, 1);  // re-queued, not failed and retried
        QCOMPARE(ledgerSum(*setup, LedgerKind::Charge), qint64(100'000'000));  // each charged once
    }

    void cancelStopsTheRemoteJob()
    {
        std::unique_ptr<Setup> setup = makeSetup(Dialect::AsyncVideos);
        m_emulator.setSpeed(0.0);  // stays running until cancelled
        QVERIFY(setup->queue->start(false).ok());
        const RowId id = setup->queue
                             ->submit(request(*setup, JobKind::GenerateText,
                                              {{QStringLiteral("prompt"), QStringLiteral("cancel me")}}))
                             .value();
        QTRY_VERIFY_WITH_TIMEOUT(!jobOf(*setup, id).remoteId.isEmpty(), 10000);
        QVERIFY(setup->queue->cancel(id).ok());
        QTRY_COMPARE_WITH_TIMEOUT(jobOf(*setup, id).status, JobStatus::Cancelled, 10000);
        QCOMPARE(m_emulator.jobStatus(Dialect::AsyncVideos, jobOf(*setup, id).remoteId),
                 QStringLiteral("cancelled"));
    }

    void aRestartResumesPollingWithoutCreatingAgain()
    {
        std::unique_ptr<Setup> setup = makeSetup(Dialect::T2m);
        m_emulator.setSpeed(0.0);
        QVERIFY(setup->queue->start(false).ok());
        const int createdBefore = m_emulator.jobsCreated(Dialect::T2m);
        const RowId id =
            setup->queue
                ->submit(request(*setup, JobKind::GenerateExplainer,
                                 {{QStringLiteral("topic"), QStringLiteral("Tides")},
                                  {QStringLiteral("context"), QStringLiteral("The moon's pull")}}))
                .value();
        QTRY_VERIFY_WITH_TIMEOUT(!jobOf(*setup, id).remoteId.isEmpty(), 10000);
        m_emulator.advance(30s);
        QTRY_VERIFY_WITH_TIMEOUT(jobOf(*setup, id).progress > 0.05, 10000);
        // The studio goes away mid-job, as a killed process would: its row stays Running, owned by a
        // process that no longer exists.
        setup->queue.reset();
        Job orphan = jobOf(*setup, id);
        QCOMPARE(orphan.status, JobStatus::Running);
        orphan.owner = QStringLiteral("%1:999999").arg(QSysInfo::machineHostName());
        QVERIFY(JobStore(setup->studio->catalog()).update(orphan).ok());

        makeQueue(*setup);
        m_emulator.setSpeed(120.0);
        QVERIFY(setup->queue->start(true).ok());
        QTRY_VERIFY_WITH_TIMEOUT(finished(*setup, id), 20000);
        const Job job = jobOf(*setup, id);
        QVERIFY2(job.status == JobStatus::Succeeded,
                 qPrintable(job.error + QLatin1Char('\n') + eventsOf(*setup, id)));
        QCOMPARE(job.remoteId, orphan.remoteId);
        QCOMPARE(m_emulator.jobsCreated(Dialect::T2m), createdBefore + 1);
        QCOMPARE(ledgerSum(*setup, LedgerKind::Charge), qint64(2'000'000));  // charged once
    }

    void anUnavailableKeychainIsSaidSo()
    {
        std::unique_ptr<Setup> setup = makeSetup(Dialect::AiStudio);
        setup->credentials.setUnavailable(true);
        QVERIFY(setup->queue->start(false).ok());
        const RowId id = setup->queue
                             ->submit(request(*setup, JobKind::GenerateText,
                                              {{QStringLiteral("prompt"), QStringLiteral("no keychain")}}))
                             .value();
        QTRY_VERIFY_WITH_TIMEOUT(finished(*setup, id), 10000);
        const Job job = jobOf(*setup, id);
        QCOMPARE(job.status, JobStatus::Failed);
        QVERIFY2(job.error.contains(QStringLiteral("keychain"), Qt::CaseInsensitive), qPrintable(job.error));
    }

    // A full run with every log category on: the token appears in no log line and not in the catalog.
    void theTokenNeverReachesALogOrTheCatalog()
    {
        const QString canary = QStringLiteral("canary-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
        m_emulator.addUser({canary, QStringLiteral("carol"), QStringLiteral("carol@example.com"), 1000});
        QLoggingCategory::setFilterRules(QStringLiteral("storyreel.*=true\nqt.network.*=true"));
        g_previousHandler = qInstallMessageHandler(captureMessage);
        {
            std::unique_ptr<Setup> setup = makeSetup(Dialect::T2m, canary);
            QVERIFY(setup->queue->start(false).ok());
            // A fault on the way, so retries and error paths log too.
            m_emulator.injectFault({"POST", QStringLiteral("/api/v1/videos/generate"),
                                    ProviderEmulator::Fault::Status, 503, 1, 0, 1, false});
            const RowId id =
                setup->queue
                    ->submit(request(*setup, JobKind::GenerateExplainer,
                                     {{QStringLiteral("topic"), QStringLiteral("Canaries")},
                                      {QStringLiteral("context"), QStringLiteral("In coal mines")}}))
                    .value();
            QTRY_VERIFY_WITH_TIMEOUT(finished(*setup, id), 20000);
            QCOMPARE(jobOf(*setup, id).status, JobStatus::Succeeded);
            setup->queue.reset();
            QByteArray catalogBytes;
            QDirIterator files(setup->dir.path(), QDir::Files, QDirIterator::Subdirectories);
            while (files.hasNext()) {
                QFile file(files.next());
                if (file.fileName().contains(QStringLiteral("catalog")) && file.open(QIODevice::ReadOnly))
                    catalogBytes += file.readAll();
            }
            QVERIFY(!catalogBytes.isEmpty());
            QVERIFY(!catalogBytes.contains(canary.toUtf8()));
        }
        qInstallMessageHandler(g_previousHandler);
        QLoggingCategory::setFilterRules(QString());
        const QMutexLocker lock(&g_logMutex);
        QVERIFY2(g_log.size() > 5, "the run should have logged something");
        for (const QString &line : std::as_const(g_log))
            QVERIFY2(!line.contains(canary), qPrintable(line));
    }
};

QTEST_MAIN(TestRemoteJobs)
#include "tst_remotejobs.moc"
