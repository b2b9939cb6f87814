#pragma once

#include "accountservice.h"
#include "cloudservice.h"
#include "generationservice.h"
#include "keychaincredentialstore.h"
#include "providerhub.h"

#include <QNetworkAccessManager>

#include <functional>
#include <memory>

namespace storyreel {

class JobQueue;
class Studio;

// What `storyreel accounts`, `generate`, `storage`, `upload` and `download` run on, built in one place: the
// network, the system keychain, the provider clients, the account and generation services and a job queue
// that runs local drafts, jobs on provider accounts and cloud transfers. Lives in the command's thread;
// members are built in this order and destroyed in reverse.
struct ProviderEnvironment final
{
    explicit ProviderEnvironment(Studio &studio);
    ~ProviderEnvironment();
    ProviderEnvironment(const ProviderEnvironment &) = delete;
    ProviderEnvironment &operator=(const ProviderEnvironment &) = delete;

    Studio &studio;
    QNetworkAccessManager network;
    KeychainCredentialStore credentials;
    ProviderHub hub;
    AccountService accounts;
    // Declared before the queue so that it goes after it: transfers still running when the queue
    // stops use its HTTP client. Built in the constructor, once the queue exists; it installs the
    // runner of uploads and downloads on the queue.
    std::unique_ptr<CloudService> cloud;
    std::unique_ptr<JobQueue> queue;
    GenerationService generation;
};

// Starts asynchronous work and runs the event loop until it reports an exit code through the given
// function (at once when it reports before returning). The reporter must be called exactly once.
int runUntilReported(const std::function<void(std::function<void(int)> report)> &start);

}  // namespace storyreel
