// AiStudioClient and AiStudioMirror against the real provider emulator on 127.0.0.1: the whole happy
// path down to a playable file, every error the seeds name, retries that create nothing twice,
// unreadable answers, a cross-origin redirect without the token, and the catalog mirror's paging.
#include "accountstore.h"
#include "aistudioclient.h"
#include "aistudiomirror.h"
#include "httpclient.h"
#include "lookstore.h"
#include "mediafixtures.h"
#include "provideremulator.h"
#include "testcatalog.h"
#include "videostore.h"

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

GenerationRequest textRequest(const QString &prompt, const QString &lookId = {})
{
    GenerationRequest request;
    request.kind = JobKind::GenerateText;
    request.params = {{QStringLiteral("prompt"), prompt},
                      {QStringLiteral("seconds"), 8},
                      {QStringLiteral("aspect"), QStringLiteral("16:9")},
                      {QStringLiteral("resolution"), QStringLiteral("720p")}};
    if (!lookId.isEmpty())
        request.params.insert(QStringLiteral("remoteLookId"), lookId);
    request.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return request;
}

}  // namespace

class TestAiStudioClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void checkReportsIdentityAndBalance();
    void happyPathDownloadsAPlayableVideo();
    void createForALookUsesTheLookRoute();
    void pollOfSeveralUsesOneListCall();
    void pollPagesToOlderJobs();
    void cancelDeletesTheJob();
    void failureIsRefunded();
    void insufficientTokensCarriesTheBalance();
    void anotherUsersJobIsForbidden();
    void unknownJobIsNotFound();
    void downloadBeforeReadyIsAConflict();
    void concurrencyLimitAsksToWait();
    void serverErrorsAreRetriedWithTheSameKey();
    void droppedAnswerIsRetriedWithoutASecondJob();
    void unreadableAnswerIsABadResponse_data();
    void unreadableAnswerIsABadResponse();
    void cutConnectionIsRetried();
    void redirectToTheCdnCarriesNoToken();
    void setDefaultForLook();
    void unsupportedRequestsFailBeforeSending();
    void mirrorPagesLooksIntoTheCatalog();

private:
    AiStudioClient &alice() { return *m_alice; }
    CreatedJob createJob(const GenerationRequest &request);
    ProviderResult<QList<RemoteState>> poll(const QStringList &ids);
    ProviderResult<qint64> download(const RemoteFile &file, const QString &path);
    QList<ProviderEmulator::RequestRecord> requestsTo(const QByteArray &method, const QString &path) const;

    std::unique_ptr<ProviderEmulator> m_emulator;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<AiStudioClient> m_alice;
    std::unique_ptr<AiStudioClient> m_bob;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAiStudioClient::init()
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
    m_alice = std::make_unique<AiStudioClient>(*m_http, m_emulator->baseUrl(), QStringLiteral("token-alice"));
    m_bob = std::make_unique<AiStudioClient>(*m_http, m_emulator->baseUrl(), QStringLiteral("token-bob"));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestAiStudioClient::cleanup()
{
    m_alice.reset();
    m_bob.reset();
    m_http.reset();
    m_network.reset();
    m_emulator.reset();
    m_dir.reset();
}

CreatedJob TestAiStudioClient::createJob(const GenerationRequest &request)
{
    ProviderResult<CreatedJob> created =
        await<CreatedJob>([&](auto done) { alice().create(request, std::move(done)); });
    if (!created) {
        qWarning("create failed: %s", qPrintable(describe(created.error())));
        return {};
    }
    return created.value();
}

ProviderResult<QList<RemoteState>> TestAiStudioClient::poll(const QStringList &ids)
{
    return await<QList<RemoteState>>([&](auto done) { alice().poll(ids, std::move(done)); });
}

ProviderResult<qint64> TestAiStudioClient::download(const RemoteFile &file, const QString &path)
{
    HttpRequest request;
    request.url = file.url;
    request.bearerToken = file.sendToken ? QStringLiteral("token-alice") : QString();
    request.what = QStringLiteral("download video");
    return await<qint64>(
        [&](auto done) { m_http->download(request, path, file.acceptedTypes, {}, std::move(done)); });
}

