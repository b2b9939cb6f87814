#pragma once

#include "credentialstore.h"

#include <QHash>
#include <QStringList>

namespace storyreel {

// Secrets in memory, for tests and demos: answers asynchronously like the keychain and can play an
// unavailable keychain. Not a fallback for the real keychain: nothing here survives the process.
class MemoryCredentialStore final : public CredentialStore
{
    Q_OBJECT

public:
    explicit MemoryCredentialStore(QObject *parent = nullptr);

    void read(const QString &key, CredentialCallback done) override;
    void write(const QString &key, const QString &secret, CredentialCallback done) override;
    void remove(const QString &key, CredentialCallback done) override;

    // While on, every call answers Unavailable and changes nothing (a keychain with no backend).
    void setUnavailable(bool unavailable);
    bool isUnavailable() const { return m_unavailable; }

    // What is stored, for assertions.
    QStringList keys() const;
    bool contains(const QString &key) const;
    int callCount() const { return m_calls; }

private:
    void answer(CredentialCallback done, CredentialResult result);
    CredentialResult unavailable() const;

    QHash<QString, QString> m_secrets;
    bool m_unavailable = false;
    int m_calls = 0;
};

}  // namespace storyreel
