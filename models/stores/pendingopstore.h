#pragma once

#include "records.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>

namespace storyreel {

class Catalog;

// The offline operation queue: edits made while an account was unreachable, replayed in insertion order.
class PendingOpStore final
{
    Q_DECLARE_TR_FUNCTIONS(storyreel::PendingOpStore)

public:
    explicit PendingOpStore(const Catalog &catalog) : m_catalog(catalog) {}

    // Queues the operation as pending with no attempts, whatever state the argument carries.
    Result<RowId> enqueue(const PendingOp &op) const;
    // Pending operations of one account (all accounts when accountId is 0), oldest first.
    Result<QList<PendingOp>> pendingInOrder(RowId accountId = 0) const;

    Status markDone(RowId id) const;
    Status markConflict(RowId id, const QString &message) const;
    // Also counts the attempt.
    Status markFailed(RowId id, const QString &message) const;

    // Every operation in any state, oldest first.
    Result<QList<PendingOp>> list() const;

private:
    const Catalog &m_catalog;
};

}  // namespace storyreel