QList<ProviderEmulator::RequestRecord> TestAiStudioClient::requestsTo(const QByteArray &method,
                                                                      const QString &path) const
{
    QList<ProviderEmulator::RequestRecord> matching;
    for (const ProviderEmulator::RequestRecord &record : m_emulator->requests()) {
        if (record.method == method && record.path == path && !record.cdn)
            matching << record;
    }
    return matching;
}

void TestAiStudioClient::checkReportsIdentityAndBalance()
{
    const ProviderResult<AccountCheck> check = await<AccountCheck>([&](auto done) { alice().check(done); });
    VERIFY_OK(check);
    QCOMPARE(check->userId, QStringLiteral("alice"));
    QCOMPARE(check->unit, QStringLiteral("tokens"));
    QCOMPARE(check->balanceMicros.value_or(-1), qint64(1000) * 1'000'000);
    QVERIFY2(check->summary.contains(QStringLiteral("alice@example.com")), qPrintable(check->summary));

    AiStudioClient stranger(*m_http, m_emulator->baseUrl(), QStringLiteral("token-nobody"));
    const ProviderResult<AccountCheck> refused =
        await<AccountCheck>([&](auto done) { stranger.check(done); });
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ProviderErrorKind::Unauthorized);
}

void TestAiStudioClient::happyPathDownloadsAPlayableVideo()
{
    const GenerationRequest request = textRequest(QStringLiteral("A linen shirt on a windy beach"));
    const CreatedJob created = createJob(request);
    QVERIFY(!created.remoteId.isEmpty());
    QCOMPARE(created.chargedMicros, qint64(50) * 1'000'000);
    QCOMPARE(created.initial.phase, RemoteState::Phase::Queued);
    QCOMPARE(m_emulator->balance(Dialect::AiStudio, QStringLiteral("alice")), 950.0);
    QCOMPARE(m_emulator->jobsCreated(Dialect::AiStudio), 1);
    const auto posts = requestsTo("POST", QStringLiteral("/api/v1/video-jobs"));
    QCOMPARE(posts.size(), 1);
    QCOMPARE(posts.first().idempotencyKey, request.idempotencyKey.toLatin1());
    QVERIFY(posts.first().hadAuthorization);

    // Progress through the emulator's 60 s timeline.
    double last = -1;
    bool sawRunning = false;
    for (int step = 0; step < 7; ++step) {
        const ProviderResult<QList<RemoteState>> states = poll({created.remoteId});
        VERIFY_OK(states);
        QCOMPARE(states->size(), 1);
        const RemoteState &state = states->first();
        QCOMPARE(state.remoteId, created.remoteId);
        QVERIFY2(state.progress >= last,
                 qPrintable(QStringLiteral("%1 after %2").arg(state.progress).arg(last)));
        QVERIFY(state.progress >= 0.0 && state.progress <= 1.0);
        last = state.progress;
        if (state.phase == RemoteState::Phase::Running) {
            sawRunning = true;
            QVERIFY(state.progress > 0.0 && state.progress < 1.0);
        }
        m_emulator->advance(10s);
    }
    QVERIFY(sawRunning);
    const ProviderResult<QList<RemoteState>> finished = poll({created.remoteId});
    VERIFY_OK(finished);
    QCOMPARE(finished->first().phase, RemoteState::Phase::Succeeded);
    QCOMPARE(finished->first().progress, 1.0);

    const ProviderResult<RemoteResult> result =
        await<RemoteResult>([&](auto done) { alice().result(created.remoteId, done); });
    VERIFY_OK(result);
    QCOMPARE(result->files.size(), 1);
    const RemoteFile &file = result->files.first();
    QCOMPARE(file.role, RemoteFile::Role::Video);
    QVERIFY(file.sendToken);
    QVERIFY(file.url.path().endsWith(QStringLiteral("/api/v1/video-jobs/%1/download").arg(created.remoteId)));
    QCOMPARE(result->metadata.value(QStringLiteral("prompt")).toString(),
             QStringLiteral("A linen shirt on a windy beach"));
    QCOMPARE(result->metadata.value(QStringLiteral("durationSeconds")).toInt(), 8);
    QCOMPARE(result->metadata.value(QStringLiteral("width")).toInt(), 1280);

    const QString partial = m_dir->filePath(QStringLiteral("video.mp4.partial-1"));
    const ProviderResult<qint64> bytes = download(file, partial);
    VERIFY_OK(bytes);
    QVERIFY(*bytes > 1000);
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
    QVERIFY(test::ffprobeDurationSeconds(probe) > 0.5);
}

