#pragma once

#include "datalocation.h"
#include "enums.h"
#include "httpclient.h"
#include "ids.h"
#include "result.h"
#include "storage.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace storyreel {

class Catalog;
class CredentialStore;
class JobQueue;

// Access keys of a storage as the user types them; they go to the keychain, nowhere else.
struct StorageKeys
{
    QString accessKeyId;
    QString secretAccessKey;
};

// What a storage's Test found: ok, or what is wrong in words for the user.
struct StorageCheck
{
    bool ok = false;
    QString message;
};

// How an upload is split: objects above `multipartThreshold` go up in parts of `partSize` (S3's
// minimum 5 MiB), `partsInFlight` at once; `bytesPerSecond` > 0 paces the parts (a bandwidth limit).
struct TransferTuning
{
    qint64 multipartThreshold = 16 * 1024 * 1024;
    qint64 partSize = 8 * 1024 * 1024;
    int partsInFlight = 4;
    qint64 bytesPerSecond = 0;
    // A transfer that fails on the network after the HTTP retries goes back in the queue after this,
    // then 4x and 10x this, before it fails.
    std::chrono::milliseconds requeueDelay{30000};
    // No byte moving for this long ends a request's attempt (HttpRequest::transferTimeout).
    std::chrono::milliseconds transferTimeout{30000};
};

// Cloud storage for the studio (issue 8, DESIGN "Sync and cloud storage"): storages and their keys,
// uploads and downloads as jobs (JobKind::Upload / Download, accountId 0, run by the TransferRunner it
// installs on the queue), automatic upload of finished renders and exports, cloud-only media found in a
// bucket, and presigned share links. Objects go under `prefix/<look-or-storyboard>/<file>`.
// Lives in the GUI's or the CLI's thread; callbacks run there, exactly once, never inside the call.
class CloudService final : public QObject
{
    Q_OBJECT

public:
    // `policy`: the HTTP retries and back-off of every storage request (tests shorten them).
    CloudService(Catalog &catalog, JobQueue &queue, CredentialStore &credentials,
                 const DataLocation &location, QNetworkAccessManager *network = nullptr,
                 const HttpPolicy &policy = storagePolicy(), QObject *parent = nullptr);
    static HttpPolicy storagePolicy();
    ~CloudService() override;

    void setTuning(const TransferTuning &tuning);
    const TransferTuning &tuning() const;

    // Storages. add() stores the keys in the keychain first; a storage is never half added.
    void addStorage(const StorageAccount &storage, const StorageKeys &keys,
                    std::function<void(Result<RowId>)> done);
    // Empty keys keep the stored ones.
    void updateStorage(const StorageAccount &storage, const StorageKeys &keys,
                       std::function<void(Status)> done);
    void removeStorage(RowId id, std::function<void(Status)> done);
    Result<QList<StorageAccount>> storages() const;
    Status setDefaultStorage(RowId id);
    // Writes, reads back and deletes a small object under the prefix with these settings and keys (or the
    // stored keys when `keys` is empty); nothing is saved.
    void testStorage(const StorageAccount &storage, const StorageKeys &keys,
                     std::function<void(StorageCheck)> done);

    // Uploads a library video's file (to the default storage when storageId is 0) under
    // prefix/<its look, or "videos">/<file>. The job's id; an upload of the same content already queued,
    // running or done is not repeated (its job id, or 0 when the bucket has it already).
    Result<RowId> uploadVideo(RowId videoId, RowId storageId = 0);
    // A file (a render or an export) under prefix/<folder>/<file name>.
    Result<RowId> uploadFile(const QString &path, const QString &folder, RowId storageId = 0);
    // Brings a cloud-only video's file back into the media store; the job's id.
    Result<RowId> downloadVideo(RowId videoId);
    // Any object of a storage into `destination` (a file path); the job's id.
    Result<RowId> downloadObject(RowId storageId, const QString &key, const QString &destination);

    // The cloud state of a file that is not a library video (renders, exports).
    CloudState stateOfFile(const QString &path) const;

    // A link anyone can open for `expiresSeconds` (max 7 days) to the video's or file's object.
    void shareVideo(RowId videoId, qint64 expiresSeconds, std::function<void(Result<QUrl>)> done);
    void shareFile(const QString &path, qint64 expiresSeconds, std::function<void(Result<QUrl>)> done);

    // Lists the storage's objects under its prefix and adds those the catalog does not know as cloud-only
    // videos (linked to a look whose folder name matches); the number of videos added.
    void refreshFromStorage(RowId storageId, std::function<void(Result<int>)> done);

Q_SIGNALS:
    // The cloud state of some media changed (a transfer was queued, finished, failed or was cancelled, or
    // a refresh found objects): views re-read what they show.
    void cloudChanged();
    // An automatic upload of a finished render or export was queued.
    void autoUploadQueued(qint64 jobId, const QString &fileName);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

}  // namespace storyreel
