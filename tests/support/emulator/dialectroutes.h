#pragma once

#include "emulatorhttp.h"

#include <QUrl>

#include <algorithm>
#include <functional>
#include <optional>
#include <vector>

namespace storyreel::emulator {

class EmulatorCore;
class MediaMaker;
class CdnOrigin;

// What every dialect's routes share.
struct EmulatorContext
{
    EmulatorCore *core = nullptr;
    MediaMaker *media = nullptr;
    CdnOrigin *cdn = nullptr;
    std::function<QUrl()> baseUrl;  // the main origin, for absolute URLs in answers
};

// A job's life on the virtual clock: it starts at startMs, ends totalMs later, and fails at failAtMs
// when the test asked for failures (failNextJobs).
struct Timeline
{
    qint64 startMs = 0;
    qint64 totalMs = 1;
    std::optional<qint64> failAtMs;
    QString failReason;

    double fraction(qint64 nowMs) const
    {
        if (totalMs <= 0)
            return 1.0;  // a zero-length timeline is over as soon as it is looked at
        return std::clamp(double(nowMs - startMs) / double(totalMs), 0.0, 1.0);
    }
    qint64 endMs() const { return startMs + totalMs; }
    qint64 remainingMs(qint64 nowMs) const { return std::max<qint64>(0, endMs() - nowMs); }
    bool failsBy(qint64 nowMs) const { return failAtMs && nowMs >= *failAtMs; }
};

// One route of a dialect: method, "/a/{}/b" pattern, handler (gets the {} captures), and whether it
// answers without a token (documented public endpoints).
template <typename Owner>
struct Route
{
    QByteArray method;
    QString pattern;
    EmuResponse (Owner::*handler)(EmuRequest &, const QStringList &);
    bool open = false;
};

// FastAPI order: an unknown path is 404 and a known path with another method 405 whatever the token;
// then 401 for a protected route without a valid token; then the handler.
template <typename Owner>
EmuResponse dispatchRoutes(Owner *owner, const std::vector<Route<Owner>> &routes, EmuRequest &request)
{
    bool knownPath = false;
    for (const Route<Owner> &route : routes) {
        QStringList captures;
        if (!matchPath(request.path, route.pattern, &captures))
            continue;
        knownPath = true;
        const bool head = request.method == "HEAD" && route.method == "GET";
        if (request.method != route.method && !head)
            continue;
        if (!route.open && !request.authenticated())
            return EmuResponse::unauthorized();
        return (owner->*route.handler)(request, captures);
    }
    return knownPath ? EmuResponse::error(405, QStringLiteral("Method Not Allowed"))
                     : EmuResponse::notFound();
}

// Pagination arguments with FastAPI Query(ge=..., le=...) checks; nullopt + 422 in *invalid.
std::optional<int> intQuery(const EmuRequest &request, const QString &name, int fallback, int minimum,
                            int maximum, EmuResponse *invalid);

}  // namespace storyreel::emulator
