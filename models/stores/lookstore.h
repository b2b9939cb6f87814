#pragma once

#include "look.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>

namespace storyreel {

class Catalog;

// Looks and their products (seed 000). Products keep their 1-based order.
class LookStore final
{
    Q_DECLARE_TR_FUNCTIONS(storyreel::LookStore)

public:
    explicit LookStore(const Catalog &catalog) : m_catalog(catalog) {}

    Result<RowId> create(const Look &look) const;
    // Rewrites the look's fields and replaces its products, in one transaction.
    Status update(const Look &look) const;
    Status remove(RowId id) const;

    Result<Look> load(RowId id) const;
    // All looks with their products, newest first.
    Result<QList<Look>> list() const;
    Result<int> count() const;
    // Every look with its product, video and offline-video counts and its default video's id, status
    // and poster, newest first like list(), read in one aggregate query (no products loaded).
    Result<QList<LookSummary>> summaries() const;

private:
    const Catalog &m_catalog;
};

}  // namespace storyreel
