// "Make available offline": Download jobs bring a provider's finished video into the media store and
// fill the library's existing row (no new row); the file then plays with the provider gone.
#include "generationservice.h"
#include "libraryfixture.h"
#include "mediafixtures.h"
#include "probe.h"
#include "thumbnailer.h"

#include <QFile>
#include <QSignalSpy>

using namespace storyreel;
using namespace storyreel::test;

class TestOfflineDownload final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void aRemoteVideoComesHomeIntoItsOwnRow();
    void anExpiredAsyncVideosJobDownloadsFromTheVideosUrl();
    void aCancelledDownloadLeavesTheProvidersVideoAlone();

private:
    Job job(RowId id) { return JobStore(m_fixture->catalog()).load(id).value(); }
    // The Download job for this video that is the newest.
    RowId downloadJobOf(RowId videoId);

    std::unique_ptr<ProviderEmulator> m_emulator;
    std::unique_ptr<LibraryFixture> m_fixture;
    RowId m_account = 0;
};

void TestOfflineDownload::init()
{
    m_emulator = std::make_unique<ProviderEmulator>();
    QVERIFY(m_emulator->listen());
    m_fixture = std::make_unique<LibraryFixture>();
    m_account = m_fixture->addAccount(Dialect::AiStudio, m_emulator->baseUrl());
    QVERIFY(m_fixture->queue->start(false).ok());
}

void TestOfflineDownload::cleanup()
{
    m_fixture.reset();
    m_emulator.reset();
}

RowId TestOfflineDownload::downloadJobOf(RowId videoId)
{
    RowId found = 0;
    for (const Job &candidate : JobStore(m_fixture->catalog()).list().value()) {
        if (candidate.kind == JobKind::Download &&
            candidate.params.value(QStringLiteral("videoId")).toInteger() == videoId)
            found = std::max(found, candidate.id);
    }
    return found;
}

void TestOfflineDownload::aRemoteVideoComesHomeIntoItsOwnRow()
{
    const QString remoteLook =
        m_emulator->addLook(QStringLiteral("alice"), QStringLiteral("Stone Essence"), 2);
    const QString remote =
        m_fixture->createRemoteVideo(m_account, QStringLiteral("Stone and linen"), remoteLook);
    m_emulator->advance(120s);
    QVERIFY(m_fixture->mirror(m_account));  // known to the library, no file yet
    const RowId videoId = m_fixture->videoByRemote(m_account, remote);
    QVERIFY(videoId > 0);
    const Video before = VideoStore(m_fixture->catalog()).load(videoId).value();
    QVERIFY(before.filePath.isEmpty());
    const int rows = VideoStore(m_fixture->catalog()).count().value();
    const RowId local = m_fixture->addLocalVideo(QStringLiteral("Local, no file"), VideoStatus::Succeeded,
                                                 QDateTime::currentDateTimeUtc());
    QSignalSpy videosChanged(m_fixture->library.get(), &LibraryService::videosChanged);

    const Result<int> submitted = m_fixture->library->makeAvailableOffline({videoId, local});
    QVERIFY2(submitted.ok(), qPrintable(submitted.error()));
    QCOMPARE(*submitted, 1);  // the local video has nothing to download
    // Asked again while the first is on its way: not twice.
    QCOMPARE(m_fixture->library->makeAvailableOffline({videoId}).value(), 0);
    const RowId jobId = downloadJobOf(videoId);
    QVERIFY(jobId > 0);
    QCOMPARE(job(jobId).accountId, m_account);
    QVERIFY(m_fixture->waitForJob(jobId));
    const Job done = job(jobId);
    QVERIFY2(done.status == JobStatus::Succeeded, qPrintable(done.error));
    QCOMPARE(done.progress, 1.0);
    QVERIFY(done.remoteId.isEmpty());  // nothing was created at the provider
    QCOMPARE(m_emulator->jobsCreated(Dialect::AiStudio), 1);
    QVERIFY(!requestsTo(*m_emulator, "GET", QStringLiteral("/api/v1/video-jobs/%1/download").arg(remote))
                 .isEmpty());

    // The same row, now with its file, poster and measurements; no new row.
    QCOMPARE(VideoStore(m_fixture->catalog()).count().value(), rows + 1);  // + the local one
    const Video after = VideoStore(m_fixture->catalog()).load(videoId).value();
    QCOMPARE(after.remoteId, before.remoteId);
    QVERIFY(!after.filePath.isEmpty());
    QVERIFY(after.filePath.startsWith(QStringLiteral("media/")));
    QVERIFY(m_fixture->studio->media().contains(after.filePath));
    QCOMPARE(after.mediaSha256.size(), 64);
    QVERIFY(!after.posterPath.isEmpty() && m_fixture->studio->media().contains(after.posterPath));
    QVERIFY(after.durationMs > 0);
    QVERIFY(after.width > 0 && after.height > 0);
    QCOMPARE(QUrl::fromLocalFile(done.outputPath),
             QUrl::fromLocalFile(m_fixture->studio->media().absolutePath(after.filePath)));
    QTRY_VERIFY(!videosChanged.isEmpty());
    QVERIFY(videosChanged.constLast().constFirst().value<QList<qint64>>().contains(videoId));
    // Valid to an independent reader...
    const QString file = m_fixture->studio->media().absolutePath(after.filePath);
    const QJsonObject probe = ffprobe(file);
    QVERIFY(!ffprobeStream(probe, QStringLiteral("video")).isEmpty());
    QVERIFY(ffprobeDurationSeconds(probe) > 0.5);
    QCOMPARE(MediaStore::contentHash(QString(file)).value(), after.mediaSha256);
    // Already offline: nothing more to download.
    QCOMPARE(m_fixture->library->makeAvailableOffline({videoId}).value(), 0);

    // ...and with the provider gone, it still probes and decodes from disk.
    m_emulator.reset();
    const Result<MediaInfo> info = probeMedia(file);
    QVERIFY2(info.ok(), qPrintable(info.error()));
    QVERIFY(info->hasVideo());
    QCOMPARE(info->durationMs, after.durationMs);
    const Result<QImage> frame = posterFrame(file, 1.0, 320);
    QVERIFY2(frame.ok(), qPrintable(frame.error()));
    QVERIFY(!frame->isNull());
    QCOMPARE(ffprobeFrameCount(file) > 10, true);
}