void TestAiStudioClient::createForALookUsesTheLookRoute()
{
    const QString look = m_emulator->addLook(QStringLiteral("alice"), QStringLiteral("Stone Essence"));
    const CreatedJob created = createJob(textRequest(QStringLiteral("Stone Essence in motion"), look));
    QVERIFY(!created.remoteId.isEmpty());
    QCOMPARE(requestsTo("POST", QStringLiteral("/api/v1/looks/%1/videos").arg(look)).size(), 1);
    QCOMPARE(m_emulator->balance(Dialect::AiStudio, QStringLiteral("alice")), 950.0);

    const ProviderResult<AiStudioPage<AiStudioLook>> looks =
        await<AiStudioPage<AiStudioLook>>([&](auto done) { alice().listLooks(0, 100, done); });
    VERIFY_OK(looks);
    QCOMPARE(looks->total, 1);
    QCOMPARE(looks->items.first().look.remoteId, look);
    QCOMPARE(looks->items.first().videos.size(), 1);
    QCOMPARE(looks->items.first().videos.first().id, created.remoteId);

    const ProviderResult<AiStudioVideoJob> job =
        await<AiStudioVideoJob>([&](auto done) { alice().videoJob(created.remoteId, done); });
    VERIFY_OK(job);
    QCOMPARE(job->lookId, look);
}

void TestAiStudioClient::pollOfSeveralUsesOneListCall()
{
    QStringList ids;
    for (int i = 0; i < 3; ++i) {
        const CreatedJob created = createJob(textRequest(QStringLiteral("clip %1").arg(i)));
        QVERIFY(!created.remoteId.isEmpty());
        ids << created.remoteId;
    }
    m_emulator->advance(20s);
    const QString gone = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_emulator->clearRequests();
    const ProviderResult<QList<RemoteState>> states = poll(ids + QStringList{gone});
    VERIFY_OK(states);
    // The unknown job is left out; the others come back in the order asked.
    QCOMPARE(states->size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(states->at(i).remoteId, ids.at(i));
        QCOMPARE(states->at(i).phase, RemoteState::Phase::Running);
    }
    const auto lists = requestsTo("GET", QStringLiteral("/api/v1/video-jobs"));
    QCOMPARE(lists.size(), 1);
    QVERIFY2(lists.first().query.contains(QStringLiteral("skip=0")) &&
                 lists.first().query.contains(QStringLiteral("limit=100")),
             qPrintable(lists.first().query));
    QCOMPARE(requestsTo("GET", QStringLiteral("/api/v1/video-jobs/%1").arg(gone)).size(), 1);
    QCOMPARE(m_emulator->requests().size(), 2);
}

void TestAiStudioClient::pollPagesToOlderJobs()
{
    m_emulator->setConcurrencyLimit(Dialect::AiStudio, 0);
    m_emulator->setBalance(QStringLiteral("alice"), 1'000'000);
    QStringList ids;
    for (int i = 0; i < 102; ++i) {
        const CreatedJob created = createJob(textRequest(QStringLiteral("batch %1").arg(i)));
        QVERIFY(!created.remoteId.isEmpty());
        ids << created.remoteId;
    }
    m_emulator->clearRequests();
    // The oldest job is on the second page (newest first), the newest on the first.
    const ProviderResult<QList<RemoteState>> states = poll({ids.first(), ids.last()});
    VERIFY_OK(states);
    QCOMPARE(states->size(), 2);
    QCOMPARE(states->at(0).remoteId, ids.first());
    QCOMPARE(states->at(1).remoteId, ids.last());
    const auto lists = requestsTo("GET", QStringLiteral("/api/v1/video-jobs"));
    QCOMPARE(lists.size(), 2);
    QVERIFY2(lists.at(1).query.contains(QStringLiteral("skip=100")), qPrintable(lists.at(1).query));
    QCOMPARE(m_emulator->requests().size(), 2);
}

