#pragma once

#include "credentialstore.h"

namespace QKeychain {
class Job;
}

namespace storyreel {

// The OS keychain through QtKeychain (Secret Service / libsecret on Linux), service
// "app.storyreel.Studio". No insecure fallback: without a backend every call answers Unavailable with
// "The keychain is unavailable: <reason>", never NotFound and never a plaintext file.
class KeychainCredentialStore final : public CredentialStore
{
    Q_OBJECT

public:
    static const QString ServiceName;

    explicit KeychainCredentialStore(QObject *parent = nullptr);
    // Another service name keeps tests away from the user's entries.
    KeychainCredentialStore(const QString &serviceName, QObject *parent);

    void read(const QString &key, CredentialCallback done) override;
    void write(const QString &key, const QString &secret, CredentialCallback done) override;
    void remove(const QString &key, CredentialCallback done) override;

    QString serviceName() const { return m_serviceName; }

private:
    enum class Operation { Read, Write, Remove };
    void run(QKeychain::Job *job, Operation operation, const QString &key, CredentialCallback done);
    CredentialResult interpret(QKeychain::Job *job, Operation operation, const QString &key) const;

    QString m_serviceName;
};

}  // namespace storyreel
