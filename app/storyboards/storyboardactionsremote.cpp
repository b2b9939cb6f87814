// StoryboardActions for storyboards on a `storyboard` provider account (seed 003): refine through the
// service and fetch the new image; approve + render there, poll until completed, fetch the video.
// The service has no render job kind for the remote runner, so the render is a direct call sequence
// here; the delivered video is recorded as a succeeded Render job so it lists as a version.
#include "storyboardactions.h"

#include "httpclient.h"
#include "jobstore.h"
#include "mediastore.h"
#include "providerhub.h"
#include "resultimport.h"
#include "storyboardclient.h"
#include "storyboarddocument.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>
#include <QUuid>

Q_DECLARE_LOGGING_CATEGORY(lcStoryboardActions)

namespace storyreel {
namespace {

// The account's client as a StoryboardClient, or an error for `done`.
void withClient(ProviderHub &hub, RowId accountId, std::function<void(StoryboardClient *, QString)> use)
{
    hub.provider(accountId, [use = std::move(use)](ProviderResult<Provider *> provider) {
        if (!provider)
            return use(nullptr, provider.error().message);
        auto *client = qobject_cast<StoryboardClient *>(*provider);
        if (!client)
            return use(nullptr,
                       StoryboardActions::tr("The storyboard's account is not a storyboard provider."));
        use(client, {});
    });
}

QString partialFor(const QString &destination)
{
    return destination + QStringLiteral(".partial-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

}  // namespace

struct StoryboardActions::RemoteRender
{
    Storyboard board;
    QString destination;
    int version = 0;
    QTimer *timer = nullptr;  // a child of the actions; deleted later, never inside its own signal
    std::shared_ptr<HttpCall> call;

    ~RemoteRender()
    {
        if (call)
            call->cancel();  // its callback finds no render and removes the partial file
    }
};

void StoryboardActions::refineRemotely(StoryboardDocument &document, int row, const Scene &refined,
                                       std::function<void(Status)> done)
{
    if (!m_hub)
        return done(Failure{tr("This storyboard lives on a provider account, which is not available here.")});
    const Storyboard board = document.storyboard();
    const Scene before = document.scenes().at(row);
    const QString prompt = refined.imagePrompt != before.imagePrompt ? refined.imagePrompt : QString();
    const QString description = refined.description != before.description ? refined.description : QString();
    QPointer<StoryboardDocument> doc(&document);
    QPointer<StoryboardActions> self(this);
    ProviderHub *hub = m_hub;
    const QString media = m_location.root();
    withClient(*hub, board.accountId, [=](StoryboardClient *client, const QString &error) {
        if (!client)
            return done(Failure{error});
        QPointer<StoryboardClient> guard(client);
        // Scene numbers are the service's, 1-based in the current order.
        const int number = row + 1;
        client->refine(
            board.remoteId, number, prompt, description,
            [=](ProviderResult<StoryboardRefinement> refinedOk) {
                if (!refinedOk)
                    return done(refinedOk.error().toFailure());
                if (prompt.isEmpty() || !guard)  // a description keeps the image
                    return done(doc ? doc->applyRefinement(row, refined) : Status());
                guard->result(board.remoteId, [=](ProviderResult<RemoteResult> result) {
                    if (!result)
                        return done(result.error().toFailure());
                    std::optional<RemoteFile> image;
                    for (const RemoteFile &file : result->files) {
                        if (file.role == RemoteFile::Role::SceneImage && file.scene == number)
                            image = file;
                    }
                    if (!image || !self)
                        return done(doc ? doc->applyRefinement(row, refined) : Status());
                    const QString path =
                        QDir(media).filePath(QStringLiteral("media/incoming/refine-%1")
                                                 .arg(QUuid::createUuid().toString(QUuid::WithoutBraces)));
                    QDir().mkpath(QFileInfo(path).absolutePath());
                    HttpRequest request;
                    request.url = image->url;
                    if (image->sendToken)
                        request.bearerToken = hub->token(board.accountId);
                    request.what = tr("download the refined scene image");
                    hub->http().download(
                        request, path, image->acceptedTypes, {}, [=](ProviderResult<qint64> fetched) {
                            if (!fetched) {
                                QFile::remove(path);
                                return done(fetched.error().toFailure());
                            }
                            Result<StoredFile> stored = storeDownloadedFile(MediaStore(media), *image, path);
                            if (!stored)
                                return done(stored.failure());
                            Scene withImage = refined;
                            withImage.imagePath = stored->mediaPath;
                            done(doc ? doc->applyRefinement(row, withImage) : Status());
                        });
                });
            },
            QUuid::createUuid().toString(QUuid::WithoutBraces));
    });
}

void StoryboardActions::startRemoteRender(const Storyboard &board, const QString &destination, int version)
{
    auto *render = new RemoteRender;
    render->board = board;
    render->destination = destination;
    render->version = version;
    render->timer = new QTimer(this);
    render->timer->setSingleShot(true);
    const RowId id = board.id;
    connect(render->timer, &QTimer::timeout, this, [this, id] { pollRemoteRender(id); });
    m_remoteRenders.insert(id, render);
    Q_EMIT remoteRenderProgress(id, 0.0, tr("approving"));
    QPointer<StoryboardActions> self(this);
    withClient(*m_hub, board.accountId, [self, id, board](StoryboardClient *client, const QString &error) {
        if (!self)
            return;
        if (!client)
            return self->finishRemoteRender(id, error);
        QPointer<StoryboardClient> guard(client);
        client->approve(board.remoteId, [self, guard, id, board](ProviderStatus approved) {
            if (!self)
                return;
            if (!approved || !guard)
                return self->finishRemoteRender(
                    id, approved ? tr("The provider went away.") : approved.error().message);
            guard->render(
                board.remoteId,
                [self, id](ProviderStatus started) {
                    if (!self)
                        return;
                    if (!started)
                        return self->finishRemoteRender(id, started.error().message);
                    Q_EMIT self->remoteRenderProgress(id, 0.05, tr("rendering"));
                    if (RemoteRender *waiting = self->m_remoteRenders.value(id))
                        waiting->timer->start(self->m_pollInterval);
                },
                QUuid::createUuid().toString(QUuid::WithoutBraces));
        });
    });
}

void StoryboardActions::pollRemoteRender(RowId storyboardId)
{
    RemoteRender *render = m_remoteRenders.value(storyboardId);
    if (!render)
        return;
    const Storyboard board = render->board;
    QPointer<StoryboardActions> self(this);
    const RowId id = storyboardId;
    withClient(*m_hub, board.accountId, [self, id, board](StoryboardClient *client, const QString &error) {
        if (!self || !self->m_remoteRenders.contains(id))
            return;
        if (!client)
            return self->finishRemoteRender(id, error);
        QPointer<StoryboardClient> guard(client);
        client->poll({board.remoteId}, [self, guard, id, board](ProviderResult<QList<RemoteState>> states) {
            RemoteRender *polled = self ? self->m_remoteRenders.value(id) : nullptr;
            if (!polled)
                return;
            if (!states || states->isEmpty())  // a hiccup: try again at the next tick
                return polled->timer->start(self->m_pollInterval);
            const RemoteState state = states->constFirst();
            if (state.phase == RemoteState::Phase::Failed || state.phase == RemoteState::Phase::Cancelled)
                return self->finishRemoteRender(
                    id, state.error.isEmpty() ? tr("The provider did not render the video.") : state.error);
            if (state.phase != RemoteState::Phase::Succeeded || state.storyboardReady || !guard) {
                Q_EMIT self->remoteRenderProgress(id, qBound(0.05, state.progress, 0.9),
                                                  state.stage.isEmpty() ? tr("rendering") : state.stage);
                return polled->timer->start(self->m_pollInterval);
            }
            Q_EMIT self->remoteRenderProgress(id, 0.9, tr("downloading"));
            guard->result(board.remoteId, [self, id, board](ProviderResult<RemoteResult> result) {
                RemoteRender *current = self ? self->m_remoteRenders.value(id) : nullptr;
                if (!current)
                    return;
                if (!result)
                    return self->finishRemoteRender(id, result.error().message);
                std::optional<RemoteFile> video;
                for (const RemoteFile &file : result->files) {
                    if (file.role == RemoteFile::Role::Video)
                        video = file;
                }
                if (!video)
                    return self->finishRemoteRender(id, tr("The provider sent no video."));
                const QString partial = partialFor(current->destination);
                HttpRequest request;
                request.url = video->url;
                if (video->sendToken)
                    request.bearerToken = self->m_hub->token(board.accountId);
                request.what = tr("download the rendered video");
                current->call = self->m_hub->http().download(
                    request, partial, video->acceptedTypes, {},
                    [self, id, partial](ProviderResult<qint64> got) {
                        RemoteRender *last = self ? self->m_remoteRenders.value(id) : nullptr;
                        if (!last) {
                            QFile::remove(partial);
                            return;
                        }
                        last->call.reset();  // done: nothing left to cancel
                        if (!got) {
                            QFile::remove(partial);
                            return self->finishRemoteRender(id, got.error().message);
                        }
                        QFile::remove(last->destination);
                        if (!QFile::rename(partial, last->destination)) {
                            QFile::remove(partial);
                            return self->finishRemoteRender(id, tr("The video could not be saved."));
                        }
                        self->finishRemoteRender(id, {});
                    });
            });
        });
    });
}

void StoryboardActions::finishRemoteRender(RowId storyboardId, const QString &error)
{
    RemoteRender *render = m_remoteRenders.take(storyboardId);
    if (!render)
        return;
    QString path;
    if (error.isEmpty()) {
        Job job;
        job.kind = JobKind::Render;
        job.status = JobStatus::Succeeded;
        job.title = tr("Render %1 (v%2, by the provider)").arg(render->board.title).arg(render->version);
        job.params = QJsonObject{{QStringLiteral("storyboardId"), render->board.id},
                                 {QStringLiteral("aspect"), toText(render->board.aspect)},
                                 {QStringLiteral("version"), render->version},
                                 {QStringLiteral("remote"), true}};
        job.remoteId = render->board.remoteId;
        job.progress = 1.0;
        job.outputPath = render->destination;
        job.startedAt = job.finishedAt = QDateTime::currentDateTimeUtc();
        if (Result<RowId> recorded = JobStore(m_catalog).create(job); !recorded)
            qCWarning(lcStoryboardActions) << "the remote render was not recorded:" << recorded.error();
        path = render->destination;
    }
    render->timer->stop();
    render->timer->deleteLater();
    delete render;
    Q_EMIT remoteRenderFinished(storyboardId, path, error);
}

}  // namespace storyreel