void TestAiStudioClient::cancelDeletesTheJob()
{
    const CreatedJob created = createJob(textRequest(QStringLiteral("to be cancelled")));
    QVERIFY(!created.remoteId.isEmpty());
    m_emulator->advance(20s);
    const ProviderStatus cancelled = await<Done>([&](auto done) { alice().cancel(created.remoteId, done); });
    VERIFY_OK(cancelled);
    QCOMPARE(requestsTo("DELETE", QStringLiteral("/api/v1/video-jobs/%1").arg(created.remoteId)).size(), 1);
    const ProviderResult<QList<RemoteState>> states = poll({created.remoteId});
    QVERIFY(!states);
    QCOMPARE(states.error().kind, ProviderErrorKind::NotFound);
    // Seed 001: deleting a running job refunds nothing.
    QCOMPARE(m_emulator->balance(Dialect::AiStudio, QStringLiteral("alice")), 950.0);
}

void TestAiStudioClient::failureIsRefunded()
{
    m_emulator->failNextJobs(1);
    const CreatedJob created = createJob(textRequest(QStringLiteral("doomed")));
    QVERIFY(!created.remoteId.isEmpty());
    QCOMPARE(m_emulator->balance(Dialect::AiStudio, QStringLiteral("alice")), 950.0);
    m_emulator->advance(61s);
    const ProviderResult<QList<RemoteState>> states = poll({created.remoteId});
    VERIFY_OK(states);
    QCOMPARE(states->first().phase, RemoteState::Phase::Failed);
    QVERIFY2(states->first().error.contains(QStringLiteral("Model timeout")),
             qPrintable(states->first().error));
    QCOMPARE(m_emulator->balance(Dialect::AiStudio, QStringLiteral("alice")), 1000.0);
}

void TestAiStudioClient::insufficientTokensCarriesTheBalance()
{
    m_emulator->setBalance(QStringLiteral("alice"), 20);
    const ProviderResult<CreatedJob> created =
        await<CreatedJob>([&](auto done) { alice().create(textRequest(QStringLiteral("too dear")), done); });
    QVERIFY(!created);
    QCOMPARE(created.error().kind, ProviderErrorKind::InsufficientFunds);
    QCOMPARE(created.error().httpStatus, 402);
    QCOMPARE(created.error().balance.value_or(-1), 20.0);
    QVERIFY2(created.error().message.contains(QStringLiteral("20 tokens")),
             qPrintable(created.error().message));
    QVERIFY2(created.error().message.contains(QStringLiteral("Insufficient tokens")),
             qPrintable(created.error().message));
    QCOMPARE(m_emulator->jobsCreated(Dialect::AiStudio), 0);
}

void TestAiStudioClient::anotherUsersJobIsForbidden()
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

    const QString bobsLook = m_emulator->addLook(QStringLiteral("bob"), QStringLiteral("Bob's look"));
    const ProviderResult<CreatedJob> forLook = await<CreatedJob>(
        [&](auto done) { alice().create(textRequest(QStringLiteral("not mine"), bobsLook), done); });
    QVERIFY(!forLook);
    QCOMPARE(forLook.error().kind, ProviderErrorKind::Forbidden);
    QCOMPARE(m_emulator->jobsCreated(Dialect::AiStudio), 1);
}

void TestAiStudioClient::unknownJobIsNotFound()
{
    const QString unknown = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const ProviderResult<QList<RemoteState>> states = poll({unknown});
    QVERIFY(!states);
    QCOMPARE(states.error().kind, ProviderErrorKind::NotFound);
    const ProviderResult<CreatedJob> forLook = await<CreatedJob>(
        [&](auto done) { alice().create(textRequest(QStringLiteral("x"), unknown), done); });
    QVERIFY(!forLook);
    QCOMPARE(forLook.error().kind, ProviderErrorKind::NotFound);
    QVERIFY2(forLook.error().message.contains(QStringLiteral("Look not found")),
             qPrintable(forLook.error().message));
}

void TestAiStudioClient::downloadBeforeReadyIsAConflict()
{
    const CreatedJob created = createJob(textRequest(QStringLiteral("not yet")));
    QVERIFY(!created.remoteId.isEmpty());
    RemoteFile file;
    file.url = alice().downloadUrl(created.remoteId);
    file.acceptedTypes = {QByteArrayLiteral("video/")};
    const ProviderResult<qint64> early = download(file, m_dir->filePath(QStringLiteral("early.partial")));
    QVERIFY(!early);
    QCOMPARE(early.error().kind, ProviderErrorKind::Conflict);
    QCOMPARE(early.error().httpStatus, 409);
    QVERIFY2(early.error().message.contains(QStringLiteral("Video not ready")),
             qPrintable(early.error().message));

    const ProviderResult<RemoteResult> result =
        await<RemoteResult>([&](auto done) { alice().result(created.remoteId, done); });
    QVERIFY(!result);
    QCOMPARE(result.error().kind, ProviderErrorKind::Conflict);
}

