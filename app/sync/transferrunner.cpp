#include "transferrunner.h"

#include "downloadtask.h"
#include "uploadtask.h"

namespace storyreel {

TransferRunner::TransferRunner(const Catalog &catalog, std::shared_ptr<const StorageConnector> connector,
                               DataLocation location)
    : m_catalog(catalog), m_connector(std::move(connector)), m_location(std::move(location))
{}

std::shared_ptr<RemoteExecution> TransferRunner::start(const Job &job, RemoteJobContext context)
{
    if (job.kind == JobKind::Upload) {
        auto task =
            std::make_shared<UploadTask>(m_catalog, m_connector, *this, job, std::move(context), m_tuning);
        task->begin();
        return task;
    }
    auto task =
        std::make_shared<DownloadTask>(m_catalog, m_connector, *this, m_location, job, std::move(context));
    task->begin();
    return task;
}

std::optional<std::chrono::milliseconds> TransferRunner::requeueDelay(RowId jobId, const ProviderError &error)
{
    const bool network =
        error.kind == ProviderErrorKind::Network || error.kind == ProviderErrorKind::Timeout ||
        error.kind == ProviderErrorKind::Server || error.kind == ProviderErrorKind::RateLimited;
    if (!network)
        return std::nullopt;
    static constexpr int kFactors[] = {1, 4, 10};
    const int failures = m_networkFailures.value(jobId);
    if (failures >= int(std::size(kFactors)))
        return std::nullopt;
    m_networkFailures.insert(jobId, failures + 1);
    return m_tuning.requeueDelay * kFactors[failures];
}

}  // namespace storyreel
