#include "datalocation.h"

#include <QDir>
#include <QStandardPaths>

namespace storyreel {

DataLocation DataLocation::resolve(const QString &commandLineOverride)
{
    if (!commandLineOverride.isEmpty()) {
        DataLocation location(commandLineOverride);
        location.m_origin = QStringLiteral("--data-dir");
        return location;
    }
    const QString fromEnvironment = qEnvironmentVariable("STORYREEL_DATA_DIR");
    if (!fromEnvironment.isEmpty()) {
        DataLocation location(fromEnvironment);
        location.m_origin = QStringLiteral("STORYREEL_DATA_DIR");
        return location;
    }
    DataLocation location(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    //: Where the data folder came from, when neither --data-dir nor STORYREEL_DATA_DIR chose it.
    location.m_origin = tr("default");

    return location;
}

DataLocation::DataLocation(QString root) : m_root(QDir(root).absolutePath()) {}

QString DataLocation::catalogPath() const
{
    return QDir(m_root).filePath(QStringLiteral("catalog.sqlite"));
}
QString DataLocation::mediaDir() const
{
    return QDir(m_root).filePath(QStringLiteral("media"));
}
QString DataLocation::exportsDir() const
{
    return QDir(m_root).filePath(QStringLiteral("exports"));
}

QString DataLocation::absolute(const QString &relativePath) const
{
    if (relativePath.isEmpty())
        return {};
    return QDir(m_root).filePath(relativePath);
}

QString DataLocation::relative(const QString &absolutePath) const
{
    return QDir(m_root).relativeFilePath(absolutePath);
}

}  // namespace storyreel