void TestAiStudioClient::concurrencyLimitAsksToWait()
{
    for (int i = 0; i < 3; ++i)
        QVERIFY(!createJob(textRequest(QStringLiteral("busy %1").arg(i))).remoteId.isEmpty());
    const ProviderResult<CreatedJob> fourth = await<CreatedJob>(
        [&](auto done) { alice().create(textRequest(QStringLiteral("one too many")), done); });
    QVERIFY(!fourth);
    QCOMPARE(fourth.error().kind, ProviderErrorKind::TooManyJobs);
    QVERIFY(fourth.error().retryAfter.has_value());
    QVERIFY(fourth.error().retryAfter->count() > 0);
    QCOMPARE(m_emulator->jobsCreated(Dialect::AiStudio), 3);
    QCOMPARE(m_emulator->balance(Dialect::AiStudio, QStringLiteral("alice")), 850.0);
}

void TestAiStudioClient::serverErrorsAreRetriedWithTheSameKey()
{
    ProviderEmulator::FaultSpec fault;
    fault.method = "POST";
    fault.pathPrefix = QStringLiteral("/api/v1/video-jobs");
    fault.fault = ProviderEmulator::Fault::Status;
    fault.status = 503;
    fault.count = 2;
    m_emulator->injectFault(fault);
    const GenerationRequest request = textRequest(QStringLiteral("third time lucky"));
    const CreatedJob created = createJob(request);
    QVERIFY(!created.remoteId.isEmpty());
    const auto posts = requestsTo("POST", QStringLiteral("/api/v1/video-jobs"));
    QCOMPARE(posts.size(), 3);
    for (const auto &post : posts)
        QCOMPARE(post.idempotencyKey, request.idempotencyKey.toLatin1());
    QCOMPARE(m_emulator->jobsCreated(Dialect::AiStudio), 1);
    QCOMPARE(m_emulator->balance(Dialect::AiStudio, QStringLiteral("alice")), 950.0);
}

void TestAiStudioClient::droppedAnswerIsRetriedWithoutASecondJob()
{
    ProviderEmulator::FaultSpec fault;
    fault.method = "POST";
    fault.pathPrefix = QStringLiteral("/api/v1/video-jobs");
    fault.fault = ProviderEmulator::Fault::Drop;
    fault.afterHandling = true;  // the job exists, the answer is lost
    m_emulator->injectFault(fault);
    const GenerationRequest request = textRequest(QStringLiteral("lost and found"));
    const CreatedJob created = createJob(request);
    QVERIFY(!created.remoteId.isEmpty());
    const auto posts = requestsTo("POST", QStringLiteral("/api/v1/video-jobs"));
    QCOMPARE(posts.size(), 2);
    QCOMPARE(posts.at(1).idempotencyKey, request.idempotencyKey.toLatin1());
    QCOMPARE(m_emulator->jobsCreated(Dialect::AiStudio), 1);
    QCOMPARE(m_emulator->balance(Dialect::AiStudio, QStringLiteral("alice")), 950.0);
    QCOMPARE(m_emulator->jobStatus(Dialect::AiStudio, created.remoteId), QStringLiteral("PENDING"));
}

void TestAiStudioClient::unreadableAnswerIsABadResponse_data()
{
    QTest::addColumn<bool>("afterHandling");
    QTest::addColumn<QString>("detail");
    // A proxy's page instead of JSON, and the real answer cut in half (a complete HTTP message).
    QTest::newRow("garbage") << false << QStringLiteral("not valid JSON");
    QTest::newRow("truncated JSON") << true << QStringLiteral("not valid JSON");
}

