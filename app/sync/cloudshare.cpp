// CloudService: presigned share links, and the cloud-only videos found in a bucket.
#include "cloudobjectstore.h"
#include "cloudprivate.h"
#include "lookstore.h"
#include "s3client.h"
#include "storagestore.h"
#include "videostore.h"

#include <QFileInfo>

namespace storyreel {
namespace {

constexpr qint64 kMaxShareSeconds = 7 * 24 * 3600;  // S3's limit for a presigned URL

void shareObject(CloudService *service, const StorageConnector &connector, Result<QList<CloudObject>> found,
                 const QString &what, qint64 expiresSeconds, std::function<void(Result<QUrl>)> done)
{
    auto fail = [service, done](const QString &message) {
        QMetaObject::invokeMethod(
            service,
            [done, message] {
                done(Failure{message, FailureKind::BadInput});
            },
            Qt::QueuedConnection);
    };
    if (!found)
        return fail(found.error());
    if (found->isEmpty() || found->first().state != CloudObject::State::Stored)
        return fail(CloudService::tr("%1 is not in the cloud yet: upload it first.").arg(what));
    if (expiresSeconds < 1 || expiresSeconds > kMaxShareSeconds)
        return fail(CloudService::tr("A share link lasts from one second to seven days."));
    const CloudObject object = found->first();
    connector.connect(object.storageId,
                      [object, expiresSeconds, done](Result<std::shared_ptr<s3::Client>> client) {
                          if (!client)
                              return done(client.failure());
                          done((*client)->presignGet(object.key, expiresSeconds));
                      });
}

// The name a cloud-only video gets from its object: the file name without the "-<sha8>" the studio adds.
QString titleFromKey(const QString &key)
{
    QString base = QFileInfo(key).completeBaseName();
    static const QRegularExpression shaSuffix(QStringLiteral("-[0-9a-f]{8}$"));
    base.remove(shaSuffix);
    base.replace(QLatin1Char('-'), QLatin1Char(' '));
    return base.isEmpty() ? QFileInfo(key).fileName() : base;
}

bool isMedia(const QString &key)
{
    const QString suffix = QFileInfo(key).suffix().toLower();
    return suffix == QLatin1String("mp4") || suffix == QLatin1String("webm") ||
           suffix == QLatin1String("mov") || suffix == QLatin1String("m4v");
}

}  // namespace

void CloudService::shareVideo(RowId videoId, qint64 expiresSeconds, std::function<void(Result<QUrl>)> done)
{
    CloudObjectStore objects(d->catalog);
    Result<QList<CloudObject>> found = objects.forVideo(videoId);
    Result<Video> video = VideoStore(d->catalog).load(videoId);
    if (found && (found->isEmpty() || found->first().state != CloudObject::State::Stored) && video &&
        !video->mediaSha256.isEmpty())
        found = objects.forContent(video->mediaSha256);
    shareObject(this, *d->connector, found,
                video ? QStringLiteral("\"%1\"").arg(video->title) : tr("The video"), expiresSeconds,
                std::move(done));
}

void CloudService::shareFile(const QString &path, qint64 expiresSeconds,
                             std::function<void(Result<QUrl>)> done)
{
    shareObject(this, *d->connector, CloudObjectStore(d->catalog).forPath(d->location.relative(path)),
                QFileInfo(path).fileName(), expiresSeconds, std::move(done));
}

namespace {

// Walks a bucket's listing page by page, then asks HEAD for each unknown media object's checksum, one
// at a time (a bucket with thousands of new objects is read in one go, not thousands at once).
struct BucketRefresh : std::enable_shared_from_this<BucketRefresh>
{
    CloudService *service = nullptr;
    Catalog *catalog = nullptr;
    const DataLocation *location = nullptr;
    StorageAccount storage;
    std::shared_ptr<s3::Client> client;
    std::function<void(Result<int>)> done;
    QList<s3::ObjectInfo> unknown;
    int added = 0;

