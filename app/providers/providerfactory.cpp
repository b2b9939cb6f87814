#include "providerfactory.h"

#include "aistudioclient.h"
#include "asyncvideosclient.h"
#include "httpclient.h"
#include "storyboardclient.h"
#include "t2mclient.h"

namespace storyreel {

std::unique_ptr<Provider> makeProvider(const ProviderAccount &account, HttpClient &http, const QString &token)
{
    const QUrl base(account.baseUrl);
    switch (account.dialect) {
        case Dialect::AiStudio:
            return std::make_unique<AiStudioClient>(http, base, token);
        case Dialect::AsyncVideos:
            return std::make_unique<AsyncVideosClient>(http, base, token);
        case Dialect::Storyboard:
            return std::make_unique<StoryboardClient>(http, base, token);
        case Dialect::T2m:
            return std::make_unique<T2mClient>(http, base, token);
        case Dialect::Local:
            break;
    }
    return nullptr;
}

CostEstimate estimateCost(Dialect dialect, JobKind kind, const QJsonObject &params)
{
    if (dialect == Dialect::Local)
        return CostEstimate{0, QString(), true};
    // The clients own their price lists; one that sends nothing needs no network.
    HttpClient offline(nullptr);
    ProviderAccount account;
    account.dialect = dialect;
    const std::unique_ptr<Provider> provider = makeProvider(account, offline, QString());
    return provider ? provider->estimate(kind, params) : CostEstimate{0, QString(), false};
}

QList<JobKind> supportedKinds(Dialect dialect)
{
    if (dialect == Dialect::Local)
        return {JobKind::GenerateText, JobKind::GenerateImage, JobKind::GenerateStoryboard};
    HttpClient offline(nullptr);
    ProviderAccount account;
    account.dialect = dialect;
    const std::unique_ptr<Provider> provider = makeProvider(account, offline, QString());
    return provider ? provider->supportedKinds() : QList<JobKind>{};
}

}  // namespace storyreel
