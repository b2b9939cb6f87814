// AsyncVideosClient against the real provider emulator on 127.0.0.1: text- and image-to-video down to
// playable files from the CDN origin (no token there), shared polling, every error the seed names,
// retries that create nothing twice, and unreadable answers.
#include "asyncvideosclient.h"
#include "httpclient.h"
#include "mediafixtures.h"
#include "provideremulator.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>
#include <optional>

using namespace storyreel;
using namespace std::chrono_literals;

namespace {

// Waits (spinning the event loop) for an asynchronous call's one callback. The state is shared so a
// late callback after a timeout writes nowhere dangerous.
template <typename T>
ProviderResult<T> await(const std::function<void(ProviderCallback<T>)> &call, int timeoutMs = 20000)
{
    auto result = std::make_shared<std::optional<ProviderResult<T>>>();
    auto calls = std::make_shared<int>(0);
    call([result, calls](ProviderResult<T> answer) {
        ++*calls;
        result->emplace(std::move(answer));
    });
    if (!QTest::qWaitFor([&] { return result->has_value(); }, timeoutMs)) {
        ProviderError error;
        error.kind = ProviderErrorKind::Timeout;
        error.message = QStringLiteral("test: no callback within %1 ms").arg(timeoutMs);
        return error;
    }
    QTest::qWait(0);
    if (*calls != 1)
        qWarning("callback ran %d times", *calls);
    return std::move(**result);
}

QString describe(const ProviderError &error)
{
    return QStringLiteral("kind %1, HTTP %2: %3")
        .arg(int(error.kind))
        .arg(error.httpStatus)
        .arg(error.message);
}

// QVERIFY2 would build its message (and so call error()) even on success.
#define VERIFY_OK(result)                                  \
    do {                                                   \
        if (!(result).ok())                                \
            QFAIL(qPrintable(describe((result).error()))); \
    } while (false)

GenerationRequest textRequest(const QString &prompt, int seconds = 8)
{
    GenerationRequest request;
    request.kind = JobKind::GenerateText;
    request.params = {{QStringLiteral("prompt"), prompt},
                      {QStringLiteral("seconds"), seconds},
                      {QStringLiteral("aspect"), QStringLiteral("16:9")},
                      {QStringLiteral("resolution"), QStringLiteral("720p")}};
    request.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return request;
}

}  // namespace

class TestAsyncVideosClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void checkReportsIdentityAndBalance();
    void happyPathTextToVideo();
    void imageToVideoSendsTheImageAsADataUrl();
    void pollOfSeveralUsesTheActiveList();
    void cancelStopsTheJob();
    void failureIsRefunded();
    void insufficientDustCarriesTheBalance();
    void anotherUsersJobIsForbidden();
    void unknownAndExpiredJobsAreNotFound();
    void resultBeforeCompletionIsAConflict();
    void concurrencyLimitAsksToWait();
    void serverErrorsAreRetriedWithTheSameKey();
    void droppedAnswerIsRetriedWithoutASecondJob();
    void unreadableAnswerIsABadResponse_data();
    void unreadableAnswerIsABadResponse();
    void cutConnectionIsRetried();
    void setFavorite();
    void badParametersFailBeforeSending();

