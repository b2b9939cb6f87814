#pragma once

#include "catalog.h"

#include <memory>
#include <QTemporaryDir>

namespace storyreel::test {

// A catalog in a fresh temporary folder, opened at the current (or a given) schema. QVERIFY-friendly:
// check ok() and error() right after construction.
class TestCatalog final
{
public:
    explicit TestCatalog(int schemaVersion = Catalog::kSchemaVersion);

    bool ok() const { return m_status.ok(); }
    QString error() const { return m_status.error(); }
    Catalog &catalog() { return *m_catalog; }
    QString dir() const { return m_dir.path(); }
    QString filePath() const;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Catalog> m_catalog;
    Status m_status;
};

// The first column of the first row of `statement` as an int (e.g. a COUNT), or -1 when it fails.
int scalarInt(Catalog &catalog, const QString &statement);
// The number of rows in `table`, or -1.
int rowCount(Catalog &catalog, const QString &table);

// Where tests drop screenshots and other artifacts for a human to look at.
QString artifactsDir();

}  // namespace storyreel::test
