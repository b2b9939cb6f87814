#include "uploadtask.h"

#include "catalog.h"
#include "storageconnector.h"
#include "transferrunner.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QThreadPool>

Q_LOGGING_CATEGORY(lcUpload, "storyreel.sync.upload")

namespace storyreel {

UploadTask::UploadTask(const Catalog &catalog, std::shared_ptr<const StorageConnector> connector,
                       TransferRunner &runner, Job job, RemoteJobContext context, TransferTuning tuning)
    : m_catalog(catalog),
      m_connector(std::move(connector)),
      m_runner(runner),
      m_job(std::move(job)),
      m_context(std::move(context)),
      m_tuning(tuning)
{
    m_path = m_job.params.value(QStringLiteral("path")).toString();
    m_key = m_job.params.value(QStringLiteral("key")).toString();
    m_objectId = m_job.params.value(QStringLiteral("objectId")).toInteger();
    m_tuning.partSize = m_job.params.value(QStringLiteral("partSize")).toInteger(m_tuning.partSize);
    m_tuning.partSize = qMax<qint64>(m_tuning.partSize, 5 * 1024 * 1024);  // S3's minimum part
    m_tuning.partsInFlight = qMax(1, m_tuning.partsInFlight);
    m_pace.setSingleShot(true);
    QObject::connect(&m_pace, &QTimer::timeout, &m_pace, [this] { pump(); });
}

UploadTask::~UploadTask()
{
    // The studio is closing: calls stop; the job stays Running in the catalog and resumes next start.
    m_finished = true;
    if (m_digestControl)
        m_digestControl->cancel();
    cancelCalls();
}

void UploadTask::cancelCalls()
{
    for (const std::weak_ptr<HttpCall> &call : std::as_const(m_calls)) {
        if (std::shared_ptr<HttpCall> alive = call.lock())
            alive->cancel();
    }
}

void UploadTask::track(std::shared_ptr<HttpCall> call)
{
    if (call)
        m_calls << call;
}

void UploadTask::begin()
{
    if (m_path.isEmpty() || m_key.isEmpty() || m_objectId == 0)
        return failWith(tr("The upload job lacks its file, key or object"));
    m_context.progress(0.0, tr("connecting"), -1);
    m_connector->connect(m_job.params.value(QStringLiteral("storageId")).toInteger(),
                         [weak = weak_from_this()](Result<std::shared_ptr<s3::Client>> client) {
                             std::shared_ptr<UploadTask> self = weak.lock();
                             if (!self || self->m_finished)
                                 return;
                             if (!client)
                                 return self->failWith(client.error());
                             if (self->m_cancelled)
                                 return self->finish(Failure{tr("cancelled"), FailureKind::Cancelled});
                             self->onConnected(*client);
                         });
}

void UploadTask::onConnected(std::shared_ptr<s3::Client> client)
{
    m_client = std::move(client);
    m_context.progress(0.0, tr("checking the file"), -1);
    // Hashing a large file takes a while: off the GUI thread, back here with the answer.
    m_digestControl = std::make_shared<MediaControl>();
    QThreadPool::globalInstance()->start([weak = weak_from_this(), path = m_path, control = m_digestControl,
                                          receiver = QCoreApplication::instance()] {
        Result<FileDigest> digest = digestFile(path, control.get());
        QMetaObject::invokeMethod(
            receiver,
            [weak, digest] {
                if (std::shared_ptr<UploadTask> self = weak.lock(); self && !self->m_finished)
                    self->onDigest(digest);
            },
            Qt::QueuedConnection);
    });
}

void UploadTask::onDigest(const Result<FileDigest> &digest)
{
    if (m_cancelled)
        return finish(Failure{tr("cancelled"), FailureKind::Cancelled});
    if (!digest)
        return failWith(digest.error());
    m_digest = *digest;
    // The object's record (gone when an earlier attempt was cancelled or failed: a retry makes it again).
    CloudObjectStore store(m_catalog);
    Result<CloudObject> loaded = store.load(m_objectId);
    CloudObject object = loaded ? *loaded : CloudObject{};
    if (!loaded) {
        object.storageId = m_job.params.value(QStringLiteral("storageId")).toInteger();
        object.key = m_key;
        object.contentType = m_job.params.value(QStringLiteral("contentType")).toString();
        object.localPath = m_job.params.value(QStringLiteral("localPath")).toString();
        object.videoId = m_job.params.value(QStringLiteral("videoId")).toInteger();
    }
    object.sha256 = m_digest.sha256;
    object.sizeBytes = m_digest.size;
    object.jobId = m_job.id;
    Result<RowId> recorded = store.upsert(object);
    if (!recorded)
        return failWith(recorded.error());
    m_objectId = *recorded;
    m_progress.emplace(tr("uploading"), m_digest.size);
    checkExisting();
}

s3::Metadata UploadTask::metadata() const
{
    return {{"sha256", m_digest.sha256.toLatin1()}};
}

void UploadTask::checkExisting()
{
    m_context.progress(0.0, tr("looking in the bucket"), -1);
    track(m_client->head(m_key, guarded<std::optional<s3::ObjectInfo>>([](UploadTask &self, auto result) {
                             if (!result.ok())
                                 return self.fail(result.error());
                             const std::optional<s3::ObjectInfo> &info = result.value();
                             const bool same =
                                 info && info->size == self.m_digest.size &&
                                 (info->metadata.value("sha256") == self.m_digest.sha256.toLatin1() ||
                                  info->etag == self.m_digest.md5);
                             if (same) {
                                 qCInfo(lcUpload)
                                     << "job" << self.m_job.id << "the bucket has this content already";
                                 return self.finishStored(info->etag);
                             }
                             if (self.m_digest.size <= self.m_tuning.multipartThreshold)
                                 self.putWhole();
                             else
                                 self.startMultipart();
                         })));
}

void UploadTask::putWhole()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return failWith(tr("Cannot read %1: %2").arg(m_path, file.errorString()));
    const QByteArray body = file.readAll();
    if (body.size() != m_digest.size)
        return failWith(tr("%1 changed while it was being uploaded").arg(m_path));
    m_putInFlight = true;
    std::weak_ptr<UploadTask> weak = weak_from_this();
    track(m_client->put(
        m_key, body, m_job.params.value(QStringLiteral("contentType")).toString().toLatin1(), metadata(),
        [weak](qint64 sent, qint64) {
            if (std::shared_ptr<UploadTask> self = weak.lock(); self && !self->m_cancelled)
                self->reportBytes(sent);
        },
        guarded<QByteArray>([](UploadTask &self, ProviderResult<QByteArray> result) {
            self.m_putInFlight = false;
            if (!result.ok())
                return self.fail(result.error());
            self.verify(result.value());
        })));
}

