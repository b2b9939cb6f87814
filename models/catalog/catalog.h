#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace storyreel {

// The SQLite catalog: one file, versioned by PRAGMA user_version, opened with the pragmas of DESIGN.md.
// Each thread that touches it gets its own named connection (QSqlDatabase objects must not cross
// threads), closed when that thread ends.
class Catalog final
{
    Q_DECLARE_TR_FUNCTIONS(storyreel::Catalog)

public:
    static constexpr int kSchemaVersion = 6;
    static constexpr int kBusyTimeoutMs = 5000;
    static constexpr int kPageCacheKiB = 16 * 1024;  // per connection

    explicit Catalog(QString filePath);
    ~Catalog();
    Catalog(const Catalog &) = delete;
    Catalog &operator=(const Catalog &) = delete;

    // Creates the file when missing, refuses a newer schema without touching the file, migrates up.
    Status open();
    // Like open() but migrates only up to targetVersion; tests use it to build every earlier schema.
    Status openAtVersion(int targetVersion);
    bool isOpen() const { return m_open; }

    QString filePath() const { return m_filePath; }
    // The connection of the calling thread, opened with the pragmas on first use.
    QSqlDatabase db() const;
    int schemaVersion() const;
    QString sqliteVersion() const;

    // Small key/value facts about this catalog (e.g. whether the sample project was created once).
    QString metaValue(const QString &key) const;
    Status setMetaValue(const QString &key, const QString &value) const;
    // A random id made the first time it is asked for and kept in the catalog: it tells this catalog's
    // keychain entries from another data folder's.
    QString instanceId() const;

private:
    Status openConnection(QSqlDatabase &db) const;

    QString m_filePath;
    QString m_instanceTag;
    bool m_open = false;
};

}  // namespace storyreel
