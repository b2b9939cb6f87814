// The real keychain: KeychainCredentialStore through QtKeychain and libsecret to a gnome-keyring
// daemon. ctest runs this through tests/support/with-keyring.sh, which starts a private D-Bus session
// and an unlocked throwaway keyring, so the user's own keyrings are never touched.
#include "keychaincredentialstore.h"

#include <QTest>
#include <QUuid>

#include <optional>

using namespace storyreel;

namespace {

CredentialResult await(const std::function<void(CredentialCallback)> &call)
{
    auto calls = std::make_shared<int>(0);
    auto answer = std::make_shared<std::optional<CredentialResult>>();
    call([calls, answer](const CredentialResult &result) {
        ++*calls;
        *answer = result;
    });
    if (!QTest::qWaitFor([&calls] { return *calls > 0; }, 20000)) {
        QTest::qFail("the keychain never answered", __FILE__, __LINE__);
        return {};
    }
    QTest::qWait(20);
    if (*calls != 1)
        QTest::qFail("the keychain answered more than once", __FILE__, __LINE__);
    return **answer;
}

QByteArray describe(const CredentialResult &result)
{
    return QByteArray::number(int(result.outcome)) + ' ' + result.message.toUtf8();
}

}  // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (qgetenv("STORYREEL_KEYRING_SESSION") != "ready")
            QSKIP("needs a private keyring session: run through tests/support/with-keyring.sh (ctest does)");
    }

    void roundTrip()
    {
        KeychainCredentialStore store;  // the product's own service name, in a throwaway keyring
        QCOMPARE(store.serviceName(), QStringLiteral("app.storyreel.Studio"));
        const QString key =
            QStringLiteral("account-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
        const QString first = QStringLiteral("token-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
        const QString second =
            QStringLiteral("token-ünïcode-€-%1").arg(QUuid::createUuid().toString(QUuid::Id128));

        CredentialResult result = await([&](CredentialCallback done) { store.read(key, done); });
        QVERIFY2(result.outcome == CredentialResult::Outcome::NotFound, describe(result));

        result = await([&](CredentialCallback done) { store.write(key, first, done); });
        QVERIFY2(result.ok(), describe(result));
        result = await([&](CredentialCallback done) { store.read(key, done); });
        QVERIFY2(result.ok(), describe(result));
        QCOMPARE(result.secret, first);

        // A second store (as after a restart) sees the same entry.
        KeychainCredentialStore again;
        QCOMPARE(await([&](CredentialCallback done) { again.read(key, done); }).secret, first);

        result = await([&](CredentialCallback done) { store.write(key, second, done); });
        QVERIFY2(result.ok(), describe(result));
        QCOMPARE(await([&](CredentialCallback done) { store.read(key, done); }).secret, second);

        // Another service name is another namespace.
        KeychainCredentialStore other(QStringLiteral("app.storyreel.Studio.other"), nullptr);
        QCOMPARE(await([&](CredentialCallback done) { other.read(key, done); }).outcome,
                 CredentialResult::Outcome::NotFound);

        result = await([&](CredentialCallback done) { store.remove(key, done); });
        QVERIFY2(result.ok(), describe(result));
        result = await([&](CredentialCallback done) { store.read(key, done); });
        QVERIFY2(result.outcome == CredentialResult::Outcome::NotFound, describe(result));
        QVERIFY(result.secret.isEmpty());
        QVERIFY(!result.message.contains(second));

        // Removing again is not an error.
        result = await([&](CredentialCallback done) { store.remove(key, done); });
        QVERIFY2(result.ok(), describe(result));
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
