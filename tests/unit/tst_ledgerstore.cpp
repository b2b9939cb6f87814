#include "accountstore.h"
#include "jobstore.h"
#include "ledgerstore.h"
#include "testcatalog.h"

#include <QSqlQuery>
#include <QTest>

using namespace storyreel;

namespace {

QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODateWithMs).toUTC();
}

LedgerEntry entry(RowId accountId, LedgerKind kind, qint64 amountMicros, RowId jobId = 0,
                  const QDateTime &at = QDateTime())
{
    LedgerEntry result;
    result.accountId = accountId;
    result.jobId = jobId;
    result.kind = kind;
    result.amountMicros = amountMicros;
    result.unit = QStringLiteral("tokens");
    result.note = QStringLiteral("%1 of %2").arg(toText(kind)).arg(amountMicros);
    result.at = at;
    return result;
}

struct Fixture
{
    test::TestCatalog catalog;
    RowId accountId = 0;
    RowId otherAccountId = 0;
    QList<RowId> jobIds;  // three jobs
};

bool setUp(Fixture &fixture)
{
    if (!fixture.catalog.ok())
        return false;
    AccountStore accounts(fixture.catalog.catalog());
    ProviderAccount account;
    account.name = QStringLiteral("paying");
    const Result<RowId> id = accounts.create(account);
    account.name = QStringLiteral("other");
    const Result<RowId> other = accounts.create(account);
    if (!id || !other)
        return false;
    fixture.accountId = *id;
    fixture.otherAccountId = *other;
    JobStore jobs(fixture.catalog.catalog());
    for (int i = 0; i < 3; ++i) {
        Job job;
        job.accountId = fixture.accountId;
        const Result<RowId> jobId = jobs.create(job);
        if (!jobId)
            return false;
        fixture.jobIds << *jobId;
    }
    return true;
}

int ledgerRows(Catalog &catalog)
{
    QSqlQuery query(catalog.db());
    return query.exec(QStringLiteral("SELECT COUNT(*) FROM ledger_entries")) && query.next()
               ? query.value(0).toInt()
               : -1;
}

}  // namespace

class TestLedgerStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsEveryField()
    {
        Fixture fixture;
        QVERIFY(setUp(fixture));
        LedgerStore store(fixture.catalog.catalog());
        const LedgerEntry written =
            entry(fixture.accountId, LedgerKind::Charge, 2'500'000, fixture.jobIds.at(0),
                  utc(QStringLiteral("2024-03-05T10:20:30.456Z")));
        const Result<RowId> id = store.record(written);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        const Result<QList<LedgerEntry>> entries = store.listForAccount(fixture.accountId);
        QVERIFY2(entries.ok(), qPrintable(entries.error()));
        QCOMPARE(entries->size(), 1);
        const LedgerEntry &got = entries->at(0);
        QCOMPARE(got.id, *id);
        QCOMPARE(got.accountId, written.accountId);
        QCOMPARE(got.jobId, written.jobId);
        QCOMPARE(got.kind, written.kind);
        QCOMPARE(got.amountMicros, written.amountMicros);
        QCOMPARE(got.unit, written.unit);
        QCOMPARE(got.note, written.note);
        QCOMPARE(got.at, written.at);
        QVERIFY(store.listForAccount(fixture.otherAccountId)->isEmpty());
    }

    void balanceAddsCreditsAndRefundsAndSubtractsCharges_data()
    {
        // Each entry: kind, amount, index of the job (-1 = none).
        QTest::addColumn<QStringList>("entries");
        QTest::addColumn<qint64>("expected");
        QTest::addRow("empty") << QStringList{} << qint64(0);
        QTest::addRow("credit only") << QStringList{QStringLiteral("credit 10000000 -1")}
                                     << qint64(10'000'000);
        QTest::addRow("charge without credit goes negative")
            << QStringList{QStringLiteral("charge 750000 0")} << qint64(-750'000);
        QTest::addRow("charged and refunded")
            << QStringList{QStringLiteral("credit 5000000 -1"), QStringLiteral("charge 1200000 0"),
                           QStringLiteral("refund 1200000 0")}
            << qint64(5'000'000);
        QTest::addRow("mixed") << QStringList{QStringLiteral("credit 5000000 -1"),
                                              QStringLiteral("charge 1000000 0"),
                                              QStringLiteral("charge 2000000 1"),
                                              QStringLiteral("refund 2000000 1"),
                                              QStringLiteral("charge 300000 2"),
                                              QStringLiteral("credit 1 -1")}
                               << qint64(5'000'000 - 1'000'000 - 300'000 + 1);
    }

    void balanceAddsCreditsAndRefundsAndSubtractsCharges()
    {
        QFETCH(QStringList, entries);
        QFETCH(qint64, expected);
        Fixture fixture;
        QVERIFY(setUp(fixture));
        LedgerStore store(fixture.catalog.catalog());
        for (const QString &line : entries) {
            const QStringList parts = line.split(QLatin1Char(' '));
            const std::optional<LedgerKind> kind = fromText<LedgerKind>(parts.at(0));
            QVERIFY(kind.has_value());
            const int job = parts.at(2).toInt();
            const Result<RowId> id = store.record(entry(fixture.accountId, *kind, parts.at(1).toLongLong(),
                                                        job < 0 ? 0 : fixture.jobIds.at(job)));
            QVERIFY2(id.ok(), qPrintable(id.error()));
        }
        // Another account's money never shows up here.
        QVERIFY(store.record(entry(fixture.otherAccountId, LedgerKind::Credit, 99'000'000)).ok());
        const Result<qint64> balance = store.balanceMicros(fixture.accountId);
        QVERIFY2(balance.ok(), qPrintable(balance.error()));
        QCOMPARE(*balance, expected);
        QCOMPARE(store.balanceMicros(fixture.otherAccountId).value(), qint64(99'000'000));
    }

    void aJobIsChargedOnceAndRefundedOnce_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("expected");
        QTest::addRow("charge") << int(LedgerKind::Charge) << QStringLiteral("already been charged");
        QTest::addRow("refund") << int(LedgerKind::Refund) << QStringLiteral("already been refunded");
    }

    void aJobIsChargedOnceAndRefundedOnce()
    {
        QFETCH(int, kind);
        QFETCH(QString, expected);
        Fixture fixture;
        QVERIFY(setUp(fixture));
        LedgerStore store(fixture.catalog.catalog());
        const RowId job = fixture.jobIds.at(1);
        QVERIFY(store.record(entry(fixture.accountId, LedgerKind::Charge, 400'000, job)).ok());
        if (static_cast<LedgerKind>(kind) == LedgerKind::Refund)
            QVERIFY(store.record(entry(fixture.accountId, LedgerKind::Refund, 400'000, job)).ok());
        const qint64 before = store.balanceMicros(fixture.accountId).value();
        const int rowsBefore = ledgerRows(fixture.catalog.catalog());

        const Result<RowId> again =
            store.record(entry(fixture.accountId, static_cast<LedgerKind>(kind), 400'000, job));
        QVERIFY(!again.ok());
        QVERIFY2(again.error().contains(expected), qPrintable(again.error()));
        QVERIFY2(again.error().contains(QStringLiteral("job %1").arg(job)), qPrintable(again.error()));
        QCOMPARE(store.balanceMicros(fixture.accountId).value(), before);
        QCOMPARE(ledgerRows(fixture.catalog.catalog()), rowsBefore);

        // Other jobs, and credits, are not limited.
        QVERIFY(store.record(entry(fixture.accountId, static_cast<LedgerKind>(kind), 1, fixture.jobIds.at(2)))
                    .ok());
        QVERIFY(store.record(entry(fixture.accountId, LedgerKind::Credit, 1, job)).ok());
        QVERIFY(store.record(entry(fixture.accountId, LedgerKind::Credit, 1, job)).ok());
    }

    void spendingCountsOneCalendarMonth_data()
    {
        QTest::addColumn<QDate>("month");
        QTest::addColumn<qint64>("expected");
        QTest::addRow("january") << QDate(2024, 1, 17) << qint64(1'000'000 + 2'000'000 - 2'000'000);
        QTest::addRow("february, first day") << QDate(2024, 2, 1) << qint64(4'000'000 - 500'000);
        QTest::addRow("february, leap day") << QDate(2024, 2, 29) << qint64(4'000'000 - 500'000);
        QTest::addRow("march") << QDate(2024, 3, 1) << qint64(-300'000);
        QTest::addRow("april, nothing") << QDate(2024, 4, 10) << qint64(0);
    }

    void spendingCountsOneCalendarMonth()
    {
        QFETCH(QDate, month);
        QFETCH(qint64, expected);
        Fixture fixture;
        QVERIFY(setUp(fixture));
        LedgerStore store(fixture.catalog.catalog());
        const RowId a = fixture.accountId;
        const QList<LedgerEntry> entries{
            entry(a, LedgerKind::Charge, 1'000'000, fixture.jobIds.at(0),
                  utc(QStringLiteral("2024-01-01T00:00:00.000Z"))),
            entry(a, LedgerKind::Charge, 2'000'000, fixture.jobIds.at(1),
                  utc(QStringLiteral("2024-01-15T12:00:00.000Z"))),
            entry(a, LedgerKind::Refund, 2'000'000, fixture.jobIds.at(1),
                  utc(QStringLiteral("2024-01-31T23:59:59.999Z"))),
            entry(a, LedgerKind::Credit, 50'000'000, 0, utc(QStringLiteral("2024-01-20T00:00:00.000Z"))),
            entry(a, LedgerKind::Charge, 4'000'000, fixture.jobIds.at(2),
                  utc(QStringLiteral("2024-02-01T00:00:00.000Z"))),
            entry(a, LedgerKind::Refund, 500'000, fixture.jobIds.at(0),
                  utc(QStringLiteral("2024-02-29T23:59:59.999Z"))),
            // A refund landing in the month after its charge lowers that month's spending.
            entry(a, LedgerKind::Refund, 300'000, fixture.jobIds.at(2),
                  utc(QStringLiteral("2024-03-01T00:00:00.000Z"))),
            entry(fixture.otherAccountId, LedgerKind::Charge, 7'000'000, 0,
                  utc(QStringLiteral("2024-02-10T00:00:00.000Z"))),
        };
        for (const LedgerEntry &e : entries) {
            const Result<RowId> id = store.record(e);
            QVERIFY2(id.ok(), qPrintable(id.error()));
        }
        const Result<qint64> spent = store.spentThisMonthMicros(a, month);
        QVERIFY2(spent.ok(), qPrintable(spent.error()));
        QCOMPARE(*spent, expected);
    }

    void listsOldestFirst()
    {
        Fixture fixture;
        QVERIFY(setUp(fixture));
        LedgerStore store(fixture.catalog.catalog());
        const RowId a = fixture.accountId;
        QVERIFY(
            store.record(entry(a, LedgerKind::Credit, 3, 0, utc(QStringLiteral("2024-05-03T00:00:00.000Z"))))
                .ok());
        QVERIFY(
            store.record(entry(a, LedgerKind::Credit, 1, 0, utc(QStringLiteral("2024-05-01T00:00:00.000Z"))))
                .ok());
        QVERIFY(
            store.record(entry(a, LedgerKind::Credit, 2, 0, utc(QStringLiteral("2024-05-02T00:00:00.000Z"))))
                .ok());
        const Result<QList<LedgerEntry>> entries = store.listForAccount(a);
        QVERIFY2(entries.ok(), qPrintable(entries.error()));
        QList<qint64> amounts;
        for (const LedgerEntry &e : *entries)
            amounts << e.amountMicros;
        QCOMPARE(amounts, (QList<qint64>{1, 2, 3}));
    }

    void refusalsAreClear_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("expected");
        QTest::addRow("record for missing account")
            << QStringLiteral("record") << QStringLiteral("account 808 does not exist");
        QTest::addRow("negative amount") << QStringLiteral("negative") << QStringLiteral("record a charge");
        QTest::addRow("list missing account")
            << QStringLiteral("list") << QStringLiteral("account 808 does not exist");
        QTest::addRow("balance of missing account")
            << QStringLiteral("balance") << QStringLiteral("account 808 does not exist");
        QTest::addRow("spending of missing account")
            << QStringLiteral("spent") << QStringLiteral("account 808 does not exist");
        QTest::addRow("spending without a month")
            << QStringLiteral("no-month") << QStringLiteral("no month given");
    }

    void refusalsAreClear()
    {
        QFETCH(QString, operation);
        QFETCH(QString, expected);
        Fixture fixture;
        QVERIFY(setUp(fixture));
        LedgerStore store(fixture.catalog.catalog());
        const RowId missing = 808;
        QString error;
        if (operation == QStringLiteral("record"))
            error = store.record(entry(missing, LedgerKind::Credit, 1)).error();
        else if (operation == QStringLiteral("negative"))
            error = store.record(entry(fixture.accountId, LedgerKind::Charge, -1)).error();
        else if (operation == QStringLiteral("list"))
            error = store.listForAccount(missing).error();
        else if (operation == QStringLiteral("balance"))
            error = store.balanceMicros(missing).error();
        else if (operation == QStringLiteral("spent"))
            error = store.spentThisMonthMicros(missing, QDate(2024, 1, 1)).error();
        else
            error = store.spentThisMonthMicros(fixture.accountId, QDate()).error();
        QVERIFY2(error.contains(expected), qPrintable(error));
        QCOMPARE(ledgerRows(fixture.catalog.catalog()), 0);
    }
};

QTEST_GUILESS_MAIN(TestLedgerStore)
#include "tst_ledgerstore.moc"
