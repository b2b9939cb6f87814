// LibraryService against the provider emulator on 127.0.0.1: default videos (seed 001's
// PATCH /api/v1/video-jobs/{videoId}/set-default-for-look/{lookId} with its 200, 400, 403 and 404),
// unlink through DELETE /api/v1/video-jobs/{id} with the default handed on, local looks, links, and
// favourites through asyncvideos' PUT /videos/{id}.
#include "generationservice.h"
#include "libraryfixture.h"
#include "translations.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSignalSpy>

using namespace storyreel;
using namespace storyreel::test;

namespace {

#define VERIFY_OUTCOME(outcome, expected)                                             \
    do {                                                                              \
        const std::optional<LibraryOutcome> &o_ = (outcome);                          \
        QVERIFY2(o_.has_value() && o_->kind == (expected), qPrintable(describe(o_))); \
    } while (false)

}  // namespace

class TestLibraryService final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Plural forms ("1 look", "2 looks") come from the embedded English translation, as in the studio.
    void initTestCase() { installTranslations(*qApp); }
    void init();
    void cleanup();

    void setDefaultMovesTheDefaultOnTheProvider();
    void notLinkedOnTheProviderIsRefused();
    void notTheOwnerGetsTheOwnersMessage();
    void aVideoDeletedOnTheProviderIsNotFound();
    void anUnfinishedVideoCannotBeTheDefault();
    void unlinkingTheDefaultHandsItToTheNewestSucceededVideo();
    void localLooksLiveInTheCatalog();
    void aProvidersLookRefusesLinks();
    void favouriteOnAsyncVideosIsSentWithPut();
    void generatingForALocalLookLinksAndDefaultsTheDraft();
    void generatingForAnAistudioLookUsesTheLookRoute();
    void syncBringsTheProvidersLooksIntoTheLibrary();

private:
    // An aistudio look of alice's with `count` succeeded videos (created a virtual second apart, oldest
    // first), mirrored into the catalog. Returns the catalog ids: the look, then the videos.
    QList<RowId> lookWithVideos(int count);

    std::unique_ptr<ProviderEmulator> m_emulator;
    std::unique_ptr<LibraryFixture> m_fixture;
    RowId m_account = 0;
    QString m_remoteLook;
    QStringList m_remoteVideos;
};

void TestLibraryService::init()
{
    m_emulator = std::make_unique<ProviderEmulator>();
    QVERIFY(m_emulator->listen());
    m_fixture = std::make_unique<LibraryFixture>();
    m_account = m_fixture->addAccount(Dialect::AiStudio, m_emulator->baseUrl());
    m_remoteVideos.clear();
}

void TestLibraryService::cleanup()
{
    m_fixture.reset();
    m_emulator.reset();
}

QList<RowId> TestLibraryService::lookWithVideos(int count)
{
    m_remoteLook = m_emulator->addLook(QStringLiteral("alice"), QStringLiteral("Stone Essence"), 3);
    for (int i = 0; i < count; ++i) {
        m_remoteVideos << m_fixture->createRemoteVideo(m_account, QStringLiteral("Look video %1").arg(i + 1),
                                                       m_remoteLook);
        m_emulator->advance(1s);
    }
    m_emulator->advance(120s);  // every one SUCCEEDED
    if (!m_fixture->mirror(m_account))
        return {};
    QList<RowId> ids{m_fixture->lookByRemote(m_remoteLook)};
    for (const QString &remote : std::as_const(m_remoteVideos))
        ids << m_fixture->videoByRemote(m_account, remote);
    return ids;
}

