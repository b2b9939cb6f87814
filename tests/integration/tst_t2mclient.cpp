// T2mClient against the provider emulator on 127.0.0.1: the t2m dialect (seed 004) end to end, its
// faults and limits (concurrency, the request rate), and what crosses to the presigned storage origin.
#include "httpclient.h"
#include "mediafixtures.h"
#include "provideremulator.h"
#include "t2mclient.h"

#include <QDeadlineTimer>
#include <QImage>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>
#include <memory>
#include <optional>

using namespace storyreel;
using namespace std::chrono_literals;

namespace {

using Fault = ProviderEmulator::Fault;

const QString kCanaryToken = QStringLiteral("canary-t2m-7c4e1f09d2");

// Runs an asynchronous client call and waits (event loop running) for its callback.
template <typename T, typename Call>
ProviderResult<T> await(Call &&call, int timeoutMs = 30000)
{
    auto slot = std::make_shared<std::optional<ProviderResult<T>>>();
    call([slot](ProviderResult<T> answer) { slot->emplace(std::move(answer)); });
    const QDeadlineTimer deadline(timeoutMs);
    while (!slot->has_value() && !deadline.hasExpired())
        QTest::qWait(5);
    if (!slot->has_value()) {
        ProviderError timedOut;
        timedOut.kind = ProviderErrorKind::Timeout;
        timedOut.message = QStringLiteral("the test gave up waiting for the callback");
        return timedOut;
    }
    return std::move(**slot);
}

ProviderEmulator::FaultSpec fault(QByteArray method, QString path, Fault kind, int count = 1)
{
    ProviderEmulator::FaultSpec spec;
    spec.method = std::move(method);
    spec.pathPrefix = std::move(path);
    spec.fault = kind;
    spec.count = count;
    return spec;
}

QString describe(const ProviderError &error)
{
    return QStringLiteral("kind %1, HTTP %2: %3")
        .arg(int(error.kind))
        .arg(error.httpStatus)
        .arg(error.message);
}

// For QVERIFY2, which builds its message whether or not the check passes.
template <typename T>
QString why(const ProviderResult<T> &result)
{
    return result ? QString() : describe(result.error());
}

// Every log line of the process, to look for secrets in.
QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        const QMutexLocker lock(&g_logMutex);
        g_log << QStringLiteral("%1: %2").arg(QLatin1String(context.category ? context.category : ""),
                                              message);
    }
    if (type != QtDebugMsg && type != QtInfoMsg && g_previousHandler)
        g_previousHandler(type, context, message);
}

}  // namespace

class TstT2mClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void acceptsEitherBaseUrl_data();
    void acceptsEitherBaseUrl();
    void estimatesCreditsByQuality();
    void generatesAnExplainer();
    void cancels();
    void failureIsRefunded();
    void insufficientCreditsSaysTheBalance();
    void anotherUsersJobIsForbidden();
    void unknownJobIsNotFound();
    void videoUrlBeforeCompletionIsAConflict();
    void validationErrorsAreJoined();
    void fourthActiveJobIsTooManyJobs();
    void keepsToTheRateLimit();
    void createIsRetriedWithTheSameKey_data();
    void createIsRetriedWithTheSameKey();
    void unreadableAnswersAreBadResponses_data();
    void unreadableAnswersAreBadResponses();
    void noSecretInTheLogs();

private:
    std::unique_ptr<T2mClient> clientFor(const QString &token, const QUrl &base = {});
    ProviderResult<CreatedJob> create(const QString &quality = QStringLiteral("low"),
                                      T2mClient *client = nullptr, const QString &idempotencyKey = {});
    RemoteState pollUntilSettled(const QString &remoteId, QList<RemoteState> *seen = nullptr);
    ProviderResult<qint64> download(const RemoteFile &file, const QString &path, const QString &token);
    void runHappyPath(T2mClient &client, const QString &token);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProviderEmulator> m_emulator;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<T2mClient> m_client;
};

