#include "memorycredentialstore.h"

namespace storyreel {

MemoryCredentialStore::MemoryCredentialStore(QObject *parent) : CredentialStore(parent) {}

void MemoryCredentialStore::answer(CredentialCallback done, CredentialResult result)
{
    ++m_calls;
    // Later, from the event loop, like the keychain: callers must not rely on an answer in the call.
    QMetaObject::invokeMethod(
        this,
        [done = std::move(done), result = std::move(result)] {
            if (done)
                done(result);
        },
        Qt::QueuedConnection);
}

CredentialResult MemoryCredentialStore::unavailable() const
{
    CredentialResult result;
    result.outcome = CredentialResult::Outcome::Unavailable;
    result.message = tr("The keychain is unavailable: no keychain backend (simulated)");
    return result;
}

void MemoryCredentialStore::read(const QString &key, CredentialCallback done)
{
    if (m_unavailable)
        return answer(std::move(done), unavailable());
    CredentialResult result;
    const auto found = m_secrets.constFind(key);
    if (found == m_secrets.constEnd()) {
        result.outcome = CredentialResult::Outcome::NotFound;
        result.message = tr("No secret is stored for %1").arg(key);
    } else {
        result.secret = *found;
    }
    answer(std::move(done), std::move(result));
}

void MemoryCredentialStore::write(const QString &key, const QString &secret, CredentialCallback done)
{
    if (m_unavailable)
        return answer(std::move(done), unavailable());
    m_secrets.insert(key, secret);
    answer(std::move(done), CredentialResult{});
}

void MemoryCredentialStore::remove(const QString &key, CredentialCallback done)
{
    if (m_unavailable)
        return answer(std::move(done), unavailable());
    m_secrets.remove(key);
    answer(std::move(done), CredentialResult{});
}

void MemoryCredentialStore::setUnavailable(bool unavailable)
{
    m_unavailable = unavailable;
}

QStringList MemoryCredentialStore::keys() const
{
    QStringList keys = m_secrets.keys();
    keys.sort();
    return keys;
}

bool MemoryCredentialStore::contains(const QString &key) const
{
    return m_secrets.contains(key);
}

}  // namespace storyreel
