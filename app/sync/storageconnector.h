#pragma once

#include "result.h"
#include "s3types.h"
#include "storage.h"

#include <QCoreApplication>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace storyreel {

class Catalog;
class CredentialStore;
class HttpClient;
struct StorageKeys;
namespace s3 {
class Client;
}

// Turns a storage of the catalog into a signed S3 client: its settings, plus its keys read from the
// keychain (kept there as one JSON secret under StorageAccount::credentialKey()).
class StorageConnector final : public std::enable_shared_from_this<StorageConnector>
{
    Q_DECLARE_TR_FUNCTIONS(storyreel::StorageConnector)

public:
    // The HTTP client is shared: the S3 clients made here keep it alive while they are in use.
    StorageConnector(const Catalog &catalog, CredentialStore &credentials, std::shared_ptr<HttpClient> http);

    using Connected = std::function<void(Result<std::shared_ptr<s3::Client>> client)>;
    // The callback runs later in the credential store's thread, once.
    void connect(RowId storageId, Connected done) const;
    void connect(const StorageAccount &storage, Connected done) const;
    // With keys at hand (the settings' Test before anything is saved).
    std::shared_ptr<s3::Client> clientFor(const StorageAccount &storage, const s3::Keys &keys) const;

    void setTransferTimeout(std::chrono::milliseconds timeout) { m_transferTimeout = timeout; }

    static s3::Location locationOf(const StorageAccount &storage);
    static QString encodeKeys(const StorageKeys &keys);
    static std::optional<s3::Keys> decodeKeys(const QString &secret);

private:
    const Catalog &m_catalog;
    CredentialStore &m_credentials;
    std::shared_ptr<HttpClient> m_http;
    std::chrono::milliseconds m_transferTimeout{30000};
};

}  // namespace storyreel