void TestLibraryService::setDefaultMovesTheDefaultOnTheProvider()
{
    const QList<RowId> ids = lookWithVideos(2);
    QCOMPARE(ids.size(), 3);
    const RowId look = ids[0];
    QVERIFY(look > 0 && ids[1] > 0 && ids[2] > 0);
    QCOMPARE(m_fixture->defaultOf(look), RowId(0));
    QSignalSpy looksChanged(m_fixture->library.get(), &LibraryService::looksChanged);

    VERIFY_OUTCOME(m_fixture->setDefault(look, ids[1]), LibraryOutcome::Kind::Done);
    QCOMPARE(m_fixture->defaultOf(look), ids[1]);
    QVERIFY(!looksChanged.isEmpty());
    const QString path =
        QStringLiteral("/api/v1/video-jobs/%1/set-default-for-look/%2").arg(m_remoteVideos[0], m_remoteLook);
    QCOMPARE(requestsTo(*m_emulator, "PATCH", path).size(), 1);
    QCOMPARE(requestsTo(*m_emulator, "PATCH", path).constFirst().status, 200);

    VERIFY_OUTCOME(m_fixture->setDefault(look, ids[2]), LibraryOutcome::Kind::Done);
    QCOMPARE(m_fixture->defaultOf(look), ids[2]);
    // The provider agrees: a fresh mirror keeps the second video as the default.
    QVERIFY(m_fixture->mirror(m_account));
    QCOMPARE(m_fixture->defaultOf(look), ids[2]);
    const QList<LookVideoLink> links = VideoStore(m_fixture->catalog()).links(look).value();
    QCOMPARE(std::count_if(links.cbegin(), links.cend(), [](const LookVideoLink &l) { return l.isDefault; }),
             1);
}

void TestLibraryService::notLinkedOnTheProviderIsRefused()
{
    const QList<RowId> ids = lookWithVideos(1);
    QCOMPARE(ids.size(), 2);
    const RowId look = ids[0];
    VERIFY_OUTCOME(m_fixture->setDefault(look, ids[1]), LibraryOutcome::Kind::Done);
    // A standalone video-job, linked to the look in the catalog only (say, by an older build).
    const QString standalone = m_fixture->createRemoteVideo(m_account, QStringLiteral("Standalone"));
    m_emulator->advance(120s);
    QVERIFY(m_fixture->mirror(m_account));
    const RowId video = m_fixture->videoByRemote(m_account, standalone);
    QVERIFY(video > 0);
    QVERIFY(VideoStore(m_fixture->catalog()).linkToLook(look, video).ok());

    const std::optional<LibraryOutcome> outcome = m_fixture->setDefault(look, video);
    VERIFY_OUTCOME(outcome, LibraryOutcome::Kind::Failed);
    QVERIFY2(outcome->message.contains(QStringLiteral("not linked to the look")) &&
                 outcome->message.contains(QStringLiteral("on the provider")),
             qPrintable(outcome->message));
    const auto patches =
        requestsTo(*m_emulator, "PATCH", QStringLiteral("/api/v1/video-jobs/%1/").arg(standalone));
    QCOMPARE(patches.size(), 1);
    QCOMPARE(patches.constFirst().status, 400);
    QCOMPARE(m_fixture->defaultOf(look), ids[1]);  // unchanged
    QCOMPARE(m_fixture->library->pendingCount(), 0);
}

void TestLibraryService::notTheOwnerGetsTheOwnersMessage()
{
    // Carol owns a look; the catalog holds it under alice's account (shared with her, say) with one of
    // alice's videos linked.
    m_emulator->addUser(
        {QStringLiteral("token-carol"), QStringLiteral("carol"), QStringLiteral("carol@example.com")});
    const QString carolsLook =
        m_emulator->addLook(QStringLiteral("carol"), QStringLiteral("Carol's look"), 1, Visibility::Shared);
    const QString remoteVideo = m_fixture->createRemoteVideo(m_account, QStringLiteral("Alice's video"));
    m_emulator->advance(120s);
    QVERIFY(m_fixture->mirror(m_account));
    Look look;
    look.accountId = m_account;
    look.remoteId = carolsLook;
    look.title = QStringLiteral("Carol's look");
    const RowId lookId = LookStore(m_fixture->catalog()).create(look).value();
    const RowId video = m_fixture->videoByRemote(m_account, remoteVideo);
    QVERIFY(VideoStore(m_fixture->catalog()).linkToLook(lookId, video).ok());

    const std::optional<LibraryOutcome> outcome = m_fixture->setDefault(lookId, video);
    VERIFY_OUTCOME(outcome, LibraryOutcome::Kind::Failed);
    QVERIFY2(outcome->message.startsWith(
                 QStringLiteral("Only the owner of this look can choose its default video.")),
             qPrintable(outcome->message));
    const auto patches =
        requestsTo(*m_emulator, "PATCH", QStringLiteral("/api/v1/video-jobs/%1/").arg(remoteVideo));
    QCOMPARE(patches.size(), 1);
    QCOMPARE(patches.constFirst().status, 403);
    QCOMPARE(m_fixture->defaultOf(lookId), RowId(0));
}

