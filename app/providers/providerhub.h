#pragma once

#include "account.h"
#include "httpclient.h"
#include "provider.h"

#include <QHash>
#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace storyreel {

class AccountPoller;
class Catalog;
class CredentialStore;

// The provider clients of every account of a catalog, built on first use with the account's token
// read from the keychain, sharing one HttpClient (and so one rate-limit view per origin) and one
// poller per account. Lives in the GUI's or the CLI's main thread.
class ProviderHub final : public QObject
{
    Q_OBJECT

public:
    ProviderHub(const Catalog &catalog, CredentialStore &credentials, QNetworkAccessManager *network,
                HttpPolicy policy = {}, QObject *parent = nullptr);
    ~ProviderHub() override;

    // The account's client. Fails with Credentials when the keychain is unavailable or holds no token
    // for it, NotFound when the account does not exist, BadRequest for a local account.
    void provider(RowId accountId, ProviderCallback<Provider *> done);
    // "Test connection" for an account as edited, before it is saved: its dialect, URL and this token.
    void test(const ProviderAccount &account, const QString &token, ProviderCallback<AccountCheck> done);
    // Polls the account's running jobs together (one poller per account).
    AccountPoller &poller(RowId accountId);
    // Polls every account at this pace instead of each provider's advice (tests, demos). Zero: advice.
    void setPollInterval(std::chrono::milliseconds interval) { m_pollInterval = interval; }
    // Drops the cached client (the token, URL or dialect changed, or the account was removed).
    void forget(RowId accountId);

    // The token an account's client was built with (to fetch its result files); empty before.
    QString token(RowId accountId) const { return m_tokens.value(accountId); }
    CredentialStore &credentials() { return m_credentials; }
    HttpClient &http() { return m_http; }
    const Catalog &catalog() const { return m_catalog; }

private:
    const Catalog &m_catalog;
    CredentialStore &m_credentials;
    HttpClient m_http;
    std::chrono::milliseconds m_pollInterval{0};
    QHash<RowId, Provider *> m_providers;                         // owned (children)
    QHash<RowId, AccountPoller *> m_pollers;                      // owned (children)
    QHash<RowId, QString> m_tokens;                               // held in memory only
    QHash<RowId, QList<ProviderCallback<Provider *>>> m_waiting;  // token reads in flight
};

}  // namespace storyreel