void UploadTask::reportBytes(qint64 done)
{
    if (m_progress && m_progress->update(done))
        m_context.progress(m_progress->fraction(), m_progress->stage(), m_progress->etaSeconds());
}

void UploadTask::verify(const QByteArray &etag)
{
    m_context.progress(1.0, tr("checking the object"), 0);
    track(m_client->head(
        m_key, guarded<std::optional<s3::ObjectInfo>>([etag](UploadTask &self, auto result) {
            if (!result.ok())
                return self.fail(result.error());
            if (!result.value() || result.value()->size != self.m_digest.size)
                return self.failWith(
                    tr("The bucket reports a different size for %1 after the upload").arg(self.m_key));
            self.finishStored(etag.isEmpty() ? result.value()->etag : etag);
        })));
}

void UploadTask::finishStored(const QByteArray &etag)
{
    CloudObjectStore store(m_catalog);
    if (Status stored = store.markStored(m_objectId, QString::fromLatin1(etag), m_digest.size); !stored)
        return failWith(stored.error());
    (void)store.clearParts(m_job.id);
    JobOutput output;
    output.path = m_path;
    output.videoId = m_job.params.value(QStringLiteral("videoId")).toInteger();
    finish(output);
}

void UploadTask::fail(const ProviderError &error)
{
    if (error.kind == ProviderErrorKind::Cancelled)
        return;  // ours: the cancel path reports
    if (std::optional<std::chrono::milliseconds> delay = m_runner.requeueDelay(m_job.id, error)) {
        m_finished = true;
        cancelCalls();
        // The parts sent stay recorded: the next attempt goes on from them.
        m_context.requeue(*delay, error.message);
        return;
    }
    failWith(error.message);
}

void UploadTask::failWith(const QString &message)
{
    if (m_finished)
        return;
    cancelCalls();
    finish(Failure{message});
}

void UploadTask::finish(const Result<JobOutput> &result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_pace.stop();
    if (!result && result.errorKind() != FailureKind::Cancelled && m_uploadId.isEmpty())
        (void)CloudObjectStore(m_catalog).removePending(m_objectId);
    m_context.finished(result);
}

void UploadTask::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    m_pace.stop();
    if (m_digestControl)
        m_digestControl->cancel();
    cancelCalls();
    m_context.progress(m_progress ? m_progress->fraction() : 0.0, tr("cancelling"), -1);
    if (!m_client || !m_progress)
        return;  // still connecting or hashing: that path finishes as cancelled
    cleanUpAfterCancel();
}

}  // namespace storyreel