void TestLibraryService::aVideoDeletedOnTheProviderIsNotFound()
{
    const QList<RowId> ids = lookWithVideos(2);
    QCOMPARE(ids.size(), 3);
    VERIFY_OUTCOME(m_fixture->setDefault(ids[0], ids[1]), LibraryOutcome::Kind::Done);
    // Deleted at the provider behind the library's back (the web app).
    AiStudioClient *client = m_fixture->aistudio(m_account);
    QVERIFY(client);
    const auto deleted = awaitAnswer<ProviderStatus>(
        [&](auto done) { client->deleteVideoJob(m_remoteVideos[1], std::move(done)); });
    QVERIFY(deleted && deleted->ok());

    const std::optional<LibraryOutcome> outcome = m_fixture->setDefault(ids[0], ids[2]);
    VERIFY_OUTCOME(outcome, LibraryOutcome::Kind::Failed);
    QVERIFY2(outcome->message.contains(QStringLiteral("no longer exists on the provider")),
             qPrintable(outcome->message));
    QCOMPARE(requestsTo(*m_emulator, "PATCH", QStringLiteral("/api/v1/video-jobs/%1/").arg(m_remoteVideos[1]))
                 .constFirst()
                 .status,
             404);
    QCOMPARE(m_fixture->defaultOf(ids[0]), ids[1]);  // the catalog is not changed by a refusal
    QCOMPARE(m_fixture->library->pendingCount(), 0);
}

void TestLibraryService::anUnfinishedVideoCannotBeTheDefault()
{
    m_remoteLook = m_emulator->addLook(QStringLiteral("alice"), QStringLiteral("Linen Morning"), 2);
    const QString running =
        m_fixture->createRemoteVideo(m_account, QStringLiteral("Still going"), m_remoteLook);
    m_emulator->advance(5s);
    QVERIFY(m_fixture->mirror(m_account));
    const RowId look = m_fixture->lookByRemote(m_remoteLook);
    const RowId video = m_fixture->videoByRemote(m_account, running);
    QVERIFY(look > 0 && video > 0);
    QVERIFY(VideoStore(m_fixture->catalog()).load(video).value().status != VideoStatus::Succeeded);
    m_emulator->clearRequests();

    const std::optional<LibraryOutcome> outcome = m_fixture->setDefault(look, video);
    VERIFY_OUTCOME(outcome, LibraryOutcome::Kind::Failed);
    QVERIFY2(outcome->message.startsWith(QStringLiteral("Only a finished video can be the default")) &&
                 outcome->message.contains(QStringLiteral("still generating")),
             qPrintable(outcome->message));
    QVERIFY(requestsTo(*m_emulator, "PATCH", QStringLiteral("/api/v1/")).isEmpty());
    QCOMPARE(m_fixture->defaultOf(look), RowId(0));
}

void TestLibraryService::unlinkingTheDefaultHandsItToTheNewestSucceededVideo()
{
    const QList<RowId> ids = lookWithVideos(3);
    QCOMPARE(ids.size(), 4);
    const RowId look = ids[0];
    // A newer video that is still generating must not become the default.
    const QString running =
        m_fixture->createRemoteVideo(m_account, QStringLiteral("Newest, running"), m_remoteLook);
    m_emulator->advance(2s);
    QVERIFY(m_fixture->mirror(m_account));
    QVERIFY(m_fixture->videoByRemote(m_account, running) > 0);
    VERIFY_OUTCOME(m_fixture->setDefault(look, ids[1]), LibraryOutcome::Kind::Done);
    m_emulator->clearRequests();

    VERIFY_OUTCOME(m_fixture->unlink(look, ids[1]), LibraryOutcome::Kind::Done);
    // The provider deleted the video; it had no file here, so the catalog row went too.
    const auto deletes =
        requestsTo(*m_emulator, "DELETE", QStringLiteral("/api/v1/video-jobs/%1").arg(m_remoteVideos[0]));
    QCOMPARE(deletes.size(), 1);
    QCOMPARE(deletes.constFirst().status, 204);
    QVERIFY(!VideoStore(m_fixture->catalog()).load(ids[1]).ok());
    // The newest succeeded one (the third) is the default, here and at the provider, set after the delete.
    QCOMPARE(m_fixture->defaultOf(look), ids[3]);
    const QList<ProviderEmulator::RequestRecord> all = m_emulator->requests();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all[0].method, QByteArray("DELETE"));
    QCOMPARE(all[1].method, QByteArray("PATCH"));
    QCOMPARE(
        all[1].path,
        QStringLiteral("/api/v1/video-jobs/%1/set-default-for-look/%2").arg(m_remoteVideos[2], m_remoteLook));
    QVERIFY(m_fixture->mirror(m_account));
    QCOMPARE(m_fixture->defaultOf(look), ids[3]);

    // Unlinking a video that is not the default leaves the default alone.
    VERIFY_OUTCOME(m_fixture->unlink(look, ids[2]), LibraryOutcome::Kind::Done);
    QCOMPARE(m_fixture->defaultOf(look), ids[3]);
    // Unlinking a video that is not linked says so.
    const std::optional<LibraryOutcome> again = m_fixture->unlink(look, ids[2]);
    VERIFY_OUTCOME(again, LibraryOutcome::Kind::Failed);
}

