#include "provideremulator.h"

#include "adminroutes.h"
#include "aistudioroutes.h"
#include "asyncvideosroutes.h"
#include "cdnorigin.h"
#include "emulatorcore.h"
#include "emulatorserver.h"
#include "mediamaker.h"
#include "storyboardroutes.h"
#include "t2mroutes.h"

namespace storyreel {

using namespace emulator;

ProviderEmulator::ProviderEmulator(QObject *parent)
    : QObject(parent),
      m_core(std::make_unique<EmulatorCore>()),
      m_media(std::make_unique<MediaMaker>()),
      m_cdn(std::make_unique<CdnOrigin>(m_core.get()))
{
    const EmulatorContext context{m_core.get(), m_media.get(), m_cdn.get(), [this] { return baseUrl(); }};
    m_aistudio = std::make_unique<AiStudioRoutes>(context);
    m_asyncVideos = std::make_unique<AsyncVideosRoutes>(context);
    m_storyboard = std::make_unique<StoryboardRoutes>(context);
    m_t2m = std::make_unique<T2mRoutes>(context);
    m_admin = std::make_unique<AdminRoutes>(this);
    m_mainServer = std::make_unique<EmulatorServer>(
        m_core.get(), false, [this](EmuRequest &request) { return handleMain(request); });
    m_cdnServer = std::make_unique<EmulatorServer>(
        m_core.get(), true, [this](EmuRequest &request) { return m_cdn->handle(request); });
    m_mainServer->setRedirector([this](const EmuResponse &response) { return m_cdn->stash(response); });
    connect(m_core.get(), &EmulatorCore::advanced, this, &ProviderEmulator::settle);
}

ProviderEmulator::~ProviderEmulator() = default;

bool ProviderEmulator::listen(quint16 port, quint16 cdnPort)
{
    if (!m_mainServer->listen(port) || !m_cdnServer->listen(cdnPort)) {
        qCWarning(lcEmulator) << "could not listen on 127.0.0.1 ports" << port << cdnPort;
        return false;
    }
    m_cdn->setBaseUrl(cdnUrl());
    qCInfo(lcEmulator).noquote() << "listening on" << baseUrl().toString() << "cdn" << cdnUrl().toString();
    return true;
}

QUrl ProviderEmulator::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_mainServer->port()));
}

QUrl ProviderEmulator::cdnUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_cdnServer->port()));
}

EmuResponse ProviderEmulator::handleMain(EmuRequest &request)
{
    const QString &path = request.path;
    if (path.startsWith(QLatin1String("/_emulator/")))
        return m_admin->handle(request);
    // One server, four dialects: their path spaces do not overlap except GET /api/v1/users/me, which
    // aistudio and t2m both use (T2mRoutes answers with both shapes).
    if (path == u"/health" || path.startsWith(QLatin1String("/api/v1/health")) ||
        path.startsWith(QLatin1String("/api/v1/videos")) || path == u"/api/v1/users/me")
        return handleDialect(Dialect::T2m, request);
    if (path.startsWith(QLatin1String("/api/v1/")))
        return handleDialect(Dialect::AiStudio, request);
    if (path.startsWith(QLatin1String("/api/v2/")))
        return handleDialect(Dialect::Storyboard, request);
    if (path == u"/videos" || path.startsWith(QLatin1String("/videos/")) || path == u"/users/me")
        return handleDialect(Dialect::AsyncVideos, request);
    return EmuResponse::notFound();
}

