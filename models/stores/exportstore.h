#pragma once

#include "records.h"
#include "result.h"

#include <optional>
#include <QCoreApplication>
#include <QList>

namespace storyreel {

class Catalog;

// The export cache: at most one file per (source content, preset).
class ExportStore final
{
    Q_DECLARE_TR_FUNCTIONS(storyreel::ExportStore)

public:
    explicit ExportStore(const Catalog &catalog) : m_catalog(catalog) {}

    // Inserts the entry, or replaces the file, size and time of the one with the same source and preset
    // (keeping its id); returns the entry's id.
    Result<RowId> put(const ExportEntry &entry) const;
    // Nothing when that source has not been exported with that preset.
    Result<std::optional<ExportEntry>> find(const QString &sourceSha256, const QString &preset) const;
    // Newest first.
    Result<QList<ExportEntry>> list() const;
    Status remove(RowId id) const;

private:
    const Catalog &m_catalog;
};

}  // namespace storyreel
