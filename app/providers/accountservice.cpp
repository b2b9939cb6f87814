#include "accountservice.h"

#include "accountstore.h"
#include "catalog.h"
#include "credentialstore.h"
#include "providerhub.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QUrl>

namespace storyreel {
namespace {

Q_LOGGING_CATEGORY(lcAccounts, "storyreel.providers.accounts", QtWarningMsg)

Failure badInput(const QString &message)
{
    return Failure{message, FailureKind::BadInput};
}

// What each dialect counts its costs and balances in (the seeds' words).
QString unitOf(Dialect dialect)
{
    switch (dialect) {
        case Dialect::AiStudio:
            return QStringLiteral("tokens");
        case Dialect::AsyncVideos:
            return QStringLiteral("DUST");
        case Dialect::Storyboard:
            return QStringLiteral("USD");
        case Dialect::T2m:
            return QStringLiteral("credits");
        case Dialect::Local:
            break;
    }
    return {};
}

enum class KeychainAction { Store, Remove };

// The keychain's refusal as the user should read it; "unavailable" is said as such (DESIGN.md
// "Credentials"), never as a missing token.
QString keychainMessage(const CredentialResult &result, KeychainAction action)
{
    if (result.outcome == CredentialResult::Outcome::Unavailable) {
        // The stores say "unavailable" themselves, in English or in the user's language: not twice.
        const QString unavailable = AccountService::tr("The keychain is unavailable");
        if (result.message.startsWith(QLatin1String("The keychain is unavailable"), Qt::CaseInsensitive) ||
            result.message.startsWith(unavailable, Qt::CaseInsensitive))
            return result.message;
        return result.message.isEmpty()
                   ? AccountService::tr("The keychain is unavailable.")
                   : AccountService::tr("The keychain is unavailable: %1").arg(result.message);
    }
    if (action == KeychainAction::Store) {
        return result.message.isEmpty()
                   ? AccountService::tr("The keychain could not store the token.")
                   : AccountService::tr("The keychain could not store the token: %1").arg(result.message);
    }
    return result.message.isEmpty()
               ? AccountService::tr("The keychain could not remove the token.")
               : AccountService::tr("The keychain could not remove the token: %1").arg(result.message);
}

// Name, URL and (when given) token of an account as edited; `self` is its id when it is saved.
Status checkFields(const Catalog &catalog, const ProviderAccount &account, RowId self)
{
    if (account.name.trimmed().isEmpty())
        return badInput(AccountService::tr("Give the account a name."));
    Result<std::optional<ProviderAccount>> existing = AccountStore(catalog).findByName(account.name);
    if (!existing)
        return existing.failure();
    if (existing->has_value() && existing->value().id != self)
        return badInput(AccountService::tr("An account named \"%1\" already exists.").arg(account.name));
    if (account.dialect == Dialect::Local)
        return {};
    const QUrl url(account.baseUrl, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")) ||
        url.host().isEmpty())
        return badInput(AccountService::tr("The base URL must be an http:// or https:// address with a host, "
                                           "e.g. https://api.example.com (got \"%1\").")
                            .arg(account.baseUrl));
    if (!url.userInfo().isEmpty())
        return badInput(AccountService::tr("Put the token in the token field, not in the URL."));
    return {};
}

ProviderAccount normalized(ProviderAccount account)
{
    account.name = account.name.trimmed();
    account.baseUrl = account.baseUrl.trimmed();
    if (account.balanceUnit.isEmpty())
        account.balanceUnit = unitOf(account.dialect);
    return account;
}

}  // namespace

AccountService::AccountService(const Catalog &catalog, ProviderHub &hub, QObject *parent)
    : QObject(parent), m_catalog(catalog), m_hub(hub)
{}

void AccountService::add(ProviderAccount account, const QString &token,
                         std::function<void(Result<RowId>)> done)
{
    account = normalized(std::move(account));
    account.id = 0;
    if (Status fields = checkFields(m_catalog, account, 0); !fields)
        return done(fields.failure());
    const QString secret = token.trimmed();
    const bool needsToken = account.dialect != Dialect::Local;
    if (needsToken && secret.isEmpty())
        return done(badInput(AccountService::tr("Enter the account's API token.")));
    Result<RowId> id = AccountStore(m_catalog).create(account);
    if (!id)
        return done(id.failure());
    account.id = *id;
    account.catalogId = m_catalog.instanceId();
    if (!needsToken) {
        Q_EMIT accountsChanged();
        return done(id);
    }
    // The row first: its id names the keychain entry. A refused write takes the row back out, so no
    // account is left that cannot authenticate.
    QPointer<AccountService> self(this);
    m_hub.credentials().write(
        account.credentialKey(), secret, [self, account, done](const CredentialResult &written) {
            if (!self)
                return done(Failure{AccountService::tr("The account service was closed.")});
            if (!written.ok()) {
                qCDebug(lcAccounts) << "keychain refused the token of account" << account.id;
                if (Status removed = AccountStore(self->m_catalog).remove(account.id); !removed)
                    qCWarning(lcAccounts) << "cannot take back account" << account.id << removed.error();
                return done(Failure{keychainMessage(written, KeychainAction::Store)});
            }
            Q_EMIT self->accountsChanged();
            done(account.id);
        });
}

void AccountService::update(const ProviderAccount &edited, std::optional<QString> token,
                            std::function<void(Status)> done)
{
    Result<ProviderAccount> stored = AccountStore(m_catalog).load(edited.id);
    if (!stored)
        return done(badInput(stored.error()));
    ProviderAccount account = normalized(edited);
    account.catalogId = stored->catalogId;
    if (account.dialect != stored->dialect && edited.balanceUnit == stored->balanceUnit)
        account.balanceUnit = unitOf(account.dialect);
    account.createdAt = stored->createdAt;
    if (Status fields = checkFields(m_catalog, account, account.id); !fields)
        return done(fields);
    const QString secret = token.value_or(QString()).trimmed();
    if (token && secret.isEmpty())
        return done(
            badInput(AccountService::tr("The new token is empty; leave the field alone to keep the "

                                        "stored one.")));
    if (!token && stored->dialect == Dialect::Local && account.dialect != Dialect::Local)
        return done(badInput(AccountService::tr("Enter the account's API token.")));
    QPointer<AccountService> self(this);
    auto save = [self, account, done] {
        if (!self)
            return done(Failure{AccountService::tr("The account service was closed.")});
        if (Status saved = AccountStore(self->m_catalog).update(account); !saved)
            return done(saved);
        self->m_hub.forget(account.id);
        Q_EMIT self->accountsChanged();
        done({});
    };
    if (!token || account.dialect == Dialect::Local)
        return save();
    // The token before the row: when the keychain refuses, nothing changed at all.
    m_hub.credentials().write(account.credentialKey(), secret, [save, done](const CredentialResult &written) {
        if (!written.ok())
            return done(Failure{keychainMessage(written, KeychainAction::Store)});
        save();
    });
}

void AccountService::remove(RowId id, std::function<void(Status)> done)
{
    Result<ProviderAccount> account = AccountStore(m_catalog).load(id);
    if (!account)
        return done(badInput(account.error()));
    QPointer<AccountService> self(this);
    auto removeRow = [self, id, done] {
        if (!self)
            return done(Failure{AccountService::tr("The account service was closed.")});
        if (Status removed = AccountStore(self->m_catalog).remove(id); !removed)
            return done(removed);
        self->m_hub.forget(id);
        Q_EMIT self->accountsChanged();
        done({});
    };
    if (account->dialect == Dialect::Local)
        return removeRow();
    m_hub.credentials().remove(account->credentialKey(), [removeRow, done](const CredentialResult &removed) {
        if (!removed.ok())
            return done(
                Failure{keychainMessage(removed, KeychainAction::Remove) +
                        AccountService::tr(" The account was kept, so its token is not left behind.")});
        removeRow();
    });
}

void AccountService::test(RowId id, ProviderCallback<AccountCheck> done)
{
    m_hub.provider(id, [done](ProviderResult<Provider *> provider) {
        if (!provider)
            return done(provider.error());
        provider.value()->check(done);
    });
}

}  // namespace storyreel