private:
    AsyncVideosClient &alice() { return *m_alice; }
    CreatedJob createJob(const GenerationRequest &request);
    ProviderResult<QList<RemoteState>> poll(const QStringList &ids);
    ProviderResult<RemoteResult> result(const QString &id);
    ProviderResult<qint64> download(const RemoteFile &file, const QString &path);
    QList<ProviderEmulator::RequestRecord> requestsTo(const QByteArray &method, const QString &path) const;

    std::unique_ptr<ProviderEmulator> m_emulator;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<AsyncVideosClient> m_alice;
    std::unique_ptr<AsyncVideosClient> m_bob;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAsyncVideosClient::init()
{
    m_emulator = std::make_unique<ProviderEmulator>();
    QVERIFY(m_emulator->listen());
    m_network = std::make_unique<QNetworkAccessManager>();
    HttpPolicy policy;
    policy.maxAttempts = 4;
    policy.baseDelay = 20ms;
    policy.maxDelay = 200ms;
    policy.maxWait = 1500ms;
    m_http = std::make_unique<HttpClient>(m_network.get(), policy);
    m_alice =
        std::make_unique<AsyncVideosClient>(*m_http, m_emulator->baseUrl(), QStringLiteral("token-alice"));
    m_bob = std::make_unique<AsyncVideosClient>(*m_http, m_emulator->baseUrl(), QStringLiteral("token-bob"));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestAsyncVideosClient::cleanup()
{
    m_alice.reset();
    m_bob.reset();
    m_http.reset();
    m_network.reset();
    m_emulator.reset();
    m_dir.reset();
}

CreatedJob TestAsyncVideosClient::createJob(const GenerationRequest &request)
{
    ProviderResult<CreatedJob> created =
        await<CreatedJob>([&](auto done) { alice().create(request, std::move(done)); });
    if (!created) {
        qWarning("create failed: %s", qPrintable(describe(created.error())));
        return {};
    }
    return created.value();
}

ProviderResult<QList<RemoteState>> TestAsyncVideosClient::poll(const QStringList &ids)
{
    return await<QList<RemoteState>>([&](auto done) { alice().poll(ids, std::move(done)); });
}

ProviderResult<RemoteResult> TestAsyncVideosClient::result(const QString &id)
{
    return await<RemoteResult>([&](auto done) { alice().result(id, std::move(done)); });
}

ProviderResult<qint64> TestAsyncVideosClient::download(const RemoteFile &file, const QString &path)
{
    HttpRequest request;
    request.url = file.url;
    request.bearerToken = file.sendToken ? QStringLiteral("token-alice") : QString();
    request.what = QStringLiteral("download");
    return await<qint64>(
        [&](auto done) { m_http->download(request, path, file.acceptedTypes, {}, std::move(done)); });
}

QList<ProviderEmulator::RequestRecord> TestAsyncVideosClient::requestsTo(const QByteArray &method,
                                                                         const QString &path) const
{
    QList<ProviderEmulator::RequestRecord> matching;
    for (const ProviderEmulator::RequestRecord &record : m_emulator->requests()) {
        if (record.method == method && record.path == path && !record.cdn)
            matching << record;
    }
    return matching;
}

void TestAsyncVideosClient::checkReportsIdentityAndBalance()
{
    const ProviderResult<AccountCheck> check = await<AccountCheck>([&](auto done) { alice().check(done); });
    VERIFY_OK(check);
    QCOMPARE(check->userId, QStringLiteral("alice"));
    QCOMPARE(check->unit, QStringLiteral("DUST"));
    QCOMPARE(check->balanceMicros.value_or(-1), qint64(1000) * 1'000'000);
    QVERIFY2(check->summary.contains(QStringLiteral("alice@example.com")), qPrintable(check->summary));
    QCOMPARE(alice().userId(), QStringLiteral("alice"));
}

void TestAsyncVideosClient::happyPathTextToVideo()
{
    const GenerationRequest request = textRequest(QStringLiteral("A cat playing piano in a jazz club"));
    const CreatedJob created = createJob(request);
    QVERIFY(!created.remoteId.isEmpty());
    QCOMPARE(created.chargedMicros, qint64(10) * 1'000'000);
    QCOMPARE(created.initial.phase, RemoteState::Phase::Queued);
    QCOMPARE(m_emulator->balance(Dialect::AsyncVideos, QStringLiteral("alice")), 990.0);
    QCOMPARE(requestsTo("GET", QStringLiteral("/users/me")).size(), 1);
    const auto posts = requestsTo("POST", QStringLiteral("/videos/generate"));
    QCOMPARE(posts.size(), 1);
    QCOMPARE(posts.first().idempotencyKey, request.idempotencyKey.toLatin1());
    QCOMPARE(m_emulator->jobsCreated(Dialect::AsyncVideos), 1);

    // Progress, stage and eta through the emulator's 120 s timeline.
    double last = -1;
    bool sawStage = false;
    bool sawEta = false;
    RemoteState state;
    for (int step = 0; step < 14 && state.phase != RemoteState::Phase::Succeeded; ++step) {
        m_emulator->advance(10s);
        const ProviderResult<QList<RemoteState>> states = poll({created.remoteId});
        VERIFY_OK(states);
        QCOMPARE(states->size(), 1);
        state = states->first();
        QCOMPARE(state.remoteId, created.remoteId);
        if (state.progress >= 0) {
            QVERIFY2(state.progress >= last,
                     qPrintable(QStringLiteral("%1 after %2").arg(state.progress).arg(last)));
            last = state.progress;
        }
        if (state.phase == RemoteState::Phase::Running) {
            sawStage = sawStage || !state.stage.isEmpty();
            sawEta = sawEta || state.etaSeconds >= 0;
        }
    }
    QCOMPARE(state.phase, RemoteState::Phase::Succeeded);
    QCOMPARE(state.progress, 1.0);
    QVERIFY(sawStage);
    QVERIFY(sawEta);
    QVERIFY(last > 0.0);

    const ProviderResult<RemoteResult> finished = result(created.remoteId);
    VERIFY_OK(finished);
    QCOMPARE(finished->files.size(), 2);
    const RemoteFile &video = finished->files.at(0);
    const RemoteFile &poster = finished->files.at(1);
    QCOMPARE(video.role, RemoteFile::Role::Video);
    QCOMPARE(poster.role, RemoteFile::Role::Poster);
    QVERIFY(!video.sendToken);
    QVERIFY(!poster.sendToken);
    QCOMPARE(video.url.port(), m_emulator->cdnUrl().port());
    QCOMPARE(finished->metadata.value(QStringLiteral("prompt")).toString(),
             QStringLiteral("A cat playing piano in a jazz club"));
    QCOMPARE(finished->metadata.value(QStringLiteral("durationSeconds")).toInt(), 10);  // medium
    QCOMPARE(finished->metadata.value(QStringLiteral("resolution")).toString(), QStringLiteral("hd_720p"));
    QVERIFY(!finished->metadata.value(QStringLiteral("remoteVideoId")).toString().isEmpty());

    m_emulator->clearRequests();
    const QString partial = m_dir->filePath(QStringLiteral("video.mp4.partial-1"));
    const ProviderResult<qint64> bytes = download(video, partial);
    VERIFY_OK(bytes);
    QCOMPARE(QFileInfo(partial).size(), *bytes);
    const QJsonObject probe = test::ffprobe(partial);
    QVERIFY2(!probe.isEmpty(), "ffprobe cannot read the download");
    QVERIFY(probe.value(QStringLiteral("format"))
                .toObject()
                .value(QStringLiteral("format_name"))
                .toString()
                .contains(QStringLiteral("mp4")));
    QCOMPARE(
        test::ffprobeStream(probe, QStringLiteral("video")).value(QStringLiteral("codec_name")).toString(),
        QStringLiteral("h264"));
    const QString posterPath = m_dir->filePath(QStringLiteral("poster.jpg.partial-1"));
    const ProviderResult<qint64> posterBytes = download(poster, posterPath);
    VERIFY_OK(posterBytes);
    QCOMPARE(test::ffprobeStream(test::ffprobe(posterPath), QStringLiteral("video"))
                 .value(QStringLiteral("codec_name"))
                 .toString(),
             QStringLiteral("mjpeg"));
    // The CDN never saw the token.
    const QList<ProviderEmulator::RequestRecord> records = m_emulator->requests();
    QVERIFY(!records.isEmpty());
    for (const ProviderEmulator::RequestRecord &record : records) {
        QVERIFY(record.cdn);
        QVERIFY2(!record.hadAuthorization, qPrintable(record.path));
    }
}

void TestAsyncVideosClient::imageToVideoSendsTheImageAsADataUrl()
{
    const QString image = test::makeImage(m_dir->path(), QStringLiteral("still.png"), 640, 360);
    QVERIFY(QFileInfo::exists(image));
    GenerationRequest request = textRequest(QStringLiteral("Make the model turn around"), 4);
    request.kind = JobKind::GenerateImage;
    request.params.insert(QStringLiteral("image"), image);
    const CreatedJob created = createJob(request);
    QVERIFY(!created.remoteId.isEmpty());
    QCOMPARE(created.chargedMicros, qint64(8) * 1'000'000);
    QCOMPARE(m_emulator->balance(Dialect::AsyncVideos, QStringLiteral("alice")), 992.0);
    QCOMPARE(requestsTo("POST", QStringLiteral("/videos/animate")).size(), 1);

    // The user id is learned once.
    const CreatedJob text = createJob(textRequest(QStringLiteral("and a text one")));
    QVERIFY(!text.remoteId.isEmpty());
    QCOMPARE(requestsTo("GET", QStringLiteral("/users/me")).size(), 1);

    m_emulator->advance(121s);
    const ProviderResult<RemoteResult> finished = result(created.remoteId);
    VERIFY_OK(finished);
    QCOMPARE(finished->metadata.value(QStringLiteral("generationType")).toString(),
             QStringLiteral("image_to_video"));
    const QString partial = m_dir->filePath(QStringLiteral("animated.partial"));
    const ProviderResult<qint64> bytes = download(finished->files.first(), partial);
    VERIFY_OK(bytes);
    QCOMPARE(test::ffprobeStream(test::ffprobe(partial), QStringLiteral("video"))
                 .value(QStringLiteral("codec_name"))
                 .toString(),
             QStringLiteral("h264"));
}

void TestAsyncVideosClient::pollOfSeveralUsesTheActiveList()
{
    const CreatedJob done = createJob(textRequest(QStringLiteral("early")));
    QVERIFY(!done.remoteId.isEmpty());
    m_emulator->advance(121s);
    const CreatedJob running = createJob(textRequest(QStringLiteral("late")));
    QVERIFY(!running.remoteId.isEmpty());
    m_emulator->advance(30s);
    const QString unknown = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_emulator->clearRequests();
    const ProviderResult<QList<RemoteState>> states = poll({running.remoteId, done.remoteId, unknown});
    VERIFY_OK(states);
    QCOMPARE(states->size(), 2);
    QCOMPARE(states->at(0).remoteId, running.remoteId);
    QCOMPARE(states->at(0).phase, RemoteState::Phase::Running);
    QCOMPARE(states->at(1).remoteId, done.remoteId);
    QCOMPARE(states->at(1).phase, RemoteState::Phase::Succeeded);
    QCOMPARE(requestsTo("GET", QStringLiteral("/videos/jobs/active")).size(), 1);
    QCOMPARE(requestsTo("GET", QStringLiteral("/videos/jobs/%1/status").arg(done.remoteId)).size(), 1);
    QCOMPARE(requestsTo("GET", QStringLiteral("/videos/jobs/%1/status").arg(running.remoteId)).size(), 0);
    QCOMPARE(m_emulator->requests().size(), 3);  // active, done's status, unknown's status (404)
}

void TestAsyncVideosClient::cancelStopsTheJob()
{
    const CreatedJob created = createJob(textRequest(QStringLiteral("to be cancelled")));
    QVERIFY(!created.remoteId.isEmpty());
    m_emulator->advance(20s);
    const ProviderStatus cancelled = await<Done>([&](auto done) { alice().cancel(created.remoteId, done); });
    VERIFY_OK(cancelled);
    const ProviderResult<QList<RemoteState>> states = poll({created.remoteId});
    VERIFY_OK(states);
    QCOMPARE(states->first().phase, RemoteState::Phase::Cancelled);
    QCOMPARE(m_emulator->jobStatus(Dialect::AsyncVideos, created.remoteId), QStringLiteral("cancelled"));

    const ProviderStatus twice = await<Done>([&](auto done) { alice().cancel(created.remoteId, done); });
    QVERIFY(!twice);
    QCOMPARE(twice.error().kind, ProviderErrorKind::BadRequest);
    QVERIFY2(twice.error().message.contains(QStringLiteral("already finished")),
             qPrintable(twice.error().message));
}

void TestAsyncVideosClient::failureIsRefunded()
{
    m_emulator->failNextJobs(1);
    const CreatedJob created = createJob(textRequest(QStringLiteral("doomed")));
    QVERIFY(!created.remoteId.isEmpty());
    QCOMPARE(m_emulator->balance(Dialect::AsyncVideos, QStringLiteral("alice")), 990.0);
    m_emulator->advance(121s);
    const ProviderResult<QList<RemoteState>> states = poll({created.remoteId});
    VERIFY_OK(states);
    QCOMPARE(states->first().phase, RemoteState::Phase::Failed);
    QVERIFY2(states->first().error.contains(QStringLiteral("Model timeout")),
             qPrintable(states->first().error));
    QCOMPARE(m_emulator->balance(Dialect::AsyncVideos, QStringLiteral("alice")), 1000.0);

    const ProviderResult<RemoteResult> failed = result(created.remoteId);
    QVERIFY(!failed);
    QVERIFY2(failed.error().message.contains(QStringLiteral("Model timeout")),
             qPrintable(failed.error().message));
}

void TestAsyncVideosClient::insufficientDustCarriesTheBalance()
{
    m_emulator->setBalance(QStringLiteral("alice"), 5);
    const ProviderResult<CreatedJob> created =
        await<CreatedJob>([&](auto done) { alice().create(textRequest(QStringLiteral("too dear")), done); });
    QVERIFY(!created);
    QCOMPARE(created.error().kind, ProviderErrorKind::InsufficientFunds);
    QCOMPARE(created.error().httpStatus, 402);
    QVERIFY2(created.error().message.contains(QStringLiteral("5 DUST")), qPrintable(created.error().message));
    QCOMPARE(m_emulator->jobsCreated(Dialect::AsyncVideos), 0);
}

void TestAsyncVideosClient::anotherUsersJobIsForbidden()
{
    const ProviderResult<CreatedJob> bobs =
        await<CreatedJob>([&](auto done) { m_bob->create(textRequest(QStringLiteral("bob's")), done); });
    VERIFY_OK(bobs);
    const ProviderResult<QList<RemoteState>> states = poll({bobs->remoteId});
    QVERIFY(!states);
    QCOMPARE(states.error().kind, ProviderErrorKind::Forbidden);
    QCOMPARE(states.error().httpStatus, 403);
    const ProviderStatus cancelled = await<Done>([&](auto done) { alice().cancel(bobs->remoteId, done); });
    QVERIFY(!cancelled);
    QCOMPARE(cancelled.error().kind, ProviderErrorKind::Forbidden);
}

void TestAsyncVideosClient::unknownAndExpiredJobsAreNotFound()
{
    const ProviderResult<QList<RemoteState>> unknown =
        poll({QUuid::createUuid().toString(QUuid::WithoutBraces)});
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().kind, ProviderErrorKind::NotFound);

    const CreatedJob created = createJob(textRequest(QStringLiteral("short-lived")));
    QVERIFY(!created.remoteId.isEmpty());
    m_emulator->advance(121s);
    const ProviderResult<QList<RemoteState>> finished = poll({created.remoteId});
    VERIFY_OK(finished);
    QCOMPARE(finished->first().phase, RemoteState::Phase::Succeeded);
    m_emulator->advance(std::chrono::hours(25));  // seed 002: kept 24 h after completion
    const ProviderResult<QList<RemoteState>> expired = poll({created.remoteId});
    QVERIFY(!expired);
    QCOMPARE(expired.error().kind, ProviderErrorKind::NotFound);
}

