#include "asyncvideosroutes.h"

#include "cdnorigin.h"
#include "emulatorcore.h"
#include "mediamaker.h"

#include <QJsonArray>

namespace storyreel::emulator {

namespace {
constexpr qint64 kExpiryMs = 24LL * 3600 * 1000;  // finished jobs are kept 24 h
const QStringList kDurations{QStringLiteral("short"), QStringLiteral("medium"), QStringLiteral("long")};
const QStringList kResolutions{QStringLiteral("sd_480p"), QStringLiteral("hd_720p"),
                               QStringLiteral("hd_1080p"), QStringLiteral("4k_2160p")};
const QStringList kAspects{QStringLiteral("16:9"), QStringLiteral("9:16"), QStringLiteral("1:1"),
                           QStringLiteral("4:3"), QStringLiteral("3:4")};

bool isActive(const QString &status)
{
    return status == u"queued" || status == u"starting" || status == u"processing";
}
}  // namespace

AsyncVideosRoutes::AsyncVideosRoutes(EmulatorContext context) : m_context(std::move(context)) {}

EmuResponse AsyncVideosRoutes::handle(EmuRequest &request)
{
    using R = Route<AsyncVideosRoutes>;
    // Fixed paths first: /videos/jobs/active and /videos/stats would otherwise match an id.
    static const std::vector<R> routes{
        {"GET", QStringLiteral("/users/me"), &AsyncVideosRoutes::me},
        {"POST", QStringLiteral("/videos/generate"), &AsyncVideosRoutes::generate},
        {"POST", QStringLiteral("/videos/animate"), &AsyncVideosRoutes::animate},
        {"GET", QStringLiteral("/videos/jobs/active"), &AsyncVideosRoutes::active},
        {"GET", QStringLiteral("/videos/jobs/{}/status"), &AsyncVideosRoutes::status},
        {"GET", QStringLiteral("/videos/jobs/{}/result"), &AsyncVideosRoutes::result},
        {"DELETE", QStringLiteral("/videos/jobs/{}"), &AsyncVideosRoutes::cancel},
        {"GET", QStringLiteral("/videos/stats"), &AsyncVideosRoutes::stats},
        {"GET", QStringLiteral("/videos"), &AsyncVideosRoutes::listVideos},
        {"GET", QStringLiteral("/videos/{}"), &AsyncVideosRoutes::getVideo},
        {"PUT", QStringLiteral("/videos/{}"), &AsyncVideosRoutes::updateVideo},
        {"DELETE", QStringLiteral("/videos/{}"), &AsyncVideosRoutes::deleteVideo},
    };
    return dispatchRoutes(this, routes, request);
}

QString AsyncVideosRoutes::jobStatus(const QString &id) const
{
    const auto found = m_jobs.constFind(id);
    return found == m_jobs.cend() ? QString() : found->status;
}

int AsyncVideosRoutes::secondsOf(const QString &duration)
{
    return duration == u"long" ? 15 : duration == u"medium" ? 10 : 5;
}

QString AsyncVideosRoutes::stepOf(const QString &status)
{
    if (status == u"queued")
        return QStringLiteral("Waiting in queue");
    if (status == u"starting")
        return QStringLiteral("Starting model");
    return QStringLiteral("Generating frames");
}

void AsyncVideosRoutes::settle()
{
    EmulatorCore *core = m_context.core;
    const qint64 now = core->nowMs();
    for (auto it = m_jobs.begin(); it != m_jobs.end();) {
        Job &job = *it;
        if (!isActive(job.status)) {
            it = job.finishedMs && now - job.finishedMs >= kExpiryMs ? m_jobs.erase(it) : std::next(it);
            continue;
        }
        const QString before = job.status;
        const double fraction = job.timeline.fraction(now);
        if (job.timeline.failsBy(now)) {
            job.status = QStringLiteral("failed");
            job.error = job.timeline.failReason;
            job.updatedMs = job.finishedMs = *job.timeline.failAtMs;
            core->refund(Dialect::AsyncVideos, job.userId, job.cost);
            ++m_processed;
        } else if (fraction >= 1.0) {
            complete(job);
        } else if (fraction >= 0.2) {
            job.status = QStringLiteral("processing");
        } else if (fraction >= 0.1) {
            job.status = QStringLiteral("starting");
        }
        if (job.status != before && isActive(job.status))
            job.updatedMs = now;
        ++it;
    }
}

void AsyncVideosRoutes::complete(Job &job)
{
    job.status = QStringLiteral("completed");
    job.updatedMs = job.finishedMs = job.timeline.endMs();
    ++m_processed;
    ++m_completed;
    m_processingMsTotal += job.timeline.totalMs;
    m_lastCompletedMs = job.finishedMs;

    Video video;
    video.id = EmulatorCore::newUuid();
    video.userId = job.userId;
    video.jobId = job.id;
    video.prompt = job.prompt;
    video.type = job.type;
    video.sourceImageUrl = job.imageUrl;
    video.durationSeconds = secondsOf(job.duration);
    video.resolution = job.resolution;
    video.aspectRatio = job.aspectRatio;
    video.referencePerson = job.referencePerson;
    video.createdMs = video.updatedMs = job.finishedMs;
    MediaMaker *media = m_context.media;
    const QString prompt = job.prompt;
    const Aspect aspect = MediaMaker::aspectOf(job.aspectRatio);
    video.url = m_context.cdn->publish(QStringLiteral("/files/asyncvideos/videos/%1.mp4").arg(video.id),
                                       [media, prompt, aspect] {
                                           return MediaMaker::File{media->video(prompt, aspect), "video/mp4"};
                                       });
    video.thumbnailUrl = m_context.cdn->publish(
        QStringLiteral("/files/asyncvideos/thumbnails/%1.jpg").arg(video.id), [media, prompt, aspect] {
            return MediaMaker::File{media->poster(prompt, aspect), "image/jpeg"};
        });
    job.videoId = video.id;
    m_videos.insert(video.id, video);
    m_videoOrder.append(video.id);
}

std::optional<EmuResponse> AsyncVideosRoutes::readJob(const EmuRequest &request, bool animate, Job *job) const
{
    EmuResponse invalid;
    const auto body = parseJsonObject(request, &invalid);
    if (!body)
        return invalid;
    const auto text = [&](const QString &key, const QString &fallback) {
        return body->value(key).toString(fallback);
    };
    const QString userId = text(QStringLiteral("user_id"), QString());
    if (userId.isEmpty())
        return EmuResponse::missing({QStringLiteral("body"), QStringLiteral("user_id")});
    job->prompt = text(QStringLiteral("prompt"), QString());
    if (!animate && job->prompt.trimmed().isEmpty())
        return EmuResponse::missing({QStringLiteral("body"), QStringLiteral("prompt")});
    job->duration = text(QStringLiteral("duration"), QStringLiteral("short"));
    if (!kDurations.contains(job->duration))
        return EmuResponse::invalidEnum({QStringLiteral("body"), QStringLiteral("duration")}, kDurations);
    job->resolution = text(QStringLiteral("resolution"), QStringLiteral("hd_720p"));
    if (!kResolutions.contains(job->resolution))
        return EmuResponse::invalidEnum({QStringLiteral("body"), QStringLiteral("resolution")}, kResolutions);
    job->aspectRatio =
        animate ? QStringLiteral("16:9") : text(QStringLiteral("aspect_ratio"), QStringLiteral("16:9"));
    if (!kAspects.contains(job->aspectRatio))
        return EmuResponse::invalidEnum({QStringLiteral("body"), QStringLiteral("aspect_ratio")}, kAspects);
    job->cameraFixed = body->value(QStringLiteral("camera_fixed")).toBool(false);
    job->referencePerson = body->value(QStringLiteral("reference_person"));
    if (job->referencePerson.isUndefined())
        job->referencePerson = QJsonValue();
    if (animate) {
        job->imageUrl = text(QStringLiteral("image_url"), QString());
        if (job->imageUrl.isEmpty())
            return EmuResponse::missing({QStringLiteral("body"), QStringLiteral("image_url")});
        const bool http = job->imageUrl.startsWith(QLatin1String("http://")) ||
                          job->imageUrl.startsWith(QLatin1String("https://"));
        const bool data = job->imageUrl.startsWith(QLatin1String("data:image/")) &&
                          job->imageUrl.contains(QLatin1String(";base64,"));
        if (!http && !data) {
            return EmuResponse::validation(
                {QStringLiteral("body"), QStringLiteral("image_url")},
                QStringLiteral("image_url must be an http(s) URL or a data:image base64 URL"));
        }
    }
    // After validation (FastAPI checks the body first): the body's user must be the token's.
    if (userId != request.userId)
        return EmuResponse::error(403, QStringLiteral("user_id does not match the authenticated user"));
    job->userId = userId;
    job->type = animate ? QStringLiteral("image_to_video") : QStringLiteral("text_to_video");
    job->cost = animate ? kImageCost : kTextCost;
    return std::nullopt;
}

EmuResponse AsyncVideosRoutes::start(const EmuRequest &request, Job job)
{
    EmulatorCore *core = m_context.core;
    const int limit = core->concurrencyLimit(Dialect::AsyncVideos);
    if (limit > 0) {
        int running = 0;
        qint64 soonest = std::numeric_limits<qint64>::max();
        for (const Job &other : std::as_const(m_jobs)) {
            if (other.userId == request.userId && isActive(other.status)) {
                ++running;
                soonest = std::min(soonest, other.timeline.endMs());
            }
        }
        if (running >= limit)
            return core->concurrencyExceeded(limit, QStringLiteral("video jobs allowed"),
                                             soonest - core->nowMs());
    }
    if (!core->charge(Dialect::AsyncVideos, request.userId, job.cost))
        return core->insufficient(Dialect::AsyncVideos, request.userId, job.cost);
    job.id = EmulatorCore::newUuid();
    job.timeline.startMs = job.updatedMs = core->nowMs();
    job.timeline.totalMs = core->jobDurationMs(Dialect::AsyncVideos);
    if (const auto reason = core->takeFailure()) {
        job.timeline.failAtMs = job.timeline.startMs + job.timeline.totalMs / 2;
        job.timeline.failReason = *reason;
    }
    core->noteJobCreated(Dialect::AsyncVideos);
    m_jobs.insert(job.id, job);
    const bool animation = job.type == u"image_to_video";
    return EmuResponse::json(
        QJsonObject{{QStringLiteral("success"), true},
                    {QStringLiteral("job_id"), job.id},
                    {QStringLiteral("status"), QStringLiteral("queued")},
                    {QStringLiteral("estimated_completion_seconds"), int(job.timeline.totalMs / 1000)},
                    {QStringLiteral("message"),
                     animation ? QStringLiteral("Video animation started. Use the job_id to "
                                                "check status.")
                               : QStringLiteral("Video generation started. Use the job_id "
                                                "to check status.")}},
        202);
}

EmuResponse AsyncVideosRoutes::generate(EmuRequest &request, const QStringList &)
{
    Job job;
    if (auto refused = readJob(request, false, &job))
        return *refused;
    return start(request, job);
}

EmuResponse AsyncVideosRoutes::animate(EmuRequest &request, const QStringList &)
{
    Job job;
    if (auto refused = readJob(request, true, &job))
        return *refused;
    return start(request, job);
}

std::optional<EmuResponse> AsyncVideosRoutes::jobAccess(const EmuRequest &request, const QString &id) const
{
    const auto job = m_jobs.constFind(id);
    if (job == m_jobs.cend())
        return EmuResponse::notFound(QStringLiteral("Job not found or expired"));
    if (job->userId != request.userId)
        return EmuResponse::error(403, QStringLiteral("Not authorized to access this job"));
    return std::nullopt;
}

EmuResponse AsyncVideosRoutes::status(EmuRequest &request, const QStringList &args)
{
    if (auto denied = jobAccess(request, args.at(0)))
        return *denied;
    const Job &job = m_jobs[args.at(0)];
    const qint64 now = m_context.core->nowMs();
    QJsonObject body{{QStringLiteral("success"), true},
                     {QStringLiteral("job_id"), job.id},
                     {QStringLiteral("status"), job.status},
                     {QStringLiteral("created_at"), isoTime(job.timeline.startMs)},
                     {QStringLiteral("updated_at"), isoTime(job.updatedMs)}};
    const qint64 at = job.finishedMs ? job.finishedMs : now;
    body.insert(QStringLiteral("progress"), std::round(job.timeline.fraction(at) * 100) / 100);
    if (isActive(job.status)) {
        body.insert(QStringLiteral("generation_info"),
                    QJsonObject{{QStringLiteral("current_step"), stepOf(job.status)},
                                {QStringLiteral("estimated_remaining_seconds"),
                                 int((job.timeline.remainingMs(now) + 999) / 1000)}});
    }
    if (!job.error.isEmpty())
        body.insert(QStringLiteral("error"), job.error);
    return EmuResponse::json(body);
}

EmuResponse AsyncVideosRoutes::result(EmuRequest &request, const QStringList &args)
{
    if (auto denied = jobAccess(request, args.at(0)))
        return *denied;
    const Job &job = m_jobs[args.at(0)];
    if (job.status == u"completed" && m_videos.contains(job.videoId)) {
        const QJsonObject info{{QStringLiteral("model_used"), QStringLiteral("replicate/minimax-video-01")},
                               {QStringLiteral("generation_time_ms"), job.timeline.totalMs}};
        return EmuResponse::json(QJsonObject{{QStringLiteral("success"), true},
                                             {QStringLiteral("video"), videoJson(m_videos[job.videoId])},
                                             {QStringLiteral("generation_info"), info}});
    }
    if (job.status == u"failed" || job.status == u"cancelled" || job.status == u"completed") {
        const QString error = job.status == u"failed"      ? job.error
                              : job.status == u"cancelled" ? QStringLiteral("Job was cancelled")
                                                           : QStringLiteral("Video was deleted");
        return EmuResponse::json(QJsonObject{{QStringLiteral("success"), false},
                                             {QStringLiteral("job_id"), job.id},
                                             {QStringLiteral("status"), job.status},
                                             {QStringLiteral("error"), error}});
    }
    return EmuResponse::json(
        QJsonObject{{QStringLiteral("success"), true},
                    {QStringLiteral("job_id"), job.id},
                    {QStringLiteral("status"), job.status},
                    {QStringLiteral("message"), QStringLiteral("Video generation still in progress")}});
}

EmuResponse AsyncVideosRoutes::cancel(EmuRequest &request, const QStringList &args)
{
    if (auto denied = jobAccess(request, args.at(0)))
        return *denied;
    Job &job = m_jobs[args.at(0)];
    if (!isActive(job.status))
        return EmuResponse::error(400, QStringLiteral("Job already finished"));
    // Cancelling refunds nothing: the seed refunds failures only.
    job.status = QStringLiteral("cancelled");
    job.updatedMs = job.finishedMs = m_context.core->nowMs();
    return EmuResponse::json(QJsonObject{
        {QStringLiteral("success"), true},
        {QStringLiteral("job_id"), job.id},
        {QStringLiteral("status"), job.status},
        {QStringLiteral("message"), QStringLiteral("Video generation job cancelled successfully")}});
}

EmuResponse AsyncVideosRoutes::active(EmuRequest &request, const QStringList &)
{
    const qint64 now = m_context.core->nowMs();
    QList<const Job *> jobs;
    for (const Job &job : std::as_const(m_jobs)) {
        if (job.userId == request.userId && isActive(job.status))
            jobs.append(&job);
    }
    std::sort(jobs.begin(), jobs.end(),
              [](const Job *a, const Job *b) { return a->timeline.startMs < b->timeline.startMs; });
    QJsonArray items;
    for (const Job *job : std::as_const(jobs)) {
        items.append(QJsonObject{{QStringLiteral("job_id"), job->id},
                                 {QStringLiteral("status"), job->status},
                                 {QStringLiteral("generation_type"), job->type},
                                 {QStringLiteral("created_at"), isoTime(job->timeline.startMs)},
                                 {QStringLiteral("estimated_completion_seconds"),
                                  int((job->timeline.remainingMs(now) + 999) / 1000)}});
    }
    return EmuResponse::json(QJsonObject{{QStringLiteral("success"), true},
                                         {QStringLiteral("active_jobs"), items},
                                         {QStringLiteral("count"), int(items.size())}});
}

}  // namespace storyreel::emulator
