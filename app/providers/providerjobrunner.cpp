#include "providerjobrunner.h"

#include "jobqueue.h"
#include "remotejob.h"

namespace storyreel {

std::shared_ptr<RemoteExecution> ProviderJobRunner::start(const Job &job, RemoteJobContext context)
{
    auto remote = std::make_shared<RemoteJob>(job, std::move(context), m_hub, m_studio);
    remote->begin();
    return remote;
}

void installRemoteRunner(JobQueue &queue, ProviderHub &hub, Studio &studio)
{
    queue.setRemoteRunner(std::make_shared<ProviderJobRunner>(hub, studio));
}

}  // namespace storyreel
