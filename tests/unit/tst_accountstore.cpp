#include "accountstore.h"
#include "ledgerstore.h"
#include "lookstore.h"
#include "pendingopstore.h"
#include "testcatalog.h"

#include <QSqlQuery>
#include <QTest>

using namespace storyreel;

namespace {

ProviderAccount sampleAccount(const QString &name)
{
    ProviderAccount account;
    account.name = name;
    account.dialect = Dialect::AsyncVideos;
    account.baseUrl = QStringLiteral("https://videos.example/api");
    account.concurrency = 5;
    account.balanceUnit = QStringLiteral("DUST");
    account.monthlyBudgetMicros = 42'500'000;
    account.createdAt = QDateTime::fromMSecsSinceEpoch(1'695'000'000'321, Qt::UTC);
    return account;
}

}  // namespace

class TestAccountStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsEveryField_data()
    {
        QTest::addColumn<int>("dialect");
        for (Dialect dialect :
             {Dialect::Local, Dialect::AiStudio, Dialect::AsyncVideos, Dialect::Storyboard, Dialect::T2m})
            QTest::addRow("%s", qPrintable(toText(dialect))) << static_cast<int>(dialect);
    }

    void roundTripsEveryField()
    {
        QFETCH(int, dialect);
        test::TestCatalog fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        AccountStore store(fixture.catalog());
        ProviderAccount account = sampleAccount(QStringLiteral("main"));
        account.dialect = static_cast<Dialect>(dialect);
        const Result<RowId> id = store.create(account);
        QVERIFY2(id.ok(), qPrintable(id.error()));

        const Result<ProviderAccount> loaded = store.load(*id);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        QCOMPARE(loaded->id, *id);
        QCOMPARE(loaded->name, account.name);
        QCOMPARE(loaded->dialect, account.dialect);
        QCOMPARE(loaded->baseUrl, account.baseUrl);
        QCOMPARE(loaded->concurrency, account.concurrency);
        QCOMPARE(loaded->balanceUnit, account.balanceUnit);
        QCOMPARE(loaded->monthlyBudgetMicros, account.monthlyBudgetMicros);
        QCOMPARE(loaded->createdAt, account.createdAt);
        QCOMPARE(loaded->credentialKey(),
                 QStringLiteral("%1/account-%2").arg(fixture.catalog().instanceId()).arg(*id));
        QVERIFY(!fixture.catalog().instanceId().isEmpty());
    }

    void updateRewritesEveryField()
    {
        test::TestCatalog fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        AccountStore store(fixture.catalog());
        const Result<RowId> id = store.create(sampleAccount(QStringLiteral("before")));
        QVERIFY2(id.ok(), qPrintable(id.error()));
        ProviderAccount changed = store.load(*id).value();
        changed.name = QStringLiteral("after");
        changed.dialect = Dialect::T2m;
        changed.baseUrl = QStringLiteral("http://127.0.0.1:8080");
        changed.concurrency = 1;
        changed.balanceUnit = QStringLiteral("USD");
        changed.monthlyBudgetMicros = 0;
        const Status updated = store.update(changed);
        QVERIFY2(updated.ok(), qPrintable(updated.error()));

        const Result<ProviderAccount> loaded = store.load(*id);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        QCOMPARE(loaded->name, changed.name);
        QCOMPARE(loaded->dialect, changed.dialect);
        QCOMPARE(loaded->baseUrl, changed.baseUrl);
        QCOMPARE(loaded->concurrency, changed.concurrency);
        QCOMPARE(loaded->balanceUnit, changed.balanceUnit);
        QCOMPARE(loaded->monthlyBudgetMicros, changed.monthlyBudgetMicros);
        QCOMPARE(loaded->createdAt, changed.createdAt);
    }

    void duplicateNamesAreRefusedClearly()
    {
        test::TestCatalog fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        AccountStore store(fixture.catalog());
        const Result<RowId> first = store.create(sampleAccount(QStringLiteral("alpha")));
        const Result<RowId> second = store.create(sampleAccount(QStringLiteral("beta")));
        QVERIFY(first.ok() && second.ok());

        const Result<RowId> again = store.create(sampleAccount(QStringLiteral("alpha")));
        QVERIFY(!again.ok());
        QVERIFY2(again.error().contains(QStringLiteral("\"alpha\" already exists")),
                 qPrintable(again.error()));

        ProviderAccount renamed = store.load(*second).value();
        renamed.name = QStringLiteral("alpha");
        const Status updated = store.update(renamed);
        QVERIFY(!updated.ok());
        QVERIFY2(updated.error().contains(QStringLiteral("\"alpha\" already exists")),
                 qPrintable(updated.error()));
        QCOMPARE(store.load(*second)->name, QStringLiteral("beta"));
        QCOMPARE(store.list()->size(), 2);
    }

    void invalidConcurrencyIsRefused()
    {
        test::TestCatalog fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        AccountStore store(fixture.catalog());
        ProviderAccount account = sampleAccount(QStringLiteral("greedy"));
        account.concurrency = 0;
        const Result<RowId> id = store.create(account);
        QVERIFY(!id.ok());
        QVERIFY2(id.error().contains(QStringLiteral("create account \"greedy\"")), qPrintable(id.error()));
        QCOMPARE(test::rowCount(fixture.catalog(), QStringLiteral("provider_accounts")), 0);
    }

    void findsByName()
    {
        test::TestCatalog fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        AccountStore store(fixture.catalog());
        const Result<RowId> id = store.create(sampleAccount(QStringLiteral("Work")));
        QVERIFY2(id.ok(), qPrintable(id.error()));
        const Result<std::optional<ProviderAccount>> found = store.findByName(QStringLiteral("Work"));
        QVERIFY2(found.ok(), qPrintable(found.error()));
        QVERIFY(found->has_value());
        QCOMPARE(found->value().id, *id);
        QCOMPARE(found->value().monthlyBudgetMicros, qint64(42'500'000));
        // Names are compared without case: "work" is the same account, and "WORK" cannot be added.
        const Result<std::optional<ProviderAccount>> folded = store.findByName(QStringLiteral("work"));
        QVERIFY2(folded.ok(), qPrintable(folded.error()));
        QVERIFY(folded->has_value());
        QCOMPARE(folded->value().id, *id);
        const Result<RowId> duplicate = store.create(sampleAccount(QStringLiteral("WORK")));
        QVERIFY(!duplicate.ok());
        QVERIFY2(duplicate.error().contains(QStringLiteral("already exists")), qPrintable(duplicate.error()));
        const Result<std::optional<ProviderAccount>> missing = store.findByName(QStringLiteral("Home"));
        QVERIFY2(missing.ok(), qPrintable(missing.error()));
        QVERIFY(!missing->has_value());
    }

    void listsByName()
    {
        test::TestCatalog fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        AccountStore store(fixture.catalog());
        for (const QString &name :
             {QStringLiteral("charlie"), QStringLiteral("alpha"), QStringLiteral("bravo")})
            QVERIFY(store.create(sampleAccount(name)).ok());
        const Result<QList<ProviderAccount>> accounts = store.list();
        QVERIFY2(accounts.ok(), qPrintable(accounts.error()));
        QStringList names;
        for (const ProviderAccount &account : *accounts)
            names << account.name;
        QCOMPARE(names,
                 (QStringList{QStringLiteral("alpha"), QStringLiteral("bravo"), QStringLiteral("charlie")}));
    }

    // The ledger and the offline queue belong to the account; looks stay, as local looks.
    void removeCascadesAsTheSchemaSays()
    {
        test::TestCatalog fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        Catalog &catalog = fixture.catalog();
        AccountStore store(catalog);
        const Result<RowId> gone = store.create(sampleAccount(QStringLiteral("gone")));
        const Result<RowId> kept = store.create(sampleAccount(QStringLiteral("kept")));
        QVERIFY(gone.ok() && kept.ok());
        LedgerStore ledger(catalog);
        PendingOpStore ops(catalog);
        for (RowId accountId : {*gone, *kept}) {
            LedgerEntry credit;
            credit.accountId = accountId;
            credit.kind = LedgerKind::Credit;
            credit.amountMicros = 1'000'000;
            QVERIFY(ledger.record(credit).ok());
            PendingOp op;
            op.accountId = accountId;
            op.operation = QStringLiteral("favorite");
            QVERIFY(ops.enqueue(op).ok());
        }
        Look look;
        look.accountId = *gone;
        look.title = QStringLiteral("remote look");
        const Result<RowId> lookId = LookStore(catalog).create(look);
        QVERIFY2(lookId.ok(), qPrintable(lookId.error()));

        const Status removed = store.remove(*gone);
        QVERIFY2(removed.ok(), qPrintable(removed.error()));
        QCOMPARE(test::rowCount(catalog, QStringLiteral("ledger_entries")), 1);
        QCOMPARE(test::rowCount(catalog, QStringLiteral("pending_ops")), 1);
        QCOMPARE(ledger.listForAccount(*kept)->size(), 1);
        QCOMPARE(ops.pendingInOrder(*kept)->size(), 1);
        const Result<Look> orphan = LookStore(catalog).load(*lookId);
        QVERIFY2(orphan.ok(), qPrintable(orphan.error()));
        QCOMPARE(orphan->accountId, RowId(0));
    }

    void missingIdsFailClearly_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addRow("load") << QStringLiteral("load");
        QTest::addRow("update") << QStringLiteral("update");
        QTest::addRow("remove") << QStringLiteral("remove");
    }

    void missingIdsFailClearly()
    {
        QFETCH(QString, operation);
        test::TestCatalog fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        AccountStore store(fixture.catalog());
        const RowId missing = 31;
        QString error;
        if (operation == QStringLiteral("load")) {
            error = store.load(missing).error();
        } else if (operation == QStringLiteral("update")) {
            ProviderAccount account = sampleAccount(QStringLiteral("ghost"));
            account.id = missing;
            error = store.update(account).error();
        } else {
            error = store.remove(missing).error();
        }
        QVERIFY2(error.contains(QStringLiteral("account 31")), qPrintable(error));
        QCOMPARE(test::rowCount(fixture.catalog(), QStringLiteral("provider_accounts")), 0);
    }
};

QTEST_GUILESS_MAIN(TestAccountStore)
#include "tst_accountstore.moc"
