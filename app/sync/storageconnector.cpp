#include "storageconnector.h"

#include "cloudservice.h"
#include "credentialstore.h"
#include "s3client.h"
#include "storagestore.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace storyreel {

StorageConnector::StorageConnector(const Catalog &catalog, CredentialStore &credentials,
                                   std::shared_ptr<HttpClient> http)
    : m_catalog(catalog), m_credentials(credentials), m_http(std::move(http))
{}

void StorageConnector::connect(RowId storageId, Connected done) const
{
    Result<StorageAccount> storage = StorageStore(m_catalog).load(storageId);
    if (!storage) {
        // Later, like every other outcome.
        QMetaObject::invokeMethod(
            &m_credentials, [done, failure = storage.failure()] { done(failure); }, Qt::QueuedConnection);
        return;
    }
    connect(*storage, std::move(done));
}

void StorageConnector::connect(const StorageAccount &storage, Connected done) const
{
    // The connector stays while the keychain answers, even if its service went meanwhile.
    m_credentials.read(
        storage.credentialKey(), [self = shared_from_this(), storage, done](const CredentialResult &result) {
            if (result.outcome == CredentialResult::Outcome::NotFound)
                return done(Failure{tr("The keychain has no access keys for storage \"%1\": enter them "
                                       "in Settings › Cloud Storage.")
                                        .arg(storage.name)});
            if (!result.ok())
                return done(Failure{
                    tr("Cannot read the keys of storage \"%1\": %2").arg(storage.name, result.message)});
            const std::optional<s3::Keys> keys = decodeKeys(result.secret);
            if (!keys)
                return done(Failure{tr("The keychain entry of storage \"%1\" is not readable: enter its "
                                       "keys again in Settings › Cloud Storage.")
                                        .arg(storage.name)});
            done(self->clientFor(storage, *keys));
        });
}

std::shared_ptr<s3::Client> StorageConnector::clientFor(const StorageAccount &storage,
                                                        const s3::Keys &keys) const
{
    // The deleter holds the HTTP client: a transfer still running when the service goes keeps it.
    std::shared_ptr<s3::Client> client(new s3::Client(*m_http, locationOf(storage), keys),
                                       [http = m_http](s3::Client *gone) { delete gone; });
    client->setTransferTimeout(m_transferTimeout);
    return client;
}

s3::Location StorageConnector::locationOf(const StorageAccount &storage)
{
    s3::Location location;
    location.endpoint = QUrl(storage.endpoint);
    location.region = storage.region.isEmpty() ? QStringLiteral("us-east-1") : storage.region;
    location.bucket = storage.bucket;
    location.addressing = storage.addressing == StorageAccount::Addressing::VirtualHosted
                              ? s3::Addressing::VirtualHosted
                              : s3::Addressing::Path;
    return location;
}

QString StorageConnector::encodeKeys(const StorageKeys &keys)
{
    const QJsonObject object{{QStringLiteral("accessKeyId"), keys.accessKeyId},
                             {QStringLiteral("secretAccessKey"), keys.secretAccessKey}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<s3::Keys> StorageConnector::decodeKeys(const QString &secret)
{
    const QJsonObject object = QJsonDocument::fromJson(secret.toUtf8()).object();
    s3::Keys keys{object.value(QStringLiteral("accessKeyId")).toString(),
                  object.value(QStringLiteral("secretAccessKey")).toString()};
    if (keys.isEmpty())
        return std::nullopt;
    return keys;
}

}  // namespace storyreel
