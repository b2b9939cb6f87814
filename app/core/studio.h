#pragma once

#include "catalog.h"
#include "datalocation.h"
#include "mediastore.h"
#include "result.h"

#include <QCoreApplication>

#include <memory>

namespace storyreel {

// The services one data folder runs on. main() builds it and hands it to the UI or the CLI;
// nothing reaches it through a global.
class Studio final
{
    Q_DECLARE_TR_FUNCTIONS(storyreel::Studio)

public:
    // Opens (creating or migrating) the catalog.
    static Result<std::unique_ptr<Studio>> open(const DataLocation &location);
    // Creates the sample project unless this catalog had it once; true when created now.
    Result<bool> ensureSampleProject();

    const DataLocation &location() const { return m_location; }
    Catalog &catalog() { return m_catalog; }
    const Catalog &catalog() const { return m_catalog; }
    const MediaStore &media() const { return m_media; }
    bool sampleCreatedNow() const { return m_sampleCreatedNow; }

private:
    explicit Studio(const DataLocation &location);

    DataLocation m_location;
    Catalog m_catalog;
    MediaStore m_media;
    bool m_sampleCreatedNow = false;
};

}  // namespace storyreel
