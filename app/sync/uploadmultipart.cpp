// UploadTask's multipart upload and its clean-up after a cancel (the single PUT is in uploadtask.cpp).
#include "catalog.h"
#include "uploadtask.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcUpload)

#include <algorithm>

namespace storyreel {

qint64 UploadTask::partLength(int number) const
{
    const qint64 offset = qint64(number - 1) * m_tuning.partSize;
    return qMin(m_tuning.partSize, m_digest.size - offset);
}

void UploadTask::startMultipart()
{
    m_file.setFileName(m_path);
    if (!m_file.open(QIODevice::ReadOnly))
        return failWith(tr("Cannot read %1: %2").arg(m_path, m_file.errorString()));
    m_partCount = int((m_digest.size + m_tuning.partSize - 1) / m_tuning.partSize);
    if (m_partCount > 10000)
        return failWith(tr("%1 is too large for parts of %2 bytes (S3 allows 10,000 parts)")
                            .arg(m_path)
                            .arg(m_tuning.partSize));
    if (m_job.remoteId.isEmpty())
        return createUpload();
    m_uploadId = m_job.remoteId;
    Result<QList<StoredPart>> stored = CloudObjectStore(m_catalog).parts(m_job.id, m_uploadId);
    resumeParts(stored ? *stored : QList<StoredPart>());
}

void UploadTask::createUpload()
{
    m_context.progress(0.0, tr("starting the upload"), -1);
    track(m_client->createMultipart(
        m_key, m_job.params.value(QStringLiteral("contentType")).toString().toLatin1(), metadata(),
        guarded<QString>([](UploadTask &self, ProviderResult<QString> result) {
            if (!result.ok())
                return self.fail(result.error());
            self.m_uploadId = result.value();
            // Kept as the job's remote id before any part goes: a restart finds its parts again.
            if (Status saved = self.m_context.accepted(self.m_uploadId, 0); !saved)
                return self.failWith(saved.error());
            self.resumeParts({});
        })));
}

void UploadTask::restartUpload()
{
    m_restarted = true;
    cancelCalls();
    m_inFlightSent.clear();
    (void)CloudObjectStore(m_catalog).clearParts(m_job.id);
    m_uploadId.clear();
    m_completing = false;
    createUpload();
}

void UploadTask::resumeParts(const QList<StoredPart> &stored)
{
    m_done.clear();
    m_pending.clear();
    m_doneBytes = 0;
    for (int number = 1; number <= m_partCount; ++number)
        m_pending.insert(number);
    // A part counts only with the size this upload's part size gives it (the tuning may have changed).
    for (const StoredPart &part : stored) {
        if (part.number < 1 || part.number > m_partCount || part.sizeBytes != partLength(part.number))
            continue;
        m_done.insert(part.number, part);
        m_pending.erase(part.number);
        m_doneBytes += part.sizeBytes;
    }
    if (!m_done.isEmpty())
        qCInfo(lcUpload) << "job" << m_job.id << "resuming with" << m_done.size() << "of" << m_partCount
                         << "parts in the bucket already";
    m_paceClock.start();
    m_pacedBytes = 0;
    reportBytes(m_doneBytes);
    pump();
}

void UploadTask::pump()
{
    if (m_finished || m_cancelled || m_uploadId.isEmpty())
        return;
    if (m_pending.empty() && m_inFlightSent.isEmpty())
        return complete();
    while (m_inFlightSent.size() < m_tuning.partsInFlight && !m_pending.empty()) {
        const int number = *m_pending.begin();
        if (m_tuning.bytesPerSecond > 0) {
            // The bandwidth limit: a part starts once the bytes released before it are due.
            const qint64 dueMs = m_pacedBytes * 1000 / m_tuning.bytesPerSecond;
            if (const qint64 wait = dueMs - m_paceClock.elapsed(); wait > 0) {
                if (!m_pace.isActive())
                    m_pace.start(int(qMin<qint64>(wait, 60000)));
                return;
            }
        }
        m_pending.erase(m_pending.begin());
        m_pacedBytes += partLength(number);
        sendPart(number);
    }
}

void UploadTask::sendPart(int number)
{
    const qint64 length = partLength(number);
    QByteArray data;
    if (m_file.seek(qint64(number - 1) * m_tuning.partSize))
        data = m_file.read(length);
    if (data.size() != length)
        return failWith(tr("Cannot read part %1 of %2: %3").arg(number).arg(m_path, m_file.errorString()));
    m_inFlightSent.insert(number, 0);
    std::weak_ptr<UploadTask> weak = weak_from_this();
    const QString uploadId = m_uploadId;
    track(m_client->uploadPart(
        m_key, m_uploadId, number, data,
        [weak, number](qint64 sent, qint64) {
            std::shared_ptr<UploadTask> self = weak.lock();
            if (!self || self->m_cancelled || !self->m_inFlightSent.contains(number))
                return;
            self->m_inFlightSent[number] = sent;
            qint64 inFlight = 0;
            for (qint64 bytes : std::as_const(self->m_inFlightSent))
                inFlight += bytes;
            self->reportBytes(self->m_doneBytes + inFlight);
        },
        guarded<s3::UploadedPart>(
            [number, length, uploadId](UploadTask &self, ProviderResult<s3::UploadedPart> result) {
                if (uploadId != self.m_uploadId)
                    return;  // a part of an upload given up for a new one
                self.m_inFlightSent.remove(number);
                if (!result.ok()) {
                    if (result.error().kind == ProviderErrorKind::NotFound && !self.m_restarted)
                        return self.restartUpload();  // the upload id is unknown (expired, aborted): afresh
                    return self.fail(result.error());
                }
                const StoredPart part{number, QString::fromLatin1(result.value().etag), length};
                if (Status saved =
                        CloudObjectStore(self.m_catalog).savePart(self.m_job.id, self.m_uploadId, part);
                    !saved)
                    return self.failWith(saved.error());
                self.m_done.insert(number, part);
                self.m_doneBytes += length;
                self.reportBytes(self.m_doneBytes);
                self.pump();
            })));
}

void UploadTask::complete()
{
    if (m_completing)
        return;
    m_completing = true;
    m_context.progress(1.0, tr("assembling the object"), 0);
    QList<s3::UploadedPart> parts;
    for (int number = 1; number <= m_partCount; ++number) {
        const StoredPart &part = m_done[number];
        parts << s3::UploadedPart{number, part.etag.toLatin1(), part.sizeBytes};
    }
    const QString uploadId = m_uploadId;
    track(m_client->completeMultipart(
        m_key, m_uploadId, parts, m_digest.md5,
        guarded<QByteArray>([uploadId](UploadTask &self, ProviderResult<QByteArray> result) {
            if (uploadId != self.m_uploadId)
                return;
            if (!result.ok()) {
                if (result.error().kind == ProviderErrorKind::NotFound && !self.m_restarted)
                    return self.restartUpload();
                return self.fail(result.error());
            }
            self.verify(result.value());
        })));
}

void UploadTask::cleanUpAfterCancel()
{
    std::weak_ptr<UploadTask> weak = weak_from_this();
    auto done = [weak] {
        std::shared_ptr<UploadTask> self = weak.lock();
        if (!self)
            return;
        CloudObjectStore store(self->m_catalog);
        (void)store.clearParts(self->m_job.id);
        (void)store.removePending(self->m_objectId);
        self->finish(Failure{tr("cancelled"), FailureKind::Cancelled});
    };
    if (!m_uploadId.isEmpty()) {
        // Nothing of an aborted multipart upload is ever visible; servers that cannot abort (s3rver
        // answers 405) keep the parts out of sight too.
        m_client->abortMultipart(m_key, m_uploadId, [done](ProviderResult<Done>) { done(); });
        return;
    }
    if (!m_putInFlight)
        return done();
    // A server that streams a PUT straight into the object (s3rver) may show what arrived: remove an
    // object that is not this content.
    std::shared_ptr<s3::Client> client = m_client;
    const QString key = m_key;
    const FileDigest digest = m_digest;
    client->head(key, [client, key, digest, done](ProviderResult<std::optional<s3::ObjectInfo>> result) {
        const bool partial = result.ok() && result.value() &&
                             (result.value()->size != digest.size || result.value()->etag != digest.md5);
        if (!partial)
            return done();
        client->remove(key, [done](ProviderResult<Done>) { done(); });
    });
}

}  // namespace storyreel