EmuResponse ProviderEmulator::handleDialect(Dialect dialect, EmuRequest &request)
{
    settle();  // cheap; makes a zero-length timeline (setJobDuration 0 s) finish without an advance
    // t2m: the request rate per user (anonymous calls share one bucket), headers on every answer.
    std::optional<RateLimiter::Decision> rate;
    if (dialect == Dialect::T2m) {
        const QString key = request.authenticated() ? request.userId : QStringLiteral("anonymous");
        rate = m_core->rateLimiter().hit(key, request.atMs);
    }
    const auto withRateHeaders = [&rate](EmuResponse response) {
        if (rate) {
            response.setHeader("X-RateLimit-Limit", QByteArray::number(rate->limit));
            response.setHeader("X-RateLimit-Remaining", QByteArray::number(rate->remaining));
            response.setHeader("X-RateLimit-Reset", QByteArray::number(rate->resetEpochSeconds));
        }
        return response;
    };
    if (rate && !rate->allowed) {
        EmuResponse limited = EmuResponse::error(
            429, QStringLiteral("Rate limit exceeded: %1 requests per minute").arg(rate->limit));
        limited.setHeader("Retry-After", QByteArray::number(rate->retryAfterSeconds));
        return withRateHeaders(limited);
    }

    // Idempotency-Key on a creating POST: the first 2xx answer is replayed to the same user for 24 h
    // (refusals such as 402 or 429 are not kept, so a retry after a top-up or a wait can succeed).
    const bool keyed =
        request.method == "POST" && !request.idempotencyKey.isEmpty() && request.authenticated();
    if (keyed) {
        if (const auto replay = m_core->replayFor(request.userId, request.idempotencyKey)) {
            if (replay->method != request.method || replay->path != request.path) {
                return withRateHeaders(EmuResponse::error(
                    422, QStringLiteral("Idempotency-Key was already used for a different request")));
            }
            EmuResponse replayed = replay->response;
            replayed.setHeader("Idempotent-Replayed", "true");
            return withRateHeaders(replayed);
        }
    }
    EmuResponse response;
    switch (dialect) {
        case Dialect::AiStudio:
            response = m_aistudio->handle(request);
            break;
        case Dialect::AsyncVideos:
            response = m_asyncVideos->handle(request);
            break;
        case Dialect::Storyboard:
            response = m_storyboard->handle(request);
            break;
        case Dialect::T2m:
            response = m_t2m->handle(request);
            break;
        case Dialect::Local:
            response = EmuResponse::notFound();
            break;
    }
    if (keyed && response.status >= 200 && response.status < 300)
        m_core->remember(request.userId, request.idempotencyKey, request, response);
    return withRateHeaders(response);
}

void ProviderEmulator::settle()
{
    m_aistudio->settle();
    m_asyncVideos->settle();
    m_storyboard->settle();
    m_t2m->settle();
}

void ProviderEmulator::addUser(const User &user)
{
    m_core->addUser(user);
}

void ProviderEmulator::setBalance(const QString &userId, double balance)
{
    m_core->setBalance(userId, balance);
}

double ProviderEmulator::balance(Dialect dialect, const QString &userId) const
{
    return m_core->balance(dialect, userId);
}

void ProviderEmulator::advance(std::chrono::milliseconds by)
{
    m_core->advance(by.count());
}

void ProviderEmulator::setSpeed(double virtualSecondsPerRealSecond)
{
    m_core->setSpeed(virtualSecondsPerRealSecond);
}

void ProviderEmulator::injectFault(const FaultSpec &spec)
{
    m_core->addFault(spec);
}

void ProviderEmulator::clearFaults()
{
    m_core->clearFaults();
}

void ProviderEmulator::failNextJobs(int count, const QString &reason)
{
    m_core->failNextJobs(count, reason);
}

void ProviderEmulator::setConcurrencyLimit(Dialect dialect, int limit)
{
    m_core->setConcurrencyLimit(dialect, limit);
}

void ProviderEmulator::setRateLimit(int requests, std::chrono::seconds window)
{
    m_core->rateLimiter().configure(requests, qint64(window.count()) * 1000);
}

void ProviderEmulator::setRedirectDownloadsToCdn(bool on)
{
    m_core->setRedirectDownloads(on);
}

QList<ProviderEmulator::RequestRecord> ProviderEmulator::requests() const
{
    return m_core->requests();
}

void ProviderEmulator::clearRequests()
{
    m_core->clearRequests();
}

int ProviderEmulator::jobsCreated(Dialect dialect) const
{
    return m_core->jobsCreated(dialect);
}

QString ProviderEmulator::jobStatus(Dialect dialect, const QString &remoteId) const
{
    switch (dialect) {
        case Dialect::AiStudio:
            return m_aistudio->jobStatus(remoteId);
        case Dialect::AsyncVideos:
            return m_asyncVideos->jobStatus(remoteId);
        case Dialect::Storyboard:
            return m_storyboard->jobStatus(remoteId);
        case Dialect::T2m:
            return m_t2m->jobStatus(remoteId);
        case Dialect::Local:
            break;
    }
    return QString();
}

QString ProviderEmulator::addLook(const QString &userId, const QString &title, int products,
                                  Visibility visibility)
{
    return m_aistudio->addLook(userId, title, products, visibility);
}

void ProviderEmulator::setJobDuration(Dialect dialect, std::chrono::seconds total)
{
    m_core->setJobDurationMs(dialect, qint64(total.count()) * 1000);
}

}  // namespace storyreel
