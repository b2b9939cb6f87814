#pragma once

#include "datalocation.h"
#include "exporter.h"
#include "result.h"

#include <QCoreApplication>

namespace storyreel {

class Catalog;

// Exports kept in the data folder's exports/ as <source sha256>-<preset key>.<ext>, one per (source
// content, preset), recorded in the catalog's ExportStore once the file is complete.
class ExportCache final
{
    Q_DECLARE_TR_FUNCTIONS(storyreel::ExportCache)

public:
    ExportCache(const Catalog &catalog, DataLocation location);

    // The export of sourcePath with preset: the cached file when its entry and file agree (nothing is
    // decoded then, and ExportOutcome holds only the path), else a fresh export recorded for next time.
    Result<ExportOutcome> get(const QString &sourcePath, const ExportPreset &preset,
                              const MediaControl *control = nullptr) const;
    // Whether get() would answer from the cache (hashes the source; false when it cannot be read).
    bool contains(const QString &sourcePath, const ExportPreset &preset) const;

    // Puts an independent copy of cachedPath at destination atomically (a reflink or a kernel copy,
    // see copyFileContents); an existing file there is replaced only once the copy is complete.
    static Status deliver(const QString &cachedPath, const QString &destination);

private:
    QString fileNameFor(const QString &sha256, const ExportPreset &preset) const;

    const Catalog &m_catalog;
    DataLocation m_location;
};

}  // namespace storyreel
