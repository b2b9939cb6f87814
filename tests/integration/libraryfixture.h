#pragma once

// What the library's integration tests share: a studio in a temporary folder, provider accounts on the
// emulator (tokens in the memory keychain), a job queue running local and remote jobs, and the
// LibraryService under test, plus helpers that wait for one asynchronous answer.
#include "accountstore.h"
#include "aistudioclient.h"
#include "aistudiomirror.h"
#include "jobqueue.h"
#include "jobstore.h"
#include "libraryservice.h"
#include "localrunners.h"
#include "lookstore.h"
#include "memorycredentialstore.h"
#include "provideremulator.h"
#include "providerhub.h"
#include "providerjobrunner.h"
#include "studio.h"
#include "videostore.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>
#include <optional>

namespace storyreel::test {

using namespace std::chrono_literals;

// Spins the event loop until `call`'s one callback answered (or the timeout passed: nullopt).
template <typename T>
std::optional<T> awaitAnswer(const std::function<void(std::function<void(T)>)> &call, int timeoutMs = 30000)
{
    auto answer = std::make_shared<std::optional<T>>();
    call([answer](T value) { answer->emplace(std::move(value)); });
    if (!QTest::qWaitFor([&] { return answer->has_value(); }, timeoutMs))
        return std::nullopt;
    return std::move(*answer);
}

inline QString describe(const std::optional<LibraryOutcome> &outcome)
{
    if (!outcome)
        return QStringLiteral("no answer");
    const char *kinds[] = {"Done", "Queued", "Failed"};
    return QStringLiteral("%1: %2").arg(QLatin1String(kinds[int(outcome->kind)]), outcome->message);
}

class LibraryFixture final
{
public:
    explicit LibraryFixture(HttpPolicy policy = fastPolicy())
    {
        Result<std::unique_ptr<Studio>> opened = Studio::open(DataLocation(m_dir.path()));
        if (!opened)
            qFatal("cannot open a studio: %s", qPrintable(opened.error()));
        studio = std::move(opened).value();
        hub = std::make_unique<ProviderHub>(studio->catalog(), credentials, &network, policy);
        hub->setPollInterval(40ms);
        queue = std::make_unique<JobQueue>(studio->catalog(), 2);
        installLocalRunners(*queue, studio->catalog(), studio->location());
        installRemoteRunner(*queue, *hub, *studio);
        library = std::make_unique<LibraryService>(studio->catalog(), *hub, *queue, studio->location());
    }

    ~LibraryFixture()
    {
        library.reset();
        queue.reset();
        hub.reset();
    }

    static HttpPolicy fastPolicy()
    {
        HttpPolicy policy;
        policy.maxAttempts = 2;
        policy.baseDelay = 20ms;
        policy.maxDelay = 100ms;
        policy.maxWait = 1000ms;
        return policy;
    }

    Catalog &catalog() { return studio->catalog(); }

    // An account of `dialect` at `baseUrl` with its token in the memory keychain.
    RowId addAccount(Dialect dialect, const QUrl &baseUrl,
                     const QString &token = QStringLiteral("token-alice"))
    {
        ProviderAccount account;
        account.name =
            QStringLiteral("%1 %2").arg(toText(dialect), QUuid::createUuid().toString(QUuid::Id128).left(6));
        account.dialect = dialect;
        account.baseUrl = baseUrl.toString();
        const RowId id = AccountStore(catalog()).create(account).value();
        bool written = false;
        credentials.write(AccountStore(catalog()).load(id).value().credentialKey(), token,
                          [&written](const CredentialResult &result) { written = result.ok(); });
        if (!QTest::qWaitFor([&] { return written; }, 2000))
            qFatal("the memory keychain did not take the token");
        return id;
    }

    AiStudioClient *aistudio(RowId accountId)
    {
        std::optional<ProviderResult<Provider *>> provider = awaitAnswer<ProviderResult<Provider *>>(
            [&](auto done) { hub->provider(accountId, std::move(done)); });
        if (!provider || !*provider)
            return nullptr;
        return qobject_cast<AiStudioClient *>(**provider);
    }

