#include "catalog.h"

#include "migrations.h"
#include "sqlutil.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

Q_LOGGING_CATEGORY(lcCatalog, "storyreel.models.catalog", QtWarningMsg)

namespace storyreel {
namespace {

QAtomicInteger<int> g_instanceCounter;

// This thread's catalog connections by catalog instance. The destructor runs when the thread ends,
// in that thread, which is where Qt wants a connection closed.
struct ThreadConnections
{
    QHash<QString, QString> byCatalog;  // instance tag -> connection name
    ~ThreadConnections()
    {
        for (const QString &name : std::as_const(byCatalog))
            dropConnection(name);
    }
    static void dropConnection(const QString &name)
    {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
};
thread_local ThreadConnections t_connections;

QString notACatalogMessage(const QString &path, const QString &reason)
{
    return Catalog::tr("%1 is not a Storyreel catalog (%2). Choose another data folder with --data-dir.")
        .arg(QDir::toNativeSeparators(path), reason);
}

// Reads the schema version through a read-only connection so that a file we refuse stays untouched.
Result<int> probeExistingVersion(const QString &path)
{
    const QString name = QStringLiteral("storyreel-probe-%1").arg(g_instanceCounter.fetchAndAddRelaxed(1));
    Result<int> version = Result<int>::failure(QString());
    {
        QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        probe.setDatabaseName(path);
        probe.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!probe.open()) {
            version = Result<int>::failure(notACatalogMessage(path, probe.lastError().text()));
        } else {
            Result<int> read = readSchemaVersion(probe);
            version = read ? read : Result<int>::failure(notACatalogMessage(path, read.error()));
            probe.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}

}  // namespace

Catalog::Catalog(QString filePath)
    : m_filePath(std::move(filePath)), m_instanceTag(QString::number(g_instanceCounter.fetchAndAddRelaxed(1)))
{}

Catalog::~Catalog()
{
    // This thread's connection goes now; worker threads close theirs when they end.
    const QString name = t_connections.byCatalog.take(m_instanceTag);
    if (!name.isEmpty())
        ThreadConnections::dropConnection(name);
}

Status Catalog::open()
{
    return openAtVersion(kSchemaVersion);
}

Status Catalog::openAtVersion(int targetVersion)
{
    const QFileInfo info(m_filePath);
    if (info.exists()) {
        Result<int> existing = probeExistingVersion(m_filePath);
        if (!existing)
            return Status::failure(existing.error());
        if (*existing > kSchemaVersion) {
            return Status::failure(
                tr("The catalog %1 was written by a newer version of Storyreel (schema %2; this "
                   "version understands up to %3). It was not changed. Update Storyreel or "
                   "choose another data folder with --data-dir.")

                    .arg(QDir::toNativeSeparators(m_filePath))
                    .arg(*existing)
                    .arg(kSchemaVersion));
        }
    } else if (!QDir().mkpath(info.absolutePath())) {
        return Status::failure(Catalog::tr("Cannot create the data folder %1.")
                                   .arg(QDir::toNativeSeparators(info.absolutePath())));
    }

    QSqlDatabase connection = db();
    if (!connection.isOpen())
        return Status::failure(notACatalogMessage(m_filePath, connection.lastError().text()));
    Result<int> current = readSchemaVersion(connection);
    if (!current)
        return Status::failure(notACatalogMessage(m_filePath, current.error()));
    if (*current < targetVersion) {
        qCInfo(lcCatalog) << "migrating catalog from schema" << *current << "to" << targetVersion;
        if (Status migrated = migrate(connection, *current, targetVersion); !migrated)
            return migrated;
    }
    m_open = true;
    return {};
}

QSqlDatabase Catalog::db() const
{
    QString &name = t_connections.byCatalog[m_instanceTag];
    if (!name.isEmpty())
        return QSqlDatabase::database(name, false);
    name = QStringLiteral("storyreel-catalog-%1-%2")
               .arg(m_instanceTag)
               .arg(g_instanceCounter.fetchAndAddRelaxed(1));
    QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    connection.setDatabaseName(m_filePath);
    if (!connection.open()) {
        qCWarning(lcCatalog) << "cannot open catalog" << m_filePath << connection.lastError().text();
        return connection;
    }
    if (Status status = openConnection(connection); !status) {
        qCWarning(lcCatalog) << status.error();
        connection.close();
    }
    return connection;
}

Status Catalog::openConnection(QSqlDatabase &connection) const
{
    // WAL lets the UI read while a job writes; NORMAL is durable across application crashes in WAL
    // mode (only an OS crash can lose the last transactions, never corrupt the file). A 16 MiB page
    // cache (SQLite's default is 2 MiB, filled only as pages are read) keeps the library's queries over
    // 100,000 videos (~30 MB of rows) off repeated reads from the OS.
    const QStringList pragmas{QStringLiteral("PRAGMA journal_mode = WAL"),
                              QStringLiteral("PRAGMA foreign_keys = ON"),
                              QStringLiteral("PRAGMA synchronous = NORMAL"),
                              QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs),
                              QStringLiteral("PRAGMA cache_size = -%1").arg(kPageCacheKiB)};
    for (const QString &pragma : pragmas) {
        QSqlQuery query(connection);
        if (!query.exec(pragma))
            return Status::failure(tr("%1 failed: %2").arg(pragma, query.lastError().text()));
    }
    return {};
}

int Catalog::schemaVersion() const
{
    QSqlDatabase connection = db();
    Result<int> version = readSchemaVersion(connection);
    return version ? *version : -1;
}

QString Catalog::sqliteVersion() const
{
    QSqlQuery query(db());
    if (query.exec(QStringLiteral("SELECT sqlite_version()")) && query.next())
        return query.value(0).toString();
    return {};
}

QString Catalog::metaValue(const QString &key) const
{
    QSqlQuery query(db());
    if (!sql::prepare(query, QStringLiteral("SELECT value FROM meta WHERE key = ?"),
                      Catalog::tr("read meta")))
        return {};
    query.addBindValue(key);
    if (!sql::exec(query, Catalog::tr("read meta")) || !query.next())
        return {};
    return query.value(0).toString();
}

QString Catalog::instanceId() const
{
    const QString key = QStringLiteral("catalog.id");
    QString id = metaValue(key);
    if (id.isEmpty()) {
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (Status saved = setMetaValue(key, id); !saved)
            qWarning("cannot record the catalog's id: %s", qPrintable(saved.error()));
    }
    return id;
}

Status Catalog::setMetaValue(const QString &key, const QString &value) const
{
    QSqlQuery query(db());
    const QString what = Catalog::tr("write meta %1").arg(key);
    if (Status status = sql::prepare(query,
                                     QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?) ON "
                                                    "CONFLICT(key) DO UPDATE SET value = excluded.value"),
                                     what);
        !status)
        return status;
    query.addBindValue(key);
    query.addBindValue(value);
    return sql::exec(query, what);
}

}  // namespace storyreel
