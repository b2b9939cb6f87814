#include "accountstore.h"
#include "pendingopstore.h"
#include "testcatalog.h"

#include <QJsonArray>
#include <QTest>

using namespace storyreel;

namespace {

PendingOp op(RowId accountId, const QString &operation, int sequence)
{
    PendingOp result;
    result.accountId = accountId;
    result.operation = operation;
    result.payload = QJsonObject{{QStringLiteral("sequence"), sequence},
                                 {QStringLiteral("lookId"), QStringLiteral("remote-%1").arg(sequence)}};
    // Later operations carry earlier clocks: the order must come from the queue, not the timestamps.
    result.createdAt = QDateTime::fromMSecsSinceEpoch(1'000'000 - sequence * 1'000, Qt::UTC);
    return result;
}

QList<int> sequences(const QList<PendingOp> &ops)
{
    QList<int> result;
    for (const PendingOp &p : ops)
        result << p.payload.value(QStringLiteral("sequence")).toInt();
    return result;
}

struct Fixture
{
    test::TestCatalog catalog;
    RowId first = 0;
    RowId second = 0;
};

bool setUp(Fixture &fixture)
{
    if (!fixture.catalog.ok())
        return false;
    AccountStore accounts(fixture.catalog.catalog());
    ProviderAccount account;
    account.name = QStringLiteral("first");
    const Result<RowId> first = accounts.create(account);
    account.name = QStringLiteral("second");
    const Result<RowId> second = accounts.create(account);
    if (!first || !second)
        return false;
    fixture.first = *first;
    fixture.second = *second;
    return true;
}

}  // namespace

class TestPendingOpStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsEveryField()
    {
        Fixture fixture;
        QVERIFY(setUp(fixture));
        PendingOpStore store(fixture.catalog.catalog());
        PendingOp written = op(fixture.first, QStringLiteral("set-default"), 7);
        written.payload.insert(QStringLiteral("tags"), QJsonArray{1, QStringLiteral("two"), true});
        // A caller's state, attempts and error do not survive enqueueing.
        written.state = PendingOpState::Conflict;
        written.attempts = 9;
        written.lastError = QStringLiteral("stale");
        const Result<RowId> id = store.enqueue(written);
        QVERIFY2(id.ok(), qPrintable(id.error()));

        const Result<QList<PendingOp>> ops = store.list();
        QVERIFY2(ops.ok(), qPrintable(ops.error()));
        QCOMPARE(ops->size(), 1);
        const PendingOp &got = ops->at(0);
        QCOMPARE(got.id, *id);
        QCOMPARE(got.accountId, written.accountId);
        QCOMPARE(got.operation, written.operation);
        QCOMPARE(got.payload, written.payload);
        QCOMPARE(got.state, PendingOpState::Pending);
        QCOMPARE(got.attempts, 0);
        QVERIFY(got.lastError.isEmpty());
        QCOMPARE(got.createdAt, written.createdAt);
    }

    void pendingOpsComeBackInInsertionOrder_data()
    {
        QTest::addColumn<int>("account");  // 0 = all, 1 = first, 2 = second
        QTest::addColumn<QList<int>>("expected");
        QTest::addRow("all accounts") << 0 << QList<int>{1, 2, 3, 4, 5, 6};
        QTest::addRow("first account") << 1 << QList<int>{1, 3, 4, 6};
        QTest::addRow("second account") << 2 << QList<int>{2, 5};
    }