void TestAsyncVideosClient::resultBeforeCompletionIsAConflict()
{
    const CreatedJob created = createJob(textRequest(QStringLiteral("not yet")));
    QVERIFY(!created.remoteId.isEmpty());
    m_emulator->advance(30s);
    const ProviderResult<RemoteResult> early = result(created.remoteId);
    QVERIFY(!early);
    QCOMPARE(early.error().kind, ProviderErrorKind::Conflict);
    QVERIFY2(early.error().message.contains(QStringLiteral("not ready")), qPrintable(early.error().message));
}

void TestAsyncVideosClient::concurrencyLimitAsksToWait()
{
    m_emulator->setConcurrencyLimit(Dialect::AsyncVideos, 1);
    QVERIFY(!createJob(textRequest(QStringLiteral("busy"))).remoteId.isEmpty());
    const ProviderResult<CreatedJob> second = await<CreatedJob>(
        [&](auto done) { alice().create(textRequest(QStringLiteral("one too many")), done); });
    QVERIFY(!second);
    QCOMPARE(second.error().kind, ProviderErrorKind::TooManyJobs);
    QVERIFY(second.error().retryAfter.has_value());
    QCOMPARE(m_emulator->jobsCreated(Dialect::AsyncVideos), 1);
    QCOMPARE(m_emulator->balance(Dialect::AsyncVideos, QStringLiteral("alice")), 990.0);
}