    // A video-job of the account at the provider (for the look when given); its remote id.
    QString createRemoteVideo(RowId accountId, const QString &prompt, const QString &remoteLookId = {})
    {
        AiStudioClient *client = aistudio(accountId);
        if (!client)
            return {};
        GenerationRequest request;
        request.kind = JobKind::GenerateText;
        request.params = {{QStringLiteral("prompt"), prompt}, {QStringLiteral("seconds"), 4}};
        if (!remoteLookId.isEmpty())
            request.params.insert(QStringLiteral("remoteLookId"), remoteLookId);
        request.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
        std::optional<ProviderResult<CreatedJob>> created = awaitAnswer<ProviderResult<CreatedJob>>(
            [&](auto done) { client->create(request, std::move(done)); });
        if (!created || !*created) {
            qWarning("create failed: %s", created ? qPrintable(created->error().message) : "no answer");
            return {};
        }
        return (*created)->remoteId;
    }

    // Mirrors the aistudio account's looks and videos into the catalog.
    bool mirror(RowId accountId)
    {
        AiStudioClient *client = aistudio(accountId);
        if (!client)
            return false;
        AiStudioMirror mirror(*client, catalog(), accountId);
        std::optional<Result<AiStudioMirrorSummary>> summary =
            awaitAnswer<Result<AiStudioMirrorSummary>>([&](auto done) { mirror.run(std::move(done)); });
        if (!summary || !*summary) {
            qWarning("mirror failed: %s", summary ? qPrintable(summary->error()) : "no answer");
            return false;
        }
        return true;
    }

    RowId lookByRemote(const QString &remoteId)
    {
        for (const Look &look : LookStore(catalog()).list().value()) {
            if (look.remoteId == remoteId)
                return look.id;
        }
        return 0;
    }

    RowId videoByRemote(RowId accountId, const QString &remoteId)
    {
        std::optional<Video> video = VideoStore(catalog()).findByRemote(accountId, remoteId).value();
        return video ? video->id : 0;
    }

    RowId defaultOf(RowId lookId)
    {
        std::optional<Video> video = VideoStore(catalog()).defaultVideo(lookId).value();
        return video ? video->id : 0;
    }

    std::optional<LibraryOutcome> setDefault(RowId lookId, RowId videoId)
    {
        return awaitAnswer<LibraryOutcome>(
            [&](auto done) { library->setDefault(lookId, videoId, std::move(done)); });
    }

    std::optional<LibraryOutcome> unlink(RowId lookId, RowId videoId)
    {
        return awaitAnswer<LibraryOutcome>(
            [&](auto done) { library->unlink(lookId, videoId, std::move(done)); });
    }

    std::optional<LibraryOutcome> setFavorite(RowId videoId, bool favorite)
    {
        return awaitAnswer<LibraryOutcome>(
            [&](auto done) { library->setFavorite(videoId, favorite, std::move(done)); });
    }

    bool waitForJob(RowId jobId, int timeoutMs = 30000)
    {
        return QTest::qWaitFor([&] { return isTerminal(JobStore(catalog()).load(jobId).value().status); },
                               timeoutMs);
    }

    // A local look (no account) with a title.
    RowId addLocalLook(const QString &title)
    {
        Look look;
        look.title = title;
        return LookStore(catalog()).create(look).value();
    }

    // A local library video in `status`, created at `created`.
    RowId addLocalVideo(const QString &title, VideoStatus status, const QDateTime &created)
    {
        Video video;
        video.kind = VideoKind::TextToVideo;
        video.status = status;
        video.title = title;
        video.createdAt = created;
        return VideoStore(catalog()).create(video).value();
    }

private:
    QTemporaryDir m_dir;

public:
    std::unique_ptr<Studio> studio;
    QNetworkAccessManager network;
    MemoryCredentialStore credentials;
    std::unique_ptr<ProviderHub> hub;
    std::unique_ptr<JobQueue> queue;
    std::unique_ptr<LibraryService> library;
};

// The emulator's requests with this method whose path starts with `prefix` (main origin only).
inline QList<ProviderEmulator::RequestRecord> requestsTo(const ProviderEmulator &emulator,
                                                         const QByteArray &method, const QString &prefix)
{
    QList<ProviderEmulator::RequestRecord> matching;
    for (const ProviderEmulator::RequestRecord &record : emulator.requests()) {
        if (!record.cdn && record.method == method && record.path.startsWith(prefix))
            matching << record;
    }
    return matching;
}

}  // namespace storyreel::test
