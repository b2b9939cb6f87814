#include "resultimport.h"

#include "catalog.h"
#include "lookstore.h"
#include "mediastore.h"
#include "probe.h"
#include "storyboardstore.h"
#include "thumbnailer.h"
#include "transaction.h"
#include "videostore.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QJsonArray>
#include <QScopeGuard>

#include <utility>

namespace storyreel {
namespace {

struct ResultImport
{
    Q_DECLARE_TR_FUNCTIONS(storyreel::ResultImport)
};

VideoKind videoKindOf(JobKind kind)
{
    switch (kind) {
        case JobKind::GenerateImage:
            return VideoKind::ImageToVideo;
        case JobKind::GenerateExplainer:
            return VideoKind::Explainer;
        case JobKind::GenerateStoryboard:
            return VideoKind::Storyboard;
        default:
            return VideoKind::TextToVideo;
    }
}

QString promptOf(const Job &job)
{
    const QString prompt = job.params.value(QStringLiteral("prompt")).toString();
    return prompt.isEmpty() ? job.params.value(QStringLiteral("topic")).toString() : prompt;
}

// The stored video file of a result and its poster (each nullptr when the provider sent none).
std::pair<const StoredFile *, const StoredFile *> videoAndPoster(const QList<StoredFile> &files)
{
    const StoredFile *video = nullptr;
    const StoredFile *poster = nullptr;
    for (const StoredFile &file : files) {
        if (file.file.role == RemoteFile::Role::Video && !file.mediaPath.isEmpty())
            video = &file;
        if (file.file.role == RemoteFile::Role::Poster && !file.mediaPath.isEmpty())
            poster = &file;
    }
    return {video, poster};
}

Result<JobOutput> importVideo(const Catalog &catalog, const MediaStore &media, const Job &job,
                              const RemoteResult &result, const QList<StoredFile> &files)
{
    const auto [video, poster] = videoAndPoster(files);
    if (!video)
        return Failure{ResultImport::tr("The provider finished the job but sent no video.")};
    const VideoStore videos(catalog);
    Result<std::optional<Video>> existing = videos.findByRemote(job.accountId, job.remoteId);
    if (!existing)
        return existing.failure();
    Video row = existing->value_or(Video{});
    row.accountId = job.accountId;
    row.remoteId = job.remoteId;
    row.kind = videoKindOf(job.kind);
    row.status = VideoStatus::Succeeded;
    if (row.title.isEmpty())
        row.title = result.metadata.value(QStringLiteral("title")).toString(job.title);
    if (row.prompt.isEmpty())
        row.prompt = promptOf(job);
    row.filePath = video->mediaPath;
    row.mediaSha256 = QFileInfo(video->mediaPath).completeBaseName();
    row.remoteUrl = video->file.url.adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo).toString();
    // asyncvideos: the video's own id, which favourites (PUT /videos/{id}) take.
    if (const QString ref = result.metadata.value(QStringLiteral("remoteVideoId")).toString(); !ref.isEmpty())
        row.remoteRef = ref;
    if (row.id == 0)
        row.favorite = result.metadata.value(QStringLiteral("favorite")).toBool(false);
    if (poster)
        row.posterPath = poster->mediaPath;
    row.durationMs = video->info.durationMs;
    row.width = video->info.displayWidth();
    row.height = video->info.displayHeight();
    row.progress = 1.0;
    row.error.clear();
    Transaction transaction(catalog.db());
    if (!transaction.began())
        return Failure{transaction.beginError()};
    RowId id = row.id;
    if (id > 0) {
        if (Status saved = videos.update(row); !saved)
            return saved.failure();
    } else {
        Result<RowId> created = videos.create(row);
        if (!created)
            return created.failure();
        id = *created;
    }
    if (const RowId lookId = job.params.value(QStringLiteral("lookId")).toInteger(); lookId > 0) {
        if (Status linked = videos.linkToLook(lookId, id); !linked)
            return linked.failure();
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.failure();
    return JobOutput{media.absolutePath(video->mediaPath), id};
}

// A download job (issue 7, "Make available offline"): the files of a video the library already has go
// into its existing row; no new row.
Result<JobOutput> importDownload(const Catalog &catalog, const MediaStore &media, const Job &job,
                                 const RemoteResult &result, const QList<StoredFile> &files)
{
    const auto [video, poster] = videoAndPoster(files);
    if (!video)
        return Failure{ResultImport::tr("The provider sent no video to download.")};
    const VideoStore videos(catalog);
    Result<Video> loaded = videos.load(job.params.value(QStringLiteral("videoId")).toInteger());
    if (!loaded)
        return Failure{
            ResultImport::tr("The video to download is no longer in the library: %1").arg(loaded.error())};
    Video row = *loaded;
    row.filePath = video->mediaPath;
    row.mediaSha256 = QFileInfo(video->mediaPath).completeBaseName();
    if (poster && (row.posterPath.isEmpty() || !media.contains(row.posterPath)))
        row.posterPath = poster->mediaPath;
    row.durationMs = video->info.durationMs;
    row.width = video->info.displayWidth();
    row.height = video->info.displayHeight();
    if (const QString ref = result.metadata.value(QStringLiteral("remoteVideoId")).toString();
        row.remoteRef.isEmpty() && !ref.isEmpty())
        row.remoteRef = ref;
    if (Status saved = videos.update(row); !saved)
        return saved.failure();
    return JobOutput{media.absolutePath(video->mediaPath), row.id};
}

Result<JobOutput> importStoryboard(const Catalog &catalog, const Job &job, const RemoteResult &result,
                                   const QList<StoredFile> &files)
{
    const StoryboardStore boards(catalog);
    Result<QList<Storyboard>> all = boards.list();
    if (!all)
        return all.failure();
    for (const Storyboard &board : *all) {
        if (board.accountId == job.accountId && board.remoteId == job.remoteId)
            return JobOutput{QString(), 0};  // imported before a restart
    }
    Storyboard board;
    board.accountId = job.accountId;
    board.remoteId = job.remoteId;
    board.prompt = job.params.value(QStringLiteral("prompt")).toString();
    board.title = job.title;
    board.style = job.params.value(QStringLiteral("style")).toString();
    board.aspect = fromText<Aspect>(job.params.value(QStringLiteral("aspect")).toString())
                       .value_or(Aspect::Landscape16x9);
    board.status = StoryboardStatus::Ready;
    board.approved = result.metadata.value(QStringLiteral("approved")).toBool(false);
    const QJsonArray scenes = result.metadata.value(QStringLiteral("scenes")).toArray();
    int position = 1;
    for (const QJsonValue &value : scenes) {
        const QJsonObject object = value.toObject();
        Scene scene;
        scene.position = position++;
        scene.description = object.value(QStringLiteral("description")).toString();
        scene.imagePrompt = object.value(QStringLiteral("image_prompt")).toString();
        scene.durationMs = qint64(object.value(QStringLiteral("duration")).toDouble(5.0) * 1000.0);
        const int number = object.value(QStringLiteral("scene_number")).toInt(scene.position);
        for (const StoredFile &file : files) {
            if (file.file.role == RemoteFile::Role::SceneImage && file.file.scene == number)
                scene.imagePath = file.mediaPath;
        }
        board.scenes << scene;
    }
    if (board.scenes.isEmpty())
        return Failure{ResultImport::tr("The provider finished the storyboard but sent no scenes.")};
    Result<RowId> created = boards.create(board);
    if (!created)
        return created.failure();
    return JobOutput{QString(), 0};
}

}  // namespace

Result<StoredFile> storeDownloadedFile(const MediaStore &media, const RemoteFile &file,
                                       const QString &downloadPath)
{
    StoredFile stored;
    stored.file = file;
    const auto removeDownload = qScopeGuard([&downloadPath] { QFile::remove(downloadPath); });
    if (file.role == RemoteFile::Role::Video) {
        Result<MediaInfo> info = probeMedia(downloadPath);
        if (!info)
            return Failure{ResultImport::tr("The provider's video cannot be played: %1").arg(info.error())};
        if (!info->hasVideo())
            return Failure{ResultImport::tr("The provider's video has no picture.")};
        stored.info = *info;
    } else {
        QImageReader reader(downloadPath);
        if (!reader.canRead())
            return Failure{
                ResultImport::tr("The provider's image cannot be read: %1").arg(reader.errorString())};
    }
    Result<QString> path = media.addFile(downloadPath);
    if (!path)
        return path.failure();
    stored.mediaPath = *path;
    stored.info.path = media.absolutePath(*path);
    return stored;
}

Result<StoredFile> storePosterFrame(const MediaStore &media, const StoredFile &video)
{
    constexpr int kPosterWidth = 640;
    Result<QImage> frame = posterFrame(media.absolutePath(video.mediaPath), -1.0, kPosterWidth);
    if (!frame)
        return frame.failure();
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    if (!frame->save(&buffer, "JPG", 85))
        return Failure{ResultImport::tr("The poster frame could not be encoded.")};
    Result<QString> path = media.addBytes(jpeg, QStringLiteral("jpg"));
    if (!path)
        return path.failure();
    StoredFile poster;
    poster.file.role = RemoteFile::Role::Poster;
    poster.mediaPath = *path;
    return poster;
}

Result<JobOutput> importRemoteResult(const Catalog &catalog, const MediaStore &media, const Job &job,
                                     const RemoteResult &result, const QList<StoredFile> &files)
{
    if (job.kind == JobKind::GenerateStoryboard)
        return importStoryboard(catalog, job, result, files);
    if (job.kind == JobKind::Download)
        return importDownload(catalog, media, job, result, files);
    return importVideo(catalog, media, job, result, files);
}

}  // namespace storyreel
