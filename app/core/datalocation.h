#pragma once

#include <QCoreApplication>
#include <QString>

namespace storyreel {

// Where one profile's data lives: the catalog, media/ (content-addressed) and exports/.
// Chosen by --data-dir, else STORYREEL_DATA_DIR, else the platform's application data folder.
class DataLocation final
{
    Q_DECLARE_TR_FUNCTIONS(storyreel::DataLocation)

public:
    static DataLocation resolve(const QString &commandLineOverride);
    explicit DataLocation(QString root);

    QString root() const { return m_root; }
    QString catalogPath() const;
    QString mediaDir() const;
    QString exportsDir() const;
    // Turns a path stored in the catalog (relative to the root) into an absolute one.
    QString absolute(const QString &relativePath) const;
    QString relative(const QString &absolutePath) const;
    // Where the choice came from, for the summary: "--data-dir", "STORYREEL_DATA_DIR" or "default".
    QString origin() const { return m_origin; }

private:
    QString m_root;
    QString m_origin;
};

}  // namespace storyreel
