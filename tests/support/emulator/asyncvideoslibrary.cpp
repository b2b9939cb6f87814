// asyncvideos: the user's video library (list, get, favourite, delete), processor stats and the
// account extension (/users/me).
#include "asyncvideosroutes.h"

#include "cdnorigin.h"
#include "emulatorcore.h"

#include <QJsonArray>

namespace storyreel::emulator {

namespace {
QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}
}  // namespace

QJsonObject AsyncVideosRoutes::videoJson(const Video &video) const
{
    return {
        {QStringLiteral("id"), video.id},
        {QStringLiteral("user_id"), video.userId},
        {QStringLiteral("url"), video.url.toString()},
        {QStringLiteral("thumbnail_url"), video.thumbnailUrl.toString()},
        {QStringLiteral("prompt"), video.prompt},
        {QStringLiteral("generation_type"), video.type},
        {QStringLiteral("source_image_url"),
         // A data: URL would bloat every listing; the real service stores the upload elsewhere.
         video.sourceImageUrl.startsWith(QLatin1String("data:")) ? QJsonValue(QStringLiteral("data:image"))
                                                                 : orNull(video.sourceImageUrl)},
        {QStringLiteral("duration_seconds"), video.durationSeconds},
        {QStringLiteral("resolution"), video.resolution},
        {QStringLiteral("aspect_ratio"), video.aspectRatio},
        {QStringLiteral("reference_person"), video.referencePerson},
        {QStringLiteral("metadata"), QJsonObject{}},
        {QStringLiteral("is_favorited"), video.favorited},
        {QStringLiteral("created_at"), isoTime(video.createdMs)},
        {QStringLiteral("updated_at"), isoTime(video.updatedMs)}};
}

std::optional<EmuResponse> AsyncVideosRoutes::videoAccess(const EmuRequest &request, const QString &id) const
{
    const auto video = m_videos.constFind(id);
    if (video == m_videos.cend())
        return EmuResponse::notFound(QStringLiteral("Video not found"));
    if (video->userId != request.userId)
        return EmuResponse::error(403, QStringLiteral("Not authorized to access this video"));
    return std::nullopt;
}

EmuResponse AsyncVideosRoutes::listVideos(EmuRequest &request, const QStringList &)
{
    EmuResponse invalid;
    const auto limit = intQuery(request, QStringLiteral("limit"), 20, 1, 100, &invalid);
    const auto offset =
        intQuery(request, QStringLiteral("offset"), 0, 0, std::numeric_limits<int>::max(), &invalid);
    if (!limit || !offset)
        return invalid;
    const QString favourites = request.queryValue(QStringLiteral("favorites_only")).toLower();
    const bool favoritesOnly = favourites == u"true" || favourites == u"1";
    QString type = request.queryValue(QStringLiteral("generation_type"));
    if (type.isEmpty())
        type = QStringLiteral("all");
    const QStringList types{QStringLiteral("all"), QStringLiteral("text_to_video"),
                            QStringLiteral("image_to_video")};
    if (!types.contains(type))
        return EmuResponse::invalidEnum({QStringLiteral("query"), QStringLiteral("generation_type")}, types);
    QList<const Video *> matching;
    for (auto it = m_videoOrder.crbegin(); it != m_videoOrder.crend(); ++it) {  // newest first
        const auto video = m_videos.constFind(*it);
        if (video == m_videos.cend() || video->userId != request.userId)
            continue;
        if ((favoritesOnly && !video->favorited) || (type != u"all" && video->type != type))
            continue;
        matching.append(&*video);
    }
    QJsonArray videos;
    for (qsizetype i = *offset; i < matching.size() && videos.size() < *limit; ++i)
        videos.append(videoJson(*matching.at(i)));
    const QJsonObject pagination{{QStringLiteral("total"), int(matching.size())},
                                 {QStringLiteral("limit"), *limit},
                                 {QStringLiteral("offset"), *offset},
                                 {QStringLiteral("has_more"), *offset + videos.size() < matching.size()}};
    return EmuResponse::json(
        QJsonObject{{QStringLiteral("videos"), videos}, {QStringLiteral("pagination"), pagination}});
}

EmuResponse AsyncVideosRoutes::getVideo(EmuRequest &request, const QStringList &args)
{
    if (auto denied = videoAccess(request, args.at(0)))
        return *denied;
    return EmuResponse::json(QJsonObject{{QStringLiteral("video"), videoJson(m_videos[args.at(0)])}});
}

EmuResponse AsyncVideosRoutes::updateVideo(EmuRequest &request, const QStringList &args)
{
    if (auto denied = videoAccess(request, args.at(0)))
        return *denied;
    EmuResponse invalid;
    const auto body = parseJsonObject(request, &invalid);
    if (!body)
        return invalid;
    Video &video = m_videos[args.at(0)];
    if (body->contains(QStringLiteral("is_favorited"))) {
        if (!body->value(QStringLiteral("is_favorited")).isBool()) {
            return EmuResponse::validation({QStringLiteral("body"), QStringLiteral("is_favorited")},
                                           QStringLiteral("value could not be parsed to a boolean"),
                                           QStringLiteral("type_error.bool"));
        }
        video.favorited = body->value(QStringLiteral("is_favorited")).toBool();
        video.updatedMs = m_context.core->nowMs();
    }
    return EmuResponse::json(QJsonObject{{QStringLiteral("video"), videoJson(video)}});
}

EmuResponse AsyncVideosRoutes::deleteVideo(EmuRequest &request, const QStringList &args)
{
    if (auto denied = videoAccess(request, args.at(0)))
        return *denied;
    const Video video = m_videos.take(args.at(0));
    m_videoOrder.removeOne(video.id);
    m_context.cdn->remove(video.url.path());
    m_context.cdn->remove(video.thumbnailUrl.path());
    return EmuResponse::json(QJsonObject{{QStringLiteral("deleted_from_storage"), true}});
}

EmuResponse AsyncVideosRoutes::stats(EmuRequest &, const QStringList &)
{
    int queued = 0;
    int inProgress = 0;
    for (const Job &job : std::as_const(m_jobs)) {
        if (job.status == u"queued" || job.status == u"starting")
            ++queued;
        else if (job.status == u"processing")
            ++inProgress;
    }
    return EmuResponse::json(
        QJsonObject{{QStringLiteral("is_running"), true},
                    {QStringLiteral("jobs_processed"), m_processed},
                    {QStringLiteral("jobs_queued"), queued},
                    {QStringLiteral("jobs_in_progress"), inProgress},
                    {QStringLiteral("last_job_completed_at"),
                     m_lastCompletedMs ? QJsonValue(isoTime(m_lastCompletedMs)) : QJsonValue()},
                    {QStringLiteral("average_processing_time_seconds"),
                     m_completed ? double(m_processingMsTotal) / 1000.0 / m_completed : 0.0}});
}

EmuResponse AsyncVideosRoutes::me(EmuRequest &request, const QStringList &)
{
    EmulatorCore *core = m_context.core;
    return EmuResponse::json(
        QJsonObject{{QStringLiteral("user_id"), request.userId},
                    {QStringLiteral("email"), core->emailOf(request.userId)},
                    {QStringLiteral("dust_balance"), core->balance(Dialect::AsyncVideos, request.userId)}});
}

}  // namespace storyreel::emulator
