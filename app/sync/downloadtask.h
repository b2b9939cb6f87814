#pragma once

#include "datalocation.h"
#include "job.h"
#include "remotejobrunner.h"
#include "s3client.h"
#include "transferprogress.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace storyreel {

class Catalog;
class StorageConnector;
class TransferRunner;

// One download job (see TransferRunner): a ranged GET into transfers/job-<id>.part that resumes from
// what is there, a check of size and SHA-256 off the GUI thread, then the file moves into the media
// store (the video's file) or to its destination, atomically. A mismatch deletes the partial file and
// fails; a cancel deletes it too.
class DownloadTask final : public RemoteExecution, public std::enable_shared_from_this<DownloadTask>
{
    Q_DECLARE_TR_FUNCTIONS(storyreel::DownloadTask)

public:
    DownloadTask(const Catalog &catalog, std::shared_ptr<const StorageConnector> connector,
                 TransferRunner &runner, DataLocation location, Job job, RemoteJobContext context);
    ~DownloadTask() override;

    void begin();
    void cancel() override;

private:
    void onConnected(std::shared_ptr<s3::Client> client);
    void onDownloaded(ProviderResult<qint64> result);
    void place(const Result<QString> &checked);
    void finish(const Result<JobOutput> &result);
    QString partialPath() const;

    const Catalog &m_catalog;
    std::shared_ptr<const StorageConnector> m_connector;
    TransferRunner &m_runner;
    DataLocation m_location;
    Job m_job;
    RemoteJobContext m_context;
    QString m_key;
    qint64 m_expectedSize = -1;
    std::shared_ptr<s3::Client> m_client;
    std::shared_ptr<HttpCall> m_call;
    std::optional<TransferProgress> m_progress;
    bool m_cancelled = false;
    bool m_finished = false;
};

}  // namespace storyreel