    void pendingOpsComeBackInInsertionOrder()
    {
        QFETCH(int, account);
        QFETCH(QList<int>, expected);
        Fixture fixture;
        QVERIFY(setUp(fixture));
        PendingOpStore store(fixture.catalog.catalog());
        const QList<RowId> owners{fixture.first, fixture.second, fixture.first,
                                  fixture.first, fixture.second, fixture.first};
        for (int i = 0; i < owners.size(); ++i)
            QVERIFY(store.enqueue(op(owners.at(i), QStringLiteral("favorite"), i + 1)).ok());
        const RowId accountId = account == 0 ? 0 : account == 1 ? fixture.first : fixture.second;
        const Result<QList<PendingOp>> pending = store.pendingInOrder(accountId);
        QVERIFY2(pending.ok(), qPrintable(pending.error()));
        QCOMPARE(sequences(*pending), expected);
        for (int i = 1; i < pending->size(); ++i)
            QVERIFY(pending->at(i - 1).id < pending->at(i).id);
    }

    void markedOpsLeaveThePendingQueue()
    {
        Fixture fixture;
        QVERIFY(setUp(fixture));
        PendingOpStore store(fixture.catalog.catalog());
        QList<RowId> ids;
        for (int i = 1; i <= 4; ++i) {
            const Result<RowId> id = store.enqueue(op(fixture.first, QStringLiteral("unlink"), i));
            QVERIFY(id.ok());
            ids << *id;
        }
        QVERIFY(store.markDone(ids.at(0)).ok());
        QVERIFY(store.markConflict(ids.at(1), QStringLiteral("look was deleted remotely")).ok());
        QVERIFY(store.markFailed(ids.at(2), QStringLiteral("HTTP 500")).ok());
        QVERIFY(store.markFailed(ids.at(2), QStringLiteral("HTTP 503")).ok());

        QCOMPARE(sequences(store.pendingInOrder().value()), QList<int>{4});
        const Result<QList<PendingOp>> all = store.list();
        QVERIFY2(all.ok(), qPrintable(all.error()));
        QCOMPARE(all->size(), 4);
        QCOMPARE(all->at(0).state, PendingOpState::Done);
        QCOMPARE(all->at(0).attempts, 0);
        QCOMPARE(all->at(1).state, PendingOpState::Conflict);
        QCOMPARE(all->at(1).lastError, QStringLiteral("look was deleted remotely"));
        QCOMPARE(all->at(1).attempts, 0);
        QCOMPARE(all->at(2).state, PendingOpState::Failed);
        QCOMPARE(all->at(2).lastError, QStringLiteral("HTTP 503"));
        QCOMPARE(all->at(2).attempts, 2);
        QCOMPARE(all->at(3).state, PendingOpState::Pending);
    }

    void localOpsHaveNoAccount()
    {
        test::TestCatalog fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        PendingOpStore store(fixture.catalog());
        const Result<RowId> id = store.enqueue(op(0, QStringLiteral("favorite"), 1));
        QVERIFY2(id.ok(), qPrintable(id.error()));
        QCOMPARE(store.pendingInOrder(0)->size(), 1);
        QCOMPARE(store.pendingInOrder(0)->at(0).accountId, RowId(0));
    }

    void missingIdsFailClearly_data()
    {
        QTest::addColumn<QString>("operation");
        for (const char *operation : {"done", "conflict", "failed"})
            QTest::addRow("%s", operation) << QString::fromLatin1(operation);
    }

    void missingIdsFailClearly()
    {
        QFETCH(QString, operation);
        Fixture fixture;
        QVERIFY(setUp(fixture));
        PendingOpStore store(fixture.catalog.catalog());
        QVERIFY(store.enqueue(op(fixture.first, QStringLiteral("favorite"), 1)).ok());
        const RowId missing = 66;
        QString error;
        if (operation == QStringLiteral("done"))
            error = store.markDone(missing).error();
        else if (operation == QStringLiteral("conflict"))
            error = store.markConflict(missing, QStringLiteral("x")).error();
        else
            error = store.markFailed(missing, QStringLiteral("x")).error();
        QVERIFY2(error.contains(QStringLiteral("operation 66")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("no such row")), qPrintable(error));
        QCOMPARE(store.pendingInOrder()->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPendingOpStore)
#include "tst_pendingopstore.moc"
