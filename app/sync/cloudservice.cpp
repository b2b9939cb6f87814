#include "cloudservice.h"

#include "cloudprivate.h"
#include "credentialstore.h"
#include "s3address.h"
#include "s3client.h"
#include "storagestore.h"

#include <QFileInfo>
#include <QUuid>

namespace storyreel {

namespace cloud {

QString slug(const QString &text)
{
    QString out;
    bool dash = false;
    for (const QChar c : text.normalized(QString::NormalizationForm_C).toLower()) {
        if (c.isLetterOrNumber()) {
            out += c;
            dash = false;
        } else if (!dash && !out.isEmpty()) {
            out += QLatin1Char('-');
            dash = true;
        }
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out.isEmpty() ? QStringLiteral("untitled") : out.left(80);
}

QString contentTypeFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("mp4") || suffix == QLatin1String("m4v"))
        return QStringLiteral("video/mp4");
    if (suffix == QLatin1String("webm"))
        return QStringLiteral("video/webm");
    if (suffix == QLatin1String("mov"))
        return QStringLiteral("video/quicktime");
    if (suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg"))
        return QStringLiteral("image/jpeg");
    if (suffix == QLatin1String("png"))
        return QStringLiteral("image/png");
    if (suffix == QLatin1String("zip"))
        return QStringLiteral("application/zip");
    return QStringLiteral("application/octet-stream");
}

}  // namespace cloud

namespace {

// Callbacks run later, never inside the call that was given them.
template <typename Callback, typename Value>
void later(QObject *context, Callback done, Value value)
{
    QMetaObject::invokeMethod(
        context, [done = std::move(done), value = std::move(value)] { done(value); }, Qt::QueuedConnection);
}

}  // namespace

CloudService::Private::Private(Catalog &catalog, JobQueue &queue, CredentialStore &credentials,
                               const DataLocation &location, QNetworkAccessManager *network,
                               const HttpPolicy &policy, CloudService *owner)
    : catalog(catalog),
      queue(queue),
      credentials(credentials),
      location(location),
      owner(owner),
      network(network ? network : new QNetworkAccessManager(owner)),
      http(std::make_shared<HttpClient>(this->network, policy)),
      connector(std::make_shared<StorageConnector>(catalog, credentials, http)),
      runner(std::make_shared<TransferRunner>(catalog, connector, location))
{}

CloudService::CloudService(Catalog &catalog, JobQueue &queue, CredentialStore &credentials,
                           const DataLocation &location, QNetworkAccessManager *network,
                           const HttpPolicy &policy, QObject *parent)
    : QObject(parent),
      d(std::make_unique<Private>(catalog, queue, credentials, location, network, policy, this))
{
    queue.setTransferRunner(d->runner, 3);
    connect(&queue, &JobQueue::jobFinished, this,
            [this](qint64 id, JobStatus status) { d->onJobFinished(id, status); });
}

CloudService::~CloudService() = default;

HttpPolicy CloudService::storagePolicy()
{
    HttpPolicy policy;
    policy.maxAttempts = 5;  // then the transfer job itself goes back in the queue (TransferTuning)
    return policy;
}

void CloudService::setTuning(const TransferTuning &tuning)
{
    d->tuning = tuning;
    d->runner->setTuning(tuning);
    d->connector->setTransferTimeout(tuning.transferTimeout);
}

const TransferTuning &CloudService::tuning() const
{
    return d->tuning;
}

Result<StorageAccount> CloudService::Private::storageFor(RowId storageId) const
{
    const StorageStore store(catalog);
    if (storageId > 0)
        return store.load(storageId);
    Result<std::optional<StorageAccount>> found = store.defaultStorage();
    if (!found)
        return found.failure();
    if (!found->has_value())
        return Failure{CloudService::tr("No cloud storage yet: add one in Settings › Cloud Storage (or with "
                                        "`storyreel storage add`)."),
                       FailureKind::BadInput};
    return found->value();
}

namespace {

QString checkSettings(const StorageAccount &storage)
{
    if (storage.name.trimmed().isEmpty())
        return CloudService::tr("The storage needs a name.");
    const QUrl endpoint(storage.endpoint);
    if (!endpoint.isValid() ||
        (endpoint.scheme() != QLatin1String("http") && endpoint.scheme() != QLatin1String("https")) ||
        endpoint.host().isEmpty())
        return CloudService::tr(
            "The endpoint must be an http:// or https:// address, e.g. https://s3.eu-west-1.amazonaws.com.");
    return s3::validate(StorageConnector::locationOf(storage));
}

}  // namespace

void CloudService::addStorage(const StorageAccount &storage, const StorageKeys &keys,
                              std::function<void(Result<RowId>)> done)
{
    if (const QString problem = checkSettings(storage); !problem.isEmpty())
        return later(this, done, Result<RowId>(Failure{problem, FailureKind::BadInput}));
    if (keys.accessKeyId.trimmed().isEmpty() || keys.secretAccessKey.isEmpty())
        return later(this, done,
                     Result<RowId>(Failure{tr("Enter the access key ID and the secret access key."),
                                           FailureKind::BadInput}));
    Result<RowId> id = StorageStore(d->catalog).add(storage);
    if (!id)
        return later(this, done, id);
    StorageAccount added = storage;
    added.id = *id;
    // The row goes again if the keychain refuses the keys: a storage is never half added.
    d->credentials.write(
        added.credentialKey(), StorageConnector::encodeKeys(keys),
        [this, added, done](const CredentialResult &result) {
            if (!result.ok()) {
                (void)StorageStore(d->catalog).remove(added.id);
                return done(Failure{tr("The keychain did not take the keys: %1").arg(result.message)});
            }
            done(added.id);
        });
}

void CloudService::updateStorage(const StorageAccount &storage, const StorageKeys &keys,
                                 std::function<void(Status)> done)
{
    if (const QString problem = checkSettings(storage); !problem.isEmpty())
        return later(this, done, Status(Failure{problem, FailureKind::BadInput}));
    const bool newKeys = !keys.accessKeyId.isEmpty() || !keys.secretAccessKey.isEmpty();
    if (newKeys && (keys.accessKeyId.trimmed().isEmpty() || keys.secretAccessKey.isEmpty()))
        return later(this, done,
                     Status(Failure{tr("Enter both keys, or neither to keep the stored ones."),
                                    FailureKind::BadInput}));
    auto saveRow = [this, storage, done] { done(StorageStore(d->catalog).update(storage)); };
    if (!newKeys)
        return later(
            this, [saveRow](int) { saveRow(); }, 0);
    d->credentials.write(
        storage.credentialKey(), StorageConnector::encodeKeys(keys),
        [saveRow, done](const CredentialResult &result) {
            if (!result.ok())
                return done(Failure{tr("The keychain did not take the keys: %1").arg(result.message)});
            saveRow();
        });
}

void CloudService::removeStorage(RowId id, std::function<void(Status)> done)
{
    Result<StorageAccount> storage = StorageStore(d->catalog).load(id);
    if (!storage)
        return later(this, done, Status(storage.failure()));
    d->credentials.remove(storage->credentialKey(), [this, id, done](const CredentialResult &result) {
        if (!result.ok() && result.outcome != CredentialResult::Outcome::NotFound)
            return done(Failure{tr("The keychain did not remove the keys: %1").arg(result.message)});
        done(StorageStore(d->catalog).remove(id));
    });
}

Result<QList<StorageAccount>> CloudService::storages() const
{
    return StorageStore(d->catalog).list();
}

Status CloudService::setDefaultStorage(RowId id)
{
    return StorageStore(d->catalog).setDefault(id);
}

void CloudService::testStorage(const StorageAccount &storage, const StorageKeys &keys,
                               std::function<void(StorageCheck)> done)
{
    if (const QString problem = checkSettings(storage); !problem.isEmpty())
        return later(this, done, StorageCheck{false, problem});
    auto probe = [this, storage, done](std::shared_ptr<s3::Client> client) {
        const QString key = storage.keyFor(
            QStringLiteral(".storyreel-test-%1").arg(QUuid::createUuid().toString(QUuid::Id128)));
        const QByteArray body = "Storyreel Studio checked that it can write here.\n";
        auto failed = [done](const QString &step, const ProviderError &error) {
            done(StorageCheck{false, tr("%1 failed: %2").arg(step, error.message)});
        };
        client->put(key, body, "text/plain", {}, {}, [=](ProviderResult<QByteArray> put) {
            if (!put.ok())
                return failed(tr("Writing a test object"), put.error());
            client->head(key, [=](ProviderResult<std::optional<s3::ObjectInfo>> head) {
                if (!head.ok() || !head.value() || head.value()->size != body.size()) {
                    return failed(tr("Reading the test object back"),
                                  head.ok()
                                      ? ProviderError{ProviderErrorKind::BadResponse, tr("it is not there")}
                                      : head.error());
                }
                client->remove(key, [=](ProviderResult<Done> removed) {
                    if (!removed.ok())
                        return failed(tr("Deleting the test object"), removed.error());
                    done(StorageCheck{true,
                                      tr("Connected: a test object was written to bucket \"%1\", read back "
                                         "and deleted.")
                                          .arg(storage.bucket)});
                });
            });
        });
    };
    if (!keys.accessKeyId.isEmpty() || !keys.secretAccessKey.isEmpty())
        return later(this, probe,
                     d->connector->clientFor(storage, s3::Keys{keys.accessKeyId, keys.secretAccessKey}));
    if (storage.id == 0)
        return later(this, done,
                     StorageCheck{false, tr("Enter the access key ID and the secret access key.")});
    d->connector->connect(storage, [probe, done](Result<std::shared_ptr<s3::Client>> client) {
        if (!client)
            return done(StorageCheck{false, client.error()});
        probe(*client);
    });
}

}  // namespace storyreel
