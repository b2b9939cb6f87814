#include "storyboardactions.h"

#include "accountstore.h"
#include "exportcache.h"
#include "exportpreset.h"
#include "jobqueue.h"
#include "jobstore.h"
#include "localstoryboard.h"
#include "mediastore.h"
#include "renderplan.h"
#include "scenecomposer.h"
#include "storyboarddocument.h"
#include "storyboardstore.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QPointer>
#include <QRegularExpression>
#include <QUuid>

#include <cmath>

Q_LOGGING_CATEGORY(lcStoryboardActions, "storyreel.storyboards.actions")

namespace storyreel {
namespace {

const QString kStoryboardId = QStringLiteral("storyboardId");

QString aspectSuffix(Aspect aspect)
{
    switch (aspect) {
        case Aspect::Portrait9x16:
            return QStringLiteral("9x16");
        case Aspect::Square1x1:
            return QStringLiteral("1x1");
        case Aspect::Landscape16x9:
            break;
    }
    return QStringLiteral("16x9");
}

QJsonObject renderParams(RowId boardId, Aspect aspect, const RenderChoice &choice, int version)
{
    QJsonObject params{{kStoryboardId, boardId},
                       {QStringLiteral("aspect"), toText(aspect)},
                       {QStringLiteral("quality"), choice.quality},
                       {QStringLiteral("captions"), choice.captions},
                       {QStringLiteral("motion"), choice.motion},
                       {QStringLiteral("crossfadeMs"), choice.crossfadeMs},
                       {QStringLiteral("version"), version}};
    if (!choice.soundtrack.isEmpty())
        params.insert(QStringLiteral("soundtrack"), choice.soundtrack);
    return params;
}

Result<ExportPreset> presetFor(const QString &format, const QString &quality)
{
    std::optional<ExportPreset> preset = ExportPreset::parse(format, quality);
    if (!preset)
        return Failure{StoryboardActions::tr("Unknown export preset %1 / %2: choose mp4, webm or mov and "
                                             "low, medium or high.")
                           .arg(format, quality),

                       FailureKind::BadInput};
    return *preset;
}

}  // namespace

StoryboardActions::StoryboardActions(const Catalog &catalog, DataLocation location, JobQueue &queue,
                                     ProviderHub *hub, QObject *parent)
    : QObject(parent), m_catalog(catalog), m_location(std::move(location)), m_queue(queue), m_hub(hub)
{}

StoryboardActions::~StoryboardActions()
{
    qDeleteAll(m_remoteRenders);
}

QString StoryboardActions::renderRefusal(const Storyboard &board)
{
    if (board.scenes.isEmpty())
        return tr("The storyboard has no scenes to render.");
    if (!board.approved)
        return tr(
            "Approve the storyboard first: it renders only once approved, and any edit resets "
            "the approval.");
    return {};
}

Result<Storyboard> StoryboardActions::loadBoard(RowId id) const
{
    return StoryboardStore(m_catalog).load(id);
}

QString StoryboardActions::versionPath(const Storyboard &board, int number, const QString &suffix) const
{
    QString name = renderFileName(board);
    name.chop(4);  // ".mp4"
    name += QStringLiteral("-v%1").arg(number);
    if (!suffix.isEmpty())
        name += QLatin1Char('-') + suffix;
    return QDir(m_location.root()).filePath(QStringLiteral("renders/%1.mp4").arg(name));
}

// One past the highest version any render job of this storyboard took (queued ones included, so two
// quick renders do not share a file), skipping files that exist.
int StoryboardActions::nextVersion(const Storyboard &board, const QString &suffix) const
{
    int highest = 0;
    if (Result<QList<Job>> jobs = JobStore(m_catalog).list(); jobs) {
        for (const Job &job : *jobs) {
            if (job.kind == JobKind::Render && job.params.value(kStoryboardId).toInteger() == board.id)
                highest = qMax(highest, job.params.value(QStringLiteral("version")).toInt());
        }
    }
    int number = highest + 1;
    while (QFileInfo::exists(versionPath(board, number, suffix)))
        ++number;
    return number;
}

Result<RowId> StoryboardActions::render(RowId storyboardId, const RenderChoice &choice)
{
    Result<Storyboard> board = loadBoard(storyboardId);
    if (!board)
        return board.failure();
    if (const QString refusal = renderRefusal(*board); !refusal.isEmpty())
        return Failure{refusal, FailureKind::BadInput};
    const Aspect aspect = choice.aspect.value_or(board->aspect);
    const QString suffix = aspect == board->aspect ? QString() : aspectSuffix(aspect);
    const int version = nextVersion(*board, suffix);
    const QString output = versionPath(*board, version, suffix);
    QDir().mkpath(QFileInfo(output).absolutePath());
    if (board->accountId > 0 && !board->remoteId.isEmpty()) {
        if (!m_hub)
            return Failure{tr("This storyboard lives on a provider account, which is not available here.")};
        if (m_remoteRenders.contains(board->id))
            return Failure{tr("The provider is already rendering this storyboard."), FailureKind::BadInput};
        startRemoteRender(*board, output, version);
        return RowId(0);
    }
    JobRequest request;
    request.kind = JobKind::Render;
    request.title = tr("Render %1 (v%2)").arg(board->title).arg(version);
    request.params = renderParams(board->id, aspect, choice, version);
    request.outputPath = output;
    return m_queue.submit(request);
}

Result<QList<RenderVersion>> StoryboardActions::versions(RowId storyboardId) const
{
    Result<QList<Job>> jobs = JobStore(m_catalog).list(JobStatus::Succeeded);
    if (!jobs)
        return jobs.failure();
    QList<RenderVersion> found;
    for (const Job &job : *jobs) {  // newest first
        if (job.kind != JobKind::Render || job.params.value(kStoryboardId).toInteger() != storyboardId ||
            !QFileInfo::exists(job.outputPath))
            continue;
        RenderVersion version;
        version.jobId = job.id;
        version.number = job.params.value(QStringLiteral("version")).toInt();
        version.path = job.outputPath;
        version.aspect = fromText<Aspect>(job.params.value(QStringLiteral("aspect")).toString())
                             .value_or(Aspect::Landscape16x9);
        version.finishedAt = job.finishedAt;
        found << version;
    }
    return found;
}

QString StoryboardActions::deliveredPath(const QString &sourcePath, const QString &format,
                                         const QString &quality) const
{
    std::optional<ExportPreset> preset = ExportPreset::parse(format, quality);
    if (!preset)
        return {};
    return QDir(m_location.exportsDir())
        .filePath(QStringLiteral("delivered/%1-%2.%3")
                      .arg(QFileInfo(sourcePath).completeBaseName(), preset->key(), preset->extension()));
}

Result<RowId> StoryboardActions::exportFile(const QString &sourcePath, const QString &format,
                                            const QString &quality)
{
    Result<ExportPreset> preset = presetFor(format, quality);
    if (!preset)
        return preset.failure();
    const QString output = deliveredPath(sourcePath, format, quality);
    QDir().mkpath(QFileInfo(output).absolutePath());
    JobRequest request;
    request.kind = JobKind::Export;
    request.title = tr("Export %1 (%2)").arg(QFileInfo(sourcePath).fileName(), preset->key());
    request.params = QJsonObject{{QStringLiteral("source"), sourcePath},
                                 {QStringLiteral("format"), format},
                                 {QStringLiteral("quality"), quality}};
    request.outputPath = output;
    return m_queue.submit(request);
}

QList<ExportChoice> StoryboardActions::socialBundle()
{
    return {{Aspect::Landscape16x9, QStringLiteral("mp4"), QStringLiteral("high")},
            {Aspect::Portrait9x16, QStringLiteral("mp4"), QStringLiteral("medium")},
            {Aspect::Landscape16x9, QStringLiteral("webm"), QStringLiteral("low")}};
}

Result<BundleJobs> StoryboardActions::exportBundle(RowId storyboardId, const QList<ExportChoice> &choices)
{
    Result<Storyboard> board = loadBoard(storyboardId);
    if (!board)
        return board.failure();
    if (const QString refusal = renderRefusal(*board); !refusal.isEmpty())
        return Failure{refusal, FailureKind::BadInput};
    if (board->accountId > 0)
        return Failure{tr("Bundles are rendered locally; this storyboard is on a provider account: "
                          "render it there, then export its video."),
                       FailureKind::BadInput};
    if (choices.isEmpty())
        return Failure{tr("The bundle has no destinations."), FailureKind::BadInput};
    for (const ExportChoice &choice : choices) {
        if (Result<ExportPreset> preset = presetFor(choice.format, choice.quality); !preset)
            return preset.failure();
    }
    BundleJobs bundle;
    bundle.batchId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // The render's output is known up front, so each export names it as its source.
    QHash<int, QPair<RowId, QString>> renders;  // aspect -> (job, output)
    for (const ExportChoice &choice : choices) {
        if (!renders.contains(int(choice.aspect))) {
            const QString suffix = aspectSuffix(choice.aspect);
            const int version = nextVersion(*board, suffix);
            const QString output = versionPath(*board, version, suffix);
            QDir().mkpath(QFileInfo(output).absolutePath());
            // Rendered at the best quality any export of this aspect asks for; exports scale down.
            ExportPreset::Quality best = ExportPreset::Quality::Low;
            for (const ExportChoice &other : choices) {
                if (other.aspect == choice.aspect)
                    best = qMax(best, ExportPreset::parseQuality(other.quality).value_or(best));
            }
            RenderChoice renderChoice;
            renderChoice.quality = ExportPreset{ExportPreset::Format::Mp4, best, false}.qualityName();
            JobRequest request;
            request.kind = JobKind::Render;
            request.title =
                tr("Render %1 (v%2, %3)").arg(board->title).arg(version).arg(toText(choice.aspect));
            request.params = renderParams(board->id, choice.aspect, renderChoice, version);
            request.outputPath = output;
            request.batchId = bundle.batchId;
            Result<RowId> id = m_queue.submit(request);
            if (!id)
                return id.failure();
            renders.insert(int(choice.aspect), {*id, output});
            bundle.renders << *id;
        }
        const auto [renderId, source] = renders.value(int(choice.aspect));
        const ExportPreset preset = *ExportPreset::parse(choice.format, choice.quality);
        QString output = source;
        output.chop(4);
        output += QStringLiteral("-%1.%2").arg(preset.key(), preset.extension());
        JobRequest request;
        request.kind = JobKind::Export;
        request.title = tr("Export %1 (%2)").arg(QFileInfo(source).fileName(), preset.key());
        request.params = QJsonObject{{QStringLiteral("source"), source},
                                     {QStringLiteral("format"), choice.format},
                                     {QStringLiteral("quality"), choice.quality}};
        request.outputPath = output;
        request.batchId = bundle.batchId;
        request.dependsOn = renderId;
        Result<RowId> id = m_queue.submit(request);
        if (!id)
            return id.failure();
        bundle.exports << *id;
        bundle.outputs << output;
    }
    return bundle;
}

void StoryboardActions::exportForDrag(const QString &sourcePath, const QString &format,
                                      const QString &quality, Delivered done, Progress progress)
{
    Result<ExportPreset> preset = presetFor(format, quality);
    if (!preset)
        return done(preset.failure());
    const QString output = deliveredPath(sourcePath, format, quality);
    const ExportCache cache(m_catalog, m_location);
    if (cache.contains(sourcePath, *preset)) {
        // Answered from the cache: only the path comes back, nothing is decoded.
        Result<ExportOutcome> cached = cache.get(sourcePath, *preset);
        if (!cached)
            return done(cached.failure());
        QDir().mkpath(QFileInfo(output).absolutePath());
        if (QFileInfo(output).size() != QFileInfo(cached->path).size()) {
            if (Status delivered = ExportCache::deliver(cached->path, output); !delivered)
                return done(delivered.failure());
        }
        return done(output);
    }
    Result<RowId> id = exportFile(sourcePath, format, quality);
    if (!id)
        return done(id.failure());
    // One watcher per export; it goes away with its answer.
    auto *watcher = new QObject(this);
    const RowId jobId = *id;
    if (progress) {
        connect(&m_queue, &JobQueue::jobChanged, watcher, [this, jobId, progress](qint64 changed) {
            if (changed != jobId)
                return;
            if (Result<Job> job = JobStore(m_catalog).load(jobId); job)
                progress(job->progress);
        });
    }
    connect(
        &m_queue, &JobQueue::jobFinished, watcher,
        [this, jobId, watcher, done](qint64 finished, JobStatus status) {
            if (finished != jobId)
                return;
            watcher->deleteLater();
            Result<Job> job = JobStore(m_catalog).load(jobId);
            if (!job)
                return done(job.failure());
            if (status != JobStatus::Succeeded)
                return done(Failure{job->error.isEmpty() ? tr("The export did not finish.") : job->error});
            done(job->outputPath);
        });
}

QString StoryboardActions::refinementLimitMessage()
{
    return tr("Maximum refinement limit (5) reached for this job");
}

Result<QString> StoryboardActions::drawCard(const QString &text, Aspect aspect, int index) const
{
    return drawSceneCard(m_location, text, aspect, index);
}

void StoryboardActions::refine(StoryboardDocument &document, int row, const QString &newImagePrompt,
                               const QString &newDescription, std::function<void(Status)> done)
{
    if (row < 0 || row >= document.sceneCount())
        return done(Failure{tr("There is no scene %1.").arg(row + 1), FailureKind::BadInput});
    if (document.refinementsLeft() <= 0)
        return done(Failure{refinementLimitMessage(), FailureKind::BadInput});
    const QString prompt = newImagePrompt.trimmed();
    const QString description = newDescription.trimmed();
    if (prompt.isEmpty() && description.isEmpty())
        return done(Failure{tr("Give a new image prompt or a new description."), FailureKind::BadInput});
    Scene refined = document.scenes().at(row);
    if (!prompt.isEmpty())
        refined.imagePrompt = prompt;
    if (!description.isEmpty())
        refined.description = description;
    const Storyboard &board = document.storyboard();
    if (board.accountId > 0 && !board.remoteId.isEmpty())
        return refineRemotely(document, row, refined, std::move(done));
    if (!prompt.isEmpty()) {  // a description alone keeps the image, as on the service
        Result<QString> image = drawCard(prompt, board.aspect, row + board.refinementCount);
        if (!image)
            return done(image.failure());
        refined.imagePath = *image;
    }
    done(document.applyRefinement(row, refined));
}

QStringList StoryboardActions::beatsFor(const QString &prompt, int count)
{
    return storyboardBeats(prompt, count);
}

Result<CreatedStoryboard> StoryboardActions::createFromPrompt(const StoryboardForm &form, RowId accountId)
{
    Result<GenerationPlan> plan = GenerationService::plan(form);
    if (!plan)
        return plan.failure();
    Dialect dialect = Dialect::Local;
    if (accountId > 0) {
        Result<ProviderAccount> account = AccountStore(m_catalog).load(accountId);
        if (!account)
            return Failure{account.error(), FailureKind::BadInput};
        dialect = account->dialect;
    }
    if (dialect != Dialect::Local) {
        Result<RowId> job = GenerationService(m_catalog, m_queue).submit(accountId, *plan);
        if (!job)
            return job.failure();
        return CreatedStoryboard{0, *job};
    }
    Result<RowId> id = createLocalStoryboard(m_catalog, m_location, form);
    if (!id)
        return id.failure();
    return CreatedStoryboard{*id, 0};
}

}  // namespace storyreel
