#include "emulatorcore.h"

#include <QDateTime>
#include <QUuid>

#include <cmath>

namespace storyreel::emulator {

namespace {
constexpr qint64 kReplayLifetimeMs = 24LL * 3600 * 1000;
constexpr int kTickMs = 50;  // real-time clock resolution under setSpeed

QString replayKey(const QString &userId, const QByteArray &key)
{
    return userId + QLatin1Char('\n') + QString::fromLatin1(key);
}
}  // namespace

QString unitOf(Dialect dialect)
{
    switch (dialect) {
        case Dialect::AiStudio:
            return QStringLiteral("tokens");
        case Dialect::AsyncVideos:
            return QStringLiteral("DUST");
        case Dialect::Storyboard:
            return QStringLiteral("USD");
        case Dialect::T2m:
            return QStringLiteral("credits");
        case Dialect::Local:
            break;
    }
    return QString();
}

EmulatorCore::EmulatorCore(QObject *parent) : QObject(parent), m_originMs(QDateTime::currentMSecsSinceEpoch())
{
    m_concurrency = {
        {Dialect::AiStudio, 3}, {Dialect::AsyncVideos, 0}, {Dialect::Storyboard, 0}, {Dialect::T2m, 3}};
    m_durations = {{Dialect::AiStudio, 60000},
                   {Dialect::AsyncVideos, 120000},
                   {Dialect::Storyboard, 30000},
                   {Dialect::T2m, 90000}};
    m_ticker.setInterval(kTickMs);
    connect(&m_ticker, &QTimer::timeout, this, &EmulatorCore::onTick);
    addUser(
        {QStringLiteral("token-alice"), QStringLiteral("alice"), QStringLiteral("alice@example.com"), 1000});
    addUser({QStringLiteral("token-bob"), QStringLiteral("bob"), QStringLiteral("bob@example.com"), 1000});
}

void EmulatorCore::advance(qint64 ms)
{
    if (ms <= 0)
        return;
    m_elapsedMs += ms;
    Q_EMIT advanced();
}

void EmulatorCore::setSpeed(double virtualSecondsPerRealSecond)
{
    m_speed = std::max(0.0, virtualSecondsPerRealSecond);
    m_carryMs = 0;
    if (m_speed > 0) {
        m_sinceTick.start();
        m_ticker.start();
    } else {
        m_ticker.stop();
    }
}

void EmulatorCore::onTick()
{
    m_carryMs += double(m_sinceTick.restart()) * m_speed;
    const auto whole = qint64(m_carryMs);
    m_carryMs -= double(whole);
    advance(whole);
}

void EmulatorCore::addUser(const User &user)
{
    m_usersByToken.insert(user.token, user);
    m_emails.insert(user.userId, user.email);
    for (Dialect dialect : {Dialect::AiStudio, Dialect::AsyncVideos, Dialect::Storyboard, Dialect::T2m})
        m_balances[dialect].insert(user.userId, user.balance);
}

std::optional<EmulatorCore::User> EmulatorCore::userForToken(const QString &token) const
{
    const auto found = m_usersByToken.constFind(token);
    if (found == m_usersByToken.cend())
        return std::nullopt;
    return *found;
}

QString EmulatorCore::emailOf(const QString &userId) const
{
    return m_emails.value(userId);
}

void EmulatorCore::setBalance(const QString &userId, double balance)
{
    for (auto &perUser : m_balances)
        perUser.insert(userId, balance);
}

double EmulatorCore::balance(Dialect dialect, const QString &userId) const
{
    return m_balances.value(dialect).value(userId);
}

bool EmulatorCore::charge(Dialect dialect, const QString &userId, double amount)
{
    double &balance = m_balances[dialect][userId];
    if (balance + 1e-9 < amount)
        return false;
    // Rounded to millionths so USD cents do not drift in binary floating point.
    balance = std::round((balance - amount) * 1e6) / 1e6;
    return true;
}

void EmulatorCore::refund(Dialect dialect, const QString &userId, double amount)
{
    double &balance = m_balances[dialect][userId];
    balance = std::round((balance + amount) * 1e6) / 1e6;
}

EmuResponse EmulatorCore::insufficient(Dialect dialect, const QString &userId, double required) const
{
    return EmuResponse::error(
        402, QStringLiteral("Insufficient tokens"),
        {{QStringLiteral("balance"), balance(dialect, userId)}, {QStringLiteral("required"), required}});
}

std::optional<EmulatorCore::Replay> EmulatorCore::replayFor(const QString &userId,
                                                            const QByteArray &key) const
{
    const auto found = m_replays.constFind(replayKey(userId, key));
    if (found == m_replays.cend() || nowMs() - found->storedAtMs > kReplayLifetimeMs)
        return std::nullopt;
    return *found;
}

void EmulatorCore::remember(const QString &userId, const QByteArray &key, const EmuRequest &request,
                            const EmuResponse &response)
{
    m_replays.insert(replayKey(userId, key), Replay{request.method, request.path, response, nowMs()});
}

void EmulatorCore::addFault(const FaultSpec &spec)
{
    if (spec.count > 0)
        m_faults.append(spec);
}

std::optional<EmulatorCore::FaultSpec> EmulatorCore::takeFault(const QByteArray &method, const QString &path)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        FaultSpec &spec = m_faults[i];
        if (!spec.method.isEmpty() && spec.method.compare(method, Qt::CaseInsensitive) != 0)
            continue;
        if (!path.startsWith(spec.pathPrefix))
            continue;
        const FaultSpec taken = spec;
        if (--spec.count <= 0)
            m_faults.removeAt(i);
        return taken;
    }
    return std::nullopt;
}

void EmulatorCore::record(const RequestRecord &record)
{
    m_requests.append(record);
}

void EmulatorCore::failNextJobs(int count, const QString &reason)
{
    m_failNext = std::max(0, count);
    m_failReason = reason;
}

std::optional<QString> EmulatorCore::takeFailure()
{
    if (m_failNext <= 0)
        return std::nullopt;
    --m_failNext;
    return m_failReason;
}

EmuResponse EmulatorCore::concurrencyExceeded(int limit, const QString &what, qint64 remainingMs) const
{
    // Retry-After in real seconds: the soonest active job's end at the current speed; a manual clock
    // says 1 s (time only moves when the test advances it).
    int seconds = 1;
    if (m_speed > 0)
        seconds = int(std::ceil(double(std::max<qint64>(0, remainingMs)) / 1000.0 / m_speed));
    seconds = std::clamp(seconds, 1, 60);
    EmuResponse response =
        EmuResponse::error(429, QStringLiteral("Maximum %1 concurrent %2").arg(limit).arg(what));
    response.setHeader("Retry-After", QByteArray::number(seconds));
    return response;
}

QString EmulatorCore::newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

}  // namespace storyreel::emulator