void TestAiStudioClient::unreadableAnswerIsABadResponse()
{
    QFETCH(bool, afterHandling);
    QFETCH(QString, detail);
    const CreatedJob created = createJob(textRequest(QStringLiteral("unreadable")));
    QVERIFY(!created.remoteId.isEmpty());
    ProviderEmulator::FaultSpec spec;
    spec.method = "GET";
    spec.pathPrefix = QStringLiteral("/api/v1/video-jobs/");
    spec.fault = ProviderEmulator::Fault::Garbage;
    spec.afterHandling = afterHandling;
    m_emulator->injectFault(spec);
    const ProviderResult<QList<RemoteState>> states = poll({created.remoteId});
    QVERIFY(!states);
    QCOMPARE(states.error().kind, ProviderErrorKind::BadResponse);
    const QString message = states.error().message;
    QVERIFY2(message.contains(
                 QStringLiteral("The provider sent an answer the studio cannot read (video job status: ")) &&
                 message.contains(detail),
             qPrintable(message));

    spec.pathPrefix = QStringLiteral("/api/v1/users/me");
    m_emulator->injectFault(spec);
    const ProviderResult<AccountCheck> check = await<AccountCheck>([&](auto done) { alice().check(done); });
    QVERIFY(!check);
    QCOMPARE(check.error().kind, ProviderErrorKind::BadResponse);

    // On creation, after the job was made: unreadable, not retried, so not created twice.
    spec.method = "POST";
    spec.pathPrefix = QStringLiteral("/api/v1/video-jobs");
    m_emulator->injectFault(spec);
    const ProviderResult<CreatedJob> unreadable =
        await<CreatedJob>([&](auto done) { alice().create(textRequest(QStringLiteral("garbled")), done); });
    QVERIFY(!unreadable);
    QCOMPARE(unreadable.error().kind, ProviderErrorKind::BadResponse);
    QVERIFY2(unreadable.error().message.contains(QStringLiteral("create video")),
             qPrintable(unreadable.error().message));
    QCOMPARE(m_emulator->jobsCreated(Dialect::AiStudio), afterHandling ? 2 : 1);
}

// A connection cut in the middle of the answer (Content-Length not met) is retried like a drop.
void TestAiStudioClient::cutConnectionIsRetried()
{
    const CreatedJob created = createJob(textRequest(QStringLiteral("cut short")));
    QVERIFY(!created.remoteId.isEmpty());
    ProviderEmulator::FaultSpec spec;
    spec.method = "GET";
    spec.pathPrefix = QStringLiteral("/api/v1/video-jobs/");
    spec.fault = ProviderEmulator::Fault::Truncated;
    m_emulator->injectFault(spec);
    const ProviderResult<QList<RemoteState>> states = poll({created.remoteId});
    VERIFY_OK(states);
    QCOMPARE(states->first().remoteId, created.remoteId);
    QCOMPARE(requestsTo("GET", QStringLiteral("/api/v1/video-jobs/%1").arg(created.remoteId)).size(), 2);
}

void TestAiStudioClient::redirectToTheCdnCarriesNoToken()
{
    m_emulator->setRedirectDownloadsToCdn(true);
    const CreatedJob created = createJob(textRequest(QStringLiteral("served elsewhere")));
    QVERIFY(!created.remoteId.isEmpty());
    m_emulator->advance(61s);
    const ProviderResult<RemoteResult> result =
        await<RemoteResult>([&](auto done) { alice().result(created.remoteId, done); });
    VERIFY_OK(result);
    m_emulator->clearRequests();
    const QString partial = m_dir->filePath(QStringLiteral("redirected.partial"));
    const ProviderResult<qint64> bytes = download(result->files.first(), partial);
    VERIFY_OK(bytes);
    QCOMPARE(test::ffprobeStream(test::ffprobe(partial), QStringLiteral("video"))
                 .value(QStringLiteral("codec_name"))
                 .toString(),
             QStringLiteral("h264"));

    bool sawRedirect = false;
    bool sawCdn = false;
    for (const ProviderEmulator::RequestRecord &record : m_emulator->requests()) {
        if (!record.cdn && record.path.endsWith(QStringLiteral("/download"))) {
            sawRedirect = true;
            QCOMPARE(record.status, 302);
            QVERIFY(record.hadAuthorization);
        }
        if (record.cdn) {
            sawCdn = true;
            QVERIFY2(!record.hadAuthorization, qPrintable(record.path));
            QVERIFY(record.idempotencyKey.isEmpty());
        }
    }
    QVERIFY(sawRedirect);
    QVERIFY(sawCdn);
}

