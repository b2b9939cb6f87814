#include "downloadtask.h"

#include "catalog.h"
#include "cloudobjectstore.h"
#include "mediastore.h"
#include "sha256.h"
#include "storageconnector.h"
#include "transferrunner.h"
#include "videostore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QThreadPool>

Q_LOGGING_CATEGORY(lcDownload, "storyreel.sync.download")

namespace storyreel {

DownloadTask::DownloadTask(const Catalog &catalog, std::shared_ptr<const StorageConnector> connector,
                           TransferRunner &runner, DataLocation location, Job job, RemoteJobContext context)
    : m_catalog(catalog),
      m_connector(std::move(connector)),
      m_runner(runner),
      m_location(std::move(location)),
      m_job(std::move(job)),
      m_context(std::move(context))
{
    m_key = m_job.params.value(QStringLiteral("key")).toString();
    m_expectedSize = m_job.params.value(QStringLiteral("size")).toInteger(-1);
}

DownloadTask::~DownloadTask()
{
    m_finished = true;  // the partial file stays: the next start resumes it
    if (m_call)
        m_call->cancel();
}

QString DownloadTask::partialPath() const
{
    return QDir(m_location.root()).filePath(QStringLiteral("transfers/job-%1.part").arg(m_job.id));
}

void DownloadTask::begin()
{
    if (m_key.isEmpty())
        return finish(Failure{tr("The download job lacks its object key")});
    m_context.progress(0.0, tr("connecting"), -1);
    m_connector->connect(m_job.params.value(QStringLiteral("storageId")).toInteger(),
                         [weak = weak_from_this()](Result<std::shared_ptr<s3::Client>> client) {
                             std::shared_ptr<DownloadTask> self = weak.lock();
                             if (!self || self->m_finished)
                                 return;
                             if (!client)
                                 return self->finish(client.failure());
                             if (self->m_cancelled)
                                 return self->finish(Failure{tr("cancelled"), FailureKind::Cancelled});
                             self->onConnected(*client);
                         });
}

void DownloadTask::onConnected(std::shared_ptr<s3::Client> client)
{
    m_client = std::move(client);
    QDir().mkpath(QFileInfo(partialPath()).absolutePath());
    if (const qint64 already = QFileInfo(partialPath()).size(); already > 0)
        qCInfo(lcDownload) << "job" << m_job.id << "resuming the download at" << already << "bytes";
    m_progress.emplace(tr("downloading"), m_expectedSize);
    std::weak_ptr<DownloadTask> weak = weak_from_this();
    m_call = m_client->download(
        m_key, partialPath(),
        [weak](qint64 received, qint64 total) {
            std::shared_ptr<DownloadTask> self = weak.lock();
            if (!self || self->m_finished || self->m_cancelled)
                return;
            if (total > 0 && self->m_expectedSize < 0) {
                self->m_expectedSize = total;
                self->m_progress.emplace(tr("downloading"), total);
            }
            if (self->m_progress->update(received))
                self->m_context.progress(self->m_progress->fraction(), self->m_progress->stage(),
                                         self->m_progress->etaSeconds());
        },
        [weak](ProviderResult<qint64> result) {
            if (std::shared_ptr<DownloadTask> self = weak.lock(); self && !self->m_finished)
                self->onDownloaded(std::move(result));
        });
}

void DownloadTask::onDownloaded(ProviderResult<qint64> result)
{
    m_call.reset();
    if (m_cancelled || (!result.ok() && result.error().kind == ProviderErrorKind::Cancelled)) {
        QFile::remove(partialPath());
        return finish(Failure{tr("cancelled"), FailureKind::Cancelled});
    }
    if (!result.ok()) {
        if (std::optional<std::chrono::milliseconds> delay =
                m_runner.requeueDelay(m_job.id, result.error())) {
            m_finished = true;  // the partial file stays for the next attempt's Range request
            m_context.requeue(*delay, result.error().message);
            return;
        }
        return finish(Failure{result.error().message});
    }
    if (m_expectedSize >= 0 && result.value() != m_expectedSize) {
        QFile::remove(partialPath());
        return finish(Failure{
            tr("%1 arrived with %2 bytes instead of %3").arg(m_key).arg(result.value()).arg(m_expectedSize)});
    }
    m_context.progress(1.0, tr("checking the file"), 0);
    // Hashing is long for a large file: off the GUI thread.
    QThreadPool::globalInstance()->start(
        [weak = weak_from_this(), path = partialPath(), receiver = QCoreApplication::instance()] {
            Result<QString> hash = sha256OfFile(path);
            QMetaObject::invokeMethod(
                receiver,
                [weak, hash] {
                    if (std::shared_ptr<DownloadTask> self = weak.lock(); self && !self->m_finished)
                        self->place(hash);
                },
                Qt::QueuedConnection);
        });
}

void DownloadTask::place(const Result<QString> &checked)
{
    if (m_cancelled) {
        QFile::remove(partialPath());
        return finish(Failure{tr("cancelled"), FailureKind::Cancelled});
    }
    if (!checked)
        return finish(checked.failure());
    const QString expected = m_job.params.value(QStringLiteral("sha256")).toString();
    if (!expected.isEmpty() && expected != *checked) {
        QFile::remove(partialPath());
        return finish(Failure{tr("%1 does not match the content that was uploaded (SHA-256 differs); "
                                 "the download was discarded")
                                  .arg(m_key)});
    }
    const RowId videoId = m_job.params.value(QStringLiteral("videoId")).toInteger();
    const QString destination = m_job.params.value(QStringLiteral("destination")).toString();
    JobOutput output;
    output.videoId = videoId;
    if (!destination.isEmpty()) {
        QFile::remove(destination);
        if (!QFile::rename(partialPath(), destination))
            return finish(Failure{tr("Cannot move the download to %1").arg(destination)});
        output.path = destination;
    } else {
        const QString extension =
            QFileInfo(m_key).suffix().isEmpty() ? QStringLiteral("mp4") : QFileInfo(m_key).suffix();
        const MediaStore media(m_location.root());
        // addFile copies; the partial is renamed to carry the right extension first.
        const QString named = partialPath() + QLatin1Char('.') + extension;
        QFile::remove(named);
        QFile::rename(partialPath(), named);
        Result<QString> stored = media.addFile(named);
        QFile::remove(named);
        if (!stored)
            return finish(stored.failure());
        output.path = media.absolutePath(*stored);
        if (videoId > 0) {
            VideoStore videos(m_catalog);
            Result<Video> video = videos.load(videoId);
            if (!video)
                return finish(video.failure());
            Video updated = *video;
            updated.filePath = *stored;
            updated.mediaSha256 = *checked;
            if (Status saved = videos.update(updated); !saved)
                return finish(saved.failure());
        }
    }
    if (const RowId objectId = m_job.params.value(QStringLiteral("objectId")).toInteger(); objectId > 0) {
        CloudObjectStore objects(m_catalog);
        if (Result<CloudObject> object = objects.load(objectId); object && object->localPath.isEmpty()) {
            CloudObject updated = *object;
            updated.localPath = m_location.relative(output.path);
            updated.sha256 = *checked;
            (void)objects.upsert(updated);
        }
    }
    finish(output);
}

void DownloadTask::finish(const Result<JobOutput> &result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_context.finished(result);
}

void DownloadTask::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    if (m_call)
        m_call->cancel();  // onDownloaded removes the partial file and reports
    else if (m_client && !m_progress)
        finish(Failure{tr("cancelled"), FailureKind::Cancelled});
}

}  // namespace storyreel
