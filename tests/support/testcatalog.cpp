#include "testcatalog.h"

#include <QDir>

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

QString artifactsDir()
{
    QString dir = qEnvironmentVariable("STORYREEL_TEST_ARTIFACTS");
    if (dir.isEmpty())
        dir = QDir::temp().filePath(QStringLiteral("storyreel-test-artifacts"));
    QDir().mkpath(dir);
    return dir;
}

}  // namespace storyreel::test
