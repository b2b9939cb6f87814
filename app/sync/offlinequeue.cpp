#include "offlinequeue.h"

#include "pendingopstore.h"

#include <QLoggingCategory>
#include <QPointer>

namespace storyreel {
namespace {

Q_LOGGING_CATEGORY(lcOffline, "storyreel.sync.offline", QtWarningMsg)

}  // namespace

OfflineQueue::OfflineQueue(const Catalog &catalog, Sender sender, QObject *parent)
    : QObject(parent), m_catalog(catalog), m_sender(std::move(sender))
{}

OfflineQueue::~OfflineQueue() = default;

bool OfflineQueue::isTransient(const ProviderError &error)
{
    switch (error.kind) {
        case ProviderErrorKind::Network:
        case ProviderErrorKind::Timeout:
        case ProviderErrorKind::Server:
        case ProviderErrorKind::TooManyJobs:
        case ProviderErrorKind::RateLimited:
        case ProviderErrorKind::Cancelled:
        // Nothing the provider said about the edit: it waits until the user signs in again.
        case ProviderErrorKind::Unauthorized:
        case ProviderErrorKind::Credentials:
            return true;
        case ProviderErrorKind::InsufficientFunds:
        case ProviderErrorKind::Forbidden:
        case ProviderErrorKind::NotFound:
        case ProviderErrorKind::Conflict:
        case ProviderErrorKind::BadRequest:
        case ProviderErrorKind::BadResponse:
            return false;
    }
    return false;
}

Result<RowId> OfflineQueue::enqueue(RowId accountId, const QString &operation, const QJsonObject &payload)
{
    PendingOp op;
    op.accountId = accountId;
    op.operation = operation;
    op.payload = payload;
    Result<RowId> id = PendingOpStore(m_catalog).enqueue(op);
    if (id) {
        qCInfo(lcOffline) << "queued" << operation << "for account" << accountId << "as" << *id;
        announce();
    }
    return id;
}

bool OfflineQueue::hasPending(RowId accountId) const
{
    Result<QList<PendingOp>> pending = PendingOpStore(m_catalog).pendingInOrder(accountId);
    return pending && !pending->isEmpty();
}

void OfflineQueue::replay(RowId accountId)
{
    if (accountId == 0) {
        Result<QList<PendingOp>> pending = PendingOpStore(m_catalog).pendingInOrder(0);
        if (!pending)
            return;
        QList<RowId> accounts;
        for (const PendingOp &op : *pending) {
            if (!accounts.contains(op.accountId))
                accounts << op.accountId;
        }
        for (RowId account : std::as_const(accounts))
            replay(account);
        return;
    }
    if (m_running.contains(accountId))
        return;  // the running replay picks up what was queued meanwhile
    if (auto timer = m_timers.find(accountId); timer != m_timers.end())
        timer->second->stop();
    m_running.insert(accountId);
    next(accountId);
}

void OfflineQueue::next(RowId accountId)
{
    // Re-read every time: edits queued during the replay go last, in order.
    Result<QList<PendingOp>> pending = PendingOpStore(m_catalog).pendingInOrder(accountId);
    if (!pending || pending->isEmpty()) {
        if (!pending)
            qCWarning(lcOffline) << pending.error();
        m_running.remove(accountId);
        m_delays.remove(accountId);
        return;
    }
    const PendingOp op = pending->constFirst();
    QPointer<OfflineQueue> self(this);
    m_sender(op, [self, op, accountId](ProviderStatus sent) {
        if (!self)
            return;
        const PendingOpStore store(self->m_catalog);
        if (sent) {
            if (Status done = store.markDone(op.id); !done)
                qCWarning(lcOffline) << done.error();
            qCInfo(lcOffline) << "replayed" << op.operation << op.id;
            self->announce();
            Q_EMIT self->settled(op, PendingOpState::Done, QString());
            self->next(accountId);
            return;
        }
        const ProviderError &error = sent.error();
        if (isTransient(error)) {
            // Unreachable again: this edit and everything after it wait, in order.
            self->m_running.remove(accountId);
            qCInfo(lcOffline) << "account" << accountId << "still unreachable:" << error.message;
            Q_EMIT self->stalled(accountId, error.message);
            self->replayLater(accountId);
            return;
        }
        if (Status marked = store.markConflict(op.id, error.message); !marked)
            qCWarning(lcOffline) << marked.error();
        qCInfo(lcOffline) << "conflict on" << op.operation << op.id << ":" << error.message;
        self->announce();
        Q_EMIT self->settled(op, PendingOpState::Conflict, error.message);
        self->next(accountId);
    });
}

void OfflineQueue::replayLater(RowId accountId)
{
    QTimer *&timer = m_timers[accountId];
    if (!timer) {
        timer = new QTimer(this);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, this, [this, accountId] { replay(accountId); });
    }
    if (timer->isActive())
        return;
    const std::chrono::milliseconds delay = m_delays.value(accountId, m_first);
    m_delays.insert(accountId, std::min(delay * 2, m_longest));
    timer->start(delay);
}

bool OfflineQueue::isWaiting(RowId accountId) const
{
    const auto timer = m_timers.find(accountId);
    return timer != m_timers.end() && timer->second->isActive();
}

void OfflineQueue::setBackoff(std::chrono::milliseconds first, std::chrono::milliseconds longest)
{
    m_first = first;
    m_longest = std::max(first, longest);
    m_delays.clear();
}

Result<QList<PendingOp>> OfflineQueue::conflicts() const
{
    Result<QList<PendingOp>> all = PendingOpStore(m_catalog).list();
    if (!all)
        return all.failure();
    QList<PendingOp> conflicts;
    for (const PendingOp &op : *all) {
        if (op.state == PendingOpState::Conflict)
            conflicts << op;
    }
    return conflicts;
}

Result<PendingOp> OfflineQueue::dismiss(RowId opId)
{
    Result<QList<PendingOp>> all = conflicts();
    if (!all)
        return all.failure();
    for (const PendingOp &op : *all) {
        if (op.id != opId)
            continue;
        // Failed = handled and not applied; the provider's reason stays on the row.
        if (Status marked =
                PendingOpStore(m_catalog).markFailed(op.id, tr("Dismissed: %1").arg(op.lastError));
            !marked)
            return marked.failure();
        announce();
        return op;
    }
    return Failure{tr("There is no conflict %1 to dismiss.").arg(opId), FailureKind::BadInput};
}

int OfflineQueue::pendingCount() const
{
    Result<QList<PendingOp>> pending = PendingOpStore(m_catalog).pendingInOrder(0);
    return pending ? int(pending->size()) : 0;
}

int OfflineQueue::conflictCount() const
{
    Result<QList<PendingOp>> all = conflicts();
    return all ? int(all->size()) : 0;
}

void OfflineQueue::announce()
{
    Q_EMIT changed(pendingCount(), conflictCount());
}

}  // namespace storyreel
