#include "providerenv.h"

#include "jobcommands.h"
#include "jobqueue.h"
#include "providerjobrunner.h"
#include "studio.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace storyreel {

ProviderEnvironment::ProviderEnvironment(Studio &owner)
    : studio(owner),
      credentials(nullptr),
      hub(owner.catalog(), credentials, &network),
      accounts(owner.catalog(), hub),
      queue(makeLocalQueue(owner)),
      generation(owner.catalog(), *queue)
{
    cloud = std::make_unique<CloudService>(owner.catalog(), *queue, credentials, owner.location(), &network);
    installRemoteRunner(*queue, hub, owner);
    // Demos and tests against the emulator poll faster than the providers' advice.
    if (const int ms = qEnvironmentVariableIntValue("STORYREEL_POLL_MS"); ms > 0)
        hub.setPollInterval(std::chrono::milliseconds(ms));
    // Tests shorten the wait before a transfer that failed on the network is tried again.
    if (const int ms = qEnvironmentVariableIntValue("STORYREEL_TRANSFER_RETRY_MS"); ms > 0) {
        TransferTuning tuning = cloud->tuning();
        tuning.requeueDelay = std::chrono::milliseconds(ms);
        cloud->setTuning(tuning);
    }
}

ProviderEnvironment::~ProviderEnvironment() = default;

int runUntilReported(const std::function<void(std::function<void(int)> report)> &start)
{
    // Shared, so a report arriving after the loop ended for another reason touches nothing freed.
    struct State
    {
        std::optional<int> code;
        bool looping = false;
    };
    auto state = std::make_shared<State>();
    start([state](int reported) {
        if (state->code)
            return;  // exactly once; a second report would quit a loop that is not ours
        state->code = reported;
        if (state->looping)
            QCoreApplication::exit(reported);
    });
    if (state->code)
        return *state->code;
    state->looping = true;
    QCoreApplication::exec();
    return state->code.value_or(1);
}

}  // namespace storyreel
