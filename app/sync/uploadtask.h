#pragma once

#include "cloudobjectstore.h"
#include "cloudservice.h"
#include "filedigest.h"
#include "job.h"
#include "remotejobrunner.h"
#include "s3client.h"
#include "transferprogress.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QList>
#include <QTimer>

#include <memory>
#include <optional>
#include <set>

namespace storyreel {

class Catalog;
class StorageConnector;
class TransferRunner;

// One upload job (see TransferRunner): digest the file off the GUI thread, skip it when the bucket has
// the same content already, else one PUT (small files) or a multipart upload (parts recorded in the
// catalog as they complete), then HEAD to check the object. Every callback holds a weak pointer: a task
// destroyed with the studio stops quietly and the next start resumes it.
class UploadTask final : public RemoteExecution, public std::enable_shared_from_this<UploadTask>
{
    Q_DECLARE_TR_FUNCTIONS(storyreel::UploadTask)

public:
    UploadTask(const Catalog &catalog, std::shared_ptr<const StorageConnector> connector,
               TransferRunner &runner, Job job, RemoteJobContext context, TransferTuning tuning);
    ~UploadTask() override;

    void begin();
    void cancel() override;

private:
    template <typename T>
    ProviderCallback<T> guarded(std::function<void(UploadTask &, ProviderResult<T>)> body);
    void track(std::shared_ptr<HttpCall> call);
    void cancelCalls();  // every call still in flight
    void onConnected(std::shared_ptr<s3::Client> client);
    void onDigest(const Result<FileDigest> &digest);
    void checkExisting();
    void putWhole();
    void startMultipart();
    void createUpload();
    void restartUpload();
    void resumeParts(const QList<StoredPart> &stored);
    void pump();
    void sendPart(int number);
    void complete();
    void verify(const QByteArray &etag);
    void finishStored(const QByteArray &etag);
    void reportBytes(qint64 done);
    void fail(const ProviderError &error);
    void failWith(const QString &message);
    void cleanUpAfterCancel();
    void finish(const Result<JobOutput> &result);
    s3::Metadata metadata() const;
    qint64 partLength(int number) const;

    const Catalog &m_catalog;
    std::shared_ptr<const StorageConnector> m_connector;
    TransferRunner &m_runner;
    Job m_job;
    RemoteJobContext m_context;
    TransferTuning m_tuning;
    QString m_path;
    QString m_key;
    RowId m_objectId = 0;
    std::shared_ptr<s3::Client> m_client;
    FileDigest m_digest;
    std::shared_ptr<MediaControl> m_digestControl;
    std::optional<TransferProgress> m_progress;
    QList<std::weak_ptr<HttpCall>> m_calls;
    bool m_cancelled = false;
    bool m_finished = false;
    bool m_putInFlight = false;  // a cancelled single PUT may leave a partial object on some servers

    // Multipart state.
    QString m_uploadId;
    QFile m_file;
    int m_partCount = 0;
    std::set<int> m_pending;            // parts not sent yet, in order
    QHash<int, StoredPart> m_done;      // parts the bucket has
    QHash<int, qint64> m_inFlightSent;  // bytes of each part in flight sent so far
    qint64 m_doneBytes = 0;
    bool m_restarted = false;  // the upload id was unknown once; started afresh
    bool m_completing = false;
    QTimer m_pace;
    qint64 m_pacedBytes = 0;  // bytes released by the bandwidth limit so far
    QElapsedTimer m_paceClock;
};

// Callbacks of S3 calls: nothing runs once the task is gone or finished, or after a cancel (the cancel
// path reports). A template, so it lives here for both of the task's source files.
template <typename T>
ProviderCallback<T> UploadTask::guarded(std::function<void(UploadTask &, ProviderResult<T>)> body)
{
    return [weak = weak_from_this(), body = std::move(body)](ProviderResult<T> result) {
        std::shared_ptr<UploadTask> self = weak.lock();
        if (!self || self->m_finished)
            return;
        if (self->m_cancelled)
            return;  // the cancel path finishes the job
        body(*self, std::move(result));
    };
}

}  // namespace storyreel
