#include "accountpoller.h"

#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcPoller, "storyreel.providers.poller", QtWarningMsg)

namespace storyreel {
namespace {

constexpr int kSlowdownLimit = 6;  // the interval never exceeds six times the base

bool sameState(const RemoteState &a, const RemoteState &b)
{
    return a.phase == b.phase && qFuzzyCompare(1.0 + a.progress, 1.0 + b.progress) && a.stage == b.stage &&
           a.storyboardReady == b.storyboardReady;
}

// Errors a later poll may not see again: keep polling, slower.
bool isTransient(ProviderErrorKind kind)
{
    switch (kind) {
        case ProviderErrorKind::Network:
        case ProviderErrorKind::Timeout:
        case ProviderErrorKind::Server:
        case ProviderErrorKind::RateLimited:
        case ProviderErrorKind::TooManyJobs:
        case ProviderErrorKind::BadResponse:
        case ProviderErrorKind::Conflict:
            return true;
        default:
            return false;
    }
}

}  // namespace

AccountPoller::AccountPoller(Provider &provider, std::chrono::milliseconds baseInterval, QObject *parent)
    : QObject(parent), m_provider(&provider), m_base(baseInterval), m_interval(baseInterval)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &AccountPoller::tick);
}

int AccountPoller::watch(const QString &remoteId, StateCallback onState)
{
    const int handle = m_nextHandle++;
    m_watchers.insert(handle, Watcher{remoteId, std::move(onState)});
    // A new job: look soon, at the base pace.
    m_interval = m_base;
    if (!m_inFlight && (!m_timer.isActive() || m_timer.remainingTime() > m_base.count()))
        scheduleNext(std::min(m_base, std::chrono::milliseconds(200)));
    return handle;
}

void AccountPoller::unwatch(int handle)
{
    const QString remoteId = m_watchers.take(handle).remoteId;
    const bool stillWatched = std::any_of(m_watchers.cbegin(), m_watchers.cend(),
                                          [&](const Watcher &w) { return w.remoteId == remoteId; });
    if (!stillWatched)
        m_last.remove(remoteId);
    if (m_watchers.isEmpty())
        m_timer.stop();
}

void AccountPoller::scheduleNext(std::chrono::milliseconds after)
{
    if (m_watchers.isEmpty())
        return;
    m_timer.start(after);
}

void AccountPoller::tick()
{
    if (m_watchers.isEmpty() || !m_provider)
        return;
    QStringList ids;
    for (const Watcher &watcher : std::as_const(m_watchers)) {
        if (!ids.contains(watcher.remoteId))
            ids << watcher.remoteId;
    }
    m_inFlight = true;
    QPointer<AccountPoller> self(this);
    m_provider->poll(ids, [self, ids](ProviderResult<QList<RemoteState>> result) {
        if (self)
            self->onPolled(ids, result);
    });
}

void AccountPoller::onPolled(const QStringList &asked, const ProviderResult<QList<RemoteState>> &result)
{
    m_inFlight = false;
    if (!result) {
        const ProviderError &error = result.error();
        if (isTransient(error.kind) || error.kind == ProviderErrorKind::Cancelled) {
            qCInfo(lcPoller) << "poll failed, slowing down:" << error.message;
            m_interval = std::min(m_interval * 2, m_base * kSlowdownLimit);
            scheduleNext(error.retryAfter ? std::max<std::chrono::milliseconds>(*error.retryAfter, m_interval)
                                          : m_interval);
            return;
        }
        // Will not heal by waiting: every job asked about learns it (a dialect reports NotFound only
        // for a single job asked alone, so this is the job's own fate).
        const QList<Watcher> concerned = m_watchers.values();
        for (const Watcher &watcher : concerned) {
            if (asked.contains(watcher.remoteId))
                watcher.onState(error);
        }
        scheduleNext(m_interval);
        return;
    }
    bool changed = false;
    QHash<QString, RemoteState> states;
    for (const RemoteState &state : *result)
        states.insert(state.remoteId, state);
    for (auto it = states.cbegin(); it != states.cend(); ++it) {
        auto last = m_last.constFind(it.key());
        changed = changed || last == m_last.cend() || !sameState(*last, *it);
        m_last.insert(it.key(), *it);
    }
    // Callbacks may unwatch (a finished job) or watch: iterate over a copy.
    const QHash<int, Watcher> watchers = m_watchers;
    for (auto it = watchers.cbegin(); it != watchers.cend(); ++it) {
        if (auto state = states.constFind(it->remoteId);
            state != states.cend() && m_watchers.contains(it.key()))
            it->onState(*state);
    }
    m_interval = changed ? m_base : std::min(m_interval + m_interval / 2, m_base * kSlowdownLimit);
    scheduleNext(m_interval);
}

}  // namespace storyreel
