#pragma once

#include "account.h"
#include "result.h"

#include <optional>
#include <QCoreApplication>
#include <QList>

namespace storyreel {

class Catalog;

// Provider accounts. Names are unique; tokens never pass through here (see credentialKey()).
class AccountStore final
{
    Q_DECLARE_TR_FUNCTIONS(storyreel::AccountStore)

public:
    explicit AccountStore(const Catalog &catalog) : m_catalog(catalog) {}

    Result<RowId> create(const ProviderAccount &account) const;
    Status update(const ProviderAccount &account) const;
    // Its ledger entries and pending operations go with it; looks, videos, storyboards and jobs stay,
    // as local items.
    Status remove(RowId id) const;

    Result<ProviderAccount> load(RowId id) const;
    // All accounts by name.
    Result<QList<ProviderAccount>> list() const;
    // Nothing when no account has this exact name.
    Result<std::optional<ProviderAccount>> findByName(const QString &name) const;

private:
    const Catalog &m_catalog;
};

}  // namespace storyreel
