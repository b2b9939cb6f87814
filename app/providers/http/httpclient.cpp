#include "httpclient.h"

#include "httpexchange.h"

#include <QNetworkAccessManager>

namespace storyreel {

using http::HttpContext;
using http::HttpExchange;

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

struct HttpClient::Private
{
    explicit Private(const HttpPolicy &policy)
        : context{
              nullptr, policy, http::RetryPolicy(policy.baseDelay, policy.maxDelay), http::RateLimiter(), {}}
    {}

    HttpContext context;
};

HttpClient::HttpClient(QNetworkAccessManager *network, HttpPolicy policy, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(policy))
{
    // Without a network access manager of the caller's, one of our own.
    d->context.network = network ? network : new QNetworkAccessManager(this);
}

HttpClient::~HttpClient()
{
    // Calls in flight end without calling back: their callers are being torn down too.
    const auto active = std::move(d->context.active);
    for (const std::shared_ptr<HttpExchange> &exchange : active)
        exchange->detach();
}

namespace {

// The exchange is a QObject that may be deleted from inside one of its own slots' call chain.
std::shared_ptr<HttpExchange> makeExchange(HttpContext *context, HttpRequest request)
{
    return std::shared_ptr<HttpExchange>(new HttpExchange(context, std::move(request)),
                                         [](HttpExchange *exchange) { exchange->deleteLater(); });
}

}  // namespace

std::shared_ptr<HttpCall> HttpClient::send(HttpRequest request, ProviderCallback<HttpResponse> done)
{
    std::shared_ptr<HttpExchange> exchange = makeExchange(&d->context, std::move(request));
    d->context.active.insert(exchange.get(), exchange);
    exchange->startSend(std::move(done));
    return exchange;
}

std::shared_ptr<HttpCall> HttpClient::download(HttpRequest request, const QString &partialPath,
                                               const QList<QByteArray> &acceptedTypes,
                                               DownloadProgress progress, ProviderCallback<qint64> done)
{
    std::shared_ptr<HttpExchange> exchange = makeExchange(&d->context, std::move(request));
    d->context.active.insert(exchange.get(), exchange);
    exchange->startDownload(partialPath, acceptedTypes, std::move(progress), std::move(done));
    return exchange;
}

const HttpPolicy &HttpClient::policy() const
{
    return d->context.policy;
}

void HttpClient::setRandomSource(std::function<double()> random)
{
    d->context.retry.setRandomSource(std::move(random));
}

}  // namespace storyreel
