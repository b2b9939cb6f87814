#include "storyboardroutes.h"

#include "cdnorigin.h"
#include "emulatorcore.h"
#include "mediamaker.h"

#include <cmath>

namespace storyreel::emulator {

namespace {
const QStringList kAspects{QStringLiteral("16:9"), QStringLiteral("9:16"), QStringLiteral("1:1")};

bool isFinished(const QString &status)
{
    return status == u"completed" || status == u"failed" || status == u"cancelled";
}
}  // namespace

StoryboardRoutes::StoryboardRoutes(EmulatorContext context) : m_context(std::move(context)) {}

EmuResponse StoryboardRoutes::handle(EmuRequest &request)
{
    using R = Route<StoryboardRoutes>;
    static const std::vector<R> routes{
        {"POST", QStringLiteral("/api/v2/generate"), &StoryboardRoutes::generate},
        {"GET", QStringLiteral("/api/v2/account"), &StoryboardRoutes::account},
        {"GET", QStringLiteral("/api/v2/jobs/{}"), &StoryboardRoutes::getJob, true},
        {"DELETE", QStringLiteral("/api/v2/jobs/{}"), &StoryboardRoutes::cancel},
        {"POST", QStringLiteral("/api/v2/jobs/{}/refine"), &StoryboardRoutes::refine},
        {"POST", QStringLiteral("/api/v2/jobs/{}/reorder"), &StoryboardRoutes::reorder},
        {"POST", QStringLiteral("/api/v2/jobs/{}/approve"), &StoryboardRoutes::approve},
        {"POST", QStringLiteral("/api/v2/jobs/{}/render"), &StoryboardRoutes::render},
        {"GET", QStringLiteral("/api/v2/jobs/{}/video"), &StoryboardRoutes::video, true},
        {"GET", QStringLiteral("/api/v2/jobs/{}/export"), &StoryboardRoutes::exportVideo},
        {"GET", QStringLiteral("/api/v2/jobs/{}/metadata"), &StoryboardRoutes::metadata, true},
    };
    return dispatchRoutes(this, routes, request);
}

QString StoryboardRoutes::jobStatus(const QString &id) const
{
    const auto found = m_jobs.constFind(id.toInt());
    return found == m_jobs.cend() ? QString() : found->status;
}

bool StoryboardRoutes::editable(const Job &job)
{
    return job.status == u"storyboard_ready" || job.status == u"completed";
}

void StoryboardRoutes::settle()
{
    const qint64 now = m_context.core->nowMs();
    for (Job &job : m_jobs) {
        if (job.status == u"pending" || job.status == u"generating") {
            settleGeneration(job, now);
        } else if (job.status == u"rendering" && job.render.fraction(now) >= 1.0) {
            job.status = QStringLiteral("completed");
            job.updatedMs = job.render.endMs();
        }
    }
}

void StoryboardRoutes::settleGeneration(Job &job, qint64 now)
{
    const Timeline &timeline = job.generation;
    // pending for the first tenth; then scene images complete one after another.
    const qint64 at = timeline.failsBy(now) ? *timeline.failAtMs : now;
    const double fraction = timeline.fraction(at);
    const QString before = job.status;
    const qsizetype count = job.scenes.size();
    const double perScene = 0.9 / double(count);
    for (qsizetype i = 0; i < count; ++i) {
        Scene &scene = job.scenes[i];
        const double done = 0.1 + perScene * double(i + 1);
        scene.status = fraction >= done - 1e-9       ? QStringLiteral("completed")
                       : fraction >= done - perScene ? QStringLiteral("generating")
                                                     : QStringLiteral("pending");
    }
    if (timeline.failsBy(now)) {
        job.status = QStringLiteral("failed");
        job.error = timeline.failReason;
        for (Scene &scene : job.scenes) {
            if (scene.status != u"completed") {
                scene.status = QStringLiteral("failed");
                scene.error = timeline.failReason;
            }
        }
        m_context.core->refund(Dialect::Storyboard, job.userId, job.chargedCost);
        job.chargedCost = 0;
        job.updatedMs = *timeline.failAtMs;
        return;
    }
    if (fraction >= 1.0) {
        job.status = QStringLiteral("storyboard_ready");
        job.updatedMs = timeline.endMs();
        return;
    }
    if (fraction >= 0.1)
        job.status = QStringLiteral("generating");
    if (job.status != before)
        job.updatedMs = now;
}

std::optional<EmuResponse> StoryboardRoutes::find(const EmuRequest &request, const QString &arg, bool owner,
                                                  Job **job)
{
    bool ok = false;
    const int id = arg.toInt(&ok);
    if (!ok) {
        return EmuResponse::validation({QStringLiteral("path"), QStringLiteral("job_id")},
                                       QStringLiteral("value is not a valid integer"),
                                       QStringLiteral("type_error.integer"));
    }
    const auto found = m_jobs.find(id);
    if (found == m_jobs.end())
        return EmuResponse::notFound(QStringLiteral("Job not found"));
    if (owner && found->userId != request.userId && !m_context.core->isAdmin(request.userId))
        return EmuResponse::error(403, QStringLiteral("Not authorized to modify this job"));
    *job = &*found;
    return std::nullopt;
}

EmuResponse StoryboardRoutes::generate(EmuRequest &request, const QStringList &)
{
    EmuResponse invalid;
    const auto body = parseJsonObject(request, &invalid);
    if (!body)
        return invalid;
    Job job;
    job.prompt = body->value(QStringLiteral("prompt")).toString().trimmed();
    if (job.prompt.isEmpty())
        return EmuResponse::missing({QStringLiteral("body"), QStringLiteral("prompt")});
    const QJsonValue duration = body->value(QStringLiteral("duration"));
    job.duration = duration.isUndefined() ? 30 : duration.toInt(-1);
    if (job.duration < 1 || job.duration > 600 ||
        (duration.isDouble() && duration.toDouble() != job.duration)) {
        return EmuResponse::validation({QStringLiteral("body"), QStringLiteral("duration")},
                                       QStringLiteral("ensure this value is an integer between 1 and 600"),
                                       QStringLiteral("value_error.number"));
    }
    job.style = body->value(QStringLiteral("style")).toString(QStringLiteral("cinematic"));
    job.aspectRatio = body->value(QStringLiteral("aspect_ratio")).toString(QStringLiteral("16:9"));
    if (!kAspects.contains(job.aspectRatio))
        return EmuResponse::invalidEnum({QStringLiteral("body"), QStringLiteral("aspect_ratio")}, kAspects);

    EmulatorCore *core = m_context.core;
    const int scenes = (job.duration + 4) / 5;
    const double cost = std::round(scenes * kSceneCost * 1e6) / 1e6;
    const int limit = core->concurrencyLimit(Dialect::Storyboard);
    if (limit > 0) {
        int active = 0;
        for (const Job &other : std::as_const(m_jobs))
            active += other.userId == request.userId && !isFinished(other.status) &&
                      other.status != u"storyboard_ready";
        if (active >= limit)
            return core->concurrencyExceeded(limit, QStringLiteral("storyboard jobs allowed"), 0);
    }
    if (!core->charge(Dialect::Storyboard, request.userId, cost))
        return core->insufficient(Dialect::Storyboard, request.userId, cost);

    job.id = m_nextId++;
    job.userId = request.userId;
    job.estimatedCost = job.chargedCost = cost;
    job.createdMs = job.updatedMs = core->nowMs();
    job.generation.startMs = job.createdMs;
    job.generation.totalMs = core->jobDurationMs(Dialect::Storyboard);
    if (const auto reason = core->takeFailure()) {
        job.generation.failAtMs = job.generation.startMs + job.generation.totalMs / 2;
        job.generation.failReason = *reason;
    }
    for (int i = 1; i <= scenes; ++i) {
        Scene scene;
        scene.number = scene.key = i;
        scene.duration = std::min(5, job.duration - (i - 1) * 5);
        scene.description = QStringLiteral("Scene %1 of %2: %3").arg(i).arg(scenes).arg(job.prompt);
        scene.imagePrompt = QStringLiteral("%1, %2 style, shot %3").arg(job.prompt, job.style).arg(i);
        job.scenes.append(scene);
    }
    core->noteJobCreated(Dialect::Storyboard);
    m_jobs.insert(job.id, job);
    return EmuResponse::json(QJsonObject{{QStringLiteral("job_id"), job.id},
                                         {QStringLiteral("status"), job.status},
                                         {QStringLiteral("estimated_cost"), job.estimatedCost}});
}

EmuResponse StoryboardRoutes::account(EmuRequest &request, const QStringList &)
{
    EmulatorCore *core = m_context.core;
    return EmuResponse::json(
        QJsonObject{{QStringLiteral("user_id"), request.userId},
                    {QStringLiteral("email"), core->emailOf(request.userId)},
                    {QStringLiteral("balance_usd"), core->balance(Dialect::Storyboard, request.userId)}});
}

EmuResponse StoryboardRoutes::getJob(EmuRequest &request, const QStringList &args)
{
    Job *job = nullptr;
    if (auto refused = find(request, args.at(0), false, &job))
        return *refused;
    return EmuResponse::json(jobJson(*job));
}

EmuResponse StoryboardRoutes::cancel(EmuRequest &request, const QStringList &args)
{
    Job *job = nullptr;
    if (auto refused = find(request, args.at(0), true, &job))
        return *refused;
    if (isFinished(job->status))
        return EmuResponse::error(400, QStringLiteral("Job already finished"));
    job->status = QStringLiteral("cancelled");  // no refund: only failures are refunded
    job->updatedMs = m_context.core->nowMs();
    return EmuResponse::json(
        QJsonObject{{QStringLiteral("job_id"), job->id}, {QStringLiteral("status"), job->status}});
}

EmuResponse StoryboardRoutes::approve(EmuRequest &request, const QStringList &args)
{
    Job *job = nullptr;
    if (auto refused = find(request, args.at(0), true, &job))
        return *refused;
    if (!editable(*job))
        return EmuResponse::error(
            400, QStringLiteral("Storyboard not ready for approval. Current status: %1").arg(job->status));
    job->approved = true;
    job->approvedMs = job->updatedMs = m_context.core->nowMs();
    return EmuResponse::json(QJsonObject{{QStringLiteral("job_id"), job->id},
                                         {QStringLiteral("status"), job->status},
                                         {QStringLiteral("approved"), true},
                                         {QStringLiteral("approved_at"), isoTime(job->approvedMs)}});
}

EmuResponse StoryboardRoutes::render(EmuRequest &request, const QStringList &args)
{
    Job *job = nullptr;
    if (auto refused = find(request, args.at(0), true, &job))
        return *refused;
    if (!job->approved || !editable(*job))
        return EmuResponse::error(400, QStringLiteral("Storyboard must be approved before rendering"));
    EmulatorCore *core = m_context.core;
    job->status = QStringLiteral("rendering");
    job->render.startMs = job->updatedMs = core->nowMs();
    job->render.totalMs = core->jobDurationMs(Dialect::Storyboard);
    return EmuResponse::json(QJsonObject{{QStringLiteral("job_id"), job->id},
                                         {QStringLiteral("status"), job->status},
                                         {QStringLiteral("message"), QStringLiteral("Rendering started")}});
}

EmuResponse StoryboardRoutes::video(EmuRequest &request, const QStringList &args)
{
    Job *job = nullptr;
    if (auto refused = find(request, args.at(0), false, &job))
        return *refused;
    if (job->status != u"completed")
        return EmuResponse::error(400,
                                  QStringLiteral("Video not ready. Current status: %1").arg(job->status));
    const QByteArray data = m_context.media->video(job->prompt, MediaMaker::aspectOf(job->aspectRatio));
    if (data.isEmpty())
        return EmuResponse::error(500, QStringLiteral("Video file unavailable"));
    ++job->downloads;
    return EmuResponse::media(request, data, "video/mp4");
}

EmuResponse StoryboardRoutes::exportVideo(EmuRequest &request, const QStringList &args)
{
    Job *job = nullptr;
    if (auto refused = find(request, args.at(0), true, &job))
        return *refused;
    const QString format = request.hasQuery(QStringLiteral("format"))
                               ? request.queryValue(QStringLiteral("format"))
                               : QStringLiteral("mp4");
    const QString quality = request.hasQuery(QStringLiteral("quality"))
                                ? request.queryValue(QStringLiteral("quality"))
                                : QStringLiteral("medium");
    const QStringList formats{QStringLiteral("mp4"), QStringLiteral("webm"), QStringLiteral("mov")};
    const QStringList qualities{QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high")};
    if (!formats.contains(format))
        return EmuResponse::invalidEnum({QStringLiteral("query"), QStringLiteral("format")}, formats);
    if (!qualities.contains(quality))
        return EmuResponse::invalidEnum({QStringLiteral("query"), QStringLiteral("quality")}, qualities);
    if (job->status != u"completed")
        return EmuResponse::error(
            400, QStringLiteral("Video not ready for export. Current status: %1").arg(job->status));
    const auto file =
        m_context.media->exported(job->prompt, MediaMaker::aspectOf(job->aspectRatio), format, quality);
    if (!file || file->data.isEmpty())
        return EmuResponse::error(503,
                                  QStringLiteral("Video export service unavailable (ffmpeg not installed)"));
    ++job->downloads;
    EmuResponse response = EmuResponse::media(request, file->data, file->contentType);
    response.setHeader(
        "Content-Disposition",
        QStringLiteral("attachment; filename=\"video_%1.%2\"").arg(job->id).arg(format).toUtf8());
    return response;
}

}  // namespace storyreel::emulator