    void listFrom(const QString &token)
    {
        const QString prefix = storage.prefix.isEmpty() ? QString() : storage.prefix + QLatin1Char('/');
        client->list(prefix, token, 1000, [self = shared_from_this()](ProviderResult<s3::ListPage> page) {
            if (!page.ok())
                return self->done(Failure{page.error().message});
            CloudObjectStore objects(*self->catalog);
            for (const s3::ObjectInfo &info : page.value().objects) {
                Result<std::optional<CloudObject>> known = objects.find(self->storage.id, info.key);
                if (known && !known->has_value() && isMedia(info.key))
                    self->unknown << info;
            }
            if (!page.value().nextContinuationToken.isEmpty())
                return self->listFrom(page.value().nextContinuationToken);
            self->next();
        });
    }

    void next()
    {
        if (unknown.isEmpty()) {
            if (added > 0)
                Q_EMIT service->cloudChanged();
            return done(added);
        }
        const s3::ObjectInfo listed = unknown.takeFirst();
        client->head(listed.key,
                     [self = shared_from_this(), listed](ProviderResult<std::optional<s3::ObjectInfo>> head) {
                         if (!head.ok())
                             return self->done(Failure{head.error().message});
                         if (head.value())
                             self->record(*head.value(), listed.key);
                         self->next();
                     });
    }

    void record(const s3::ObjectInfo &info, const QString &key)
    {
        const QString sha = QString::fromLatin1(info.metadata.value("sha256"));
        VideoStore videos(*catalog);
        CloudObject object;
        object.storageId = storage.id;
        object.key = key;
        object.sha256 = sha;
        object.sizeBytes = info.size;
        object.etag = QString::fromLatin1(info.etag);
        object.contentType = QString::fromLatin1(info.contentType);
        object.state = CloudObject::State::Stored;
        if (Result<std::optional<Video>> local =
                sha.isEmpty() ? Result<std::optional<Video>>(std::nullopt) : videos.findByMedia(sha);
            local && local->has_value()) {
            object.videoId = local->value().id;
            object.localPath = local->value().filePath;
            (void)CloudObjectStore(*catalog).upsert(object);
            return;
        }
        Video video;
        video.kind = VideoKind::Import;
        video.status = VideoStatus::Succeeded;
        video.title = titleFromKey(key);
        video.mediaSha256 = sha;
        video.progress = 1.0;
        Result<RowId> created = videos.create(video);
        if (!created)
            return;
        object.videoId = *created;
        (void)CloudObjectStore(*catalog).upsert(object);
        ++added;
        linkToFolderLook(*created, key);
    }

    // prefix/<folder>/<file>: a look whose title makes that folder name gets the video.
    void linkToFolderLook(RowId videoId, const QString &key)
    {
        QString relative = key;
        if (!storage.prefix.isEmpty())
            relative = relative.mid(storage.prefix.size() + 1);
        const QString folder = relative.section(QLatin1Char('/'), 0, 0);
        if (folder.isEmpty() || folder == relative)
            return;
        Result<QList<Look>> looks = LookStore(*catalog).list();
        for (const Look &look : looks ? *looks : QList<Look>()) {
            if (cloud::slug(look.title) == folder && look.accountId == 0) {
                (void)VideoStore(*catalog).linkToLook(look.id, videoId);
                return;
            }
        }
    }
};

}  // namespace

void CloudService::refreshFromStorage(RowId storageId, std::function<void(Result<int>)> done)
{
    Result<StorageAccount> storage = d->storageFor(storageId);
    if (!storage) {
        QMetaObject::invokeMethod(
            this, [done, failure = storage.failure()] { done(failure); }, Qt::QueuedConnection);
        return;
    }
    auto refresh = std::make_shared<BucketRefresh>();
    refresh->service = this;
    refresh->catalog = &d->catalog;
    refresh->location = &d->location;
    refresh->storage = *storage;
    refresh->done = std::move(done);
    d->connector->connect(*storage, [refresh](Result<std::shared_ptr<s3::Client>> client) {
        if (!client)
            return refresh->done(client.failure());
        refresh->client = *client;
        refresh->listFrom(QString());
    });
}

}  // namespace storyreel
