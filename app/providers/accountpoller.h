#pragma once

#include "provider.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>

namespace storyreel {

// Polls every watched remote job of one account together: one Provider::poll() per tick (one list
// call where the dialect has one) instead of one timer per job. The interval starts at the
// provider's advice, grows by half (up to 6x) while nothing changes, and snaps back when something
// does; a server's Retry-After is honoured. Transient errors (network, 5xx, rate limit, garbage)
// only slow it down; errors that will not heal (401, 403, 404) are passed to the jobs concerned.
class AccountPoller final : public QObject
{
    Q_OBJECT

public:
    using StateCallback = std::function<void(const ProviderResult<RemoteState> &state)>;

    AccountPoller(Provider &provider, std::chrono::milliseconds baseInterval, QObject *parent = nullptr);

    // The callback runs after each poll that reports the job (changed or not); returns a handle
    // for unwatch(). The first poll happens soon after the first watch.
    int watch(const QString &remoteId, StateCallback onState);
    void unwatch(int handle);
    int watchedCount() const { return int(m_watchers.size()); }
    std::chrono::milliseconds currentInterval() const { return m_interval; }

private:
    struct Watcher
    {
        QString remoteId;
        StateCallback onState;
    };
    void tick();
    void onPolled(const QStringList &asked, const ProviderResult<QList<RemoteState>> &result);
    void scheduleNext(std::chrono::milliseconds after);

    QPointer<Provider> m_provider;
    std::chrono::milliseconds m_base;
    std::chrono::milliseconds m_interval;
    QHash<int, Watcher> m_watchers;
    QHash<QString, RemoteState> m_last;  // by remote id: to see whether anything changed
    QTimer m_timer;
    int m_nextHandle = 1;
    bool m_inFlight = false;
};

}  // namespace storyreel