void TestAsyncVideosClient::serverErrorsAreRetriedWithTheSameKey()
{
    ProviderEmulator::FaultSpec fault;
    fault.method = "POST";
    fault.pathPrefix = QStringLiteral("/videos/generate");
    fault.fault = ProviderEmulator::Fault::Status;
    fault.status = 502;
    fault.count = 2;
    m_emulator->injectFault(fault);
    const GenerationRequest request = textRequest(QStringLiteral("third time lucky"));
    const CreatedJob created = createJob(request);
    QVERIFY(!created.remoteId.isEmpty());
    const auto posts = requestsTo("POST", QStringLiteral("/videos/generate"));
    QCOMPARE(posts.size(), 3);
    for (const auto &post : posts)
        QCOMPARE(post.idempotencyKey, request.idempotencyKey.toLatin1());
    QCOMPARE(m_emulator->jobsCreated(Dialect::AsyncVideos), 1);
    QCOMPARE(m_emulator->balance(Dialect::AsyncVideos, QStringLiteral("alice")), 990.0);
}

void TestAsyncVideosClient::droppedAnswerIsRetriedWithoutASecondJob()
{
    ProviderEmulator::FaultSpec fault;
    fault.method = "POST";
    fault.pathPrefix = QStringLiteral("/videos/generate");
    fault.fault = ProviderEmulator::Fault::Drop;
    fault.afterHandling = true;  // the job exists, the answer is lost
    m_emulator->injectFault(fault);
    const GenerationRequest request = textRequest(QStringLiteral("lost and found"));
    const CreatedJob created = createJob(request);
    QVERIFY(!created.remoteId.isEmpty());
    QCOMPARE(requestsTo("POST", QStringLiteral("/videos/generate")).size(), 2);
    QCOMPARE(m_emulator->jobsCreated(Dialect::AsyncVideos), 1);
    QCOMPARE(m_emulator->balance(Dialect::AsyncVideos, QStringLiteral("alice")), 990.0);
    QCOMPARE(m_emulator->jobStatus(Dialect::AsyncVideos, created.remoteId), QStringLiteral("queued"));
}