void TstT2mClient::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_emulator = std::make_unique<ProviderEmulator>();
    QVERIFY(m_emulator->listen());
    m_network = std::make_unique<QNetworkAccessManager>();
    HttpPolicy policy;  // fast: the tests wait for retries in real time
    policy.maxAttempts = 4;
    policy.baseDelay = 10ms;
    policy.maxDelay = 100ms;
    policy.maxWait = 10s;
    m_http = std::make_unique<HttpClient>(m_network.get(), policy);
    m_client = clientFor(QStringLiteral("token-alice"));
}

void TstT2mClient::cleanup()
{
    m_client.reset();
    m_http.reset();
    m_network.reset();
    m_emulator.reset();
    m_dir.reset();
}

std::unique_ptr<T2mClient> TstT2mClient::clientFor(const QString &token, const QUrl &base)
{
    return std::make_unique<T2mClient>(*m_http, base.isEmpty() ? m_emulator->baseUrl() : base, token);
}

ProviderResult<CreatedJob> TstT2mClient::create(const QString &quality, T2mClient *client,
                                                const QString &idempotencyKey)
{
    GenerationRequest request;
    request.kind = JobKind::GenerateExplainer;
    request.params = QJsonObject{
        {QStringLiteral("topic"), QStringLiteral("Pythagorean Theorem")},
        {QStringLiteral("context"), QStringLiteral("Explain the theorem with visual examples and a proof")},
        {QStringLiteral("quality"), quality},
        {QStringLiteral("priority"), QStringLiteral("normal")}};
    request.idempotencyKey =
        idempotencyKey.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : idempotencyKey;
    T2mClient *target = client ? client : m_client.get();
    return await<CreatedJob>([&](auto done) { target->create(request, done); });
}

RemoteState TstT2mClient::pollUntilSettled(const QString &remoteId, QList<RemoteState> *seen)
{
    for (int step = 0; step < 60; ++step) {
        m_emulator->advance(10s);
        const auto states = await<QList<RemoteState>>([&](auto done) { m_client->poll({remoteId}, done); });
        if (!states || states->size() != 1) {
            qWarning() << "poll failed:" << (states ? QStringLiteral("no state") : describe(states.error()));
            return {};
        }
        if (seen)
            seen->append(states->first());
        const RemoteState::Phase phase = states->first().phase;
        if (phase != RemoteState::Phase::Queued && phase != RemoteState::Phase::Running)
            return states->first();
    }
    return {};
}

ProviderResult<qint64> TstT2mClient::download(const RemoteFile &file, const QString &path,
                                              const QString &token)
{
    HttpRequest request;
    request.url = file.url;
    request.what = QStringLiteral("download a result");
    if (file.sendToken)
        request.bearerToken = token;
    return await<qint64>([&](auto done) { m_http->download(request, path, file.acceptedTypes, {}, done); },
                         60000);
}

void TstT2mClient::acceptsEitherBaseUrl_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("server root") << QString();
    QTest::newRow("root with a slash") << QStringLiteral("/");
    QTest::newRow("the seed's /api/v1") << QStringLiteral("/api/v1");
    QTest::newRow("/api/v1/") << QStringLiteral("/api/v1/");
}

void TstT2mClient::acceptsEitherBaseUrl()
{
    QFETCH(QString, suffix);
    QUrl base = m_emulator->baseUrl();
    base.setPath(suffix);
    const std::unique_ptr<T2mClient> client = clientFor(QStringLiteral("token-alice"), base);
    QCOMPARE(client->apiBase().path(), QStringLiteral("/api/v1"));

    m_emulator->clearRequests();
    const auto account = await<AccountCheck>([&](auto done) { client->check(done); });
    QVERIFY2(account, qPrintable(why(account)));
    QCOMPARE(account->userId, QStringLiteral("alice"));
    QCOMPARE(account->unit, QStringLiteral("credits"));
    QCOMPARE(account->balanceMicros.value_or(-1), qint64(1000) * 1'000'000);
    QVERIFY2(account->summary.contains(QStringLiteral("alice@example.com")), qPrintable(account->summary));
    const QList<ProviderEmulator::RequestRecord> requests = m_emulator->requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).path, QStringLiteral("/health"));
    QVERIFY(!requests.at(0).hadAuthorization);  // public: no reason to send the token
    QCOMPARE(requests.at(1).path, QStringLiteral("/api/v1/users/me"));
    QVERIFY(requests.at(1).hadAuthorization);

    // The client lives until it answers: one that goes away mid-check answers Cancelled.
    const std::unique_ptr<T2mClient> stranger = clientFor(QStringLiteral("wrong"), base);
    const auto refused = await<AccountCheck>([&](auto done) { stranger->check(done); });
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ProviderErrorKind::Unauthorized);
}

