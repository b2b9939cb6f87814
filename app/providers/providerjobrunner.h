#pragma once

#include "remotejobrunner.h"

namespace storyreel {

class JobQueue;
class ProviderHub;
class Studio;

// Runs jobs on provider accounts as RemoteJobs (see remotejob.h).
class ProviderJobRunner final : public RemoteJobRunner
{
public:
    ProviderJobRunner(ProviderHub &hub, Studio &studio) : m_hub(hub), m_studio(studio) {}
    std::shared_ptr<RemoteExecution> start(const Job &job, RemoteJobContext context) override;

private:
    ProviderHub &m_hub;
    Studio &m_studio;
};

// Jobs on provider accounts in `queue` run through `hub` from now on.
void installRemoteRunner(JobQueue &queue, ProviderHub &hub, Studio &studio);

}  // namespace storyreel
