#pragma once

#include "ids.h"
#include "providerresult.h"
#include "records.h"
#include "result.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <chrono>
#include <functional>
#include <map>

namespace storyreel {

class Catalog;

// The offline operation queue (DESIGN "Sync"): edits made while a provider account was unreachable,
// kept in the catalog's pending_ops and replayed per account strictly in insertion order.
//   success                          -> Done
//   the provider refuses it (404, 400, 403, 409, garbage) -> Conflict with the provider's reason; the
//                                       replay goes on with the next edit (never dropped silently)
//   unreachable (network, timeout, 5xx, 429, no token) -> the replay stops; this edit and the rest wait,
//                                       in order, for the next try (a timer with backoff, or replay())
// Lives in one thread; the sender's callback must run there, once.
class OfflineQueue final : public QObject
{
    Q_OBJECT

public:
    // Sends one edit to its provider.
    using Sender = std::function<void(const PendingOp &op, std::function<void(ProviderStatus)> done)>;

    OfflineQueue(const Catalog &catalog, Sender sender, QObject *parent = nullptr);
    ~OfflineQueue() override;

    // Stores the edit as pending (behind the account's earlier ones); its id.
    Result<RowId> enqueue(RowId accountId, const QString &operation, const QJsonObject &payload);
    bool hasPending(RowId accountId) const;
    // Replays the account's pending edits (every account's when 0) unless a replay of it is running.
    void replay(RowId accountId = 0);
    // Replays the account after the backoff delay (which doubles on every unreachable try).
    void replayLater(RowId accountId);
    bool isReplaying(RowId accountId) const { return m_running.contains(accountId); }
    // The account was unreachable and its next try is scheduled.
    bool isWaiting(RowId accountId) const;

    Result<QList<PendingOp>> conflicts() const;
    // The conflict, marked handled (it leaves conflicts()); the op as it was, for the caller to re-sync.
    Result<PendingOp> dismiss(RowId opId);
    int pendingCount() const;
    int conflictCount() const;

    // First and longest delay between tries while an account is unreachable (15 s .. 5 min).
    void setBackoff(std::chrono::milliseconds first, std::chrono::milliseconds longest);

    // Whether an error means "try again later" (unreachable, busy) rather than "the provider refused".
    static bool isTransient(const ProviderError &error);

Q_SIGNALS:
    // One edit was replayed: Done or Conflict (message: why).
    void settled(const storyreel::PendingOp &op, storyreel::PendingOpState state, const QString &message);
    // A replay of the account stopped because it is unreachable; its edits wait for the next try.
    void stalled(qint64 accountId, const QString &reason);
    // Counts changed (an edit queued, replayed, conflicting or dismissed).
    void changed(int pending, int conflicts);

private:
    void next(RowId accountId);
    void announce();

    const Catalog &m_catalog;
    Sender m_sender;
    QSet<RowId> m_running;
    std::map<RowId, QTimer *> m_timers;                // per-account retry timers (children)
    QHash<RowId, std::chrono::milliseconds> m_delays;  // next backoff per account
    std::chrono::milliseconds m_first{15000};
    std::chrono::milliseconds m_longest{300000};
};

}  // namespace storyreel