void TstT2mClient::estimatesCreditsByQuality()
{
    const auto cost = [this](const QString &quality) {
        return m_client->estimate(JobKind::GenerateExplainer,
                                  QJsonObject{{QStringLiteral("quality"), quality}});
    };
    QCOMPARE(cost(QStringLiteral("low")).micros, 1'000'000);
    QCOMPARE(cost(QStringLiteral("medium")).micros, 2'000'000);
    QCOMPARE(cost(QStringLiteral("high")).micros, 3'000'000);
    QCOMPARE(cost(QStringLiteral("high")).unit, QStringLiteral("credits"));
    QVERIFY(!cost(QStringLiteral("ultra")).known);
    QCOMPARE(m_client->estimate(JobKind::GenerateExplainer, {}).micros, 2'000'000);  // medium by default
    QCOMPARE(m_client->supportedKinds(), QList<JobKind>{JobKind::GenerateExplainer});
    QCOMPARE(m_client->pollInterval(), std::chrono::milliseconds(5s));
}

void TstT2mClient::runHappyPath(T2mClient &client, const QString &token)
{
    const auto created = create(QStringLiteral("medium"), &client);
    QVERIFY2(created, qPrintable(why(created)));
    QVERIFY(!QUuid::fromString(created->remoteId).isNull());
    QCOMPARE(created->chargedMicros, 2'000'000);
    QCOMPARE(created->initial.phase, RemoteState::Phase::Queued);

    QList<RemoteState> seen;
    for (int step = 0; step < 60; ++step) {
        m_emulator->advance(10s);
        const auto states =
            await<QList<RemoteState>>([&](auto done) { client.poll({created->remoteId}, done); });
        QVERIFY2(states, qPrintable(why(states)));
        seen << states->first();
        if (seen.last().phase != RemoteState::Phase::Queued &&
            seen.last().phase != RemoteState::Phase::Running)
            break;
    }
    QCOMPARE(seen.last().phase, RemoteState::Phase::Succeeded);
    QCOMPARE(seen.last().progress, 1.0);
    QStringList stages;
    for (qsizetype i = 0; i < seen.size(); ++i) {
        if (i > 0)
            QVERIFY(seen[i].progress >= seen[i - 1].progress);
        if (seen[i].phase == RemoteState::Phase::Running) {
            QVERIFY(seen[i].progress > 0 && seen[i].progress < 1);
            QVERIFY(!seen[i].stage.isEmpty());
            stages << seen[i].stage;
        }
    }
    stages.removeDuplicates();
    QVERIFY2(stages.size() >= 3, qPrintable(stages.join(u',')));  // the seed's stages as they pass
    const QStringList known{QStringLiteral("initializing"),     QStringLiteral("generating_script"),
                            QStringLiteral("generating_audio"), QStringLiteral("generating_visuals"),
                            QStringLiteral("rendering"),        QStringLiteral("uploading"),
                            QStringLiteral("completed")};
    for (const QString &stage : stages)
        QVERIFY2(known.contains(stage), qPrintable(stage));

    const auto result = await<RemoteResult>([&](auto done) { client.result(created->remoteId, done); });
    QVERIFY2(result, qPrintable(why(result)));
    QCOMPARE(result->files.size(), 2);
    const RemoteFile &video = result->files.at(0);
    QCOMPARE(video.role, RemoteFile::Role::Video);
    QVERIFY(!video.sendToken);
    QCOMPARE(video.url.port(), m_emulator->cdnUrl().port());
    QVERIFY(QUrlQuery(video.url).hasQueryItem(QStringLiteral("X-Amz-Signature")));
    const RemoteFile &poster = result->files.at(1);
    QCOMPARE(poster.role, RemoteFile::Role::Poster);
    QVERIFY(poster.sendToken);
    QCOMPARE(poster.url.port(), m_emulator->baseUrl().port());
    QVERIFY(poster.url.path().endsWith(QStringLiteral("/thumbnail")));
    QCOMPARE(result->metadata.value(QStringLiteral("quality")).toString(), QStringLiteral("medium"));
    QCOMPARE(result->metadata.value(QStringLiteral("job_id")).toString(), created->remoteId);
    // The presigned URL is a credential: it never goes into metadata that gets stored or shown.
    QVERIFY(!QJsonDocument(result->metadata).toJson().contains("X-Amz"));

    const QString videoPath = m_dir->filePath(QStringLiteral("explainer-%1.mp4").arg(created->remoteId));
    const auto videoBytes = download(video, videoPath, token);
    QVERIFY2(videoBytes, qPrintable(why(videoBytes)));
    const QJsonObject probe = test::ffprobe(videoPath);
    QCOMPARE(
        test::ffprobeStream(probe, QStringLiteral("video")).value(QStringLiteral("codec_name")).toString(),
        QStringLiteral("h264"));
    QVERIFY(test::ffprobeDurationSeconds(probe) > 0.5);

    const QString posterPath = m_dir->filePath(QStringLiteral("poster-%1.jpg").arg(created->remoteId));
    const auto posterBytes = download(poster, posterPath, token);
    QVERIFY2(posterBytes, qPrintable(why(posterBytes)));
    QVERIFY(!QImage(posterPath).isNull());

    // The storage origin never saw the token; the thumbnail (the service's own endpoint) did.
    bool sawStorage = false;
    for (const ProviderEmulator::RequestRecord &record : m_emulator->requests()) {
        if (record.cdn) {
            sawStorage = true;
            QVERIFY2(!record.hadAuthorization, qPrintable(record.path));
            QVERIFY(record.status == 200 || record.status == 206);
        } else if (record.path.endsWith(QLatin1String("/thumbnail"))) {
            QVERIFY(record.hadAuthorization);
        }
    }
    QVERIFY(sawStorage);
}

