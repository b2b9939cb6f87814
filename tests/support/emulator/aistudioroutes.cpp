#include "aistudioroutes.h"

#include "cdnorigin.h"
#include "emulatorcore.h"
#include "mediamaker.h"

#include <QJsonObject>

namespace storyreel::emulator {

namespace {
const QStringList kResolutions{QStringLiteral("720p"), QStringLiteral("1080p")};
const QStringList kAspects{QStringLiteral("16:9"), QStringLiteral("9:16")};

EmuResponse enumError(const QString &field, const QStringList &allowed)
{
    return EmuResponse::invalidEnum({QStringLiteral("body"), field}, allowed);
}
}  // namespace

AiStudioRoutes::AiStudioRoutes(EmulatorContext context) : m_context(std::move(context)) {}

EmuResponse AiStudioRoutes::handle(EmuRequest &request)
{
    using R = Route<AiStudioRoutes>;
    // The seed-000 routes DELETE /looks/{id}/videos/{id} and PATCH .../set-default are absent on
    // purpose (seed 001: they do not exist), so they answer 404.
    static const std::vector<R> routes{
        {"GET", QStringLiteral("/api/v1/looks"), &AiStudioRoutes::listLooks},
        {"POST", QStringLiteral("/api/v1/looks"), &AiStudioRoutes::createLook},
        {"GET", QStringLiteral("/api/v1/looks/{}"), &AiStudioRoutes::getLook},
        {"GET", QStringLiteral("/api/v1/looks/{}/videos"), &AiStudioRoutes::listLookVideos},
        {"POST", QStringLiteral("/api/v1/looks/{}/videos"), &AiStudioRoutes::createLookVideo},
        {"GET", QStringLiteral("/api/v1/video-jobs"), &AiStudioRoutes::listJobs},
        {"POST", QStringLiteral("/api/v1/video-jobs"), &AiStudioRoutes::createJob},
        {"GET", QStringLiteral("/api/v1/video-jobs/{}"), &AiStudioRoutes::getJob},
        {"DELETE", QStringLiteral("/api/v1/video-jobs/{}"), &AiStudioRoutes::deleteJob},
        {"GET", QStringLiteral("/api/v1/video-jobs/{}/download"), &AiStudioRoutes::download},
        {"PATCH", QStringLiteral("/api/v1/video-jobs/{}/set-default-for-look/{}"),
         &AiStudioRoutes::setDefault},
        {"POST", QStringLiteral("/api/v1/migrate/look-videos"), &AiStudioRoutes::migrate},
    };
    return dispatchRoutes(this, routes, request);
}

QString AiStudioRoutes::jobStatus(const QString &id) const
{
    const auto found = m_videos.constFind(id);
    return found == m_videos.cend() ? QString() : found->status;
}

int AiStudioRoutes::activeJobs(const QString &userId, qint64 *soonestEndMs) const
{
    int active = 0;
    *soonestEndMs = std::numeric_limits<qint64>::max();
    for (const Video &video : m_videos) {
        if (video.ownerId != userId || (video.status != u"PENDING" && video.status != u"RUNNING"))
            continue;
        ++active;
        *soonestEndMs = std::min(*soonestEndMs, video.timeline.endMs());
    }
    return active;
}

std::optional<EmuResponse> AiStudioRoutes::lookAccess(const EmuRequest &request, const QString &lookId,
                                                      bool manage) const
{
    const auto look = m_looks.constFind(lookId);
    if (look == m_looks.cend())
        return EmuResponse::notFound(QStringLiteral("Look not found"));
    const bool owner = look->ownerId == request.userId || m_context.core->isAdmin(request.userId);
    if (manage && !owner)
        return EmuResponse::error(403, QStringLiteral("Only the look owner can manage videos for this look"));
    const bool readable = owner || look->visibility == u"public" ||
                          (look->visibility == u"shared" && look->sharedWith.contains(request.userId));
    if (!readable)
        return EmuResponse::error(403, QStringLiteral("Not authorized to access this look"));
    return std::nullopt;
}

std::optional<EmuResponse> AiStudioRoutes::jobAccess(const EmuRequest &request, const QString &id) const
{
    const auto video = m_videos.constFind(id);
    if (video == m_videos.cend())
        return EmuResponse::notFound(QStringLiteral("Video job not found"));
    if (video->ownerId != request.userId && !m_context.core->isAdmin(request.userId))
        return EmuResponse::error(403, QStringLiteral("Not authorized to access this video job"));
    return std::nullopt;
}

std::optional<EmuResponse> AiStudioRoutes::startVideo(const EmuRequest &request, const QString &lookIdArg,
                                                      Video **created)
{
    const auto form = parseMultipart(request.header("Content-Type"), request.body);
    if (!form)
        return EmuResponse::validation({QStringLiteral("body")},
                                       QStringLiteral("Expected multipart/form-data"));
    Video video;
    video.prompt = QString::fromUtf8(form->value(QStringLiteral("prompt")));
    video.model = QString::fromUtf8(form->value(QStringLiteral("model"), "veo-3.1-generate-preview"));
    video.resolution = QString::fromUtf8(form->value(QStringLiteral("resolution"), "720p"));
    if (!kResolutions.contains(video.resolution))
        return enumError(QStringLiteral("resolution"), kResolutions);
    video.aspectRatio = QString::fromUtf8(form->value(QStringLiteral("aspectRatio"), "16:9"));
    if (!kAspects.contains(video.aspectRatio))
        return enumError(QStringLiteral("aspectRatio"), kAspects);
    const QByteArray duration = form->value(QStringLiteral("durationSeconds"), "8");
    video.durationSeconds = duration.toInt();
    if (video.durationSeconds != 4 && video.durationSeconds != 8)
        return enumError(QStringLiteral("durationSeconds"), {QStringLiteral("4"), QStringLiteral("8")});
    const QByteArray audio = form->value(QStringLiteral("generateAudio"), "false").toLower();
    if (audio != "true" && audio != "false" && audio != "1" && audio != "0") {
        return EmuResponse::validation({QStringLiteral("body"), QStringLiteral("generateAudio")},
                                       QStringLiteral("value could not be parsed to a boolean"),
                                       QStringLiteral("type_error.bool"));
    }
    video.generateAudio = audio == "true" || audio == "1";
    QString lookId = lookIdArg;
    if (lookId.isEmpty())
        lookId =
            QString::fromUtf8(form->value(QStringLiteral("look_id"), form->value(QStringLiteral("lookId"))));
    if (!lookId.isEmpty()) {
        if (auto denied = lookAccess(request, lookId, true))
            return denied;
    }
    EmulatorCore *core = m_context.core;
    qint64 soonestEnd = 0;
    const int limit = core->concurrencyLimit(Dialect::AiStudio);
    if (limit > 0 && activeJobs(request.userId, &soonestEnd) >= limit) {
        return core->concurrencyExceeded(limit, QStringLiteral("video generation jobs allowed"),
                                         soonestEnd - core->nowMs());
    }
    if (!core->charge(Dialect::AiStudio, request.userId, kVideoCost))
        return core->insufficient(Dialect::AiStudio, request.userId, kVideoCost);

    video.id = EmulatorCore::newUuid();
    video.ownerId = request.userId;
    video.lookId = lookId;
    video.timeline.startMs = core->nowMs();
    video.timeline.totalMs = core->jobDurationMs(Dialect::AiStudio);
    if (const auto reason = core->takeFailure()) {
        video.timeline.failAtMs = video.timeline.startMs + video.timeline.totalMs / 2;
        video.timeline.failReason = *reason;
    }
    video.updatedMs = video.timeline.startMs;
    core->noteJobCreated(Dialect::AiStudio);
    if (!lookId.isEmpty()) {
        Look &look = m_looks[lookId];
        look.videoIds.append(video.id);
        look.updatedMs = core->nowMs();
    }
    m_videoOrder.append(video.id);
    *created = &m_videos.insert(video.id, video).value();
    return std::nullopt;
}

EmuResponse AiStudioRoutes::createLookVideo(EmuRequest &request, const QStringList &args)
{
    Video *video = nullptr;
    if (auto refused = startVideo(request, args.at(0), &video))
        return *refused;
    return EmuResponse::json(lookVideoJson(*video, &m_looks[args.at(0)]), 202);
}

EmuResponse AiStudioRoutes::createJob(EmuRequest &request, const QStringList &)
{
    Video *video = nullptr;
    if (auto refused = startVideo(request, QString(), &video))
        return *refused;
    return EmuResponse::json(jobJson(*video), 202);
}

EmuResponse AiStudioRoutes::listLookVideos(EmuRequest &request, const QStringList &args)
{
    if (auto denied = lookAccess(request, args.at(0), false))
        return *denied;
    const Look &look = m_looks[args.at(0)];
    QJsonArray items;
    for (auto it = look.videoIds.crbegin(); it != look.videoIds.crend(); ++it)
        items.append(lookVideoJson(m_videos[*it], &look));
    return EmuResponse::json(items);
}

EmuResponse AiStudioRoutes::listJobs(EmuRequest &request, const QStringList &)
{
    EmuResponse invalid;
    const auto skip =
        intQuery(request, QStringLiteral("skip"), 0, 0, std::numeric_limits<int>::max(), &invalid);
    const auto limit = intQuery(request, QStringLiteral("limit"), 20, 1, 100, &invalid);
    if (!skip || !limit)
        return invalid;
    QList<const Video *> own;
    for (auto it = m_videoOrder.crbegin(); it != m_videoOrder.crend(); ++it) {  // newest first
        const Video &video = m_videos[*it];
        if (video.ownerId == request.userId)
            own.append(&video);
    }
    QJsonArray items;
    for (qsizetype i = *skip; i < own.size() && items.size() < *limit; ++i)
        items.append(jobJson(*own.at(i)));
    return EmuResponse::json(QJsonObject{{QStringLiteral("items"), items},
                                         {QStringLiteral("total"), int(own.size())},
                                         {QStringLiteral("skip"), *skip},
                                         {QStringLiteral("limit"), *limit}});
}

EmuResponse AiStudioRoutes::getJob(EmuRequest &request, const QStringList &args)
{
    if (auto denied = jobAccess(request, args.at(0)))
        return *denied;
    return EmuResponse::json(jobJson(m_videos[args.at(0)]));
}

EmuResponse AiStudioRoutes::deleteJob(EmuRequest &request, const QStringList &args)
{
    if (auto denied = jobAccess(request, args.at(0)))
        return *denied;
    // Deleting is also how a running job is cancelled; nothing is refunded.
    const Video video = m_videos.take(args.at(0));
    m_videoOrder.removeOne(video.id);
    for (Look &look : m_looks) {
        look.videoIds.removeOne(video.id);
        if (look.defaultVideoId == video.id)
            look.defaultVideoId.clear();
    }
    m_context.cdn->remove(QStringLiteral("/files/aistudio/%1.mp4").arg(video.id));
    return EmuResponse::empty(204);
}

EmuResponse AiStudioRoutes::download(EmuRequest &request, const QStringList &args)
{
    if (auto denied = jobAccess(request, args.at(0)))
        return *denied;
    const Video &video = m_videos[args.at(0)];
    if (video.status != u"SUCCEEDED")
        return EmuResponse::error(409, QStringLiteral("Video not ready"));
    if (m_context.core->redirectDownloads()) {
        EmuResponse redirect = EmuResponse::empty(302);
        redirect.setHeader("Location", video.url.toEncoded());
        return redirect;
    }
    const QByteArray data = m_context.media->video(video.prompt, MediaMaker::aspectOf(video.aspectRatio));
    if (data.isEmpty())
        return EmuResponse::error(500, QStringLiteral("Video file unavailable"));
    EmuResponse response = EmuResponse::media(request, data, "video/mp4");
    response.setHeader("Content-Disposition", "attachment; filename=\"" + video.id.toLatin1() + ".mp4\"");
    return response;
}

EmuResponse AiStudioRoutes::setDefault(EmuRequest &request, const QStringList &args)
{
    const QString &videoId = args.at(0);
    const QString &lookId = args.at(1);
    if (!m_videos.contains(videoId))
        return EmuResponse::notFound(QStringLiteral("Video job not found"));
    if (!m_looks.contains(lookId))
        return EmuResponse::notFound(QStringLiteral("Look not found"));
    Look &look = m_looks[lookId];
    const bool admin = m_context.core->isAdmin(request.userId);
    if ((look.ownerId != request.userId || m_videos[videoId].ownerId != request.userId) && !admin)
        return EmuResponse::error(403, QStringLiteral("Only the look owner can set the default video"));
    if (!look.videoIds.contains(videoId))
        return EmuResponse::error(400, QStringLiteral("Video is not associated with this look"));
    look.defaultVideoId = videoId;  // one default per look: the previous one is unset
    look.updatedMs = m_context.core->nowMs();
    return EmuResponse::json(
        QJsonObject{{QStringLiteral("message"), QStringLiteral("Video set as default successfully")},
                    {QStringLiteral("videoId"), videoId},
                    {QStringLiteral("lookId"), lookId},
                    {QStringLiteral("isDefault"), true}});
}

EmuResponse AiStudioRoutes::migrate(EmuRequest &, const QStringList &)
{
    return EmuResponse::json(QJsonObject{{QStringLiteral("status"), QStringLiteral("already_migrated")}});
}

}  // namespace storyreel::emulator
