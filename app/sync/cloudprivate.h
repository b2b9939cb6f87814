#pragma once

// CloudService's shared state (not part of its API): one HTTP client and connector for every storage
// call, and the runner the job queue hands transfers to.
#include "catalog.h"
#include "cloudservice.h"
#include "httpclient.h"
#include "jobqueue.h"
#include "storageconnector.h"
#include "transferrunner.h"

#include <QNetworkAccessManager>

namespace storyreel {

struct CloudService::Private
{
    Private(Catalog &catalog, JobQueue &queue, CredentialStore &credentials, const DataLocation &location,
            QNetworkAccessManager *network, const HttpPolicy &policy, CloudService *owner);

    // The storage to use: `storageId`, else the default; a clear failure when there is none.
    Result<StorageAccount> storageFor(RowId storageId) const;
    // Queues the upload of `path` as `key` and records its object as pending.
    Result<RowId> submitUpload(const StorageAccount &storage, const QString &path, const QString &key,
                               const QString &title, RowId videoId, const QString &sha256);
    void onJobFinished(qint64 id, JobStatus status);
    QString folderForJob(const Job &job) const;

    Catalog &catalog;
    JobQueue &queue;
    CredentialStore &credentials;
    DataLocation location;
    CloudService *owner;
    QNetworkAccessManager *network;
    std::shared_ptr<HttpClient> http;
    std::shared_ptr<StorageConnector> connector;
    std::shared_ptr<TransferRunner> runner;
    TransferTuning tuning;
};

namespace cloud {

// A folder or file name fit for an object key: letters and digits kept (any script), lower-case,
// everything else one '-'; "untitled" when nothing is left.
QString slug(const QString &text);
// "video/mp4" for .mp4, and so on; application/octet-stream when unknown.
QString contentTypeFor(const QString &path);

}  // namespace cloud
}  // namespace storyreel
