#pragma once

#include "records.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace storyreel {

class Catalog;

// The cost ledger (DESIGN.md "Jobs": charge at start, refund on failure). A job is charged at most once
// and refunded at most once; the catalog's unique index enforces it.
class LedgerStore final
{
    Q_DECLARE_TR_FUNCTIONS(storyreel::LedgerStore)

public:
    explicit LedgerStore(const Catalog &catalog) : m_catalog(catalog) {}

    // An invalid `at` means now. A second charge or refund for one job fails and records nothing.
    Result<RowId> record(const LedgerEntry &entry) const;
    // Oldest first.
    Result<QList<LedgerEntry>> listForAccount(RowId accountId) const;
    // Credits - charges + refunds, over all time.
    Result<qint64> balanceMicros(RowId accountId) const;
    // Charges - refunds dated within the calendar month (UTC) that contains `month`.
    Result<qint64> spentThisMonthMicros(RowId accountId, QDate month) const;

private:
    const Catalog &m_catalog;
};

}  // namespace storyreel
