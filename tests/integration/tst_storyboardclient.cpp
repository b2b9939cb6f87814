// StoryboardClient against the provider emulator on 127.0.0.1: the storyboard dialect (seed 003) end to
// end, its faults and limits, and what crosses to the CDN origin.
#include "httpclient.h"
#include "mediafixtures.h"
#include "provideremulator.h"
#include "storyboardclient.h"

#include <QDeadlineTimer>
#include <QImage>
#include <QImageReader>
#include <QJsonArray>
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

}  // namespace

class TstStoryboardClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void checksTheAccount();
    void estimatesPerScene();
    void generatesReviewsAndRendersAStoryboard();
    void cancels();
    void failureIsRefunded();
    void insufficientFundsSaysTheBalance();
    void anotherUsersJobIsForbidden();
    void unknownJobIsNotFound();
    void resultBeforeTheStoryboardIsAConflict();
    void concurrencyLimitGivesTooManyJobs();
    void createIsRetriedWithTheSameKey_data();
    void createIsRetriedWithTheSameKey();
    void unreadableAnswersAreBadResponses_data();
    void unreadableAnswersAreBadResponses();
    void refinesUpToTheLimit();
    void reordersAndNeedsApprovalToRender();

private:
    std::unique_ptr<StoryboardClient> clientFor(const QString &token);
    ProviderResult<CreatedJob> create(int seconds = 10, StoryboardClient *client = nullptr);
    // Advances the emulator clock step by step, polling, until the job leaves Queued/Running.
    RemoteState pollUntilSettled(const QString &remoteId, QList<RemoteState> *seen = nullptr);
    ProviderResult<qint64> download(const RemoteFile &file, const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProviderEmulator> m_emulator;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<StoryboardClient> m_client;
};

void TstStoryboardClient::init()
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

void TstStoryboardClient::cleanup()
{
    m_client.reset();
    m_http.reset();
    m_network.reset();
    m_emulator.reset();
    m_dir.reset();
}

std::unique_ptr<StoryboardClient> TstStoryboardClient::clientFor(const QString &token)
{
    return std::make_unique<StoryboardClient>(*m_http, m_emulator->baseUrl(), token);
}

ProviderResult<CreatedJob> TstStoryboardClient::create(int seconds, StoryboardClient *client)
{
    GenerationRequest request;
    request.kind = JobKind::GenerateStoryboard;
    request.params =
        QJsonObject{{QStringLiteral("prompt"), QStringLiteral("A hero discovers a hidden treasure")},
                    {QStringLiteral("seconds"), seconds},
                    {QStringLiteral("style"), QStringLiteral("cinematic")},
                    {QStringLiteral("aspect"), QStringLiteral("16:9")}};
    request.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    StoryboardClient *target = client ? client : m_client.get();
    return await<CreatedJob>([&](auto done) { target->create(request, done); });
}

RemoteState TstStoryboardClient::pollUntilSettled(const QString &remoteId, QList<RemoteState> *seen)
{
    for (int step = 0; step < 60; ++step) {
        m_emulator->advance(5s);
        const auto states = await<QList<RemoteState>>([&](auto done) { m_client->poll({remoteId}, done); });
        if (!states || states->size() != 1) {
            qWarning() << "poll failed:" << (states ? QStringLiteral("no state") : describe(states.error()));
            return {};
        }
        const RemoteState state = states->first();
        if (seen)
            seen->append(state);
        if (state.phase != RemoteState::Phase::Queued && state.phase != RemoteState::Phase::Running)
            return state;
    }
    return {};
}

ProviderResult<qint64> TstStoryboardClient::download(const RemoteFile &file, const QString &path)
{
    HttpRequest request;
    request.url = file.url;
    request.what = QStringLiteral("download a result");
    if (file.sendToken)
        request.bearerToken = QStringLiteral("token-alice");
    return await<qint64>([&](auto done) { m_http->download(request, path, file.acceptedTypes, {}, done); },
                         60000);
}

void TstStoryboardClient::checksTheAccount()
{
    const auto account = await<AccountCheck>([&](auto done) { m_client->check(done); });
    QVERIFY2(account, qPrintable(why(account)));
    QCOMPARE(account->userId, QStringLiteral("alice"));
    QCOMPARE(account->unit, QStringLiteral("USD"));
    QCOMPARE(account->balanceMicros.value_or(-1), qint64(1000) * 1'000'000);
    QVERIFY2(account->summary.contains(QStringLiteral("alice@example.com")), qPrintable(account->summary));

    const std::unique_ptr<StoryboardClient> stranger = clientFor(QStringLiteral("wrong"));
    const auto refused = await<AccountCheck>([&](auto done) { stranger->check(done); });
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ProviderErrorKind::Unauthorized);
}