void TstT2mClient::generatesAnExplainer()
{
    runHappyPath(*m_client, QStringLiteral("token-alice"));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_emulator->balance(Dialect::T2m, QStringLiteral("alice")), 998.0);
}

void TstT2mClient::cancels()
{
    const auto created = create();
    QVERIFY2(created, qPrintable(why(created)));
    m_emulator->advance(10s);
    const auto cancelled = await<Done>([&](auto done) { m_client->cancel(created->remoteId, done); });
    QVERIFY2(cancelled, qPrintable(why(cancelled)));
    QCOMPARE(m_emulator->jobStatus(Dialect::T2m, created->remoteId), QStringLiteral("cancelled"));
    const auto states =
        await<QList<RemoteState>>([&](auto done) { m_client->poll({created->remoteId}, done); });
    QVERIFY2(states, qPrintable(why(states)));
    QCOMPARE(states->first().phase, RemoteState::Phase::Cancelled);
}

void TstT2mClient::failureIsRefunded()
{
    m_emulator->failNextJobs(1, QStringLiteral("Rendering failed: out of memory"));
    const auto created = create(QStringLiteral("high"));
    QVERIFY2(created, qPrintable(why(created)));
    QCOMPARE(m_emulator->balance(Dialect::T2m, QStringLiteral("alice")), 997.0);
    const RemoteState failed = pollUntilSettled(created->remoteId);
    QCOMPARE(failed.phase, RemoteState::Phase::Failed);
    QVERIFY2(failed.error.contains(QStringLiteral("out of memory")), qPrintable(failed.error));
    QCOMPARE(m_emulator->balance(Dialect::T2m, QStringLiteral("alice")), 1000.0);
}

