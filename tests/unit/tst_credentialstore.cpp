// CredentialStore implementations without a real keychain: the in-memory store the tests use, and the
// QtKeychain store with no session bus, which must say "keychain unavailable" (not "not found") and
// must not fall back to a plaintext file. The real round-trip is tests/integration/tst_keychain.cpp.
#include "keychaincredentialstore.h"
#include "memorycredentialstore.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace storyreel;

namespace {

const QString Secret = QStringLiteral("secret-canary-31f0");

struct Answer
{
    int calls = 0;
    std::optional<CredentialResult> result;
};

// Runs one call and waits for its single answer; fails the test if it came inside the call.
CredentialResult await(const std::function<void(CredentialCallback)> &call, int timeoutMs = 15000)
{
    auto answer = std::make_shared<Answer>();
    call([answer](const CredentialResult &result) {
        ++answer->calls;
        answer->result = result;
    });
    if (answer->calls != 0) {
        QTest::qFail("the store answered inside the call", __FILE__, __LINE__);
        return {};
    }
    if (!QTest::qWaitFor([&answer] { return answer->calls > 0; }, timeoutMs)) {
        QTest::qFail("the store never answered", __FILE__, __LINE__);
        return {};
    }
    QTest::qWait(20);
    if (answer->calls != 1)
        QTest::qFail("the store answered more than once", __FILE__, __LINE__);
    return *answer->result;
}

}  // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;

private Q_SLOTS:
    void initTestCase()
    {
        // No session bus for this process (set before anything opens one), no X11 to autolaunch one,
        // and a private config folder in which a plaintext fallback would show up.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/storyreel-test/bus");
        qunsetenv("DISPLAY");
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        qputenv("XDG_DATA_HOME", m_config.filePath(QStringLiteral("data")).toUtf8());
    }

    void memoryStoreRoundTrip()
    {
        MemoryCredentialStore store;
        const QString key = QStringLiteral("account-1");
        CredentialResult result = await([&](CredentialCallback done) { store.read(key, done); });
        QCOMPARE(result.outcome, CredentialResult::Outcome::NotFound);
        QVERIFY(!result.message.isEmpty());

        QVERIFY(await([&](CredentialCallback done) { store.write(key, Secret, done); }).ok());
        result = await([&](CredentialCallback done) { store.read(key, done); });
        QVERIFY(result.ok());
        QCOMPARE(result.secret, Secret);

        QVERIFY(
            await([&](CredentialCallback done) { store.write(key, QStringLiteral("second"), done); }).ok());
        QCOMPARE(await([&](CredentialCallback done) { store.read(key, done); }).secret,
                 QStringLiteral("second"));
        QCOMPARE(store.keys(), QStringList{key});

        QVERIFY(await([&](CredentialCallback done) { store.remove(key, done); }).ok());
        QCOMPARE(await([&](CredentialCallback done) { store.read(key, done); }).outcome,
                 CredentialResult::Outcome::NotFound);
        // Removing what is not there is fine.
        QVERIFY(await([&](CredentialCallback done) { store.remove(key, done); }).ok());
        QVERIFY(!store.contains(key));
    }

    void memoryStoreKeepsKeysApart()
    {
        MemoryCredentialStore store;
        QVERIFY(await([&](CredentialCallback done) {
                    store.write(QStringLiteral("a"), QStringLiteral("1"), done);
                }).ok());
        QVERIFY(await([&](CredentialCallback done) {
                    store.write(QStringLiteral("b"), QStringLiteral("2"), done);
                }).ok());
        QCOMPARE(await([&](CredentialCallback done) { store.read(QStringLiteral("a"), done); }).secret,
                 QStringLiteral("1"));
        QCOMPARE(await([&](CredentialCallback done) { store.read(QStringLiteral("b"), done); }).secret,
                 QStringLiteral("2"));
    }

    void memoryStoreCanBeUnavailable()
    {
        MemoryCredentialStore store;
        const QString key = QStringLiteral("account-2");
        QVERIFY(await([&](CredentialCallback done) { store.write(key, Secret, done); }).ok());
        store.setUnavailable(true);
        for (const auto &call : {std::function<void(CredentialCallback)>(
                                     [&](CredentialCallback done) { store.read(key, done); }),
                                 std::function<void(CredentialCallback)>([&](CredentialCallback done) {
                                     store.write(key, QStringLiteral("x"), done);
                                 }),
                                 std::function<void(CredentialCallback)>(
                                     [&](CredentialCallback done) { store.remove(key, done); })}) {
            const CredentialResult result = await(call);
            QCOMPARE(result.outcome, CredentialResult::Outcome::Unavailable);
            QVERIFY2(result.message.startsWith(QStringLiteral("The keychain is unavailable: ")),
                     qPrintable(result.message));
            QVERIFY(result.secret.isEmpty());
        }
        // Nothing changed while it was away.
        store.setUnavailable(false);
        QCOMPARE(await([&](CredentialCallback done) { store.read(key, done); }).secret, Secret);
    }

    void memoryStoreDropsAnswersWhenDestroyed()
    {
        int calls = 0;
        {
            MemoryCredentialStore store;
            store.read(QStringLiteral("k"), [&calls](const CredentialResult &) { ++calls; });
        }
        QTest::qWait(20);
        QCOMPARE(calls, 0);
    }

    void keychainWithoutSessionBusIsUnavailable()
    {
        KeychainCredentialStore store(QStringLiteral("app.storyreel.Studio.unit-test"), nullptr);
        QCOMPARE(KeychainCredentialStore().serviceName(), QStringLiteral("app.storyreel.Studio"));
        const QString key = QStringLiteral("account-3");

        const CredentialResult written =
            await([&](CredentialCallback done) { store.write(key, Secret, done); });
        QCOMPARE(written.outcome, CredentialResult::Outcome::Unavailable);
        QVERIFY2(written.message.startsWith(QStringLiteral("The keychain is unavailable: ")),
                 qPrintable(written.message));
        QVERIFY(written.message.size() > QStringLiteral("The keychain is unavailable: ").size());
        QVERIFY(!written.message.contains(Secret));

        // Unavailable, never NotFound: the UI must not pretend the user is signed out.
        const CredentialResult read = await([&](CredentialCallback done) { store.read(key, done); });
        QCOMPARE(read.outcome, CredentialResult::Outcome::Unavailable);
        QVERIFY(read.secret.isEmpty());
        QCOMPARE(await([&](CredentialCallback done) { store.remove(key, done); }).outcome,
                 CredentialResult::Outcome::Unavailable);

        // And no plaintext fallback anywhere in the config or data folders.
        QDirIterator files(m_config.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(Secret.toUtf8()), qPrintable(file.fileName()));
        }
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
