#include "libraryservice.h"

#include "accountstore.h"
#include "aistudiomirror.h"
#include "catalog.h"
#include "generationservice.h"
#include "jobqueue.h"
#include "jobstore.h"
#include "lookstore.h"
#include "mediastore.h"
#include "offlinequeue.h"
#include "providerhub.h"
#include "transaction.h"
#include "videostore.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QTimer>

#include <algorithm>

namespace storyreel {
namespace {

Q_LOGGING_CATEGORY(lcLibrary, "storyreel.library", QtWarningMsg)

LibraryOutcome failed(const QString &message)
{
    return LibraryOutcome{LibraryOutcome::Kind::Failed, message};
}

}  // namespace

// A look and one of its videos, loaded and checked.
struct LibraryService::Target
{
    Look look;
    Video video;
    bool linked = false;
    bool isDefault = false;
};

LibraryService::LibraryService(Catalog &catalog, ProviderHub &hub, JobQueue &queue,
                               const DataLocation &location, QObject *parent)
    : QObject(parent), m_catalog(catalog), m_hub(hub), m_queue(queue), m_location(location)
{
    m_offline = std::make_unique<OfflineQueue>(
        catalog, [this](const PendingOp &op, std::function<void(ProviderStatus)> done) {
            sendOp(op, std::move(done));
        });
    connect(m_offline.get(), &OfflineQueue::changed, this, &LibraryService::pendingChanged);
    connect(m_offline.get(), &OfflineQueue::settled, this, &LibraryService::onSettled);
    connect(m_offline.get(), &OfflineQueue::stalled, this, &LibraryService::onStalled);
    connect(&queue, &JobQueue::jobFinished, this, &LibraryService::onJobFinished);
}

LibraryService::~LibraryService()
{
    // Callers still waiting for a replay hear nothing more: the service (and its callbacks' owner) is
    // going away with the application.
    m_waiting.clear();
}

void LibraryService::finish(const Done &done, LibraryOutcome outcome)
{
    if (!done)
        return;
    // Never from inside the call that started the edit.
    QTimer::singleShot(0, this, [done, outcome] { done(outcome); });
}

void LibraryService::announce(const QList<qint64> &videos, const QList<qint64> &looks)
{
    if (!videos.isEmpty())
        Q_EMIT videosChanged(videos);
    if (!looks.isEmpty())
        Q_EMIT looksChanged(looks);
}

Result<LibraryService::Target> LibraryService::targetOf(RowId lookId, RowId videoId) const
{
    Result<Look> look = LookStore(m_catalog).load(lookId);
    if (!look)
        return Failure{tr("There is no look %1 in the library.").arg(lookId), FailureKind::BadInput};
    Result<Video> video = VideoStore(m_catalog).load(videoId);
    if (!video)
        return Failure{tr("There is no video %1 in the library.").arg(videoId), FailureKind::BadInput};
    Result<QList<LookVideoLink>> links = VideoStore(m_catalog).links(lookId);
    if (!links)
        return links.failure();
    Target target{*look, *video};
    for (const LookVideoLink &link : *links) {
        if (link.videoId == videoId) {
            target.linked = true;
            target.isDefault = link.isDefault;
        }
    }
    return target;
}

Status LibraryService::applyDefault(RowId lookId, RowId videoId)
{
    std::optional<RowId> previous;
    if (Result<std::optional<Video>> current = VideoStore(m_catalog).defaultVideo(lookId);
        current && current->has_value())
        previous = current->value().id;
    if (Status set = VideoStore(m_catalog).setDefault(lookId, videoId); !set)
        return set;
    QList<qint64> videos{videoId};
    if (previous && *previous != videoId)
        videos << *previous;
    announce(videos, {lookId});
    return {};
}

void LibraryService::setDefault(RowId lookId, RowId videoId, Done done)
{
    Result<Target> target = targetOf(lookId, videoId);
    if (!target)
        return finish(done, failed(target.error()));
    const Look &look = target->look;
    const Video &video = target->video;
    if (!target->linked)
        return finish(
            done,
            failed(
                tr("\"%1\" is not linked to the look \"%2\": link it first.").arg(video.title, look.title)));
    if (video.status != VideoStatus::Succeeded) {
        const QString state = video.status == VideoStatus::Failed      ? tr("it failed")
                              : video.status == VideoStatus::Cancelled ? tr("it was cancelled")
                                                                       : tr("it is still generating");
        return finish(
            done, failed(tr("Only a finished video can be the default; this one is not (%1).").arg(state)));
    }
    if (target->isDefault)
        return finish(done, LibraryOutcome{
                                LibraryOutcome::Kind::Done,
                                tr("\"%1\" is already the default of \"%2\".").arg(video.title, look.title)});
    if (look.accountId == 0) {
        // A local look: the catalog is the truth (its partial unique index keeps one default).
        if (Status set = applyDefault(lookId, videoId); !set)
            return finish(done, failed(set.error()));
        return finish(done, LibraryOutcome{});
    }
    if (video.accountId != look.accountId || video.remoteId.isEmpty() || look.remoteId.isEmpty())
        return finish(done, failed(tr("\"%1\" was not made on the provider account of \"%2\", so the "
                                      "provider cannot show it as the look's default.")
                                       .arg(video.title, look.title)));
    PendingOp op;
    op.accountId = look.accountId;
    op.operation = QStringLiteral("set-default");
    op.payload = QJsonObject{{QStringLiteral("lookId"), lookId},
                             {QStringLiteral("videoId"), videoId},
                             {QStringLiteral("remoteLookId"), look.remoteId},
                             {QStringLiteral("remoteVideoId"), video.remoteId},
                             {QStringLiteral("lookTitle"), look.title},
                             {QStringLiteral("videoTitle"), video.title}};
    submitRemote(
        op, [this, lookId, videoId] { return applyDefault(lookId, videoId); }, {}, std::move(done));
}

Status LibraryService::applyUnlink(RowId lookId, const Video &video, bool remote, QList<qint64> *looks)
{
    const VideoStore videos(m_catalog);
    QList<RowId> linkedTo{lookId};
    if (remote) {
        // The provider deleted the video itself: every link goes.
        Result<QList<RowId>> all = videos.looksOf(video.id);
        if (!all)
            return all.failure();
        linkedTo = *all;
    }
    Transaction transaction(m_catalog.db());
    if (!transaction.began())
        return Failure{transaction.beginError()};
    for (RowId look : std::as_const(linkedTo)) {
        if (Status unlinked = videos.unlinkFromLook(look, video.id); !unlinked)
            return unlinked;
    }
    // A deleted provider video stays in the library only when it has a file here to review offline.
    const bool keep =
        !remote || (!video.filePath.isEmpty() && QFileInfo::exists(m_location.absolute(video.filePath)));
    if (!keep) {
        if (Status removed = videos.remove(video.id); !removed)
            return removed;
    }
    if (Status committed = transaction.commit(); !committed)
        return committed;
    *looks = QList<qint64>(linkedTo.cbegin(), linkedTo.cend());
    announce({video.id}, *looks);
    return {};
}

void LibraryService::unlink(RowId lookId, RowId videoId, Done done)
{
    Result<Target> target = targetOf(lookId, videoId);
    if (!target)
        return finish(done, failed(target.error()));
    const Look look = target->look;
    const Video video = target->video;
    if (!target->linked)
        return finish(done,
                      failed(tr("\"%1\" is not linked to the look \"%2\".").arg(video.title, look.title)));
    const bool wasDefault = target->isDefault;
    if (look.accountId == 0) {
        QList<qint64> looks;
        if (Status unlinked = applyUnlink(lookId, video, false, &looks); !unlinked)
            return finish(done, failed(unlinked.error()));
        if (!wasDefault)
            return finish(done, LibraryOutcome{});
        return promoteDefault(lookId, videoId,
                              [this, done](LibraryOutcome) { finish(done, LibraryOutcome{}); });
    }
    if (video.accountId != look.accountId || video.remoteId.isEmpty())
        return finish(
            done,
            failed(
                tr("\"%1\" is not a video of the provider account of \"%2\".").arg(video.title, look.title)));
    // Every look that had this video as its default needs another one once it is gone.
    QList<RowId> defaultOf;
    if (Result<QList<RowId>> looksOf = VideoStore(m_catalog).looksOf(videoId); looksOf) {
        for (RowId other : *looksOf) {
            Result<std::optional<Video>> current = VideoStore(m_catalog).defaultVideo(other);
            if (current && current->has_value() && current->value().id == videoId)
                defaultOf << other;
        }
    }
    PendingOp op;
    op.accountId = look.accountId;
    op.operation = QStringLiteral("unlink");
    op.payload = QJsonObject{{QStringLiteral("lookId"), lookId},
                             {QStringLiteral("videoId"), videoId},
                             {QStringLiteral("remoteVideoId"), video.remoteId},
                             {QStringLiteral("lookTitle"), look.title},
                             {QStringLiteral("videoTitle"), video.title}};
    submitRemote(
        op,
        [this, lookId, video] {
            QList<qint64> looks;
            return applyUnlink(lookId, video, true, &looks);
        },
        // Promotions go out (or queue) behind the deletion.
        [this, defaultOf, videoId](std::function<void()> next) { promoteDefaults(defaultOf, videoId, next); },
        std::move(done));
}

void LibraryService::promoteDefaults(QList<RowId> lookIds, RowId removedVideoId, std::function<void()> next)
{
    if (lookIds.isEmpty())
        return next();
    const RowId lookId = lookIds.takeFirst();
    promoteDefault(lookId, removedVideoId, [this, lookIds, removedVideoId, next](LibraryOutcome outcome) {
        if (outcome.kind == LibraryOutcome::Kind::Failed)
            qCInfo(lcLibrary) << "no new default:" << outcome.message;
        promoteDefaults(lookIds, removedVideoId, next);
    });
}

void LibraryService::promoteDefault(RowId lookId, RowId removedVideoId, Done done)
{
    Result<Look> look = LookStore(m_catalog).load(lookId);
    Result<QList<Video>> linked = VideoStore(m_catalog).videosForLook(lookId);
    if (!look || !linked)
        return finish(done, failed(look ? linked.error() : look.error()));
    std::optional<Video> newest;
    for (const Video &video : *linked) {
        if (video.id == removedVideoId || video.status != VideoStatus::Succeeded)
            continue;
        if (look->accountId > 0 && (video.accountId != look->accountId || video.remoteId.isEmpty()))
            continue;  // the provider can only take its own videos
        if (!newest || video.createdAt > newest->createdAt ||
            (video.createdAt == newest->createdAt && video.id > newest->id))
            newest = video;
    }
    if (!newest)
        return finish(done, LibraryOutcome{});  // no succeeded video left: the look shows its image
    qCInfo(lcLibrary) << "look" << lookId << "gets video" << newest->id << "as its new default";
    setDefault(lookId, newest->id, std::move(done));
}

void LibraryService::setFavorite(RowId videoId, bool favorite, Done done)
{
    Result<Video> loaded = VideoStore(m_catalog).load(videoId);
    if (!loaded)
        return finish(done, failed(tr("There is no video %1 in the library.").arg(videoId)));
    const Video video = *loaded;
    if (Status set = VideoStore(m_catalog).setFavorite(videoId, favorite); !set)
        return finish(done, failed(set.error()));
    announce({videoId}, {});
    std::optional<Dialect> dialect;
    if (video.accountId > 0) {
        if (Result<ProviderAccount> account = AccountStore(m_catalog).load(video.accountId); account)
            dialect = account->dialect;
    }
    // Only asyncvideos keeps favourites (seed 002); everywhere else the flag is the library's own.
    if (dialect != Dialect::AsyncVideos || video.remoteRef.isEmpty())
        return finish(done, LibraryOutcome{});
    PendingOp op;
    op.accountId = video.accountId;
    op.operation = QStringLiteral("favorite");
    op.payload = QJsonObject{{QStringLiteral("videoId"), videoId},
                             {QStringLiteral("remoteRef"), video.remoteRef},
                             {QStringLiteral("favorite"), favorite},
                             {QStringLiteral("videoTitle"), video.title}};
    const bool before = video.favorite;
    // Applied already; a refusal puts the flag back so the library does not claim what the provider denied.
    submitRemote(
        op, [] { return Status{}; }, {},
        [this, done, videoId, before](LibraryOutcome outcome) {
            if (outcome.kind == LibraryOutcome::Kind::Failed) {
                (void)VideoStore(m_catalog).setFavorite(videoId, before);
                announce({videoId}, {});
            }
            if (done)
                done(outcome);
        });
}

Status LibraryService::link(RowId lookId, RowId videoId)
{
    Result<Target> target = targetOf(lookId, videoId);
    if (!target)
        return target.failure();
    if (target->look.accountId > 0)
        return Failure{tr("Videos of a provider's look are made for it: generate one from the look."),
                       FailureKind::BadInput};
    if (target->linked)
        return {};
    const VideoStore videos(m_catalog);
    if (Status linked = videos.linkToLook(lookId, videoId); !linked)
        return linked;
    QList<qint64> changed{videoId};
    // Exactly one default whenever the look has a succeeded video.
    Result<std::optional<Video>> current = videos.defaultVideo(lookId);
    if (current && !current->has_value() && target->video.status == VideoStatus::Succeeded) {
        if (Status set = videos.setDefault(lookId, videoId); !set)
            return set;
    }
    announce(changed, {lookId});
    return {};
}

Result<RowId> LibraryService::generateForLook(RowId lookId, const QString &prompt, int seconds)
{
    Result<Look> look = LookStore(m_catalog).load(lookId);
    if (!look)
        return Failure{tr("There is no look %1 in the library.").arg(lookId), FailureKind::BadInput};
    if (look->accountId > 0) {
        Result<ProviderAccount> account = AccountStore(m_catalog).load(look->accountId);
        if (!account)
            return account.failure();
        if (account->dialect != Dialect::AiStudio)
            return Failure{tr("The look \"%1\" belongs to \"%2\", which cannot make videos for looks.")
                               .arg(look->title, account->name),
                           FailureKind::BadInput};
    }
    VideoForm form;
    form.prompt = prompt.trimmed().isEmpty() ? look->title : prompt;
    form.seconds = seconds;
    form.lookId = lookId;
    Result<GenerationPlan> plan = GenerationService::plan(form);
    if (!plan)
        return plan.failure();
    return GenerationService(m_catalog, m_queue).submit(look->accountId, *plan);
}

Result<int> LibraryService::makeAvailableOffline(const QList<RowId> &videoIds)
{
    // Videos that already have a download on its way are not asked twice.
    QSet<RowId> downloading;
    for (JobStatus status : {JobStatus::Queued, JobStatus::Running, JobStatus::Held}) {
        Result<QList<Job>> jobs = JobStore(m_catalog).list(status);
        if (!jobs)
            return jobs.failure();
        for (const Job &job : *jobs) {
            if (job.kind == JobKind::Download)
                downloading.insert(job.params.value(QStringLiteral("videoId")).toInteger());
        }
    }
    const MediaStore media(m_location.root());
    int submitted = 0;
    for (RowId id : videoIds) {
        Result<Video> video = VideoStore(m_catalog).load(id);
        if (!video)
            return video.failure();
        const bool offline = !video->filePath.isEmpty() && media.contains(video->filePath);
        // Local videos have their file (or never had one); unfinished ones have nothing to fetch.
        if (offline || video->accountId == 0 || video->remoteId.isEmpty() ||
            video->status != VideoStatus::Succeeded || downloading.contains(id))
            continue;
        JobRequest request;
        request.kind = JobKind::Download;
        request.title = tr("Download: %1").arg(video->title.isEmpty() ? video->remoteId : video->title);
        request.params = QJsonObject{{QStringLiteral("videoId"), id}};
        request.accountId = video->accountId;
        Result<RowId> job = m_queue.submit(request);
        if (!job)
            return job.failure();
        downloading.insert(id);
        ++submitted;
    }
    return submitted;
}

}  // namespace storyreel
