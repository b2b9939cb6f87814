#pragma once

#include "result.h"
#include "storage.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace storyreel {

class Catalog;

// Cloud storages (S3-compatible buckets). Keys are not here: they are in the keychain.
class StorageStore final
{
    Q_DECLARE_TR_FUNCTIONS(storyreel::StorageStore)

public:
    explicit StorageStore(const Catalog &catalog) : m_catalog(catalog) {}

    // The first storage added becomes the default.
    Result<RowId> add(const StorageAccount &storage) const;
    Status update(const StorageAccount &storage) const;
    // Its objects' records go with it (the bucket is not touched).
    Status remove(RowId id) const;
    Result<StorageAccount> load(RowId id) const;
    // By id ("3") or name.
    Result<StorageAccount> find(const QString &idOrName) const;
    Result<QList<StorageAccount>> list() const;
    // The default storage, if any storage exists (nullopt when none).
    Result<std::optional<StorageAccount>> defaultStorage() const;
    Status setDefault(RowId id) const;

private:
    const Catalog &m_catalog;
};

}  // namespace storyreel
