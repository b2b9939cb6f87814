// t2m: results (presigned video URL, stream, thumbnail, metadata), health and the account extension.
#include "t2mroutes.h"

#include "cdnorigin.h"
#include "emulatorcore.h"
#include "mediamaker.h"

namespace storyreel::emulator {

namespace {
constexpr int kPresignSeconds = 3600;
constexpr int kClipSeconds = 2;  // MediaMaker's clips
}  // namespace

EmuResponse T2mRoutes::health(EmuRequest &, const QStringList &)
{
    return EmuResponse::json(
        QJsonObject{{QStringLiteral("app_name"), QStringLiteral("FastAPI Video Backend")},
                    {QStringLiteral("version"), QStringLiteral("1.0.0")},
                    {QStringLiteral("environment"), QStringLiteral("emulator")},
                    {QStringLiteral("status"), QStringLiteral("healthy")}});
}

EmuResponse T2mRoutes::me(EmuRequest &request, const QStringList &)
{
    // GET /api/v1/users/me is both aistudio's and t2m's identity extension (one path on one server):
    // the answer carries both shapes, each client reads its own members.
    EmulatorCore *core = m_context.core;
    return EmuResponse::json(
        QJsonObject{{QStringLiteral("id"), request.userId},
                    {QStringLiteral("user_id"), request.userId},
                    {QStringLiteral("email"), core->emailOf(request.userId)},
                    {QStringLiteral("tokens"), core->balance(Dialect::AiStudio, request.userId)},
                    {QStringLiteral("credits"), core->balance(Dialect::T2m, request.userId)}});
}

EmuResponse T2mRoutes::videoUrl(EmuRequest &request, const QStringList &args)
{
    if (auto refused = find(request, args.at(0), true))
        return *refused;
    const Job &job = m_jobs[args.at(0)];
    const QByteArray video = videoOf(job);
    if (video.isEmpty())
        return EmuResponse::error(500, QStringLiteral("Video file unavailable"));
    const QString path = storagePath(job);
    const QJsonObject metadata{{QStringLiteral("duration"), kClipSeconds},
                               {QStringLiteral("quality"), job.quality},
                               {QStringLiteral("format"), QStringLiteral("mp4")},
                               {QStringLiteral("file_size"), qint64(video.size())},
                               {QStringLiteral("demo"), false},
                               {QStringLiteral("created_at"), isoTime(job.timeline.endMs())}};
    // thumbnail_url is relative to the API, as the seed shows; the video URLs are presigned storage.
    return EmuResponse::json(QJsonObject{
        {QStringLiteral("job_id"), job.id},
        {QStringLiteral("status"), job.status},
        {QStringLiteral("video_url"), m_context.cdn->presign(path, kPresignSeconds).toString()},
        {QStringLiteral("download_url"), m_context.cdn->presign(path, kPresignSeconds, true).toString()},
        {QStringLiteral("thumbnail_url"), QStringLiteral("/api/v1/videos/jobs/%1/thumbnail").arg(job.id)},
        {QStringLiteral("metadata"), metadata},
        {QStringLiteral("is_demo"), false}});
}

EmuResponse T2mRoutes::stream(EmuRequest &request, const QStringList &args)
{
    if (auto refused = find(request, args.at(0), true))
        return *refused;
    const QByteArray video = videoOf(m_jobs[args.at(0)]);
    if (video.isEmpty())
        return EmuResponse::error(500, QStringLiteral("Video file unavailable"));
    return EmuResponse::media(request, video, "video/mp4");
}

EmuResponse T2mRoutes::thumbnail(EmuRequest &request, const QStringList &args)
{
    if (auto refused = find(request, args.at(0), true))
        return *refused;
    const QByteArray image = m_context.media->poster(m_jobs[args.at(0)].topic, Aspect::Landscape16x9);
    if (image.isEmpty())
        return EmuResponse::error(500, QStringLiteral("Thumbnail unavailable"));
    return EmuResponse::media(request, image, "image/jpeg");
}

EmuResponse T2mRoutes::metadata(EmuRequest &request, const QStringList &args)
{
    if (auto refused = find(request, args.at(0), true))
        return *refused;
    const Job &job = m_jobs[args.at(0)];
    const QByteArray video = videoOf(job);
    const QJsonObject metadata{{QStringLiteral("title"), job.topic},
                               {QStringLiteral("duration"), kClipSeconds},
                               {QStringLiteral("quality"), job.quality},
                               {QStringLiteral("format"), QStringLiteral("mp4")},
                               {QStringLiteral("file_size"), qint64(video.size())},
                               {QStringLiteral("created_at"), isoTime(job.timeline.endMs())},
                               {QStringLiteral("dimensions"), QJsonObject{{QStringLiteral("width"), 320},
                                                                          {QStringLiteral("height"), 180}}}};
    return EmuResponse::json(
        QJsonObject{{QStringLiteral("job_id"), job.id}, {QStringLiteral("metadata"), metadata}});
}

}  // namespace storyreel::emulator