void TestLibraryService::localLooksLiveInTheCatalog()
{
    const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-3600);
    const RowId look = m_fixture->addLocalLook(QStringLiteral("Weekend layers"));
    const RowId first = m_fixture->addLocalVideo(QStringLiteral("First"), VideoStatus::Succeeded, t0);
    const RowId second =
        m_fixture->addLocalVideo(QStringLiteral("Second"), VideoStatus::Succeeded, t0.addSecs(60));
    const RowId third =
        m_fixture->addLocalVideo(QStringLiteral("Third"), VideoStatus::Succeeded, t0.addSecs(120));
    const RowId failed =
        m_fixture->addLocalVideo(QStringLiteral("Broken"), VideoStatus::Failed, t0.addSecs(180));
    m_emulator->clearRequests();

    // The first succeeded video linked becomes the default; exactly one default from then on.
    QVERIFY(m_fixture->library->link(look, first).ok());
    QCOMPARE(m_fixture->defaultOf(look), first);
    QVERIFY(m_fixture->library->link(look, second).ok());
    QVERIFY(m_fixture->library->link(look, third).ok());
    QVERIFY(m_fixture->library->link(look, failed).ok());
    QCOMPARE(m_fixture->defaultOf(look), first);

    VERIFY_OUTCOME(m_fixture->setDefault(look, second), LibraryOutcome::Kind::Done);
    QCOMPARE(m_fixture->defaultOf(look), second);
    const std::optional<LibraryOutcome> refused = m_fixture->setDefault(look, failed);
    VERIFY_OUTCOME(refused, LibraryOutcome::Kind::Failed);
    QVERIFY2(refused->message.contains(QStringLiteral("it failed")), qPrintable(refused->message));
    QCOMPARE(m_fixture->defaultOf(look), second);
    const RowId stranger = m_fixture->addLocalVideo(QStringLiteral("Not linked"), VideoStatus::Succeeded, t0);
    const std::optional<LibraryOutcome> notLinked = m_fixture->setDefault(look, stranger);
    VERIFY_OUTCOME(notLinked, LibraryOutcome::Kind::Failed);
    QVERIFY2(notLinked->message.contains(QStringLiteral("not linked")), qPrintable(notLinked->message));

    // Unlinking the default hands it to the newest other succeeded video (not the failed one); the
    // video stays in the library.
    VERIFY_OUTCOME(m_fixture->unlink(look, second), LibraryOutcome::Kind::Done);
    QCOMPARE(m_fixture->defaultOf(look), third);
    QVERIFY(VideoStore(m_fixture->catalog()).load(second).ok());
    VERIFY_OUTCOME(m_fixture->unlink(look, third), LibraryOutcome::Kind::Done);
    QCOMPARE(m_fixture->defaultOf(look), first);
    VERIFY_OUTCOME(m_fixture->unlink(look, first), LibraryOutcome::Kind::Done);
    QCOMPARE(m_fixture->defaultOf(look), RowId(0));  // only a failed video is left: no default
    QVERIFY(m_emulator->requests().isEmpty());       // nothing of a local look goes to a provider
}

void TestLibraryService::aProvidersLookRefusesLinks()
{
    const QList<RowId> ids = lookWithVideos(1);
    QCOMPARE(ids.size(), 2);
    const RowId local = m_fixture->addLocalVideo(QStringLiteral("Mine"), VideoStatus::Succeeded,
                                                 QDateTime::currentDateTimeUtc());
    const Status refused = m_fixture->library->link(ids[0], local);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error(),
             QStringLiteral("Videos of a provider's look are made for it: generate one from the look."));
    QCOMPARE(VideoStore(m_fixture->catalog()).links(ids[0]).value().size(), 1);
    // A local look links a provider's video.
    const RowId localLook = m_fixture->addLocalLook(QStringLiteral("Mixed"));
    QVERIFY(m_fixture->library->link(localLook, ids[1]).ok());
    QCOMPARE(m_fixture->defaultOf(localLook), ids[1]);
}

