#pragma once

#include "cloudservice.h"
#include "datalocation.h"
#include "providerresult.h"
#include "remotejobrunner.h"

#include <QHash>

#include <memory>

namespace storyreel {

class Catalog;
class StorageConnector;

// Runs the cloud storage's jobs (JobKind::Upload and local JobKind::Download) on the queue's thread.
// Parameters:
//   upload:   {"storageId", "objectId" (its cloud_objects row), "path" (absolute), "key", "contentType",
//              "videoId" (optional)}; a multipart upload's UploadId is the job's remoteId and its parts
//              are kept in the catalog, so a retried or restarted job goes on from the parts sent.
//   download: {"storageId", "objectId", "key", "sha256" and "size" (when known), "videoId" (its file comes
//              back into the media store) or "destination" (a file path)}; the partial file stays under
//              transfers/ so a retry resumes it with a Range request.
// Network failures that outlast the HTTP policy's retries put the job back in the queue with a growing
// delay (TransferTuning::requeueDelay: 30 s, 2 min, 5 min) before it fails; a cancel aborts the multipart
// upload and leaves no object.
class TransferRunner final : public RemoteJobRunner
{
public:
    TransferRunner(const Catalog &catalog, std::shared_ptr<const StorageConnector> connector,
                   DataLocation location);

    void setTuning(const TransferTuning &tuning) { m_tuning = tuning; }
    std::shared_ptr<RemoteExecution> start(const Job &job, RemoteJobContext context) override;

    // How long a job that failed with `error` waits in the queue before its next attempt: for network
    // trouble (unreachable, timeout, 5xx, rate limit), growing with each such failure of the job;
    // nullopt when it should fail instead (any other error, or too many).
    std::optional<std::chrono::milliseconds> requeueDelay(RowId jobId, const ProviderError &error);

private:
    const Catalog &m_catalog;
    std::shared_ptr<const StorageConnector> m_connector;
    DataLocation m_location;
    TransferTuning m_tuning;
    QHash<RowId, int> m_networkFailures;
};

}  // namespace storyreel
