#include "providerhub.h"

#include "accountpoller.h"
#include "accountstore.h"
#include "credentialstore.h"
#include "providerfactory.h"

#include <QPointer>

namespace storyreel {

ProviderHub::ProviderHub(const Catalog &catalog, CredentialStore &credentials, QNetworkAccessManager *network,
                         HttpPolicy policy, QObject *parent)
    : QObject(parent), m_catalog(catalog), m_credentials(credentials), m_http(network, policy)
{}

ProviderHub::~ProviderHub() = default;

void ProviderHub::provider(RowId accountId, ProviderCallback<Provider *> done)
{
    if (Provider *cached = m_providers.value(accountId)) {
        done(cached);
        return;
    }
    Result<ProviderAccount> account = AccountStore(m_catalog).load(accountId);
    if (!account) {
        done(ProviderError{ProviderErrorKind::NotFound, account.error()});
        return;
    }
    if (account->dialect == Dialect::Local) {
        done(ProviderError{
            ProviderErrorKind::BadRequest,
            tr("\"%1\" is the local provider: its jobs run on this computer.").arg(account->name)});
        return;
    }
    // Several jobs of one account starting together read the token once.
    QList<ProviderCallback<Provider *>> &waiting = m_waiting[accountId];
    waiting << std::move(done);
    if (waiting.size() > 1)
        return;
    QPointer<ProviderHub> self(this);
    const ProviderAccount loaded = *account;
    m_credentials.read(loaded.credentialKey(), [self, loaded](const CredentialResult &token) {
        if (!self)
            return;
        const QList<ProviderCallback<Provider *>> callers = self->m_waiting.take(loaded.id);
        if (!token.ok()) {
            const QString message =
                token.outcome == CredentialResult::Outcome::NotFound
                    ? tr("No token is stored for \"%1\". Add it in Settings › Accounts.").arg(loaded.name)
                    : token.message;
            for (const auto &caller : callers)
                caller(ProviderError{ProviderErrorKind::Credentials, message});
            return;
        }
        std::unique_ptr<Provider> made = makeProvider(loaded, self->m_http, token.secret);
        if (!made) {
            for (const auto &caller : callers)
                caller(
                    ProviderError{ProviderErrorKind::BadRequest,
                                  tr("\"%1\" uses a dialect this version cannot speak.").arg(loaded.name)});
            return;
        }
        Provider *provider = made.release();
        provider->setParent(self);
        self->m_providers.insert(loaded.id, provider);
        self->m_tokens.insert(loaded.id, token.secret);
        for (const auto &caller : callers)
            caller(provider);
    });
}

void ProviderHub::test(const ProviderAccount &account, const QString &token,
                       ProviderCallback<AccountCheck> done)
{
    std::unique_ptr<Provider> made = makeProvider(account, m_http, token);
    if (!made) {
        done(ProviderError{ProviderErrorKind::BadRequest, tr("The local provider needs no connection.")});
        return;
    }
    Provider *provider = made.release();
    provider->setParent(this);
    provider->check([provider, done = std::move(done)](ProviderResult<AccountCheck> result) {
        done(std::move(result));
        provider->deleteLater();
    });
}

AccountPoller &ProviderHub::poller(RowId accountId)
{
    if (AccountPoller *existing = m_pollers.value(accountId))
        return *existing;
    Provider *provider = m_providers.value(accountId);
    Q_ASSERT_X(provider, "ProviderHub::poller", "ask provider() first");
    const std::chrono::milliseconds interval =
        m_pollInterval.count() > 0
            ? m_pollInterval
            : std::chrono::duration_cast<std::chrono::milliseconds>(provider->pollInterval());
    auto *poller = new AccountPoller(*provider, interval, this);
    m_pollers.insert(accountId, poller);
    return *poller;
}

void ProviderHub::forget(RowId accountId)
{
    // Jobs already running keep the objects they hold (children of the hub); new ones get fresh ones.
    m_providers.remove(accountId);
    m_pollers.remove(accountId);
    m_tokens.remove(accountId);
}

}  // namespace storyreel
