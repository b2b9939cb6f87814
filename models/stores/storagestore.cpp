#include "storagestore.h"

#include "catalog.h"
#include "sqlutil.h"
#include "transaction.h"

#include <QSqlQuery>

namespace storyreel {
namespace {

const QString kSelect = QStringLiteral(
    "SELECT id, name, endpoint, region, bucket, prefix, addressing, auto_upload, is_default, created_at "
    "FROM storages");

QString addressingText(StorageAccount::Addressing addressing)
{
    return addressing == StorageAccount::Addressing::VirtualHosted ? QStringLiteral("virtual-hosted")
                                                                   : QStringLiteral("path");
}

StorageAccount storageFromRow(const QSqlQuery &query)
{
    StorageAccount storage;
    storage.id = query.value(0).toLongLong();
    storage.name = query.value(1).toString();
    storage.endpoint = query.value(2).toString();
    storage.region = query.value(3).toString();
    storage.bucket = query.value(4).toString();
    storage.prefix = query.value(5).toString();
    storage.addressing = query.value(6).toString() == QLatin1String("virtual-hosted")
                             ? StorageAccount::Addressing::VirtualHosted
                             : StorageAccount::Addressing::Path;
    storage.autoUpload = query.value(7).toBool();
    storage.isDefault = query.value(8).toBool();
    storage.createdAt = sql::toDateTime(query.value(9));
    return storage;
}

Result<QList<StorageAccount>> storagesFrom(QSqlQuery &query)
{
    QList<StorageAccount> storages;
    while (query.next())
        storages << storageFromRow(query);
    return storages;
}

}  // namespace

Result<RowId> StorageStore::add(const StorageAccount &storage) const
{
    Transaction transaction(m_catalog.db());
    if (!transaction.began())
        return Failure{StorageStore::tr("cannot add storage: %1").arg(transaction.beginError())};
    QSqlQuery query(m_catalog.db());
    const QDateTime createdAt =
        storage.createdAt.isValid() ? storage.createdAt : QDateTime::currentDateTimeUtc();
    if (Status status = sql::run(
            query,
            QStringLiteral("INSERT INTO storages(name, endpoint, region, bucket, prefix, addressing, "
                           "auto_upload, is_default, created_at) VALUES(?, ?, ?, ?, ?, ?, ?, "
                           "NOT EXISTS(SELECT 1 FROM storages), ?)"),
            StorageStore::tr("add storage \"%1\"").arg(storage.name), storage.name, storage.endpoint,
            storage.region, storage.bucket, storage.prefix, addressingText(storage.addressing),
            storage.autoUpload ? 1 : 0, sql::fromDateTime(createdAt));
        !status)
        return status.failure();
    const RowId id = query.lastInsertId().toLongLong();
    if (Status committed = transaction.commit(); !committed)
        return committed.failure();
    return id;
}

Status StorageStore::update(const StorageAccount &storage) const
{
    return sql::runOne(m_catalog.db(),
                       QStringLiteral("UPDATE storages SET name = ?, endpoint = ?, region = ?, bucket = ?, "
                                      "prefix = ?, addressing = ?, auto_upload = ? WHERE id = ?"),
                       StorageStore::tr("update storage %1").arg(storage.id), storage.name, storage.endpoint,
                       storage.region, storage.bucket, storage.prefix, addressingText(storage.addressing),
                       storage.autoUpload ? 1 : 0, storage.id);
}

Status StorageStore::remove(RowId id) const
{
    Transaction transaction(m_catalog.db());
    if (!transaction.began())
        return Status::failure(StorageStore::tr("cannot remove storage: %1").arg(transaction.beginError()));
    if (Status removed = sql::runOne(m_catalog.db(), QStringLiteral("DELETE FROM storages WHERE id = ?"),
                                     StorageStore::tr("remove storage %1").arg(id), id);
        !removed)
        return removed;
    // Another storage takes over as the default.
    QSqlQuery promote(m_catalog.db());
    if (Status status =
            sql::run(promote,
                     QStringLiteral("UPDATE storages SET is_default = 1 WHERE id = (SELECT MIN(id) "
                                    "FROM storages) AND NOT EXISTS(SELECT 1 FROM storages "
                                    "WHERE is_default = 1)"),
                     StorageStore::tr("choose the default storage"));
        !status)
        return status;
    return transaction.commit();
}

Result<StorageAccount> StorageStore::load(RowId id) const
{
    QSqlQuery query(m_catalog.db());
    if (Status status = sql::run(query, kSelect + QStringLiteral(" WHERE id = ?"),
                                 StorageStore::tr("load storage %1").arg(id), id);
        !status)
        return status.failure();
    if (!query.next())
        return Failure{StorageStore::tr("storage %1 does not exist").arg(id)};
    return storageFromRow(query);
}

Result<StorageAccount> StorageStore::find(const QString &idOrName) const
{
    bool isNumber = false;
    const RowId id = idOrName.toLongLong(&isNumber);
    if (isNumber)
        return load(id);
    QSqlQuery query(m_catalog.db());
    if (Status status = sql::run(query, kSelect + QStringLiteral(" WHERE name = ? ORDER BY id LIMIT 1"),
                                 StorageStore::tr("find storage \"%1\"").arg(idOrName), idOrName);
        !status)
        return status.failure();
    if (!query.next())
        return Failure{StorageStore::tr("no storage is called \"%1\"").arg(idOrName)};
    return storageFromRow(query);
}

Result<QList<StorageAccount>> StorageStore::list() const
{
    QSqlQuery query(m_catalog.db());
    if (Status status =
            sql::run(query, kSelect + QStringLiteral(" ORDER BY id"), StorageStore::tr("list storages"));
        !status)
        return status.failure();
    return storagesFrom(query);
}

Result<std::optional<StorageAccount>> StorageStore::defaultStorage() const
{
    QSqlQuery query(m_catalog.db());
    if (Status status = sql::run(query, kSelect + QStringLiteral(" ORDER BY is_default DESC, id LIMIT 1"),
                                 StorageStore::tr("load the default storage"));
        !status)
        return status.failure();
    if (!query.next())
        return std::optional<StorageAccount>();
    return std::optional<StorageAccount>(storageFromRow(query));
}

Status StorageStore::setDefault(RowId id) const
{
    Transaction transaction(m_catalog.db());
    if (!transaction.began())
        return Status::failure(
            StorageStore::tr("cannot choose the default storage: %1").arg(transaction.beginError()));
    QSqlQuery clear(m_catalog.db());
    if (Status status =
            sql::run(clear, QStringLiteral("UPDATE storages SET is_default = 0 WHERE is_default = 1"),
                     StorageStore::tr("choose the default storage"));
        !status)
        return status;
    if (Status status =
            sql::runOne(m_catalog.db(), QStringLiteral("UPDATE storages SET is_default = 1 WHERE id = ?"),
                        StorageStore::tr("make storage %1 the default").arg(id), id);
        !status)
        return status;
    return transaction.commit();
}

}  // namespace storyreel
