#pragma once

#include "account.h"
#include "provider.h"
#include "result.h"

#include <QObject>

#include <functional>
#include <optional>

namespace storyreel {

class Catalog;
class ProviderHub;

// Adds, edits and removes provider accounts: the row in the catalog, the token in the keychain
// (never anywhere else). Shared by the settings page and `storyreel accounts`.
class AccountService final : public QObject
{
    Q_OBJECT

public:
    AccountService(const Catalog &catalog, ProviderHub &hub, QObject *parent = nullptr);

    // Checks the fields (a name, unique; an http(s) URL with a host for remote dialects; a token for
    // them), stores the row, then the token; if the keychain refuses, the row is removed again and the
    // keychain's message returned ("The keychain is unavailable: ...").
    void add(ProviderAccount account, const QString &token, std::function<void(Result<RowId>)> done);
    // A token given replaces the stored one; none keeps it. The hub forgets its cached client.
    void update(const ProviderAccount &account, std::optional<QString> token,
                std::function<void(Status)> done);
    // The token first (a keychain that is unavailable stops the removal, so no token is orphaned),
    // then the row.
    void remove(RowId id, std::function<void(Status)> done);
    // Test connection for a saved account (its stored token).
    void test(RowId id, ProviderCallback<AccountCheck> done);

Q_SIGNALS:
    // An account was added, changed or removed; the catalog already has it.
    void accountsChanged();

private:
    const Catalog &m_catalog;
    ProviderHub &m_hub;
};

}  // namespace storyreel
