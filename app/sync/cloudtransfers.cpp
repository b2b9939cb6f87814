// CloudService: uploads, downloads and the automatic upload of finished renders and exports.
#include "cloudobjectstore.h"
#include "cloudprivate.h"
#include "jobstore.h"
#include "lookstore.h"
#include "storagestore.h"
#include "storyboardstore.h"
#include "videostore.h"

#include <QFileInfo>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCloud, "storyreel.sync.cloud")

namespace storyreel {

Result<RowId> CloudService::Private::submitUpload(const StorageAccount &storage, const QString &path,
                                                  const QString &key, const QString &title, RowId videoId,
                                                  const QString &sha256)
{
    CloudObjectStore objects(catalog);
    Result<std::optional<CloudObject>> existing = objects.find(storage.id, key);
    if (!existing)
        return existing.failure();
    if (existing->has_value()) {
        const CloudObject &object = existing->value();
        if (object.jobId > 0) {
            Result<Job> job = JobStore(catalog).load(object.jobId);
            const bool active = job && (job->status == JobStatus::Queued ||
                                        job->status == JobStatus::Running || job->status == JobStatus::Held);
            if (active && job->kind == JobKind::Upload)
                return object.jobId;  // already on its way
        }
        if (object.state == CloudObject::State::Stored && (sha256.isEmpty() || object.sha256 == sha256))
            return RowId(0);  // the bucket has it
    }
    CloudObject object = existing->value_or(CloudObject{});
    object.storageId = storage.id;
    object.key = key;
    object.sha256 = sha256;
    object.contentType = cloud::contentTypeFor(path);
    object.localPath = location.relative(path);
    object.videoId = videoId;
    object.state = CloudObject::State::Pending;
    object.jobId = 0;
    Result<RowId> objectId = objects.upsert(object);
    if (!objectId)
        return objectId;
    JobRequest request;
    request.kind = JobKind::Upload;
    request.title = CloudService::tr("Upload %1 to %2").arg(title, storage.name);
    request.outputPath = path;
    request.params = QJsonObject{{QStringLiteral("storageId"), storage.id},
                                 {QStringLiteral("objectId"), *objectId},
                                 {QStringLiteral("path"), path},
                                 {QStringLiteral("key"), key},
                                 {QStringLiteral("contentType"), object.contentType},
                                 {QStringLiteral("localPath"), object.localPath},
                                 // Fixed per upload: a resumed upload's parts must keep their sizes.
                                 {QStringLiteral("partSize"), tuning.partSize}};
    if (videoId > 0)
        request.params.insert(QStringLiteral("videoId"), videoId);
    Result<RowId> job = queue.submit(request);
    if (!job) {
        (void)objects.removePending(*objectId);
        return job;
    }
    (void)objects.setJob(*objectId, *job);
    Q_EMIT owner->cloudChanged();
    return job;
}

Result<RowId> CloudService::uploadVideo(RowId videoId, RowId storageId)
{
    Result<Video> video = VideoStore(d->catalog).load(videoId);
    if (!video)
        return video.failure();
    if (video->filePath.isEmpty())
        return Failure{tr("\"%1\" has no file on this machine to upload.").arg(video->title),
                       FailureKind::BadInput};
    Result<StorageAccount> storage = d->storageFor(storageId);
    if (!storage)
        return storage.failure();
    QString folder = QStringLiteral("videos");
    if (Result<QList<RowId>> looks = VideoStore(d->catalog).looksOf(videoId); looks && !looks->isEmpty()) {
        if (Result<Look> look = LookStore(d->catalog).load(looks->first()); look)
            folder = look->title;
    }
    const QString path = d->location.absolute(video->filePath);
    const QString suffix = QFileInfo(path).suffix();
    const QString name = QStringLiteral("%1-%2.%3")
                             .arg(cloud::slug(video->title), video->mediaSha256.left(8),
                                  suffix.isEmpty() ? QStringLiteral("mp4") : suffix);
    const QString key = storage->keyFor(cloud::slug(folder) + QLatin1Char('/') + name);
    return d->submitUpload(*storage, path, key, video->title, videoId, video->mediaSha256);
}

Result<RowId> CloudService::uploadFile(const QString &path, const QString &folder, RowId storageId)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return Failure{tr("%1 is not a file.").arg(path), FailureKind::BadInput};
    Result<StorageAccount> storage = d->storageFor(storageId);
    if (!storage)
        return storage.failure();
    const QString name = info.fileName();
    const QString key = storage->keyFor(cloud::slug(folder.isEmpty() ? QStringLiteral("files") : folder) +
                                        QLatin1Char('/') + name);
    return d->submitUpload(*storage, info.absoluteFilePath(), key, name, 0, QString());
}

