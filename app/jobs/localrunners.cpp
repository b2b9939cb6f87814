#include "localrunners.h"

#include "catalog.h"
#include "exportcache.h"
#include "jobqueue.h"
#include "localsynthesis.h"
#include "mediastore.h"
#include "renderplan.h"
#include "storyboardstore.h"
#include "thumbnailer.h"
#include "transaction.h"
#include "videostore.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QUuid>

namespace storyreel {
namespace {

struct LocalRunners
{
    Q_DECLARE_TR_FUNCTIONS(storyreel::LocalRunners)
};

// "shortSide" in pixels, "resolution" as the generation forms say it ("720p"), or "quality"
// low/medium/high.
int shortSideOf(const QJsonObject &params, const QString &fallback)
{
    int pixels = params.value(QStringLiteral("shortSide")).toInt();
    if (const QString resolution = params.value(QStringLiteral("resolution")).toString();
        pixels == 0 && resolution.endsWith(QLatin1Char('p')))
        pixels = resolution.chopped(1).toInt();
    if (pixels >= 144 && pixels <= 2160)
        return pixels;
    return ExportPreset::shortSideFor(
        ExportPreset::parseQuality(params.value(QStringLiteral("quality")).toString(fallback))
            .value_or(ExportPreset::Quality::High));
}

}  // namespace

void installLocalRunners(JobQueue &queue, const Catalog &catalog, const DataLocation &location)
{
    queue.setRunner(JobKind::Render, std::make_shared<RenderRunner>(catalog, location));
    queue.setRunner(JobKind::Export, std::make_shared<ExportRunner>(catalog, location));
    queue.setRunner(JobKind::ThumbnailBatch, std::make_shared<ThumbnailBatchRunner>(location));
    auto drafts = std::make_shared<LocalDraftRunner>(catalog, location);
    queue.setRunner(JobKind::GenerateText, drafts);
    queue.setRunner(JobKind::GenerateImage, drafts);
}

Result<JobOutput> RenderRunner::run(const Job &job, const MediaControl &control)
{
    const QJsonObject &params = job.params;
    Result<Storyboard> board =
        StoryboardStore(m_catalog).load(params.value(QStringLiteral("storyboardId")).toInteger());
    if (!board)
        return board.failure();
    RenderSettings settings;
    settings.aspect =
        fromText<Aspect>(params.value(QStringLiteral("aspect")).toString()).value_or(board->aspect);
    settings.shortSide = shortSideOf(params, QStringLiteral("high"));
    settings.captions = params.value(QStringLiteral("captions")).toBool(false);
    settings.motion = params.value(QStringLiteral("motion")).toBool(true);
    settings.crossfadeMs = params.value(QStringLiteral("crossfadeMs")).toInt(1000);
    settings.soundtrackPath = params.value(QStringLiteral("soundtrack")).toString();
    QString output = job.outputPath;
    if (output.isEmpty()) {
        const QString folder = QDir(m_location.root()).filePath(QStringLiteral("renders"));
        QDir().mkpath(folder);
        output = QDir(folder).filePath(QStringLiteral("%1-%2").arg(job.id).arg(renderFileName(*board)));
    }
    Result<RenderOutcome> outcome =
        renderStoryboard(renderScenesFor(*board, m_location), settings, output, &control);
    if (!outcome)
        return outcome.failure();
    return JobOutput{outcome->path, 0};
}

Result<JobOutput> ExportRunner::run(const Job &job, const MediaControl &control)
{
    const QJsonObject &params = job.params;
    std::optional<ExportPreset> preset =
        ExportPreset::parse(params.value(QStringLiteral("format")).toString(),
                            params.value(QStringLiteral("quality")).toString());
    if (!preset)
        return Failure{LocalRunners::tr("the export preset %1/%2 is unknown")
                           .arg(params.value(QStringLiteral("format")).toString(),
                                params.value(QStringLiteral("quality")).toString()),
                       FailureKind::BadInput};
    preset->allowUpscale = params.value(QStringLiteral("upscale")).toBool(false);
    Result<ExportOutcome> exported =
        ExportCache(m_catalog, m_location)
            .get(params.value(QStringLiteral("source")).toString(), *preset, &control);
    if (!exported)
        return exported.failure();
    if (job.outputPath.isEmpty())
        return JobOutput{exported->path, 0};
    if (Status delivered = ExportCache::deliver(exported->path, job.outputPath); !delivered)
        return delivered.failure();
    return JobOutput{job.outputPath, 0};
}

Result<JobOutput> ThumbnailBatchRunner::run(const Job &job, const MediaControl &control)
{
    const QJsonArray files = job.params.value(QStringLiteral("files")).toArray();
    const int width = job.params.value(QStringLiteral("width")).toInt(320);
    const double at = job.params.value(QStringLiteral("at")).toDouble(-1.0);
    const PosterCache cache(m_location.root());
    QString last;
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (control.cancelled())
            return Failure{LocalRunners::tr("the thumbnail batch was cancelled"), FailureKind::Cancelled};
        Result<QString> poster = cache.poster(files.at(i).toString(), at, width);
        if (!poster)
            return poster.failure();
        last = *poster;
        control.report(double(i + 1) / double(files.size()), LocalRunners::tr("thumbnails"));
    }
    return JobOutput{last, 0};
}