void TstT2mClient::insufficientCreditsSaysTheBalance()
{
    m_emulator->setBalance(QStringLiteral("alice"), 2);
    const auto created = create(QStringLiteral("high"));
    QVERIFY(!created);
    QCOMPARE(created.error().kind, ProviderErrorKind::InsufficientFunds);
    QCOMPARE(created.error().httpStatus, 402);
    QCOMPARE(created.error().balance.value_or(-1), 2.0);
    QVERIFY2(created.error().message.contains(QStringLiteral("2 credit")),
             qPrintable(created.error().message));
    QVERIFY2(created.error().message.contains(QStringLiteral("3 credit")),
             qPrintable(created.error().message));
    QCOMPARE(m_emulator->jobsCreated(Dialect::T2m), 0);
    QCOMPARE(m_emulator->balance(Dialect::T2m, QStringLiteral("alice")), 2.0);
}

void TstT2mClient::anotherUsersJobIsForbidden()
{
    const auto created = create();
    QVERIFY2(created, qPrintable(why(created)));
    const std::unique_ptr<T2mClient> bob = clientFor(QStringLiteral("token-bob"));
    const auto states = await<QList<RemoteState>>([&](auto done) { bob->poll({created->remoteId}, done); });
    QVERIFY(!states);
    QCOMPARE(states.error().kind, ProviderErrorKind::Forbidden);
    const auto cancel = await<Done>([&](auto done) { bob->cancel(created->remoteId, done); });
    QVERIFY(!cancel);
    QCOMPARE(cancel.error().kind, ProviderErrorKind::Forbidden);
    const auto result = await<RemoteResult>([&](auto done) { bob->result(created->remoteId, done); });
    QVERIFY(!result);
    QCOMPARE(result.error().kind, ProviderErrorKind::Forbidden);
    QCOMPARE(m_emulator->jobStatus(Dialect::T2m, created->remoteId), QStringLiteral("queued"));
}

void TstT2mClient::unknownJobIsNotFound()
{
    const QString unknown = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const auto states = await<QList<RemoteState>>([&](auto done) { m_client->poll({unknown}, done); });
    QVERIFY(!states);
    QCOMPARE(states.error().kind, ProviderErrorKind::NotFound);
    QCOMPARE(states.error().httpStatus, 404);
    const auto result = await<RemoteResult>([&](auto done) { m_client->result(unknown, done); });
    QVERIFY(!result);
    QCOMPARE(result.error().kind, ProviderErrorKind::NotFound);

    m_emulator->clearRequests();
    const auto bogus = await<Done>([&](auto done) { m_client->cancel(QStringLiteral("../users/me"), done); });
    QVERIFY(!bogus);
    QCOMPARE(bogus.error().kind, ProviderErrorKind::NotFound);
    QVERIFY(m_emulator->requests().isEmpty());
}

void TstT2mClient::videoUrlBeforeCompletionIsAConflict()
{
    const auto created = create();
    QVERIFY2(created, qPrintable(why(created)));
    m_emulator->advance(30s);
    const auto early = await<RemoteResult>([&](auto done) { m_client->result(created->remoteId, done); });
    QVERIFY(!early);
    QCOMPARE(early.error().kind, ProviderErrorKind::Conflict);
    QCOMPARE(early.error().httpStatus, 409);
    QVERIFY2(early.error().message.contains(QStringLiteral("not completed")),
             qPrintable(early.error().message));
}

void TstT2mClient::validationErrorsAreJoined()
{
    GenerationRequest request;
    request.kind = JobKind::GenerateExplainer;
    request.params = QJsonObject{{QStringLiteral("quality"), QStringLiteral("low")}};
    const auto created = await<CreatedJob>([&](auto done) { m_client->create(request, done); });
    QVERIFY(!created);
    QCOMPARE(created.error().kind, ProviderErrorKind::BadRequest);
    QCOMPARE(created.error().httpStatus, 422);
    QVERIFY2(created.error().message.contains(QStringLiteral("topic")), qPrintable(created.error().message));
    QCOMPARE(m_emulator->jobsCreated(Dialect::T2m), 0);

    request.params.insert(QStringLiteral("quality"), QStringLiteral("ultra"));
    const auto local = await<CreatedJob>([&](auto done) { m_client->create(request, done); });
    QVERIFY(!local);
    QCOMPARE(local.error().kind, ProviderErrorKind::BadRequest);
    QCOMPARE(local.error().httpStatus, 0);  // refused before sending
}