void TestAiStudioClient::setDefaultForLook()
{
    const QString look = m_emulator->addLook(QStringLiteral("alice"), QStringLiteral("Linen"));
    const CreatedJob linked = createJob(textRequest(QStringLiteral("linked"), look));
    const CreatedJob standalone = createJob(textRequest(QStringLiteral("standalone")));
    QVERIFY(!linked.remoteId.isEmpty() && !standalone.remoteId.isEmpty());
    const ProviderStatus set =
        await<Done>([&](auto done) { alice().setDefaultForLook(linked.remoteId, look, done); });
    VERIFY_OK(set);
    QCOMPARE(
        requestsTo("PATCH",
                   QStringLiteral("/api/v1/video-jobs/%1/set-default-for-look/%2").arg(linked.remoteId, look))
            .size(),
        1);
    const ProviderStatus notLinked =
        await<Done>([&](auto done) { alice().setDefaultForLook(standalone.remoteId, look, done); });
    QVERIFY(!notLinked);
    QCOMPARE(notLinked.error().kind, ProviderErrorKind::BadRequest);

    const ProviderStatus deleted =
        await<Done>([&](auto done) { alice().deleteVideoJob(standalone.remoteId, done); });
    VERIFY_OK(deleted);
    QVERIFY(m_emulator->jobStatus(Dialect::AiStudio, standalone.remoteId).isEmpty());
}

void TestAiStudioClient::unsupportedRequestsFailBeforeSending()
{
    GenerationRequest image = textRequest(QStringLiteral("animate me"));
    image.kind = JobKind::GenerateImage;
    const ProviderResult<CreatedJob> refused =
        await<CreatedJob>([&](auto done) { alice().create(image, done); });
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ProviderErrorKind::BadRequest);

    GenerationRequest square = textRequest(QStringLiteral("square"));
    square.params.insert(QStringLiteral("aspect"), QStringLiteral("1:1"));
    const ProviderResult<CreatedJob> squareRefused =
        await<CreatedJob>([&](auto done) { alice().create(square, done); });
    QVERIFY(!squareRefused);
    QCOMPARE(squareRefused.error().kind, ProviderErrorKind::BadRequest);
    QVERIFY(m_emulator->requests().isEmpty());

    QCOMPARE(alice().estimate(JobKind::GenerateText, {}).micros, qint64(50) * 1'000'000);
    QCOMPARE(alice().estimate(JobKind::GenerateText, {}).unit, QStringLiteral("tokens"));
    QVERIFY(!alice().estimate(JobKind::GenerateExplainer, {}).known);
}