void TestAsyncVideosClient::unreadableAnswerIsABadResponse_data()
{
    QTest::addColumn<bool>("afterHandling");
    // A proxy's page instead of JSON, and the real answer cut in half (a complete HTTP message).
    QTest::newRow("garbage") << false;
    QTest::newRow("truncated JSON") << true;
}

void TestAsyncVideosClient::unreadableAnswerIsABadResponse()
{
    QFETCH(bool, afterHandling);
    const CreatedJob created = createJob(textRequest(QStringLiteral("unreadable")));
    QVERIFY(!created.remoteId.isEmpty());
    ProviderEmulator::FaultSpec spec;
    spec.method = "GET";
    spec.pathPrefix = QStringLiteral("/videos/jobs/");
    spec.fault = ProviderEmulator::Fault::Garbage;
    spec.afterHandling = afterHandling;
    m_emulator->injectFault(spec);
    const ProviderResult<QList<RemoteState>> states = poll({created.remoteId});
    QVERIFY(!states);
    QCOMPARE(states.error().kind, ProviderErrorKind::BadResponse);
    QVERIFY2(states.error().message.contains(QStringLiteral(
                 "The provider sent an answer the studio cannot read (video job status: not valid JSON")),
             qPrintable(states.error().message));

    // On creation, after the job was made: unreadable, not retried, so not created twice.
    spec.method = "POST";
    spec.pathPrefix = QStringLiteral("/videos/generate");
    m_emulator->injectFault(spec);
    const ProviderResult<CreatedJob> unreadable =
        await<CreatedJob>([&](auto done) { alice().create(textRequest(QStringLiteral("garbled")), done); });
    QVERIFY(!unreadable);
    QCOMPARE(unreadable.error().kind, ProviderErrorKind::BadResponse);
    QVERIFY2(unreadable.error().message.contains(QStringLiteral("create video")),
             qPrintable(unreadable.error().message));
    QCOMPARE(m_emulator->jobsCreated(Dialect::AsyncVideos), afterHandling ? 2 : 1);
}

