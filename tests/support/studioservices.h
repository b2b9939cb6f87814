#pragma once

#include "accountservice.h"
#include "cloudservice.h"
#include "generationservice.h"
#include "jobqueue.h"
#include "libraryservice.h"
#include "memorycredentialstore.h"
#include "providerhub.h"

#include <QNetworkAccessManager>

#include <memory>

namespace storyreel {
class Studio;
}

namespace storyreel::test {

// The services the studio's window takes, over a test studio, as main.cpp builds them but with
// credentials in memory and a queue that is not started (nothing a test opens runs unless it starts
// the queue). Members are built in this order and destroyed in reverse; the cloud service goes after
// the queue, whose transfers use its HTTP client.
struct StudioServices final
{
    explicit StudioServices(Studio &studio);
    ~StudioServices();
    StudioServices(const StudioServices &) = delete;
    StudioServices &operator=(const StudioServices &) = delete;

    QNetworkAccessManager network;
    MemoryCredentialStore credentials;
    ProviderHub hub;
    AccountService accounts;
    std::unique_ptr<CloudService> cloud;
    std::unique_ptr<JobQueue> queue;
    GenerationService generation;
    LibraryService library;

    // Hands every service to a MainWindow (a template: this library does not link the widgets).
    template <typename Window>
    void attachTo(Window &window)
    {
        window.setProviderServices(hub, accounts, generation);
        window.setLibraryService(library);
        window.setCloudService(*cloud);
    }
};

}  // namespace storyreel::test
