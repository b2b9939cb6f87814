#include "accountstore.h"
#include "storyboardstore.h"
#include "testcatalog.h"

#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace storyreel;

namespace {

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

Scene scene(const QString &description, qint64 durationMs = 4000)
{
    Scene result;
    result.description = description;
    result.imagePrompt = description + QStringLiteral(" prompt");
    result.durationMs = durationMs;
    result.imagePath = QStringLiteral("media/%1.jpg").arg(description);
    return result;
}

Storyboard sampleBoard(RowId accountId)
{
    Storyboard board;
    board.accountId = accountId;
    board.remoteId = QStringLiteral("sb-remote-7");
    board.title = QStringLiteral("Morning routine");
    board.prompt = QStringLiteral("A calm morning in three shots");
    board.style = QStringLiteral("cinematic");
    board.aspect = Aspect::Portrait9x16;
    board.status = StoryboardStatus::Ready;
    board.approved = true;
    board.approvedAt = utc(1'700'000'100'250);
    board.refinementCount = 2;
    board.isSample = true;
    board.createdAt = utc(1'700'000'000'123);
    board.scenes = {scene(QStringLiteral("wake"), 3000), scene(QStringLiteral("coffee"), 4500),
                    scene(QStringLiteral("walk"), 6000)};
    return board;
}

// Positions as the database holds them, in position order.
QList<int> storedPositions(Catalog &catalog, RowId boardId)
{
    QSqlQuery query(catalog.db());
    query.prepare(QStringLiteral("SELECT position FROM scenes WHERE storyboard_id = ? ORDER BY position"));
    query.addBindValue(boardId);
    QList<int> positions;
    if (query.exec()) {
        while (query.next())
            positions << query.value(0).toInt();
    }
    return positions;
}

int sceneRows(Catalog &catalog)
{
    QSqlQuery query(catalog.db());
    return query.exec(QStringLiteral("SELECT COUNT(*) FROM scenes")) && query.next() ? query.value(0).toInt()
                                                                                     : -1;
}

RowId makeAccount(Catalog &catalog)
{
    ProviderAccount account;
    account.name = QStringLiteral("storyboard-account");
    account.dialect = Dialect::Storyboard;
    Result<RowId> id = AccountStore(catalog).create(account);
    return id ? *id : 0;
}

}  // namespace

class TestStoryboardStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsEveryField()
    {
        test::TestCatalog fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        const RowId accountId = makeAccount(fixture.catalog());
        QVERIFY(accountId > 0);
        StoryboardStore store(fixture.catalog());
        const Storyboard board = sampleBoard(accountId);
        const Result<RowId> id = store.create(board);
        QVERIFY2(id.ok(), qPrintable(id.error()));

        const Result<Storyboard> loaded = store.load(*id);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        QCOMPARE(loaded->id, *id);
        QCOMPARE(loaded->accountId, board.accountId);
        QCOMPARE(loaded->remoteId, board.remoteId);
        QCOMPARE(loaded->title, board.title);
        QCOMPARE(loaded->prompt, board.prompt);
        QCOMPARE(loaded->style, board.style);
        QCOMPARE(loaded->aspect, board.aspect);
        QCOMPARE(loaded->status, board.status);
        QCOMPARE(loaded->approved, board.approved);
        QCOMPARE(loaded->approvedAt, board.approvedAt);
        QCOMPARE(loaded->refinementCount, board.refinementCount);
        QCOMPARE(loaded->isSample, board.isSample);
        QCOMPARE(loaded->createdAt, board.createdAt);
        QVERIFY(loaded->updatedAt.isValid());
        QCOMPARE(loaded->scenes.size(), board.scenes.size());
        for (int i = 0; i < board.scenes.size(); ++i) {
            const Scene &got = loaded->scenes.at(i);
            const Scene &want = board.scenes.at(i);
            QVERIFY(got.id > 0);
            QCOMPARE(got.storyboardId, *id);
            QCOMPARE(got.position, i + 1);
            QCOMPARE(got.description, want.description);
            QCOMPARE(got.imagePrompt, want.imagePrompt);
            QCOMPARE(got.durationMs, want.durationMs);
            QCOMPARE(got.imagePath, want.imagePath);
        }
        QCOMPARE(loaded->totalDurationMs(), qint64(3000 + 4500 + 6000));
    }

    void localStoryboardKeepsNoAccountAndNoApproval()
    {
        test::TestCatalog fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        StoryboardStore store(fixture.catalog());
        Storyboard board;
        board.title = QStringLiteral("Local");
        const Result<RowId> id = store.create(board);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        const Result<Storyboard> loaded = store.load(*id);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        QCOMPARE(loaded->accountId, RowId(0));
        QVERIFY(loaded->remoteId.isEmpty());
        QVERIFY(!loaded->approvedAt.isValid());
        QVERIFY(loaded->createdAt.isValid());
        QVERIFY(loaded->scenes.isEmpty());
    }

    void updateRewritesScenesContiguously_data()
    {
        QTest::addColumn<QStringList>("newOrder");
        QTest::addRow("reversed") << QStringList{QStringLiteral("walk"), QStringLiteral("coffee"),
                                                 QStringLiteral("wake")};
        QTest::addRow("last to first")
            << QStringList{QStringLiteral("walk"), QStringLiteral("wake"), QStringLiteral("coffee")};
        QTest::addRow("middle removed") << QStringList{QStringLiteral("wake"), QStringLiteral("walk")};
        QTest::addRow("new scenes around")
            << QStringList{QStringLiteral("alarm"), QStringLiteral("coffee"), QStringLiteral("wake"),
                           QStringLiteral("door"), QStringLiteral("walk")};
        QTest::addRow("all removed") << QStringList{};
    }

    void updateRewritesScenesContiguously()
    {
        QFETCH(QStringList, newOrder);
        test::TestCatalog fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        StoryboardStore store(fixture.catalog());
        const Result<RowId> id = store.create(sampleBoard(0));
        QVERIFY2(id.ok(), qPrintable(id.error()));
        Result<Storyboard> board = store.load(*id);
        QVERIFY2(board.ok(), qPrintable(board.error()));

        // Reorder the loaded scenes (their stale positions must not matter) and add new ones.
        QList<Scene> reordered;
        for (const QString &description : newOrder) {
            auto existing = std::find_if(board->scenes.cbegin(), board->scenes.cend(),
                                         [&](const Scene &s) { return s.description == description; });
            reordered << (existing != board->scenes.cend() ? *existing : scene(description));
        }
        Storyboard changed = *board;
        changed.scenes = reordered;
        changed.title = QStringLiteral("Evening routine");
        changed.status = StoryboardStatus::Rendering;
        changed.approved = false;
        changed.approvedAt = QDateTime();
        changed.refinementCount = 3;
        const Status updated = store.update(changed);
        QVERIFY2(updated.ok(), qPrintable(updated.error()));

        const Result<Storyboard> loaded = store.load(*id);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        QCOMPARE(loaded->title, QStringLiteral("Evening routine"));
        QCOMPARE(loaded->status, StoryboardStatus::Rendering);
        QCOMPARE(loaded->approved, false);
        QVERIFY(!loaded->approvedAt.isValid());
        QCOMPARE(loaded->refinementCount, 3);
        QCOMPARE(loaded->createdAt, board->createdAt);
        QStringList descriptions;
        for (int i = 0; i < loaded->scenes.size(); ++i) {
            QCOMPARE(loaded->scenes.at(i).position, i + 1);
            descriptions << loaded->scenes.at(i).description;
        }
        QCOMPARE(descriptions, newOrder);
        QList<int> expectedPositions;
        for (int i = 1; i <= newOrder.size(); ++i)
            expectedPositions << i;
        QCOMPARE(storedPositions(fixture.catalog(), *id), expectedPositions);
    }

    void removeDeletesItsScenes()
    {
        test::TestCatalog fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        StoryboardStore store(fixture.catalog());
        const Result<RowId> kept = store.create(sampleBoard(0));
        const Result<RowId> gone = store.create(sampleBoard(0));
        QVERIFY(kept.ok() && gone.ok());
        QCOMPARE(sceneRows(fixture.catalog()), 6);

        const Status removed = store.remove(*gone);
        QVERIFY2(removed.ok(), qPrintable(removed.error()));
        QCOMPARE(sceneRows(fixture.catalog()), 3);
        QCOMPARE(storedPositions(fixture.catalog(), *gone), QList<int>{});
        QCOMPARE(store.count().value(), 1);
        const Result<Storyboard> loaded = store.load(*gone);
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error().contains(QStringLiteral("does not exist")), qPrintable(loaded.error()));
        QCOMPARE(store.load(*kept)->scenes.size(), 3);
    }

    void listsMostRecentlyChangedFirst()
    {
        test::TestCatalog fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        StoryboardStore store(fixture.catalog());
        const Result<RowId> first = store.create(sampleBoard(0));
        const Result<RowId> second = store.create(sampleBoard(0));
        QVERIFY(first.ok() && second.ok());
        QThread::msleep(5);  // updated_at has millisecond resolution
        Storyboard touched = store.load(*first).value();
        QVERIFY(store.update(touched).ok());
        const Result<QList<Storyboard>> boards = store.list();
        QVERIFY2(boards.ok(), qPrintable(boards.error()));
        QCOMPARE(boards->size(), 2);
        QCOMPARE(boards->at(0).id, *first);
        QCOMPARE(boards->at(1).id, *second);
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
        StoryboardStore store(fixture.catalog());
        const RowId missing = 4242;
        QString error;
        if (operation == QStringLiteral("load")) {
            error = store.load(missing).error();
        } else if (operation == QStringLiteral("update")) {
            Storyboard board = sampleBoard(0);
            board.id = missing;
            error = store.update(board).error();
        } else {
            error = store.remove(missing).error();
        }
        QVERIFY2(error.contains(QStringLiteral("storyboard 4242")), qPrintable(error));
        QCOMPARE(sceneRows(fixture.catalog()), 0);  // a failed update inserts no orphan scenes
    }
};

QTEST_GUILESS_MAIN(TestStoryboardStore)
#include "tst_storyboardstore.moc"