Result<JobOutput> LocalDraftRunner::run(const Job &job, const MediaControl &control)
{
    const QJsonObject &params = job.params;
    DraftSettings settings;
    settings.aspect =
        fromText<Aspect>(params.value(QStringLiteral("aspect")).toString()).value_or(Aspect::Landscape16x9);
    settings.shortSide = shortSideOf(params, QStringLiteral("medium"));
    settings.seconds = params.value(QStringLiteral("seconds")).toDouble(6.0);
    const QString prompt = params.value(QStringLiteral("prompt")).toString();
    const QString image = params.value(QStringLiteral("image")).toString();
    // Drafted beside the store, then moved in under its content hash.
    const QString incoming = QDir(m_location.mediaDir()).filePath(QStringLiteral("incoming"));
    QDir().mkpath(incoming);
    const QString draft =
        QDir(incoming).filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".mp4"));
    Result<RenderOutcome> outcome = job.kind == JobKind::GenerateImage
                                        ? synthesizeImageDraft(image, prompt, settings, draft, &control)
                                        : synthesizeTextDraft(prompt, settings, draft, &control);
    if (!outcome)
        return outcome.failure();
    Result<QString> stored = MediaStore(m_location.root()).addFile(draft);
    QFile::remove(draft);
    if (!stored)
        return stored.failure();
    Video video;
    video.kind = job.kind == JobKind::GenerateImage ? VideoKind::ImageToVideo : VideoKind::TextToVideo;
    video.status = VideoStatus::Succeeded;
    video.title = job.title;
    video.prompt = prompt;
    video.filePath = *stored;
    video.mediaSha256 = QFileInfo(*stored).completeBaseName();
    video.durationMs = outcome->durationMs;
    video.width = outcome->size.width();
    video.height = outcome->size.height();
    video.progress = 1.0;
    // A poster for the library's grids; a draft without one still counts.
    if (Result<QImage> frame = posterFrame(m_location.absolute(*stored), -1.0, 640); frame) {
        QByteArray jpeg;
        QBuffer buffer(&jpeg);
        if (buffer.open(QIODevice::WriteOnly) && frame->save(&buffer, "JPG", 85)) {
            if (Result<QString> poster = MediaStore(m_location.root()).addBytes(jpeg, QStringLiteral("jpg"));
                poster)
                video.posterPath = *poster;
        }
    }
    // A draft made for a look (LibraryService::generateForLook) is linked to it with the row, in one
    // transaction; the library makes it the default when the look has none.
    const RowId lookId = params.value(QStringLiteral("lookId")).toInteger();
    Transaction transaction(m_catalog.db());
    if (!transaction.began())
        return Failure{transaction.beginError()};
    Result<RowId> id = VideoStore(m_catalog).create(video);
    if (!id)
        return id.failure();
    if (lookId > 0) {
        if (Status linked = VideoStore(m_catalog).linkToLook(lookId, *id); !linked)
            return linked.failure();
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.failure();
    return JobOutput{m_location.absolute(*stored), *id};
}

}  // namespace storyreel
