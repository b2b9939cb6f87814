#include "keychaincredentialstore.h"

#include <QDBusConnection>
#include <QLoggingCategory>

#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcCredentials, "storyreel.credentials", QtInfoMsg)

namespace storyreel {
namespace {

// Whether an OtherError means "no keychain to talk to" rather than "this call failed": QtKeychain
// 0.13 reports every libsecret / D-Bus failure as OtherError (DESIGN.md pitfalls) -- no session bus,
// no Secret Service on it, or no default collection because creating one needs a prompt nobody can see.
bool backendUnreachable(const QString &reason)
{
    static const QLatin1String markers[] = {QLatin1String("org.freedesktop.secrets"),
                                            QLatin1String("org/freedesktop/secrets"),
                                            QLatin1String("d-bus"),
                                            QLatin1String("dbus"),
                                            QLatin1String("not provided by any"),
                                            QLatin1String("could not connect"),
                                            QLatin1String("locked"),
                                            QLatin1String("prompt"),
                                            QLatin1String("dismissed"),
                                            QLatin1String("cancel")};
    for (const QLatin1String &marker : markers) {
        if (reason.contains(marker, Qt::CaseInsensitive))
            return true;
    }
    return !QDBusConnection::sessionBus().isConnected();
}

const char *operationName(int operation)
{
    static const char *const names[] = {"read", "write", "remove"};
    return names[operation];
}

}  // namespace

const QString KeychainCredentialStore::ServiceName = QStringLiteral("app.storyreel.Studio");

KeychainCredentialStore::KeychainCredentialStore(QObject *parent)
    : KeychainCredentialStore(ServiceName, parent)
{}

KeychainCredentialStore::KeychainCredentialStore(const QString &serviceName, QObject *parent)
    : CredentialStore(parent), m_serviceName(serviceName)
{}

void KeychainCredentialStore::read(const QString &key, CredentialCallback done)
{
    run(new QKeychain::ReadPasswordJob(m_serviceName), Operation::Read, key, std::move(done));
}

void KeychainCredentialStore::write(const QString &key, const QString &secret, CredentialCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_serviceName);
    job->setTextData(secret);
    run(job, Operation::Write, key, std::move(done));
}

void KeychainCredentialStore::remove(const QString &key, CredentialCallback done)
{
    run(new QKeychain::DeletePasswordJob(m_serviceName), Operation::Remove, key, std::move(done));
}

void KeychainCredentialStore::run(QKeychain::Job *job, Operation operation, const QString &key,
                                  CredentialCallback done)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);  // never a plaintext file beside the keychain
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this,
            [this, operation, key, done = std::move(done)](QKeychain::Job *finished) {
                const CredentialResult result = interpret(finished, operation, key);
                if (done)
                    done(result);
            });
    job->start();
}

CredentialResult KeychainCredentialStore::interpret(QKeychain::Job *job, Operation operation,
                                                    const QString &key) const
{
    CredentialResult result;
    const QKeychain::Error error = job->error();
    const QString reason = job->errorString();
    switch (error) {
        case QKeychain::NoError:
            if (operation == Operation::Read)
                result.secret = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
            return result;
        case QKeychain::EntryNotFound:
            if (operation != Operation::Remove) {  // removing what is not there is done
                result.outcome = CredentialResult::Outcome::NotFound;
                result.message = tr("No secret is stored in the keychain for %1").arg(key);
            }
            return result;
        case QKeychain::NoBackendAvailable:
        case QKeychain::NotImplemented:
        case QKeychain::AccessDenied:
        case QKeychain::AccessDeniedByUser:
            result.outcome = CredentialResult::Outcome::Unavailable;
            break;
        case QKeychain::OtherError:
            result.outcome = backendUnreachable(reason) ? CredentialResult::Outcome::Unavailable
                                                        : CredentialResult::Outcome::Failed;
            break;
        case QKeychain::CouldNotDeleteEntry:
            result.outcome = CredentialResult::Outcome::Failed;
            break;
    }
    const QString shown = reason.isEmpty() ? tr("error %1").arg(int(error)) : reason;
    result.message = result.outcome == CredentialResult::Outcome::Unavailable
                         ? tr("The keychain is unavailable: %1").arg(shown)
                         : tr("The keychain failed: %1").arg(shown);
    qCWarning(lcCredentials, "keychain %s of %s failed (QtKeychain error %d): %s",
              operationName(int(operation)), qUtf8Printable(key), int(error), qUtf8Printable(shown));
    return result;
}

}  // namespace storyreel
