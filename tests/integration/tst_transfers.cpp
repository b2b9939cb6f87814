#include "catalog.h"
#include "cloudobjectstore.h"
#include "cloudservice.h"
#include "fakes3network.h"
#include "jobqueue.h"
#include "jobstore.h"
#include "memorycredentialstore.h"
#include "storagestore.h"
#include "storyboardstore.h"
#include "studio.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace std::chrono_literals;
using namespace storyreel;
using fakes3::Fault;
using fakes3::FaultRule;

namespace {

const QString kAccessKey = QStringLiteral("AKIDEXAMPLESTUDIO");
const QString kSecret = QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYzSECRET");
constexpr qint64 kMiB = 1024 * 1024;

QStringList g_logs;
void captureLogs(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_logs << message;
}

// Renders already finished: the automatic upload only needs a file and a succeeded Render job.
class FileRunner final : public JobRunner
{
public:
    explicit FileRunner(QString path) : m_path(std::move(path)) {}
    Result<JobOutput> run(const Job &, const MediaControl &) override { return JobOutput{m_path, 0}; }

private:
    QString m_path;
};

}  // namespace

// Uploads and downloads as jobs (issue 8) through CloudService, against the strict fake S3: every
// request's SigV4 signature, payload hash and Content-MD5 is checked by the fake's own verifier.
class TestTransfers : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_files;
    std::unique_ptr<Studio> m_studio;
    MemoryCredentialStore m_credentials;
    std::unique_ptr<FakeS3Network> m_s3;
    std::unique_ptr<JobQueue> m_queue;
    std::unique_ptr<CloudService> m_cloud;
    RowId m_storage = 0;

    static HttpPolicy fastPolicy()
    {
        HttpPolicy policy;
        policy.maxAttempts = 3;
        policy.baseDelay = 10ms;
        policy.maxDelay = 50ms;
        return policy;
    }

    void startServices()
    {
        m_queue = std::make_unique<JobQueue>(m_studio->catalog(), 2);
        m_cloud = std::make_unique<CloudService>(m_studio->catalog(), *m_queue, m_credentials,
                                                 m_studio->location(), m_s3.get(), fastPolicy());
        TransferTuning tuning;
        tuning.multipartThreshold = 6 * kMiB;
        tuning.partSize = 5 * kMiB;
        tuning.partsInFlight = 3;
        tuning.requeueDelay = 50ms;
        tuning.transferTimeout = 400ms;
        m_cloud->setTuning(tuning);
        QVERIFY(m_queue->start(true));
    }

    void stopServices()
    {
        // The queue first: its running transfers use the service's HTTP client until they stop.
        m_queue.reset();
        m_cloud.reset();
    }

    RowId addStorage(StorageAccount storage)
    {
        std::optional<Result<RowId>> added;
        m_cloud->addStorage(storage, {kAccessKey, kSecret}, [&](Result<RowId> id) { added = id; });
        if (!QTest::qWaitFor([&] { return added.has_value(); }, 5000) || !*added)
            return 0;
        return **added;
    }

    QString randomFile(const QString &name, qint64 size)
    {
        QByteArray bytes(size, Qt::Uninitialized);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), int(size / 4));
        const QString path = m_files.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != size)
            return {};
        return path;
    }

    static QByteArray contentOf(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    Job waitFinished(RowId id, int timeoutMs = 30000)
    {
        const JobStore store(m_studio->catalog());
        (void)QTest::qWaitFor(
            [&] {
                Result<Job> job = store.load(id);
                return job && isTerminal(job->status);
            },
            timeoutMs);
        return store.load(id).value();
    }

    int partsOf(RowId job) const
    {
        Result<Job> loaded = JobStore(m_studio->catalog()).load(job);
        return loaded ? CloudObjectStore(m_studio->catalog()).parts(job, loaded->remoteId).value().size()
                      : -1;
    }

    QString keyOf(RowId job) const
    {
        return JobStore(m_studio->catalog()).load(job).value().params.value(QStringLiteral("key")).toString();
    }

    // No answer the fake gave was a signature or checksum refusal.
    void verifyNoRefusals()
    {
        for (const fakes3::Request &request : m_s3->requests()) {
            QVERIFY2(request.status != 403 && request.status != 400,
                     qPrintable(QStringLiteral("%1 %2 answered %3")
                                    .arg(request.kind)
                                    .arg(QString::fromLatin1(request.path))
                                    .arg(request.status)));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        Result<std::unique_ptr<Studio>> opened = Studio::open(DataLocation(m_dir.path()));
        QVERIFY2(opened, qPrintable(opened.error()));
        m_studio = std::move(opened).value();
        m_s3 = std::make_unique<FakeS3Network>();
        m_s3->addKeys(kAccessKey, kSecret);
        m_s3->createBucket(QStringLiteral("reels"));
        startServices();
        StorageAccount storage;
        storage.name = QStringLiteral("fake");
        storage.endpoint = m_s3->endpoint().toString();
        storage.bucket = QStringLiteral("reels");
        storage.prefix = QStringLiteral("team/studio");
        m_storage = addStorage(storage);
        QVERIFY(m_storage > 0);
        QVERIFY(m_credentials.contains(QStringLiteral("storage/%1").arg(m_storage)));
    }

    void init()
    {
        m_s3->clearFaults();
        m_s3->clearRequests();
        m_s3->setUploadPace(1 << 20, 0);
        m_s3->setDownloadPace(64 << 10, 0);
    }

    void smallFileIsOnePutWithItsChecksum()
    {
        const QString path = randomFile(QStringLiteral("poster frame.bin"), 200 * 1000);
        Result<RowId> job = m_cloud->uploadFile(path, QStringLiteral("Autumn Look"));
        QVERIFY2(job, qPrintable(job.error()));
        const Job done = waitFinished(*job);
        QVERIFY2(done.status == JobStatus::Succeeded, qPrintable(done.error));
        const QString key = QStringLiteral("team/studio/autumn-look/poster frame.bin");
        QCOMPARE(keyOf(*job), key);
        const std::optional<fakes3::Object> object = m_s3->object(QStringLiteral("reels"), key);
        QVERIFY(object);
        QCOMPARE(object->data, contentOf(path));
        QCOMPARE(object->metadata.value("sha256"),
                 QCryptographicHash::hash(contentOf(path), QCryptographicHash::Sha256).toHex());
        QCOMPARE(m_s3->requestCount(QStringLiteral("PutObject")), 1);
        QCOMPARE(m_s3->requestCount(QStringLiteral("CreateMultipartUpload")), 0);
        QCOMPARE(m_cloud->stateOfFile(path), CloudState::InCloud);
        verifyNoRefusals();
    }

    void largeFileGoesUpInPartsInParallel()
    {
        m_s3->setUploadPace(256 << 10, 5);  // slow enough that parts overlap
        const QString path = randomFile(QStringLiteral("render.mp4"), 17 * kMiB + 5);
        Result<RowId> job = m_cloud->uploadFile(path, QStringLiteral("Storyboard One"));
        QVERIFY(job);
        const Job done = waitFinished(*job, 60000);
        QVERIFY2(done.status == JobStatus::Succeeded, qPrintable(done.error));
        const std::optional<fakes3::Object> object = m_s3->object(QStringLiteral("reels"), keyOf(*job));
        QVERIFY(object);
        QCOMPARE(object->data, contentOf(path));
        QVERIFY2(object->etag.endsWith("-4"), object->etag.constData());
        QCOMPARE(m_s3->requestCount(QStringLiteral("UploadPart")), 4);
        QVERIFY(m_s3->openUploads(QStringLiteral("reels")).isEmpty());
        // Several parts were in flight at once: a part began before an earlier one was answered.
        bool overlapped = false;
        int open = 0;
        for (const fakes3::Request &request : m_s3->requests())
            if (request.kind == QLatin1String("UploadPart"))
                overlapped = overlapped || ++open > 1;
        QVERIFY(overlapped);
        QCOMPARE(partsOf(*job), 0);  // the record of parts goes once the object is whole
        verifyNoRefusals();
    }

    void restartResumesFromTheRecordedParts()
    {
        m_s3->setUploadPace(128 << 10, 10);
        const QString path = randomFile(QStringLiteral("long.mp4"), 26 * kMiB);
        Result<RowId> job = m_cloud->uploadFile(path, QStringLiteral("resume"));
        QVERIFY(job);
        QVERIFY(QTest::qWaitFor([&] { return partsOf(*job) >= 2; }, 60000));
        // The studio closes mid-upload and starts again.
        stopServices();
        const int partsBefore = partsOf(*job);
        QVERIFY(partsBefore >= 2 && partsBefore < 6);
        m_s3->clearRequests();
        m_s3->setUploadPace(1 << 20, 0);
        startServices();
        const Job done = waitFinished(*job, 60000);
        QVERIFY2(done.status == JobStatus::Succeeded, qPrintable(done.error));
        QCOMPARE(m_s3->requestCount(QStringLiteral("CreateMultipartUpload")), 0);
        QCOMPARE(m_s3->requestCount(QStringLiteral("UploadPart")), 6 - partsBefore);
        QCOMPARE(m_s3->object(QStringLiteral("reels"), keyOf(*job))->data, contentOf(path));
        verifyNoRefusals();
    }

    void cancelAbortsTheMultipartUpload()
    {
        m_s3->setUploadPace(64 << 10, 10);
        const QString path = randomFile(QStringLiteral("cancelled.mp4"), 16 * kMiB);
        Result<RowId> job = m_cloud->uploadFile(path, QStringLiteral("cancel"));
        QVERIFY(job);
        QVERIFY(
            QTest::qWaitFor([&] { return m_s3->openUploads(QStringLiteral("reels")).size() == 1; }, 20000));
        QVERIFY(
            QTest::qWaitFor([&] { return m_s3->requestCount(QStringLiteral("UploadPart")) >= 1; }, 20000));
        QVERIFY(m_queue->cancel(*job));
        const Job done = waitFinished(*job);
        QCOMPARE(done.status, JobStatus::Cancelled);
        QCOMPARE(m_s3->requestCount(QStringLiteral("AbortMultipartUpload")), 1);
        QVERIFY(m_s3->openUploads(QStringLiteral("reels")).isEmpty());
        QVERIFY(!m_s3->keys(QStringLiteral("reels")).contains(keyOf(*job)));
        QCOMPARE(m_cloud->stateOfFile(path), CloudState::LocalOnly);
        QCOMPARE(partsOf(*job), 0);
        // Retried from the monitor, it goes up whole under a new upload (the aborted one is unknown).
        m_s3->setUploadPace(1 << 20, 0);
        QVERIFY(m_queue->retry(*job));
        const Job retried = waitFinished(*job, 60000);
        QVERIFY2(retried.status == JobStatus::Succeeded, qPrintable(retried.error));
        QCOMPARE(m_s3->object(QStringLiteral("reels"), keyOf(*job))->data, contentOf(path));
        QCOMPARE(m_cloud->stateOfFile(path), CloudState::InCloud);
    }

    void serverErrorsAndStallsAreRetried_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::addColumn<int>("fault");
        QTest::addColumn<QString>("kind");
        QTest::newRow("500 on PUT") << qint64(100000) << int(Fault::InternalError)
                                    << QStringLiteral("PutObject");
        QTest::newRow("503 on a part")
            << qint64(11 * kMiB) << int(Fault::SlowDown) << QStringLiteral("UploadPart");
        QTest::newRow("stalled PUT") << qint64(100000) << int(Fault::Stall) << QStringLiteral("PutObject");
        QTest::newRow("dropped part")
            << qint64(11 * kMiB) << int(Fault::DropMidBody) << QStringLiteral("UploadPart");
        QTest::newRow("500 on complete")
            << qint64(11 * kMiB) << int(Fault::InternalError) << QStringLiteral("CompleteMultipartUpload");
    }

    void serverErrorsAndStallsAreRetried()
    {
        QFETCH(qint64, size);
        QFETCH(int, fault);
        QFETCH(QString, kind);
        FaultRule rule;
        rule.fault = Fault(fault);
        rule.kind = kind;
        rule.count = 2;
        m_s3->injectFault(rule);
        const QString path = randomFile(
            QStringLiteral("retry-%1.bin")
                .arg(
                    QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))),
            size);
        Result<RowId> job = m_cloud->uploadFile(path, QStringLiteral("retries"));
        QVERIFY(job);
        const Job done = waitFinished(*job, 60000);
        QVERIFY2(done.status == JobStatus::Succeeded, qPrintable(done.error));
        QCOMPARE(m_s3->object(QStringLiteral("reels"), keyOf(*job))->data, contentOf(path));
        QVERIFY(m_s3->requestCount(kind) >= 3);
    }

    void aWrongEtagFailsTheUpload()
    {
        FaultRule rule;
        rule.fault = Fault::CorruptETag;
        rule.kind = QStringLiteral("PutObject");
        m_s3->injectFault(rule);
        const QString path = randomFile(QStringLiteral("corrupt.bin"), 5000);
        Result<RowId> job = m_cloud->uploadFile(path, QStringLiteral("corrupt"));
        QVERIFY(job);
        const Job done = waitFinished(*job);
        QCOMPARE(done.status, JobStatus::Failed);
        QVERIFY2(done.error.contains(QLatin1String("checksum")), qPrintable(done.error));
        QCOMPARE(m_cloud->stateOfFile(path), CloudState::LocalOnly);
    }

    void downloadResumesWithARange()
    {
        const QByteArray data = contentOf(randomFile(QStringLiteral("remote.bin"), 3 * kMiB + 11));
        m_s3->putObject(QStringLiteral("reels"), QStringLiteral("team/studio/elsewhere/remote.bin"), data);
        const QString target = m_files.filePath(QStringLiteral("remote-copy.bin"));
        Result<RowId> job =
            m_cloud->downloadObject(m_storage, QStringLiteral("team/studio/elsewhere/remote.bin"), target);
        QVERIFY(job);
        // What an earlier, interrupted attempt left (written before the queued job starts).
        QDir(m_dir.path()).mkpath(QStringLiteral("transfers"));
        QFile partial(QDir(m_dir.path()).filePath(QStringLiteral("transfers/job-%1.part").arg(*job)));
        QVERIFY(partial.open(QIODevice::WriteOnly));
        partial.write(data.left(kMiB));
        partial.close();
        const Job done = waitFinished(*job);
        QVERIFY2(done.status == JobStatus::Succeeded, qPrintable(done.error));
        QCOMPARE(contentOf(target), data);
        bool ranged = false;
        for (const fakes3::Request &request : m_s3->requests())
            ranged = ranged || (request.kind == QLatin1String("GetObject") &&
                                request.headers.value("range") == QByteArray("bytes=1048576-"));
        QVERIFY(ranged);
        QVERIFY(!partial.exists());
    }

    void aDownloadThatDoesNotMatchIsDiscarded()
    {
        const QString path = randomFile(QStringLiteral("checked.bin"), 4000);
        Result<RowId> upload = m_cloud->uploadFile(path, QStringLiteral("checked"));
        QVERIFY(upload);
        QCOMPARE(waitFinished(*upload).status, JobStatus::Succeeded);
        // Someone replaced the object behind the studio's back.
        m_s3->putObject(QStringLiteral("reels"), keyOf(*upload), QByteArray(4000, 'x'));
        const QString target = m_files.filePath(QStringLiteral("checked-copy.bin"));
        Result<RowId> job = m_cloud->downloadObject(m_storage, keyOf(*upload), target);
        QVERIFY(job);
        const Job done = waitFinished(*job);
        QCOMPARE(done.status, JobStatus::Failed);
        QVERIFY2(done.error.contains(QLatin1String("SHA-256")), qPrintable(done.error));
        QVERIFY(!QFile::exists(target));
    }

    void shareLinkIsPresignedAndExpires()
    {
        const QString path = randomFile(QStringLiteral("share.bin"), 3000);
        Result<RowId> upload = m_cloud->uploadFile(path, QStringLiteral("share"));
        QVERIFY(upload);
        QCOMPARE(waitFinished(*upload).status, JobStatus::Succeeded);
        std::optional<Result<QUrl>> link;
        m_cloud->shareFile(path, 3600, [&](Result<QUrl> url) { link = url; });
        QVERIFY(QTest::qWaitFor([&] { return link.has_value(); }, 5000));
        QVERIFY2(*link, qPrintable(link->error()));
        auto fetch = [this](const QUrl &url) {
            QNetworkReply *reply = m_s3->get(QNetworkRequest(url));
            (void)QTest::qWaitFor([reply] { return reply->isFinished(); }, 5000);
            const auto answer = qMakePair(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                                          reply->readAll());
            reply->deleteLater();
            return answer;
        };
        const auto good = fetch(**link);
        QCOMPARE(good.first, 200);
        QCOMPARE(good.second, contentOf(path));
        QUrl tampered = **link;
        tampered.setQuery(tampered.query().replace(QLatin1String("X-Amz-Expires=3600"),
                                                   QLatin1String("X-Amz-Expires=7200")));
        QCOMPARE(fetch(tampered).first, 403);
        m_s3->setClock([] { return QDateTime::currentDateTimeUtc().addSecs(3700); });
        QCOMPARE(fetch(**link).first, 403);
        m_s3->setClock([] { return QDateTime::currentDateTimeUtc(); });
        // Over S3's seven days is refused before anything is signed.
        std::optional<Result<QUrl>> tooLong;
        m_cloud->shareFile(path, 8 * 86400, [&](Result<QUrl> url) { tooLong = url; });
        QVERIFY(QTest::qWaitFor([&] { return tooLong.has_value(); }, 5000));
        QVERIFY(!*tooLong);
    }

    void virtualHostedAddressing()
    {
        StorageAccount storage;
        storage.name = QStringLiteral("vhost");
        storage.endpoint = m_s3->endpoint().toString();
        storage.bucket = QStringLiteral("reels");
        storage.addressing = StorageAccount::Addressing::VirtualHosted;
        const RowId id = addStorage(storage);
        QVERIFY(id > 0);
        const QString path = randomFile(QStringLiteral("vhost.bin"), 1000);
        Result<RowId> job = m_cloud->uploadFile(path, QStringLiteral("v"), id);
        QVERIFY(job);
        QCOMPARE(waitFinished(*job).status, JobStatus::Succeeded);
        QCOMPARE(m_s3->requests().last().host, QByteArray("reels.s3.fake.test"));
        QVERIFY(m_s3->object(QStringLiteral("reels"), QStringLiteral("v/vhost.bin")));
        verifyNoRefusals();
    }

    void finishedRendersGoUpByThemselves()
    {
        const QString render = randomFile(QStringLiteral("board-render.mp4"), 2000);
        Storyboard board;
        board.title = QStringLiteral("Morning Routine");
        const RowId boardId = StoryboardStore(m_studio->catalog()).create(board).value();
        StorageAccount storage = StorageStore(m_studio->catalog()).load(m_storage).value();
        storage.autoUpload = true;
        std::optional<Status> saved;
        m_cloud->updateStorage(storage, {}, [&](Status status) { saved = status; });
        QVERIFY(QTest::qWaitFor([&] { return saved.has_value(); }, 5000) && *saved);
        m_queue->setRunner(JobKind::Render, std::make_shared<FileRunner>(render));
        QSignalSpy queued(m_cloud.get(), &CloudService::autoUploadQueued);
        JobRequest request;
        request.kind = JobKind::Render;
        request.title = QStringLiteral("Render");
        request.params = QJsonObject{{QStringLiteral("storyboardId"), boardId}};
        QVERIFY(m_queue->submit(request));
        QVERIFY(queued.wait(10000));
        const RowId upload = queued.first().at(0).toLongLong();
        QCOMPARE(waitFinished(upload).status, JobStatus::Succeeded);
        QVERIFY(m_s3->object(QStringLiteral("reels"),
                             QStringLiteral("team/studio/morning-routine/board-render.mp4")));
        storage.autoUpload = false;
        saved.reset();
        m_cloud->updateStorage(storage, {}, [&](Status status) { saved = status; });
        QVERIFY(QTest::qWaitFor([&] { return saved.has_value(); }, 5000));
    }

    void secretsNeverReachALog()
    {
        g_logs.clear();
        const QtMessageHandler previous = qInstallMessageHandler(captureLogs);
        QLoggingCategory::setFilterRules(QStringLiteral("storyreel.*=true"));
        FaultRule rule;
        rule.fault = Fault::InternalError;
        rule.kind = QStringLiteral("PutObject");
        m_s3->injectFault(rule);
        const QString path = randomFile(QStringLiteral("logged.bin"), 1000);
        Result<RowId> job = m_cloud->uploadFile(path, QStringLiteral("logs"));
        const Job done = job ? waitFinished(*job) : Job{};
        std::optional<Result<QUrl>> link;
        m_cloud->shareFile(path, 60, [&](Result<QUrl> url) { link = url; });
        (void)QTest::qWaitFor([&] { return link.has_value(); }, 5000);
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QCOMPARE(done.status, JobStatus::Succeeded);
        QVERIFY(!g_logs.isEmpty());
        const QString signature =
            link && *link ? QUrlQuery(**link).queryItemValue(QStringLiteral("X-Amz-Signature")) : QString();
        QVERIFY(!signature.isEmpty());
        for (const QString &line : std::as_const(g_logs)) {
            QVERIFY2(!line.contains(kSecret) && !line.contains(signature) &&
                         !line.contains(QLatin1String("Signature=")),
                     qPrintable(line));
        }
    }

    void missingKeysAreExplained()
    {
        std::optional<CredentialResult> removed;
        m_credentials.remove(QStringLiteral("storage/%1").arg(m_storage),
                             [&](const CredentialResult &r) { removed = r; });
        QVERIFY(QTest::qWaitFor([&] { return removed.has_value(); }, 2000));
        const QString path = randomFile(QStringLiteral("nokeys.bin"), 100);
        Result<RowId> job = m_cloud->uploadFile(path, QStringLiteral("keys"), m_storage);
        QVERIFY(job);
        const Job done = waitFinished(*job);
        QCOMPARE(done.status, JobStatus::Failed);
        QVERIFY2(done.error.contains(QLatin1String("keychain")), qPrintable(done.error));
    }

    void cleanupTestCase() { stopServices(); }
};

QTEST_GUILESS_MAIN(TestTransfers)
#include "tst_transfers.moc"