void TstStoryboardClient::estimatesPerScene()
{
    const auto cost = [this](int seconds) {
        return m_client->estimate(JobKind::GenerateStoryboard,
                                  QJsonObject{{QStringLiteral("seconds"), seconds}});
    };
    QCOMPARE(cost(5).micros, 20'000);
    QCOMPARE(cost(6).micros, 40'000);
    QCOMPARE(cost(30).micros, 120'000);
    QCOMPARE(cost(30).unit, QStringLiteral("USD"));
    QVERIFY(!cost(0).known);
    QVERIFY(!m_client->estimate(JobKind::GenerateExplainer, {}).known);
    QCOMPARE(m_client->supportedKinds(), QList<JobKind>{JobKind::GenerateStoryboard});
}

void TstStoryboardClient::generatesReviewsAndRendersAStoryboard()
{
    const auto created = create(10);
    QVERIFY2(created, qPrintable(why(created)));
    QVERIFY(!created->remoteId.isEmpty());
    QVERIFY(created->remoteId.toLongLong() > 0);
    QCOMPARE(created->chargedMicros, 40'000);  // 2 scenes x $0.02
    QCOMPARE(created->initial.phase, RemoteState::Phase::Queued);
    QCOMPARE(m_emulator->balance(Dialect::Storyboard, QStringLiteral("alice")), 1000 - 0.04);

    QList<RemoteState> seen;
    const RemoteState ready = pollUntilSettled(created->remoteId, &seen);
    QCOMPARE(ready.phase, RemoteState::Phase::Succeeded);
    QVERIFY(ready.storyboardReady);
    QCOMPARE(ready.progress, 1.0);
    const bool sawGenerating = std::any_of(seen.cbegin(), seen.cend(), [](const RemoteState &state) {
        return state.phase == RemoteState::Phase::Running && state.stage == QLatin1String("generating");
    });
    QVERIFY(sawGenerating);
    for (qsizetype i = 1; i < seen.size(); ++i)
        QVERIFY(seen[i].progress >= seen[i - 1].progress);

    // The storyboard: one JPEG per scene, public on the CDN (no token), and the scenes' texts.
    const auto board = await<RemoteResult>([&](auto done) { m_client->result(created->remoteId, done); });
    QVERIFY2(board, qPrintable(why(board)));
    QCOMPARE(board->files.size(), 2);
    const QJsonArray scenes = board->metadata.value(QStringLiteral("scenes")).toArray();
    QCOMPARE(scenes.size(), 2);
    QCOMPARE(board->metadata.value(QStringLiteral("status")).toString(), QStringLiteral("storyboard_ready"));
    QCOMPARE(board->metadata.value(QStringLiteral("approved")).toBool(), false);
    for (int i = 0; i < 2; ++i) {
        const QJsonObject scene = scenes.at(i).toObject();
        QCOMPARE(scene.value(QStringLiteral("scene_number")).toInt(), i + 1);
        QVERIFY(!scene.value(QStringLiteral("description")).toString().isEmpty());
        QVERIFY(!scene.value(QStringLiteral("image_prompt")).toString().isEmpty());
        QVERIFY(scene.value(QStringLiteral("duration")).toDouble() > 0);

        const RemoteFile &file = board->files.at(i);
        QCOMPARE(file.role, RemoteFile::Role::SceneImage);
        QCOMPARE(file.scene, i + 1);
        const bool onCdn = file.url.port() == m_emulator->cdnUrl().port();
        QCOMPARE(file.sendToken, !onCdn);
        const QString path = m_dir->filePath(QStringLiteral("scene-%1.jpg").arg(i + 1));
        const auto bytes = download(file, path);
        QVERIFY2(bytes, qPrintable(why(bytes)));
        QVERIFY(*bytes > 0);
        QImageReader reader(path);
        QCOMPARE(reader.format(), QByteArray("jpeg"));
        const QImage image = reader.read();
        QVERIFY2(!image.isNull(), qPrintable(reader.errorString()));
        QVERIFY(image.width() > 0 && image.height() > 0);
    }

    // Approve, render, and fetch the video from the service's own origin.
    QVERIFY(await<Done>([&](auto done) { m_client->approve(created->remoteId, done); }));
    const auto rendering = await<Done>([&](auto done) { m_client->render(created->remoteId, done); });
    QVERIFY2(rendering, qPrintable(why(rendering)));
    seen.clear();
    const RemoteState completed = pollUntilSettled(created->remoteId, &seen);
    QCOMPARE(completed.phase, RemoteState::Phase::Succeeded);
    QVERIFY(!completed.storyboardReady);
    QVERIFY(std::any_of(seen.cbegin(), seen.cend(),
                        [](const RemoteState &state) { return state.stage == QLatin1String("rendering"); }));

    const auto finished = await<RemoteResult>([&](auto done) { m_client->result(created->remoteId, done); });
    QVERIFY2(finished, qPrintable(why(finished)));
    QCOMPARE(finished->metadata.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
    QCOMPARE(finished->metadata.value(QStringLiteral("approved")).toBool(), true);
    const auto video =
        std::find_if(finished->files.cbegin(), finished->files.cend(),
                     [](const RemoteFile &file) { return file.role == RemoteFile::Role::Video; });
    QVERIFY(video != finished->files.cend());
    QCOMPARE(video->url.path(), QStringLiteral("/api/v2/jobs/%1/video").arg(created->remoteId));
    QVERIFY(video->sendToken);
    const QString videoPath = m_dir->filePath(QStringLiteral("storyboard.mp4"));
    const auto videoBytes = download(*video, videoPath);
    QVERIFY2(videoBytes, qPrintable(why(videoBytes)));
    const QJsonObject probe = test::ffprobe(videoPath);
    QCOMPARE(
        test::ffprobeStream(probe, QStringLiteral("video")).value(QStringLiteral("codec_name")).toString(),
        QStringLiteral("h264"));
    QVERIFY(test::ffprobeDurationSeconds(probe) > 0.5);

    const auto meta =
        await<StoryboardMetadata>([&](auto done) { m_client->metadata(created->remoteId, done); });
    QVERIFY2(meta, qPrintable(why(meta)));
    QCOMPARE(meta->status, QStringLiteral("completed"));
    QVERIFY(meta->approved);
    QCOMPARE(meta->scenesTotal, 2);
    QCOMPARE(meta->estimatedCostMicros, 40'000);
    QVERIFY(meta->videoAvailable);
    QVERIFY(meta->downloadCount >= 1);

    const QUrl exported =
        m_client->exportUrl(created->remoteId, QStringLiteral("webm"), QStringLiteral("low"));
    QCOMPARE(exported.path(), QStringLiteral("/api/v2/jobs/%1/export").arg(created->remoteId));
    QCOMPARE(QUrlQuery(exported).queryItemValue(QStringLiteral("format")), QStringLiteral("webm"));
    QVERIFY(m_client->exportUrl(created->remoteId, QStringLiteral("avi"), QStringLiteral("low")).isEmpty());

    // Nothing sent to the CDN carried the token.
    int cdnRequests = 0;
    for (const ProviderEmulator::RequestRecord &record : m_emulator->requests()) {
        if (!record.cdn)
            continue;
        ++cdnRequests;
        QVERIFY2(!record.hadAuthorization, qPrintable(record.path));
    }
    const bool imagesOnCdn = board->files.first().url.port() == m_emulator->cdnUrl().port();
    QVERIFY(!imagesOnCdn || cdnRequests >= 2);
}

void TstStoryboardClient::cancels()
{
    const auto created = create();
    QVERIFY2(created, qPrintable(why(created)));
    m_emulator->advance(5s);
    const auto cancelled = await<Done>([&](auto done) { m_client->cancel(created->remoteId, done); });
    QVERIFY2(cancelled, qPrintable(why(cancelled)));
    QCOMPARE(m_emulator->jobStatus(Dialect::Storyboard, created->remoteId), QStringLiteral("cancelled"));
    const auto states =
        await<QList<RemoteState>>([&](auto done) { m_client->poll({created->remoteId}, done); });
    QVERIFY2(states, qPrintable(why(states)));
    QCOMPARE(states->first().phase, RemoteState::Phase::Cancelled);
}

void TstStoryboardClient::failureIsRefunded()
{
    m_emulator->failNextJobs(1, QStringLiteral("Image model timeout"));
    const auto created = create(15);
    QVERIFY2(created, qPrintable(why(created)));
    QCOMPARE(m_emulator->balance(Dialect::Storyboard, QStringLiteral("alice")), 1000 - 0.06);
    const RemoteState failed = pollUntilSettled(created->remoteId);
    QCOMPARE(failed.phase, RemoteState::Phase::Failed);
    QVERIFY2(failed.error.contains(QStringLiteral("Image model timeout")), qPrintable(failed.error));
    QCOMPARE(m_emulator->balance(Dialect::Storyboard, QStringLiteral("alice")), 1000.0);
    const auto result = await<RemoteResult>([&](auto done) { m_client->result(created->remoteId, done); });
    QVERIFY(!result);
    QCOMPARE(result.error().kind, ProviderErrorKind::Conflict);
}

void TstStoryboardClient::insufficientFundsSaysTheBalance()
{
    m_emulator->setBalance(QStringLiteral("alice"), 0.05);
    const auto created = create(30);  // 6 scenes: $0.12
    QVERIFY(!created);
    QCOMPARE(created.error().kind, ProviderErrorKind::InsufficientFunds);
    QCOMPARE(created.error().httpStatus, 402);
    QCOMPARE(created.error().balance.value_or(-1), 0.05);
    QVERIFY2(created.error().message.contains(QStringLiteral("$0.05")), qPrintable(created.error().message));
    QVERIFY2(created.error().message.contains(QStringLiteral("$0.12")), qPrintable(created.error().message));
    QCOMPARE(m_emulator->jobsCreated(Dialect::Storyboard), 0);
}

void TstStoryboardClient::anotherUsersJobIsForbidden()
{
    const auto created = create();
    QVERIFY2(created, qPrintable(why(created)));
    const std::unique_ptr<StoryboardClient> bob = clientFor(QStringLiteral("token-bob"));
    const auto cancel = await<Done>([&](auto done) { bob->cancel(created->remoteId, done); });
    QVERIFY(!cancel);
    QCOMPARE(cancel.error().kind, ProviderErrorKind::Forbidden);
    QVERIFY(!cancel.error().message.isEmpty());
    const auto refine = await<StoryboardRefinement>(
        [&](auto done) { bob->refine(created->remoteId, 1, QStringLiteral("mine now"), {}, done); });
    QVERIFY(!refine);
    QCOMPARE(refine.error().kind, ProviderErrorKind::Forbidden);
    QCOMPARE(m_emulator->jobStatus(Dialect::Storyboard, created->remoteId), QStringLiteral("pending"));
}

void TstStoryboardClient::unknownJobIsNotFound()
{
    const auto states =
        await<QList<RemoteState>>([&](auto done) { m_client->poll({QStringLiteral("987654")}, done); });
    QVERIFY(!states);
    QCOMPARE(states.error().kind, ProviderErrorKind::NotFound);
    QCOMPARE(states.error().httpStatus, 404);
    const auto cancel = await<Done>([&](auto done) { m_client->cancel(QStringLiteral("987654"), done); });
    QVERIFY(!cancel);
    QCOMPARE(cancel.error().kind, ProviderErrorKind::NotFound);

    // Not an integer: refused before any request (it would otherwise become part of the path).
    m_emulator->clearRequests();
    const auto bogus =
        await<RemoteResult>([&](auto done) { m_client->result(QStringLiteral("../account"), done); });
    QVERIFY(!bogus);
    QCOMPARE(bogus.error().kind, ProviderErrorKind::NotFound);
    QVERIFY(m_emulator->requests().isEmpty());

    // Among several, an unknown job is left out instead of failing the others.
    const auto created = create();
    QVERIFY2(created, qPrintable(why(created)));
    const auto some = await<QList<RemoteState>>([&](auto done) {
        m_client->poll({QStringLiteral("987654"), created->remoteId}, done);
    });
    QVERIFY2(some, qPrintable(why(some)));
    QCOMPARE(some->size(), 1);
    QCOMPARE(some->first().remoteId, created->remoteId);
}

void TstStoryboardClient::resultBeforeTheStoryboardIsAConflict()
{
    const auto created = create();
    QVERIFY2(created, qPrintable(why(created)));
    const auto early = await<RemoteResult>([&](auto done) { m_client->result(created->remoteId, done); });
    QVERIFY(!early);
    QCOMPARE(early.error().kind, ProviderErrorKind::Conflict);
    QVERIFY2(early.error().message.contains(QStringLiteral("pending")), qPrintable(early.error().message));
}

void TstStoryboardClient::concurrencyLimitGivesTooManyJobs()
{
    m_emulator->setConcurrencyLimit(Dialect::Storyboard, 2);
    QVERIFY(create());
    QVERIFY(create());
    const auto third = create();
    QVERIFY(!third);
    QCOMPARE(third.error().kind, ProviderErrorKind::TooManyJobs);
    QVERIFY(third.error().retryAfter.has_value());
    QVERIFY(third.error().retryAfter->count() > 0);
    QCOMPARE(m_emulator->jobsCreated(Dialect::Storyboard), 2);
}

void TstStoryboardClient::createIsRetriedWithTheSameKey_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("afterHandling");
    QTest::addColumn<int>("count");
    QTest::newRow("503 twice") << int(Fault::Status) << 503 << false << 2;
    QTest::newRow("502 after the job was made") << int(Fault::Status) << 502 << true << 1;
    QTest::newRow("dropped before handling") << int(Fault::Drop) << 0 << false << 1;
    QTest::newRow("dropped after the job was made") << int(Fault::Drop) << 0 << true << 2;
}

void TstStoryboardClient::createIsRetriedWithTheSameKey()
{
    QFETCH(int, fault);
    QFETCH(int, status);
    QFETCH(bool, afterHandling);
    QFETCH(int, count);
    ProviderEmulator::FaultSpec spec =
        ::fault("POST", QStringLiteral("/api/v2/generate"), Fault(fault), count);
    spec.status = status;
    spec.afterHandling = afterHandling;
    m_emulator->injectFault(spec);

    const auto created = create();
    QVERIFY2(created, qPrintable(why(created)));
    QCOMPARE(m_emulator->jobsCreated(Dialect::Storyboard), 1);
    QByteArrayList keys;
    for (const ProviderEmulator::RequestRecord &record : m_emulator->requests()) {
        if (record.method == "POST" && record.path == QLatin1String("/api/v2/generate"))
            keys << record.idempotencyKey;
    }
    QCOMPARE(keys.size(), count + 1);
    QVERIFY(!keys.first().isEmpty());
    QCOMPARE(keys.count(keys.first()), keys.size());
    // The job that answered is the one the service made.
    QCOMPARE(m_emulator->jobStatus(Dialect::Storyboard, created->remoteId), QStringLiteral("pending"));
}

void TstStoryboardClient::unreadableAnswersAreBadResponses_data()
{
    QTest::addColumn<bool>("afterHandling");
    QTest::newRow("garbage") << false;
    QTest::newRow("truncated JSON") << true;
}

void TstStoryboardClient::unreadableAnswersAreBadResponses()
{
    QFETCH(bool, afterHandling);
    const auto created = create();
    QVERIFY2(created, qPrintable(why(created)));
    ProviderEmulator::FaultSpec spec = fault("GET", QStringLiteral("/api/v2/jobs/"), Fault::Garbage);
    spec.afterHandling = afterHandling;
    m_emulator->injectFault(spec);
    const auto states =
        await<QList<RemoteState>>([&](auto done) { m_client->poll({created->remoteId}, done); });
    QVERIFY(!states);
    QCOMPARE(states.error().kind, ProviderErrorKind::BadResponse);
    QVERIFY2(states.error().message.contains(QStringLiteral("not valid JSON")),
             qPrintable(states.error().message));
    QVERIFY2(states.error().message.contains(created->remoteId), qPrintable(states.error().message));

    // A body cut off by a dropped connection is retried, and the next answer is whole.
    m_emulator->injectFault(fault("GET", QStringLiteral("/api/v2/jobs/"), Fault::Truncated));
    const auto retried =
        await<QList<RemoteState>>([&](auto done) { m_client->poll({created->remoteId}, done); });
    QVERIFY2(retried, qPrintable(why(retried)));
}

void TstStoryboardClient::refinesUpToTheLimit()
{
    const auto created = create(10);
    QVERIFY2(created, qPrintable(why(created)));
    QVERIFY(pollUntilSettled(created->remoteId).storyboardReady);
    const double before = m_emulator->balance(Dialect::Storyboard, QStringLiteral("alice"));

    // Reserved characters survive the query string ('+' is not a space, '&' does not split it).
    const QString prompt = QStringLiteral("Sunset + clouds & rain = drama, 100% épique");
    for (int i = 0; i < 5; ++i) {
        const auto refined = await<StoryboardRefinement>([&](auto done) {
            if (i == 0)
                m_client->refine(created->remoteId, 1, prompt, QStringLiteral("Opening scene"), done);
            else if (i == 1)
                m_client->refine(created->remoteId, 2, {}, QStringLiteral("Only the words change"), done);
            else
                m_client->refine(created->remoteId, 2, QStringLiteral("Take %1").arg(i), {}, done);
        });
        QVERIFY2(refined, qPrintable(why(refined)));
        QCOMPARE(refined->chargedMicros, i == 1 ? 0 : 20'000);
    }
    m_emulator->advance(30s);
    const auto board = await<RemoteResult>([&](auto done) { m_client->result(created->remoteId, done); });
    QVERIFY2(board, qPrintable(why(board)));
    const QJsonObject first = board->metadata.value(QStringLiteral("scenes")).toArray().first().toObject();
    QCOMPARE(first.value(QStringLiteral("image_prompt")).toString(), prompt);
    QCOMPARE(first.value(QStringLiteral("description")).toString(), QStringLiteral("Opening scene"));
    // Four new images at $0.02; the description-only edit was free.
    QCOMPARE(m_emulator->balance(Dialect::Storyboard, QStringLiteral("alice")), before - 0.08);

    const auto sixth = await<StoryboardRefinement>(
        [&](auto done) { m_client->refine(created->remoteId, 1, QStringLiteral("One more"), {}, done); });
    QVERIFY(!sixth);
    QCOMPARE(sixth.error().kind, ProviderErrorKind::BadRequest);
    QCOMPARE(sixth.error().httpStatus, 429);
    QCOMPARE(sixth.error().message,
             QStringLiteral("Maximum refinement limit (5) reached for this storyboard."));

    const auto meta =
        await<StoryboardMetadata>([&](auto done) { m_client->metadata(created->remoteId, done); });
    QVERIFY2(meta, qPrintable(why(meta)));
    QCOMPARE(meta->refinementCount, 5);

    const auto empty = await<StoryboardRefinement>(
        [&](auto done) { m_client->refine(created->remoteId, 1, QStringLiteral("  "), {}, done); });
    QVERIFY(!empty);
    QCOMPARE(empty.error().kind, ProviderErrorKind::BadRequest);
}

void TstStoryboardClient::reordersAndNeedsApprovalToRender()
{
    const auto created = create(15);
    QVERIFY2(created, qPrintable(why(created)));
    QVERIFY(pollUntilSettled(created->remoteId).storyboardReady);

    const auto early = await<Done>([&](auto done) { m_client->render(created->remoteId, done); });
    QVERIFY(!early);
    QCOMPARE(early.error().kind, ProviderErrorKind::BadRequest);

    QVERIFY(await<Done>([&](auto done) { m_client->approve(created->remoteId, done); }));
    const auto reordered = await<Done>([&](auto done) {
        m_client->reorder(created->remoteId, {3, 1, 2}, done);
    });
    QVERIFY2(reordered, qPrintable(why(reordered)));
    const auto board = await<RemoteResult>([&](auto done) { m_client->result(created->remoteId, done); });
    QVERIFY2(board, qPrintable(why(board)));
    // Any edit resets the approval (seed 003).
    QCOMPARE(board->metadata.value(QStringLiteral("approved")).toBool(), false);
    QCOMPARE(board->metadata.value(QStringLiteral("scenes")).toArray().size(), 3);

    const auto invalid = await<Done>([&](auto done) {
        m_client->reorder(created->remoteId, {1, 9, 2}, done);
    });
    QVERIFY(!invalid);
    QCOMPARE(invalid.error().kind, ProviderErrorKind::BadRequest);
    const auto none = await<Done>([&](auto done) { m_client->reorder(created->remoteId, {}, done); });
    QVERIFY(!none);
    QCOMPARE(none.error().kind, ProviderErrorKind::BadRequest);
}

// A QGuiApplication: the emulator draws its JPEG cards with QPainter, which needs fonts.
QTEST_MAIN(TstStoryboardClient)
#include "tst_storyboardclient.moc"