Result<RowId> CloudService::downloadVideo(RowId videoId)
{
    Result<Video> video = VideoStore(d->catalog).load(videoId);
    if (!video)
        return video.failure();
    if (!video->filePath.isEmpty() && QFileInfo::exists(d->location.absolute(video->filePath)))
        return Failure{tr("\"%1\" is on this machine already.").arg(video->title), FailureKind::BadInput};
    CloudObjectStore objects(d->catalog);
    Result<QList<CloudObject>> found = objects.forVideo(videoId);
    if (found && found->isEmpty() && !video->mediaSha256.isEmpty())
        found = objects.forContent(video->mediaSha256);
    if (!found)
        return found.failure();
    if (found->isEmpty() || found->first().state != CloudObject::State::Stored)
        return Failure{tr("\"%1\" is not in any cloud storage.").arg(video->title), FailureKind::BadInput};
    const CloudObject &object = found->first();
    JobRequest request;
    request.kind = JobKind::Download;
    request.title = tr("Download %1").arg(video->title);
    request.params = QJsonObject{{QStringLiteral("storageId"), object.storageId},
                                 {QStringLiteral("objectId"), object.id},
                                 {QStringLiteral("key"), object.key},
                                 {QStringLiteral("sha256"), object.sha256},
                                 {QStringLiteral("size"), object.sizeBytes},
                                 {QStringLiteral("videoId"), videoId}};
    Result<RowId> job = d->queue.submit(request);
    if (job) {
        (void)objects.setJob(object.id, *job);
        Q_EMIT cloudChanged();
    }
    return job;
}

Result<RowId> CloudService::downloadObject(RowId storageId, const QString &key, const QString &destination)
{
    Result<StorageAccount> storage = d->storageFor(storageId);
    if (!storage)
        return storage.failure();
    if (destination.isEmpty())
        return Failure{tr("Say where the download goes."), FailureKind::BadInput};
    JobRequest request;
    request.kind = JobKind::Download;
    request.title = tr("Download %1").arg(QFileInfo(key).fileName());
    request.outputPath = QFileInfo(destination).absoluteFilePath();
    request.params = QJsonObject{{QStringLiteral("storageId"), storage->id},
                                 {QStringLiteral("key"), key},
                                 {QStringLiteral("destination"), request.outputPath}};
    Result<std::optional<CloudObject>> known = CloudObjectStore(d->catalog).find(storage->id, key);
    if (known && known->has_value() && known->value().state == CloudObject::State::Stored) {
        request.params.insert(QStringLiteral("sha256"), known->value().sha256);
        request.params.insert(QStringLiteral("size"), known->value().sizeBytes);
    }
    return d->queue.submit(request);
}

CloudState CloudService::stateOfFile(const QString &path) const
{
    Result<CloudState> state = CloudObjectStore(d->catalog).stateOfPath(d->location.relative(path));
    return state ? *state : CloudState::LocalOnly;
}

QString CloudService::Private::folderForJob(const Job &job) const
{
    if (const RowId boardId = job.params.value(QStringLiteral("storyboardId")).toInteger(); boardId > 0) {
        if (Result<Storyboard> board = StoryboardStore(catalog).load(boardId); board)
            return board->title;
    }
    const QString source = job.params.value(QStringLiteral("source")).toString();
    if (!source.isEmpty()) {
        // An export of a render: the render's storyboard; of a library video: its look.
        Result<QList<Job>> renders = JobStore(catalog).list(JobStatus::Succeeded);
        for (const Job &render : renders ? *renders : QList<Job>()) {
            if (render.kind == JobKind::Render && render.outputPath == source)
                return folderForJob(render);
        }
        const QString sha = QFileInfo(source).completeBaseName();
        if (Result<std::optional<Video>> video = VideoStore(catalog).findByMedia(sha);
            video && video->has_value()) {
            Result<QList<RowId>> looks = VideoStore(catalog).looksOf(video->value().id);
            if (looks && !looks->isEmpty())
                if (Result<Look> look = LookStore(catalog).load(looks->first()); look)
                    return look->title;
        }
    }
    return QStringLiteral("exports");
}

void CloudService::Private::onJobFinished(qint64 id, JobStatus status)
{
    Result<Job> job = JobStore(catalog).load(id);
    if (!job)
        return;
    if (job->kind == JobKind::Upload || (job->kind == JobKind::Download && job->accountId == 0)) {
        Q_EMIT owner->cloudChanged();
        return;
    }
    if (status != JobStatus::Succeeded || (job->kind != JobKind::Render && job->kind != JobKind::Export) ||
        job->outputPath.isEmpty())
        return;
    Result<std::optional<StorageAccount>> storage = StorageStore(catalog).defaultStorage();
    if (!storage || !storage->has_value() || !storage->value().autoUpload)
        return;
    Result<RowId> upload = owner->uploadFile(job->outputPath, folderForJob(*job), storage->value().id);
    if (!upload) {
        qCWarning(lcCloud) << "automatic upload of job" << id << "not queued:" << upload.error();
        return;
    }
    if (*upload > 0)
        Q_EMIT owner->autoUploadQueued(*upload, QFileInfo(job->outputPath).fileName());
}

}  // namespace storyreel