void TestOfflineDownload::anExpiredAsyncVideosJobDownloadsFromTheVideosUrl()
{
    m_emulator->setSpeed(240.0);
    const RowId dust = m_fixture->addAccount(Dialect::AsyncVideos, m_emulator->baseUrl());
    VideoForm form;
    form.prompt = QStringLiteral("Rain on a tin roof");
    form.seconds = 5;
    const RowId generated = GenerationService(m_fixture->catalog(), *m_fixture->queue)
                                .submit(dust, GenerationService::plan(form).value())
                                .value();
    QVERIFY(m_fixture->waitForJob(generated));
    QCOMPARE(job(generated).status, JobStatus::Succeeded);
    const RowId videoId = job(generated).params.value(QStringLiteral("videoId")).toInteger();
    // The library lost its copy (say, the media folder was cleaned) and the job expired (24 h).
    Video video = VideoStore(m_fixture->catalog()).load(videoId).value();
    QVERIFY(!video.remoteUrl.isEmpty());
    video.filePath.clear();
    QVERIFY(VideoStore(m_fixture->catalog()).update(video).ok());
    m_emulator->setSpeed(0.0);
    m_emulator->advance(std::chrono::hours(25));
    m_emulator->clearRequests();

    QCOMPARE(m_fixture->library->makeAvailableOffline({videoId}).value(), 1);
    const RowId jobId = downloadJobOf(videoId);
    QVERIFY(m_fixture->waitForJob(jobId));
    QVERIFY2(job(jobId).status == JobStatus::Succeeded, qPrintable(job(jobId).error));
    QCOMPARE(requestsTo(*m_emulator, "GET", QStringLiteral("/videos/jobs/%1/result").arg(video.remoteId))
                 .constFirst()
                 .status,
             404);
    const Video after = VideoStore(m_fixture->catalog()).load(videoId).value();
    QVERIFY(m_fixture->studio->media().contains(after.filePath));
    QVERIFY(probeMedia(m_fixture->studio->media().absolutePath(after.filePath)).ok());
}

void TestOfflineDownload::aCancelledDownloadLeavesTheProvidersVideoAlone()
{
    const QString remote = m_fixture->createRemoteVideo(m_account, QStringLiteral("Slow to fetch"));
    m_emulator->advance(120s);
    QVERIFY(m_fixture->mirror(m_account));
    const RowId videoId = m_fixture->videoByRemote(m_account, remote);
    // The download hangs: the provider answers the result after a long delay.
    ProviderEmulator::FaultSpec slow;
    slow.method = "GET";
    slow.pathPrefix = QStringLiteral("/api/v1/video-jobs/%1/download").arg(remote);
    slow.fault = ProviderEmulator::Fault::Delay;
    slow.delayMs = 5000;
    m_emulator->injectFault(slow);
    QCOMPARE(m_fixture->library->makeAvailableOffline({videoId}).value(), 1);
    const RowId jobId = downloadJobOf(videoId);
    QTRY_COMPARE_WITH_TIMEOUT(job(jobId).status, JobStatus::Running, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(
        !requestsTo(*m_emulator, "GET", QStringLiteral("/api/v1/video-jobs/%1").arg(remote)).isEmpty(), 5000);
    QVERIFY(m_fixture->queue->cancel(jobId).ok());
    QTRY_COMPARE_WITH_TIMEOUT(job(jobId).status, JobStatus::Cancelled, 3000);
    // Cancelling a download never deletes (= cancels, in this dialect) the provider's video.
    QVERIFY(requestsTo(*m_emulator, "DELETE", QStringLiteral("/api/v1/")).isEmpty());
    QCOMPARE(m_emulator->jobStatus(Dialect::AiStudio, remote), QStringLiteral("SUCCEEDED"));
    QVERIFY(VideoStore(m_fixture->catalog()).load(videoId).value().filePath.isEmpty());
}

QTEST_MAIN(TestOfflineDownload)
#include "tst_offlinedownload.moc"
