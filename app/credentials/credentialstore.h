#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace storyreel {

// What a keychain call came to. Unavailable (no keychain backend, no session bus, locked and
// refused) is not NotFound: the UI says "keychain unavailable" instead of pretending the user is
// logged out, and nothing falls back to plaintext.
struct CredentialResult
{
    enum class Outcome { Ok, NotFound, Unavailable, Failed };

    Outcome outcome = Outcome::Ok;
    QString secret;   // Ok on read only
    QString message;  // for the user when not Ok; never contains the secret

    bool ok() const { return outcome == Outcome::Ok; }
};

using CredentialCallback = std::function<void(const CredentialResult &)>;

// Secrets (provider tokens, storage keys) by key, e.g. ProviderAccount::credentialKey(). Asynchronous:
// callbacks run later in the store's thread, exactly once. DESIGN.md "Credentials".
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~CredentialStore() override = default;

    virtual void read(const QString &key, CredentialCallback done) = 0;
    virtual void write(const QString &key, const QString &secret, CredentialCallback done) = 0;
    // Removing a key that is not there is Ok.
    virtual void remove(const QString &key, CredentialCallback done) = 0;
};

}  // namespace storyreel
