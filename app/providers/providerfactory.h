#pragma once

#include "account.h"
#include "provider.h"

#include <memory>

namespace storyreel {

class HttpClient;

// The client of an account's dialect; nothing for the local dialect (the local provider runs as a
// local job, see LocalDraftRunner).
std::unique_ptr<Provider> makeProvider(const ProviderAccount &account, HttpClient &http,
                                       const QString &token);

// The price of a job on a dialect before anything is sent (the generation dialogs show it).
CostEstimate estimateCost(Dialect dialect, JobKind kind, const QJsonObject &params);

// The kinds a dialect can generate (local: text and image drafts, storyboards from a prompt).
QList<JobKind> supportedKinds(Dialect dialect);

}  // namespace storyreel
