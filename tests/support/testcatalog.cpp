#include "testcatalog.h"

#include <QDir>
#include <QSqlQuery>

namespace storyreel::test {

TestCatalog::TestCatalog(int schemaVersion)
    : m_catalog(std::make_unique<Catalog>(m_dir.filePath(QStringLiteral("catalog.sqlite"))))
{
    m_status = m_dir.isValid() ? m_catalog->openAtVersion(schemaVersion)
                               : Status::failure(QStringLiteral("cannot create a temporary folder"));
}

QString TestCatalog::filePath() const
{
    return m_catalog->filePath();
}

int scalarInt(Catalog &catalog, const QString &statement)
{
    QSqlQuery query(catalog.db());
    return query.exec(statement) && query.next() ? query.value(0).toInt() : -1;
}

int rowCount(Catalog &catalog, const QString &table)
{
    return scalarInt(catalog, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
}

QString artifactsDir()
{
    QString dir = qEnvironmentVariable("STORYREEL_TEST_ARTIFACTS");
    if (dir.isEmpty())
        dir = QDir::temp().filePath(QStringLiteral("storyreel-test-artifacts"));
    QDir().mkpath(dir);
    return dir;
}

}  // namespace storyreel::test