void TstT2mClient::fourthActiveJobIsTooManyJobs()
{
    for (int i = 0; i < 3; ++i) {
        const auto created = create();
        QVERIFY2(created, qPrintable(why(created)));
    }
    const auto fourth = create();
    QVERIFY(!fourth);
    QCOMPARE(fourth.error().kind, ProviderErrorKind::TooManyJobs);
    QCOMPARE(fourth.error().httpStatus, 429);
    QVERIFY(fourth.error().retryAfter.has_value());
    QVERIFY(fourth.error().retryAfter->count() > 0);
    QCOMPARE(m_emulator->jobsCreated(Dialect::T2m), 3);
    QCOMPARE(m_emulator->balance(Dialect::T2m, QStringLiteral("alice")), 997.0);
}

void TstT2mClient::keepsToTheRateLimit()
{
    // Eight jobs (never more than three active), then eight status calls in one poll.
    QStringList ids;
    for (int i = 0; i < 8; ++i) {
        const auto created = create();
        QVERIFY2(created, qPrintable(why(created)));
        ids << created->remoteId;
        QVERIFY(await<Done>([&](auto done) { m_client->cancel(created->remoteId, done); }));
    }
    m_emulator->setRateLimit(5, 2s);
    m_emulator->clearRequests();

    const auto states = await<QList<RemoteState>>([&](auto done) { m_client->poll(ids, done); });
    QVERIFY2(states, qPrintable(why(states)));
    QCOMPARE(states->size(), 8);

    QList<ProviderEmulator::RequestRecord> calls;
    for (const ProviderEmulator::RequestRecord &record : m_emulator->requests()) {
        if (record.path.endsWith(QLatin1String("/status")))
            calls << record;
    }
    QCOMPARE(calls.size(), 8);
    for (const ProviderEmulator::RequestRecord &record : calls)
        QCOMPARE(record.status, 200);  // none was refused with a 429
    // The first window holds five; it ends on the whole second after first + 2 s (X-RateLimit-Reset).
    const qint64 windowEnd = ((calls.at(0).atMs + 2000 + 999) / 1000) * 1000;
    for (int i = 1; i < 5; ++i)
        QVERIFY(calls.at(i).atMs < windowEnd);
    QVERIFY2(calls.at(5).atMs >= windowEnd,
             qPrintable(QStringLiteral("6th at %1, window ends %2").arg(calls.at(5).atMs).arg(windowEnd)));
}

void TstT2mClient::createIsRetriedWithTheSameKey_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("afterHandling");
    QTest::addColumn<int>("count");
    QTest::newRow("503 twice") << int(Fault::Status) << 503 << false << 2;
    QTest::newRow("500 after the job was made") << int(Fault::Status) << 500 << true << 1;
    QTest::newRow("dropped before handling") << int(Fault::Drop) << 0 << false << 1;
    QTest::newRow("dropped after the job was made") << int(Fault::Drop) << 0 << true << 2;
}

void TstT2mClient::createIsRetriedWithTheSameKey()
{
    QFETCH(int, fault);
    QFETCH(int, status);
    QFETCH(bool, afterHandling);
    QFETCH(int, count);
    ProviderEmulator::FaultSpec spec =
        ::fault("POST", QStringLiteral("/api/v1/videos/generate"), Fault(fault), count);
    spec.status = status;
    spec.afterHandling = afterHandling;
    m_emulator->injectFault(spec);

    const auto created = create();
    QVERIFY2(created, qPrintable(why(created)));
    QCOMPARE(m_emulator->jobsCreated(Dialect::T2m), 1);
    QCOMPARE(m_emulator->balance(Dialect::T2m, QStringLiteral("alice")), 999.0);  // charged once
    QByteArrayList keys;
    for (const ProviderEmulator::RequestRecord &record : m_emulator->requests()) {
        if (record.method == "POST" && record.path == QLatin1String("/api/v1/videos/generate"))
            keys << record.idempotencyKey;
    }
    QCOMPARE(keys.size(), count + 1);
    QVERIFY(!keys.first().isEmpty());
    QCOMPARE(keys.count(keys.first()), keys.size());
    QCOMPARE(m_emulator->jobStatus(Dialect::T2m, created->remoteId), QStringLiteral("queued"));
}