void TestLibraryService::favouriteOnAsyncVideosIsSentWithPut()
{
    m_emulator->setSpeed(240.0);
    const RowId dust = m_fixture->addAccount(Dialect::AsyncVideos, m_emulator->baseUrl());
    QVERIFY(m_fixture->queue->start(false).ok());
    VideoForm form;
    form.prompt = QStringLiteral("Lanterns over a night river");
    form.seconds = 5;
    const RowId job = GenerationService(m_fixture->catalog(), *m_fixture->queue)
                          .submit(dust, GenerationService::plan(form).value())
                          .value();
    QVERIFY(m_fixture->waitForJob(job));
    const Job done = JobStore(m_fixture->catalog()).load(job).value();
    QVERIFY2(done.status == JobStatus::Succeeded, qPrintable(done.error));
    const RowId videoId = done.params.value(QStringLiteral("videoId")).toInteger();
    const Video video = VideoStore(m_fixture->catalog()).load(videoId).value();
    // The import kept the provider's own id for the video (not the job's).
    QVERIFY(!video.remoteRef.isEmpty());
    QVERIFY(video.remoteRef != video.remoteId);
    m_emulator->clearRequests();

    VERIFY_OUTCOME(m_fixture->setFavorite(videoId, true), LibraryOutcome::Kind::Done);
    QVERIFY(VideoStore(m_fixture->catalog()).load(videoId).value().favorite);
    const auto puts = requestsTo(*m_emulator, "PUT", QStringLiteral("/videos/%1").arg(video.remoteRef));
    QCOMPARE(puts.size(), 1);
    QCOMPARE(puts.constFirst().status, 200);
    // The provider has it.
    QNetworkRequest request(
        QUrl(m_emulator->baseUrl().toString() + QStringLiteral("/videos/") + video.remoteRef));
    request.setRawHeader("Authorization", "Bearer token-alice");
    QNetworkReply *reply = m_fixture->network.get(request);
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 5000);
    const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    QCOMPARE(body.value(QStringLiteral("video")).toObject().value(QStringLiteral("is_favorited")).toBool(),
             true);

    VERIFY_OUTCOME(m_fixture->setFavorite(videoId, false), LibraryOutcome::Kind::Done);
    QVERIFY(!VideoStore(m_fixture->catalog()).load(videoId).value().favorite);
    QCOMPARE(requestsTo(*m_emulator, "PUT", QStringLiteral("/videos/")).size(), 2);

    // aistudio and local videos: the library's own flag, no request.
    const QList<RowId> ids = lookWithVideos(1);
    m_emulator->clearRequests();
    VERIFY_OUTCOME(m_fixture->setFavorite(ids[1], true), LibraryOutcome::Kind::Done);
    const RowId local = m_fixture->addLocalVideo(QStringLiteral("Mine"), VideoStatus::Succeeded,
                                                 QDateTime::currentDateTimeUtc());
    VERIFY_OUTCOME(m_fixture->setFavorite(local, true), LibraryOutcome::Kind::Done);
    QVERIFY(VideoStore(m_fixture->catalog()).load(ids[1]).value().favorite);
    QVERIFY(VideoStore(m_fixture->catalog()).load(local).value().favorite);
    QVERIFY(requestsTo(*m_emulator, "PUT", QStringLiteral("/")).isEmpty());
}