// A connection cut in the middle of the answer (Content-Length not met) is retried like a drop.
void TestAsyncVideosClient::cutConnectionIsRetried()
{
    const CreatedJob created = createJob(textRequest(QStringLiteral("cut short")));
    QVERIFY(!created.remoteId.isEmpty());
    ProviderEmulator::FaultSpec spec;
    spec.method = "GET";
    spec.pathPrefix = QStringLiteral("/videos/jobs/");
    spec.fault = ProviderEmulator::Fault::Truncated;
    m_emulator->injectFault(spec);
    const ProviderResult<QList<RemoteState>> states = poll({created.remoteId});
    VERIFY_OK(states);
    QCOMPARE(requestsTo("GET", QStringLiteral("/videos/jobs/%1/status").arg(created.remoteId)).size(), 2);
}

void TestAsyncVideosClient::setFavorite()
{
    const CreatedJob created = createJob(textRequest(QStringLiteral("a favourite")));
    QVERIFY(!created.remoteId.isEmpty());
    m_emulator->advance(121s);
    const ProviderResult<RemoteResult> finished = result(created.remoteId);
    VERIFY_OK(finished);
    const QString videoId = finished->metadata.value(QStringLiteral("remoteVideoId")).toString();
    QVERIFY(!videoId.isEmpty());
    QCOMPARE(finished->metadata.value(QStringLiteral("favorite")).toBool(), false);
    const ProviderStatus favourite =
        await<Done>([&](auto done) { alice().setFavorite(videoId, true, done); });
    VERIFY_OK(favourite);
    const auto puts = requestsTo("PUT", QStringLiteral("/videos/%1").arg(videoId));
    QCOMPARE(puts.size(), 1);

    HttpRequest get;
    get.url = m_emulator->baseUrl().resolved(QUrl(QStringLiteral("/videos/%1").arg(videoId)));
    get.bearerToken = QStringLiteral("token-alice");
    const ProviderResult<HttpResponse> video =
        await<HttpResponse>([&](auto done) { m_http->send(get, done); });
    VERIFY_OK(video);
    const QJsonObject body = QJsonDocument::fromJson(video->body).object();
    QCOMPARE(body.value(QStringLiteral("video")).toObject().value(QStringLiteral("is_favorited")).toBool(),
             true);
}