void TestAiStudioClient::mirrorPagesLooksIntoTheCatalog()
{
    QStringList looks;
    for (int i = 0; i < 150; ++i)
        looks << m_emulator->addLook(QStringLiteral("alice"),
                                     QStringLiteral("Look %1").arg(i, 3, 10, QLatin1Char('0')), 2,
                                     i % 3 == 0 ? Visibility::Public : Visibility::Private);
    m_emulator->addLook(QStringLiteral("bob"), QStringLiteral("Not alice's"));
    const QString look = looks.first();  // the oldest: on the second page
    const CreatedJob first = createJob(textRequest(QStringLiteral("first take"), look));
    const CreatedJob second = createJob(textRequest(QStringLiteral("second take"), look));
    const CreatedJob standalone = createJob(textRequest(QStringLiteral("standalone take")));
    QVERIFY(!first.remoteId.isEmpty() && !second.remoteId.isEmpty() && !standalone.remoteId.isEmpty());
    m_emulator->advance(61s);
    const ProviderStatus madeDefault =
        await<Done>([&](auto done) { alice().setDefaultForLook(first.remoteId, look, done); });
    VERIFY_OK(madeDefault);

    test::TestCatalog catalog;
    QVERIFY2(catalog.ok(), qPrintable(catalog.error()));
    ProviderAccount account;
    account.name = QStringLiteral("Studio");
    account.dialect = Dialect::AiStudio;
    account.baseUrl = m_emulator->baseUrl().toString();
    account.balanceUnit = QStringLiteral("tokens");
    const Result<RowId> accountId = AccountStore(catalog.catalog()).create(account);
    QVERIFY2(accountId.ok(), qPrintable(accountId.error()));

    AiStudioMirror mirror(alice(), catalog.catalog(), *accountId);
    const auto runMirror = [&] {
        auto result = std::make_shared<std::optional<Result<AiStudioMirrorSummary>>>();
        mirror.run([result](Result<AiStudioMirrorSummary> summary) { result->emplace(std::move(summary)); });
        if (!QTest::qWaitFor([&] { return result->has_value(); }, 60000))
            return Result<AiStudioMirrorSummary>(Failure{QStringLiteral("test: the mirror did not finish")});
        return **result;
    };
    m_emulator->clearRequests();
    const Result<AiStudioMirrorSummary> summary = runMirror();
    QVERIFY2(summary.ok(), qPrintable(summary.error()));
    QCOMPARE(summary->looks, 150);
    QCOMPARE(summary->looksAdded, 150);
    QCOMPARE(summary->videos, 3);
    QCOMPARE(summary->videosAdded, 3);
    const auto lookLists = requestsTo("GET", QStringLiteral("/api/v1/looks"));
    QCOMPARE(lookLists.size(), 2);
    QVERIFY(lookLists.at(0).query.contains(QStringLiteral("skip=0")));
    QVERIFY(lookLists.at(0).query.contains(QStringLiteral("limit=100")));
    QVERIFY(lookLists.at(1).query.contains(QStringLiteral("skip=100")));
    QCOMPARE(requestsTo("GET", QStringLiteral("/api/v1/video-jobs")).size(), 1);

    const LookStore lookStore(catalog.catalog());
    const VideoStore videoStore(catalog.catalog());
    QCOMPARE(lookStore.count().value(), 150);
    QCOMPARE(videoStore.count().value(), 3);
    const QList<Look> stored = lookStore.list().value();
    const auto mirrored = std::find_if(stored.cbegin(), stored.cend(),
                                       [&](const Look &candidate) { return candidate.remoteId == look; });
    QVERIFY(mirrored != stored.cend());
    QCOMPARE(mirrored->accountId, *accountId);
    QCOMPARE(mirrored->title, QStringLiteral("Look 000"));
    QCOMPARE(mirrored->visibility, Visibility::Public);
    QVERIFY(!mirrored->imageUrl.isEmpty());
    QCOMPARE(mirrored->products.size(), 2);
    QCOMPARE(mirrored->products.at(0).name, QStringLiteral("Look 000 piece 1"));
    QCOMPARE(mirrored->products.at(0).priceCents, qint64(3900));
    QCOMPARE(mirrored->products.at(0).currency, QStringLiteral("EUR"));
    QCOMPARE(videoStore.links(mirrored->id).value().size(), 2);
    const std::optional<Video> byDefault = videoStore.defaultVideo(mirrored->id).value();
    QVERIFY(byDefault.has_value());
    QCOMPARE(byDefault->remoteId, first.remoteId);
    QCOMPARE(byDefault->status, VideoStatus::Succeeded);
    QCOMPARE(byDefault->prompt, QStringLiteral("first take"));
    QVERIFY(!byDefault->remoteUrl.isEmpty());
    QCOMPARE(byDefault->width, 1280);

    // A second run changes nothing; a new default and a deleted video are followed.
    const Result<AiStudioMirrorSummary> again = runMirror();
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(again->looksAdded, 0);
    QCOMPARE(again->looksUpdated, 0);
    QCOMPARE(again->videosAdded, 0);
    QCOMPARE(again->videosUpdated, 0);
    QCOMPARE(lookStore.count().value(), 150);

    const ProviderStatus movedDefault =
        await<Done>([&](auto done) { alice().setDefaultForLook(second.remoteId, look, done); });
    VERIFY_OK(movedDefault);
    const ProviderStatus deleted =
        await<Done>([&](auto done) { alice().deleteVideoJob(first.remoteId, done); });
    VERIFY_OK(deleted);
    const Result<AiStudioMirrorSummary> third = runMirror();
    QVERIFY2(third.ok(), qPrintable(third.error()));
    QCOMPARE(videoStore.defaultVideo(mirrored->id).value()->remoteId, second.remoteId);
    QCOMPARE(videoStore.links(mirrored->id).value().size(), 1);
    QCOMPARE(videoStore.count().value(), 3);  // the deleted video's row stays (it may hold a file)
}

QTEST_MAIN(TestAiStudioClient)
#include "tst_aistudioclient.moc"