void TestLibraryService::generatingForALocalLookLinksAndDefaultsTheDraft()
{
    QVERIFY(m_fixture->queue->start(false).ok());
    const RowId look = m_fixture->addLocalLook(QStringLiteral("Harbour coat"));
    QSignalSpy looksChanged(m_fixture->library.get(), &LibraryService::looksChanged);
    const Result<RowId> job =
        m_fixture->library->generateForLook(look, QStringLiteral("A coat on a quiet harbour"), 2);
    QVERIFY2(job.ok(), qPrintable(job.error()));
    QVERIFY(m_fixture->waitForJob(*job, 60000));
    const Job done = JobStore(m_fixture->catalog()).load(*job).value();
    QVERIFY2(done.status == JobStatus::Succeeded, qPrintable(done.error));
    QCOMPARE(done.accountId, RowId(0));
    const RowId video = done.params.value(QStringLiteral("videoId")).toInteger();
    const QList<LookVideoLink> links = VideoStore(m_fixture->catalog()).links(look).value();
    QCOMPARE(links.size(), 1);
    QCOMPARE(links.constFirst().videoId, video);
    QTRY_COMPARE(m_fixture->defaultOf(look), video);
    QVERIFY(!looksChanged.isEmpty());
    QVERIFY(!VideoStore(m_fixture->catalog()).load(video).value().posterPath.isEmpty());
}

void TestLibraryService::generatingForAnAistudioLookUsesTheLookRoute()
{
    m_emulator->setSpeed(240.0);
    QVERIFY(m_fixture->queue->start(false).ok());
    m_remoteLook = m_emulator->addLook(QStringLiteral("alice"), QStringLiteral("Night market"), 2);
    QVERIFY(m_fixture->mirror(m_account));
    const RowId look = m_fixture->lookByRemote(m_remoteLook);
    QVERIFY(look > 0);
    const Result<RowId> job = m_fixture->library->generateForLook(look, QStringLiteral("Neon and silk"), 4);
    QVERIFY2(job.ok(), qPrintable(job.error()));
    QVERIFY(m_fixture->waitForJob(*job, 60000));
    const Job done = JobStore(m_fixture->catalog()).load(*job).value();
    QVERIFY2(done.status == JobStatus::Succeeded, qPrintable(done.error));
    QCOMPARE(done.accountId, m_account);
    QCOMPARE(
        requestsTo(*m_emulator, "POST", QStringLiteral("/api/v1/looks/%1/videos").arg(m_remoteLook)).size(),
        1);
    const RowId video = done.params.value(QStringLiteral("videoId")).toInteger();
    // The look's first video became its default, at the provider too.
    QTRY_COMPARE_WITH_TIMEOUT(m_fixture->defaultOf(look), video, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(
        requestsTo(
            *m_emulator, "PATCH",
            QStringLiteral("/api/v1/video-jobs/%1/set-default-for-look/%2").arg(done.remoteId, m_remoteLook))
            .size(),
        1, 5000);
    QVERIFY(!VideoStore(m_fixture->catalog()).load(video).value().posterPath.isEmpty());
}

void TestLibraryService::syncBringsTheProvidersLooksIntoTheLibrary()
{
    const QString remoteLook =
        m_emulator->addLook(QStringLiteral("alice"), QStringLiteral("Harbour Evening"), 2);
    const QString remoteVideo =
        m_fixture->createRemoteVideo(m_account, QStringLiteral("harbour"), remoteLook);
    QVERIFY(!remoteVideo.isEmpty());
    m_emulator->advance(120s);
    QCOMPARE(m_fixture->lookByRemote(remoteLook), RowId(0));
    QSignalSpy looksChanged(m_fixture->library.get(), &LibraryService::looksChanged);

    std::optional<LibraryOutcome> outcome =
        awaitAnswer<LibraryOutcome>([&](auto done) { m_fixture->library->syncAccounts(std::move(done)); });
    QVERIFY2(outcome && outcome->kind == LibraryOutcome::Kind::Done, qPrintable(describe(outcome)));
    QVERIFY2(outcome->message.contains(QStringLiteral("Synced 1 look and")), qPrintable(outcome->message));
    const RowId look = m_fixture->lookByRemote(remoteLook);
    QVERIFY(look > 0);
    const RowId video = m_fixture->videoByRemote(m_account, remoteVideo);
    QVERIFY(video > 0);
    QCOMPARE(VideoStore(m_fixture->catalog()).links(look).value().size(), 1);
    QVERIFY(!looksChanged.isEmpty());

    // An unreachable provider is a failure with its words, not a silent success.
    m_emulator.reset();
    outcome =
        awaitAnswer<LibraryOutcome>([&](auto done) { m_fixture->library->syncAccounts(std::move(done)); });
    QVERIFY2(outcome && outcome->kind == LibraryOutcome::Kind::Failed, qPrintable(describe(outcome)));
    QVERIFY(LookStore(m_fixture->catalog()).load(look).ok());  // what was mirrored stays
}

QTEST_MAIN(TestLibraryService)
#include "tst_libraryservice.moc"