void TestAsyncVideosClient::badParametersFailBeforeSending()
{
    GenerationRequest noImage = textRequest(QStringLiteral("animate nothing"));
    noImage.kind = JobKind::GenerateImage;
    noImage.params.insert(QStringLiteral("image"), m_dir->filePath(QStringLiteral("missing.png")));
    const ProviderResult<CreatedJob> missing =
        await<CreatedJob>([&](auto done) { alice().create(noImage, done); });
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind, ProviderErrorKind::BadRequest);

    GenerationRequest notImage = noImage;
    notImage.params.insert(QStringLiteral("image"),
                           test::writeBytes(m_dir->filePath(QStringLiteral("notes.txt")), "just text\n"));
    const ProviderResult<CreatedJob> text =
        await<CreatedJob>([&](auto done) { alice().create(notImage, done); });
    QVERIFY(!text);
    QCOMPARE(text.error().kind, ProviderErrorKind::BadRequest);

    GenerationRequest wide = textRequest(QStringLiteral("too wide"));
    wide.params.insert(QStringLiteral("aspect"), QStringLiteral("21:9"));
    const ProviderResult<CreatedJob> aspect =
        await<CreatedJob>([&](auto done) { alice().create(wide, done); });
    QVERIFY(!aspect);
    QCOMPARE(aspect.error().kind, ProviderErrorKind::BadRequest);
    QVERIFY(m_emulator->requests().isEmpty());

    QCOMPARE(alice().estimate(JobKind::GenerateText, {}).micros, qint64(10) * 1'000'000);
    QCOMPARE(alice().estimate(JobKind::GenerateImage, {}).micros, qint64(8) * 1'000'000);
    QCOMPARE(alice().estimate(JobKind::GenerateImage, {}).unit, QStringLiteral("DUST"));
}

QTEST_MAIN(TestAsyncVideosClient)
#include "tst_asyncvideosclient.moc"
