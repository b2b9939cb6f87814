#include "t2mroutes.h"

#include "cdnorigin.h"
#include "emulatorcore.h"
#include "mediamaker.h"

#include <cmath>

namespace storyreel::emulator {

namespace {
const QStringList kQualities{QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high")};
const QStringList kPriorities{QStringLiteral("low"), QStringLiteral("normal"), QStringLiteral("high")};
const QStringList kStages{QStringLiteral("initializing"),     QStringLiteral("generating_script"),
                          QStringLiteral("generating_audio"), QStringLiteral("generating_visuals"),
                          QStringLiteral("rendering"),        QStringLiteral("uploading")};
constexpr double kQueuedShare = 0.05;  // the first 5 % of the timeline is spent queued

bool isActive(const QString &status)
{
    return status == u"queued" || status == u"processing";
}
}  // namespace

T2mRoutes::T2mRoutes(EmulatorContext context) : m_context(std::move(context)) {}

EmuResponse T2mRoutes::handle(EmuRequest &request)
{
    using R = Route<T2mRoutes>;
    static const std::vector<R> routes{
        {"GET", QStringLiteral("/health"), &T2mRoutes::health, true},
        {"GET", QStringLiteral("/api/v1/health"), &T2mRoutes::health, true},
        {"GET", QStringLiteral("/api/v1/users/me"), &T2mRoutes::me},
        {"POST", QStringLiteral("/api/v1/videos/generate"), &T2mRoutes::generate},
        {"GET", QStringLiteral("/api/v1/videos/jobs/{}/status"), &T2mRoutes::status},
        {"GET", QStringLiteral("/api/v1/videos/jobs/{}/video-url"), &T2mRoutes::videoUrl},
        {"GET", QStringLiteral("/api/v1/videos/jobs/{}/stream"), &T2mRoutes::stream},
        {"GET", QStringLiteral("/api/v1/videos/jobs/{}/thumbnail"), &T2mRoutes::thumbnail},
        {"GET", QStringLiteral("/api/v1/videos/jobs/{}/metadata"), &T2mRoutes::metadata},
        {"DELETE", QStringLiteral("/api/v1/videos/jobs/{}"), &T2mRoutes::cancel},
    };
    return dispatchRoutes(this, routes, request);
}

QString T2mRoutes::jobStatus(const QString &id) const
{
    const auto found = m_jobs.constFind(id);
    return found == m_jobs.cend() ? QString() : found->status;
}

void T2mRoutes::settle()
{
    EmulatorCore *core = m_context.core;
    const qint64 now = core->nowMs();
    for (Job &job : m_jobs) {
        if (!isActive(job.status))
            continue;
        const QString before = job.status;
        if (job.timeline.failsBy(now)) {
            job.status = QStringLiteral("failed");
            job.error = job.timeline.failReason;
            job.updatedMs = *job.timeline.failAtMs;
            core->refund(Dialect::T2m, job.userId, job.credits);
            continue;
        }
        const double fraction = job.timeline.fraction(now);
        if (fraction >= 1.0) {
            job.status = QStringLiteral("completed");
            job.updatedMs = job.timeline.endMs();
            MediaMaker *media = m_context.media;
            const QString topic = job.topic;
            m_context.cdn->addPrivate(storagePath(job), [media, topic] {
                return MediaMaker::File{media->video(topic, Aspect::Landscape16x9), "video/mp4"};
            });
            continue;
        }
        if (fraction >= kQueuedShare)
            job.status = QStringLiteral("processing");
        if (job.status != before)
            job.updatedMs = now;
    }
}

double T2mRoutes::percentage(const Job &job) const
{
    if (job.status == u"completed")
        return 100.0;
    const qint64 at =
        job.timeline.failAtMs && job.status == u"failed" ? *job.timeline.failAtMs : m_context.core->nowMs();
    const double fraction = job.timeline.fraction(at);
    if (fraction < kQueuedShare)
        return 0.0;
    return std::min(99.9, std::round(fraction * 1000) / 10);
}

QString T2mRoutes::stage(const Job &job) const
{
    if (job.status == u"completed")
        return QStringLiteral("completed");
    const qint64 at =
        job.timeline.failAtMs && job.status == u"failed" ? *job.timeline.failAtMs : m_context.core->nowMs();
    const double processing = (job.timeline.fraction(at) - kQueuedShare) / (1.0 - kQueuedShare);
    const auto index = qsizetype(std::clamp(processing, 0.0, 0.999) * double(kStages.size()));
    return kStages.at(index);
}

QString T2mRoutes::storagePath(const Job &job) const
{
    return QStringLiteral("/t2m-videos/users/%1/jobs/%2/videos/scene_001/output.mp4").arg(job.userId, job.id);
}

QByteArray T2mRoutes::videoOf(const Job &job) const
{
    return m_context.media->video(job.topic, Aspect::Landscape16x9);
}

std::optional<EmuResponse> T2mRoutes::find(const EmuRequest &request, const QString &id, bool completed) const
{
    const auto job = m_jobs.constFind(id);
    if (job == m_jobs.cend())
        return EmuResponse::notFound(QStringLiteral("Job not found"));
    if (job->userId != request.userId)
        return EmuResponse::error(403, QStringLiteral("Access denied: you do not own this job"));
    if (completed && job->status != u"completed") {
        return EmuResponse::error(
            409, QStringLiteral("Job is not completed yet. Current status: %1").arg(job->status),
            {{QStringLiteral("status"), job->status},
             {QStringLiteral("progress"), percentage(*job)},
             {QStringLiteral("current_stage"), stage(*job)}});
    }
    return std::nullopt;
}

std::optional<EmuResponse> T2mRoutes::readJob(const EmuRequest &request, Job *job) const
{
    EmuResponse invalid;
    const auto body = parseJsonObject(request, &invalid);
    if (!body)
        return invalid;
    const QString configurationKey = QStringLiteral("configuration");
    if (!body->value(configurationKey).isObject())
        return EmuResponse::missing({QStringLiteral("body"), configurationKey});
    const QJsonObject configuration = body->value(configurationKey).toObject();
    job->topic = configuration.value(QStringLiteral("topic")).toString().trimmed();
    if (job->topic.isEmpty())
        return EmuResponse::missing({QStringLiteral("body"), configurationKey, QStringLiteral("topic")});
    job->context = configuration.value(QStringLiteral("context")).toString().trimmed();
    if (job->context.isEmpty())
        return EmuResponse::missing({QStringLiteral("body"), configurationKey, QStringLiteral("context")});
    job->quality = configuration.value(QStringLiteral("quality")).toString(QStringLiteral("medium"));
    if (!kQualities.contains(job->quality))
        return EmuResponse::invalidEnum({QStringLiteral("body"), configurationKey, QStringLiteral("quality")},
                                        kQualities);
    job->useRag = configuration.value(QStringLiteral("use_rag")).toBool(false);
    job->useContextLearning = configuration.value(QStringLiteral("use_context_learning")).toBool(false);
    job->priority = body->value(QStringLiteral("priority")).toString(QStringLiteral("normal"));
    if (!kPriorities.contains(job->priority))
        return EmuResponse::invalidEnum({QStringLiteral("body"), QStringLiteral("priority")}, kPriorities);
    job->credits = int(kQualities.indexOf(job->quality)) + 1;
    return std::nullopt;
}

EmuResponse T2mRoutes::generate(EmuRequest &request, const QStringList &)
{
    Job job;
    if (auto refused = readJob(request, &job))
        return *refused;
    EmulatorCore *core = m_context.core;
    const int limit = core->concurrencyLimit(Dialect::T2m);
    if (limit > 0) {
        int active = 0;
        qint64 soonest = std::numeric_limits<qint64>::max();
        for (const Job &other : std::as_const(m_jobs)) {
            if (other.userId == request.userId && isActive(other.status)) {
                ++active;
                soonest = std::min(soonest, other.timeline.endMs());
            }
        }
        if (active >= limit) {
            return core->concurrencyExceeded(limit, QStringLiteral("video generation jobs allowed"),
                                             soonest - core->nowMs());
        }
    }
    if (!core->charge(Dialect::T2m, request.userId, job.credits))
        return core->insufficient(Dialect::T2m, request.userId, job.credits);
    job.id = EmulatorCore::newUuid();
    job.userId = request.userId;
    job.timeline.startMs = job.updatedMs = core->nowMs();
    job.timeline.totalMs = core->jobDurationMs(Dialect::T2m);
    if (const auto reason = core->takeFailure()) {
        job.timeline.failAtMs = job.timeline.startMs + job.timeline.totalMs / 2;
        job.timeline.failReason = *reason;
    }
    core->noteJobCreated(Dialect::T2m);
    m_jobs.insert(job.id, job);
    return EmuResponse::json(
        QJsonObject{
            {QStringLiteral("job_id"), job.id},
            {QStringLiteral("status"), job.status},
            {QStringLiteral("progress"), QJsonObject{{QStringLiteral("percentage"), 0.0},
                                                     {QStringLiteral("current_stage"), kStages.first()}}},
            {QStringLiteral("estimated_completion_time"), isoTime(job.timeline.endMs())},
            {QStringLiteral("created_at"), isoTime(job.timeline.startMs)}},
        201);
}

EmuResponse T2mRoutes::status(EmuRequest &request, const QStringList &args)
{
    if (auto refused = find(request, args.at(0), false))
        return *refused;
    const Job &job = m_jobs[args.at(0)];
    QJsonObject body{{QStringLiteral("job_id"), job.id},
                     {QStringLiteral("status"), job.status},
                     {QStringLiteral("progress"), QJsonObject{{QStringLiteral("percentage"), percentage(job)},
                                                              {QStringLiteral("current_stage"), stage(job)}}},
                     {QStringLiteral("created_at"), isoTime(job.timeline.startMs)},
                     {QStringLiteral("updated_at"), isoTime(job.updatedMs)},
                     {QStringLiteral("estimated_completion_time"), isoTime(job.timeline.endMs())}};
    if (job.status == u"failed")
        body.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("message"), job.error}});
    return EmuResponse::json(body);
}

EmuResponse T2mRoutes::cancel(EmuRequest &request, const QStringList &args)
{
    if (auto refused = find(request, args.at(0), false))
        return *refused;
    Job &job = m_jobs[args.at(0)];
    if (!isActive(job.status))
        return EmuResponse::error(400, QStringLiteral("Job already finished"));
    job.status = QStringLiteral("cancelled");  // no refund: only failures are refunded
    job.updatedMs = m_context.core->nowMs();
    return EmuResponse::json(
        QJsonObject{{QStringLiteral("job_id"), job.id}, {QStringLiteral("status"), job.status}});
}

}  // namespace storyreel::emulator