void TstT2mClient::unreadableAnswersAreBadResponses_data()
{
    QTest::addColumn<bool>("afterHandling");
    QTest::newRow("garbage") << false;
    QTest::newRow("truncated JSON") << true;
}

void TstT2mClient::unreadableAnswersAreBadResponses()
{
    QFETCH(bool, afterHandling);
    const auto created = create();
    QVERIFY2(created, qPrintable(why(created)));
    ProviderEmulator::FaultSpec spec = fault("GET", QStringLiteral("/api/v1/videos/jobs/"), Fault::Garbage);
    spec.afterHandling = afterHandling;
    m_emulator->injectFault(spec);
    const auto states =
        await<QList<RemoteState>>([&](auto done) { m_client->poll({created->remoteId}, done); });
    QVERIFY(!states);
    QCOMPARE(states.error().kind, ProviderErrorKind::BadResponse);
    QVERIFY2(states.error().message.contains(QStringLiteral("not valid JSON")),
             qPrintable(states.error().message));

    // A garbled creation answer is not taken for a job; asking again with the same key (as the runner
    // does) gets the one job the service made, not a second.
    ProviderEmulator::FaultSpec post =
        fault("POST", QStringLiteral("/api/v1/videos/generate"), Fault::Garbage);
    post.afterHandling = afterHandling;
    m_emulator->injectFault(post);
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const auto garbled = create(QStringLiteral("low"), nullptr, key);
    QVERIFY(!garbled);
    QCOMPARE(garbled.error().kind, ProviderErrorKind::BadResponse);
    QVERIFY2(garbled.error().message.contains(QStringLiteral("not valid JSON")),
             qPrintable(garbled.error().message));
    const auto again = create(QStringLiteral("low"), nullptr, key);
    QVERIFY2(again, qPrintable(why(again)));
    QCOMPARE(m_emulator->jobsCreated(Dialect::T2m), 2);

    m_emulator->injectFault(fault("GET", QStringLiteral("/api/v1/videos/jobs/"), Fault::Truncated));
    const auto retried =
        await<QList<RemoteState>>([&](auto done) { m_client->poll({created->remoteId}, done); });
    QVERIFY2(retried, qPrintable(why(retried)));
}

void TstT2mClient::noSecretInTheLogs()
{
    m_emulator->addUser({kCanaryToken, QStringLiteral("carol"), QStringLiteral("carol@example.com"), 1000});
    {
        const QMutexLocker lock(&g_logMutex);
        g_log.clear();
    }
    QLoggingCategory::setFilterRules(QStringLiteral("storyreel.*=true"));
    g_previousHandler = qInstallMessageHandler(captureLog);
    const std::unique_ptr<T2mClient> carol = clientFor(kCanaryToken);
    const auto account = await<AccountCheck>([&](auto done) { carol->check(done); });
    runHappyPath(*carol, kCanaryToken);
    // Faults and failures log too.
    m_emulator->injectFault(fault("GET", QStringLiteral("/api/v1/videos/jobs/"), Fault::Status, 2));
    const auto states =
        await<QList<RemoteState>>([&](auto done) { carol->poll({QStringLiteral("nope")}, done); });
    qInstallMessageHandler(g_previousHandler);
    QLoggingCategory::setFilterRules(QString());
    QVERIFY2(account, qPrintable(why(account)));
    QVERIFY(!states);

    const QMutexLocker lock(&g_logMutex);
    QVERIFY(g_log.size() > 5);  // the categories did log
    for (const QString &line : std::as_const(g_log)) {
        QVERIFY2(!line.contains(kCanaryToken), qPrintable(line));
        QVERIFY2(!line.contains(QStringLiteral("X-Amz-")), qPrintable(line));
    }
}

// A QGuiApplication: the emulator draws its JPEG posters with QPainter, which needs fonts.
QTEST_MAIN(TstT2mClient)
#include "tst_t2mclient.moc"
