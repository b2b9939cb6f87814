#include "adminroutes.h"

#include "provideremulator.h"

#include <QJsonArray>
#include <QJsonObject>

namespace storyreel::emulator {

namespace {
using Fault = ProviderEmulator::Fault;

std::optional<Fault> faultOf(const QString &name)
{
    static const QHash<QString, Fault> names{
        {QStringLiteral("status"), Fault::Status},   {QStringLiteral("drop"), Fault::Drop},
        {QStringLiteral("garbage"), Fault::Garbage}, {QStringLiteral("truncated"), Fault::Truncated},
        {QStringLiteral("delay"), Fault::Delay},     {QStringLiteral("redirect"), Fault::RedirectToCdn}};
    const auto found = names.constFind(name);
    return found == names.cend() ? std::nullopt : std::optional<Fault>(*found);
}

EmuResponse ok()
{
    return EmuResponse::json(QJsonObject{{QStringLiteral("ok"), true}});
}
}  // namespace

AdminRoutes::AdminRoutes(ProviderEmulator *emulator) : m_emulator(emulator) {}

EmuResponse AdminRoutes::handle(EmuRequest &request)
{
    using R = Route<AdminRoutes>;
    static const std::vector<R> routes{
        {"POST", QStringLiteral("/_emulator/advance"), &AdminRoutes::advance, true},
        {"POST", QStringLiteral("/_emulator/speed"), &AdminRoutes::speed, true},
        {"POST", QStringLiteral("/_emulator/fault"), &AdminRoutes::fault, true},
        {"DELETE", QStringLiteral("/_emulator/faults"), &AdminRoutes::clearFaults, true},
        {"POST", QStringLiteral("/_emulator/fail-next"), &AdminRoutes::failNext, true},
        {"POST", QStringLiteral("/_emulator/users"), &AdminRoutes::addUser, true},
        {"GET", QStringLiteral("/_emulator/requests"), &AdminRoutes::requests, true},
        {"DELETE", QStringLiteral("/_emulator/requests"), &AdminRoutes::clearRequests, true},
        {"GET", QStringLiteral("/_emulator/state"), &AdminRoutes::state, true},
    };
    return dispatchRoutes(this, routes, request);
}

EmuResponse AdminRoutes::advance(EmuRequest &request, const QStringList &)
{
    bool valid = false;
    const double seconds = request.queryValue(QStringLiteral("seconds")).toDouble(&valid);
    if (!valid || seconds < 0)
        return EmuResponse::missing({QStringLiteral("query"), QStringLiteral("seconds")});
    m_emulator->advance(std::chrono::milliseconds(qint64(seconds * 1000)));
    return ok();
}

EmuResponse AdminRoutes::speed(EmuRequest &request, const QStringList &)
{
    bool valid = false;
    const double x = request.queryValue(QStringLiteral("x")).toDouble(&valid);
    if (!valid || x < 0)
        return EmuResponse::missing({QStringLiteral("query"), QStringLiteral("x")});
    m_emulator->setSpeed(x);
    return ok();
}

EmuResponse AdminRoutes::fault(EmuRequest &request, const QStringList &)
{
    EmuResponse invalid;
    const auto body = parseJsonObject(request, &invalid);
    if (!body)
        return invalid;
    ProviderEmulator::FaultSpec spec;
    const auto kind = faultOf(body->value(QStringLiteral("fault")).toString(QStringLiteral("status")));
    if (!kind)
        return EmuResponse::invalidEnum(
            {QStringLiteral("body"), QStringLiteral("fault")},
            {QStringLiteral("status"), QStringLiteral("drop"), QStringLiteral("garbage"),
             QStringLiteral("truncated"), QStringLiteral("delay"), QStringLiteral("redirect")});
    spec.fault = *kind;
    spec.method = body->value(QStringLiteral("method")).toString().toUpper().toLatin1();
    spec.pathPrefix = body->value(QStringLiteral("path_prefix")).toString();
    spec.status = body->value(QStringLiteral("status")).toInt(500);
    spec.count = body->value(QStringLiteral("count")).toInt(1);
    spec.delayMs = body->value(QStringLiteral("delay_ms")).toInt(0);
    if (body->value(QStringLiteral("retry_after")).isDouble())
        spec.retryAfterSeconds = body->value(QStringLiteral("retry_after")).toInt();
    spec.afterHandling = body->value(QStringLiteral("after_handling")).toBool(false);
    m_emulator->injectFault(spec);
    return ok();
}

EmuResponse AdminRoutes::clearFaults(EmuRequest &, const QStringList &)
{
    m_emulator->clearFaults();
    return ok();
}

EmuResponse AdminRoutes::failNext(EmuRequest &request, const QStringList &)
{
    bool valid = false;
    const int count = request.queryValue(QStringLiteral("count")).toInt(&valid);
    if (!valid)
        return EmuResponse::missing({QStringLiteral("query"), QStringLiteral("count")});
    const QString reason = request.queryValue(QStringLiteral("reason"));
    if (reason.isEmpty())
        m_emulator->failNextJobs(count);
    else
        m_emulator->failNextJobs(count, reason);
    return ok();
}

EmuResponse AdminRoutes::addUser(EmuRequest &request, const QStringList &)
{
    EmuResponse invalid;
    const auto body = parseJsonObject(request, &invalid);
    if (!body)
        return invalid;
    ProviderEmulator::User user;
    user.token = body->value(QStringLiteral("token")).toString();
    user.userId =
        body->value(QStringLiteral("user_id")).toString(body->value(QStringLiteral("userId")).toString());
    user.email = body->value(QStringLiteral("email")).toString();
    user.balance = body->value(QStringLiteral("balance")).toDouble(1000);
    if (user.token.isEmpty() || user.userId.isEmpty())
        return EmuResponse::missing({QStringLiteral("body"), user.token.isEmpty()
                                                                 ? QStringLiteral("token")
                                                                 : QStringLiteral("user_id")});
    m_emulator->addUser(user);
    return EmuResponse::json(QJsonObject{{QStringLiteral("user_id"), user.userId}}, 201);
}

EmuResponse AdminRoutes::requests(EmuRequest &, const QStringList &)
{
    QJsonArray records;
    for (const ProviderEmulator::RequestRecord &record : m_emulator->requests()) {
        records.append(
            QJsonObject{{QStringLiteral("method"), QString::fromLatin1(record.method)},
                        {QStringLiteral("path"), record.path},
                        {QStringLiteral("query"), record.query},
                        {QStringLiteral("at_ms"), record.atMs},
                        {QStringLiteral("had_authorization"), record.hadAuthorization},
                        {QStringLiteral("idempotency_key"), QString::fromLatin1(record.idempotencyKey)},
                        {QStringLiteral("status"), record.status},
                        {QStringLiteral("cdn"), record.cdn}});
    }
    return EmuResponse::json(records);
}

EmuResponse AdminRoutes::clearRequests(EmuRequest &, const QStringList &)
{
    m_emulator->clearRequests();
    return ok();
}

EmuResponse AdminRoutes::state(EmuRequest &, const QStringList &)
{
    QJsonObject created;
    for (Dialect dialect : {Dialect::AiStudio, Dialect::AsyncVideos, Dialect::Storyboard, Dialect::T2m})
        created.insert(toText(dialect), m_emulator->jobsCreated(dialect));
    return EmuResponse::json(QJsonObject{{QStringLiteral("jobs_created"), created},
                                         {QStringLiteral("base_url"), m_emulator->baseUrl().toString()},
                                         {QStringLiteral("cdn_url"), m_emulator->cdnUrl().toString()}});
}

}  // namespace storyreel::emulator
