#include "studioservices.h"

#include "studio.h"

namespace storyreel::test {

StudioServices::StudioServices(Studio &studio)
    : credentials(nullptr),
      hub(studio.catalog(), credentials, &network),
      accounts(studio.catalog(), hub),
      queue(std::make_unique<JobQueue>(studio.catalog(), 1)),
      generation(studio.catalog(), *queue),
      library(studio.catalog(), hub, *queue, studio.location())
{
    cloud =
        std::make_unique<CloudService>(studio.catalog(), *queue, credentials, studio.location(), &network);
}

StudioServices::~StudioServices() = default;

}  // namespace storyreel::test
