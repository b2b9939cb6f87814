#pragma once

#include "emulatorhttp.h"
#include "provideremulator.h"
#include "ratelimiter.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <optional>

namespace storyreel::emulator {

// The state every dialect shares: the virtual clock, users and balances, idempotency records,
// pending faults, the request log and the knobs tests turn. Lives in the emulator's thread.
class EmulatorCore final : public QObject
{
    Q_OBJECT

public:
    using User = ProviderEmulator::User;
    using FaultSpec = ProviderEmulator::FaultSpec;
    using RequestRecord = ProviderEmulator::RequestRecord;

    explicit EmulatorCore(QObject *parent = nullptr);

    // Virtual clock: starts at the real time of construction and only moves forward.
    qint64 nowMs() const { return m_originMs + m_elapsedMs; }
    void advance(qint64 ms);
    void setSpeed(double virtualSecondsPerRealSecond);
    double speed() const { return m_speed; }

    void addUser(const User &user);
    std::optional<User> userForToken(const QString &token) const;
    QString emailOf(const QString &userId) const;
    bool isAdmin(const QString &userId) const { return userId == QLatin1String("admin"); }

    void setBalance(const QString &userId, double balance);
    double balance(Dialect dialect, const QString &userId) const;
    bool charge(Dialect dialect, const QString &userId, double amount);  // false when too little
    void refund(Dialect dialect, const QString &userId, double amount);
    // {"detail": "Insufficient tokens", "balance", "required"} with status 402.
    EmuResponse insufficient(Dialect dialect, const QString &userId, double required) const;

    // Idempotency-Key records: (user, key) -> the first 2xx answer, for 24 virtual hours.
    struct Replay
    {
        QByteArray method;
        QString path;
        EmuResponse response;
        qint64 storedAtMs = 0;
    };
    std::optional<Replay> replayFor(const QString &userId, const QByteArray &key) const;
    void remember(const QString &userId, const QByteArray &key, const EmuRequest &request,
                  const EmuResponse &response);

    void addFault(const FaultSpec &spec);
    void clearFaults() { m_faults.clear(); }
    std::optional<FaultSpec> takeFault(const QByteArray &method, const QString &path);

    void record(const RequestRecord &record);
    QList<RequestRecord> requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }

    void noteJobCreated(Dialect dialect) { ++m_jobsCreated[dialect]; }
    int jobsCreated(Dialect dialect) const { return m_jobsCreated.value(dialect); }

    void failNextJobs(int count, const QString &reason);
    std::optional<QString> takeFailure();  // the reason when the job being created must fail

    void setConcurrencyLimit(Dialect dialect, int limit) { m_concurrency.insert(dialect, limit); }
    int concurrencyLimit(Dialect dialect) const { return m_concurrency.value(dialect); }
    // 429 {"detail": "Maximum N concurrent ..."} + Retry-After for the soonest end in `remainingMs`.
    EmuResponse concurrencyExceeded(int limit, const QString &what, qint64 remainingMs) const;

    void setJobDurationMs(Dialect dialect, qint64 ms) { m_durations.insert(dialect, ms); }
    qint64 jobDurationMs(Dialect dialect) const { return m_durations.value(dialect); }

    RateLimiter &rateLimiter() { return m_rateLimiter; }

    void setRedirectDownloads(bool on) { m_redirectDownloads = on; }
    bool redirectDownloads() const { return m_redirectDownloads; }

    static QString newUuid();

Q_SIGNALS:
    // The virtual clock moved: dialects settle their jobs (transitions, refunds).
    void advanced();

private:
    void onTick();

    qint64 m_originMs = 0;
    qint64 m_elapsedMs = 0;
    double m_speed = 0;
    QTimer m_ticker;
    QElapsedTimer m_sinceTick;
    double m_carryMs = 0;  // fractions of a virtual ms between ticks

    QHash<QString, User> m_usersByToken;
    QHash<QString, QString> m_emails;  // userId -> email
    QHash<Dialect, QHash<QString, double>> m_balances;
    QHash<QString, Replay> m_replays;  // user + '\n' + key
    QList<FaultSpec> m_faults;
    QList<RequestRecord> m_requests;
    QHash<Dialect, int> m_jobsCreated;
    int m_failNext = 0;
    QString m_failReason;
    QHash<Dialect, int> m_concurrency;
    QHash<Dialect, qint64> m_durations;
    RateLimiter m_rateLimiter;
    bool m_redirectDownloads = false;
};

// Where a dialect's unit appears in messages and 402 bodies.
QString unitOf(Dialect dialect);

}  // namespace storyreel::emulator
