#include "storyboarddocument.h"
#include "storyboardstore.h"
#include "testcatalog.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace storyreel;

namespace {

// Everything a user can see of a storyboard, for whole-storyboard comparisons (ids and timestamps of
// the rows are the store's business).
QString content(const Storyboard &board)
{
    QStringList parts{board.title,
                      board.prompt,
                      board.style,
                      toText(board.aspect),
                      board.approved ? QStringLiteral("approved") : QStringLiteral("draft"),
                      board.approvedAt.toString(Qt::ISODateWithMs),
                      QString::number(board.refinementCount)};
    for (const Scene &scene : board.scenes)
        parts << QStringLiteral("[%1|%2|%3|%4|%5]")
                     .arg(scene.position)
                     .arg(scene.description, scene.imagePrompt)
                     .arg(scene.durationMs)
                     .arg(scene.imagePath);
    return parts.join(QLatin1Char(';'));
}

Storyboard sampleBoard()
{
    Storyboard board;
    board.title = QStringLiteral("Harbour");
    board.prompt = QStringLiteral("a day at the harbour");
    board.approved = true;
    board.approvedAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    for (int i = 0; i < 5; ++i) {
        Scene scene;
        scene.description = QStringLiteral("scene %1").arg(i + 1);
        scene.imagePrompt = QStringLiteral("prompt %1").arg(i + 1);
        scene.durationMs = 1000 * (i + 1);
        scene.imagePath = QStringLiteral("media/aa/%1.png").arg(i + 1);
        board.scenes << scene;
    }
    return board;
}

enum class Edit {
    Title,
    Description,
    ImagePrompt,
    Duration,
    BatchDuration,
    Image,
    Insert,
    Append,
    Remove,
    Duplicate,
    MoveUp,
    MoveToEnd,
    MoveScattered,
    Approve,
    Refine
};

}  // namespace

Q_DECLARE_METATYPE(Edit)

// The editor's document: every edit undoable back to the original, approval withdrawn by content
// edits, typing merged, the refinement limit.
class TestStoryboardDocument : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestCatalog> m_fixture;
    RowId m_id = 0;

    Storyboard stored() const { return StoryboardStore(m_fixture->catalog()).load(m_id).value(); }

    static void perform(StoryboardDocument &document, Edit edit)
    {
        Scene added;
        added.description = QStringLiteral("new");
        added.durationMs = 2500;
        switch (edit) {
            case Edit::Title:
                return document.setTitle(QStringLiteral("Harbour at dusk"));
            case Edit::Description:
                return document.setSceneText(1, StoryboardDocument::Field::Description,
                                             QStringLiteral("gulls"));
            case Edit::ImagePrompt:
                return document.setSceneText(4, StoryboardDocument::Field::ImagePrompt,
                                             QStringLiteral("wide"));
            case Edit::Duration:
                return document.setDurations({2}, 7000);
            case Edit::BatchDuration:
                return document.setDurations({0, 3, 4}, 4500);
            case Edit::Image:
                return document.setImage(0, QStringLiteral("media/bb/other.png"));
            case Edit::Insert:
                return document.insertScenes(1, {added, added});
            case Edit::Append:
                return document.insertScenes(document.sceneCount(), {added});
            case Edit::Remove:
                return document.removeScenes({3, 0});
            case Edit::Duplicate:
                return document.duplicateScenes({1, 2});
            case Edit::MoveUp:
                return document.moveScenes({2}, 1);
            case Edit::MoveToEnd:
                return document.moveScenes({0}, document.sceneCount());
            case Edit::MoveScattered:
                return document.moveScenes({4, 1}, 0);
            case Edit::Approve:
                return document.approve();
            case Edit::Refine: {
                Scene refined = document.scenes().at(2);
                refined.imagePrompt = QStringLiteral("refined prompt");
                QVERIFY(document.applyRefinement(2, refined).ok());
                return;
            }
        }
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<test::TestCatalog>();
        QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
        Result<RowId> id = StoryboardStore(m_fixture->catalog()).create(sampleBoard());
        QVERIFY2(id.ok(), qPrintable(id.error()));
        m_id = *id;
    }

    void everyEditUndoesAndRedoes_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<QString>("expected");  // the scene descriptions afterwards, or empty
        QTest::newRow("title") << Edit::Title << QString();
        QTest::newRow("description") << Edit::Description
                                     << QStringLiteral("scene 1,gulls,scene 3,scene 4,scene 5");
        QTest::newRow("image prompt") << Edit::ImagePrompt << QString();
        QTest::newRow("duration") << Edit::Duration << QString();
        QTest::newRow("batch duration") << Edit::BatchDuration << QString();
        QTest::newRow("image") << Edit::Image << QString();
        QTest::newRow("insert") << Edit::Insert
                                << QStringLiteral("scene 1,new,new,scene 2,scene 3,scene 4,scene 5");
        QTest::newRow("append") << Edit::Append
                                << QStringLiteral("scene 1,scene 2,scene 3,scene 4,scene 5,new");
        QTest::newRow("remove") << Edit::Remove << QStringLiteral("scene 2,scene 3,scene 5");
        QTest::newRow("duplicate") << Edit::Duplicate
                                   << QStringLiteral(
                                          "scene 1,scene 2,scene 2,scene 3,scene 3,scene 4,scene 5");
        QTest::newRow("move up") << Edit::MoveUp << QStringLiteral("scene 1,scene 3,scene 2,scene 4,scene 5");
        QTest::newRow("move to end") << Edit::MoveToEnd
                                     << QStringLiteral("scene 2,scene 3,scene 4,scene 5,scene 1");
        QTest::newRow("move scattered")
            << Edit::MoveScattered << QStringLiteral("scene 2,scene 5,scene 1,scene 3,scene 4");
        QTest::newRow("approve") << Edit::Approve << QString();
        QTest::newRow("refine") << Edit::Refine << QString();
    }

    void everyEditUndoesAndRedoes()
    {
        QFETCH(Edit, edit);
        QFETCH(QString, expected);
        if (edit == Edit::Approve) {  // start from a withdrawn approval
            Storyboard board = stored();
            board.approved = false;
            board.approvedAt = {};
            QVERIFY(StoryboardStore(m_fixture->catalog()).update(board).ok());
        }
        StoryboardDocument document(m_fixture->catalog());
        QVERIFY(document.open(m_id).ok());
        const QString original = content(document.storyboard());
        QCOMPARE(content(stored()), original);

        perform(document, edit);
        QCOMPARE(document.undoStack()->count(), 1);
        const QString after = content(document.storyboard());
        QVERIFY(after != original);
        QCOMPARE(content(stored()), after);                               // saved at once
        QCOMPARE(document.storyboard().approved, edit == Edit::Approve);  // any content edit withdraws it
        if (!expected.isEmpty()) {
            QStringList descriptions;
            for (const Scene &scene : document.scenes())
                descriptions << scene.description;
            QCOMPARE(descriptions.join(QLatin1Char(',')), expected);
        }
        for (int i = 0; i < document.sceneCount(); ++i)
            QCOMPARE(stored().scenes.at(i).position, i + 1);

        document.undoStack()->undo();
        Storyboard undone = document.storyboard();
        if (edit == Edit::Refine) {  // a spent refinement stays spent; all else is restored
            QCOMPARE(undone.refinementCount, 1);
            QCOMPARE(document.refinementsLeft(), StoryboardDocument::kMaxRefinements - 1);
            undone.refinementCount = 0;
        }
        QCOMPARE(content(undone), original);
        QCOMPARE(stored().approved, edit != Edit::Approve);  // approval restored by undo
        Storyboard storedUndone = stored();
        if (edit == Edit::Refine)
            storedUndone.refinementCount = 0;
        QCOMPARE(content(storedUndone), original);

        document.undoStack()->redo();
        QCOMPARE(content(document.storyboard()), after);
        QCOMPARE(content(stored()), after);
        document.undoStack()->undo();
        QCOMPARE(content(stored()), content(document.storyboard()));
    }

    void noOpEditsPushNothing()
    {
        StoryboardDocument document(m_fixture->catalog());
        QVERIFY(document.open(m_id).ok());
        document.setTitle(QStringLiteral("Harbour"));
        document.setSceneText(9, StoryboardDocument::Field::Description, QStringLiteral("x"));
        document.setSceneText(0, StoryboardDocument::Field::Description, QStringLiteral("scene 1"));
        document.setDurations({-1, 7}, 1000);
        document.moveScenes({1}, 1);
        document.moveScenes({1}, 2);  // before the next one: where it is
        document.removeScenes({});
        document.insertScenes(99, {Scene{}});
        document.approve();  // approved already
        QCOMPARE(document.undoStack()->count(), 0);
        QVERIFY(stored().approved);
    }

    void typingMergesIntoOneStep()
    {
        StoryboardDocument document(m_fixture->catalog());
        QVERIFY(document.open(m_id).ok());
        const QString original = content(document.storyboard());
        for (const QString &text : {QStringLiteral("g"), QStringLiteral("gu"), QStringLiteral("gulls")})
            document.setSceneText(1, StoryboardDocument::Field::Description, text);
        QCOMPARE(document.undoStack()->count(), 1);
        QCOMPARE(document.scenes().at(1).description, QStringLiteral("gulls"));
        // Another field or another scene is another step; so is a batch of other rows.
        document.setSceneText(1, StoryboardDocument::Field::ImagePrompt, QStringLiteral("p"));
        document.setSceneText(1, StoryboardDocument::Field::ImagePrompt, QStringLiteral("pier"));
        document.setSceneText(2, StoryboardDocument::Field::Description, QStringLiteral("x"));
        document.setDurations({0, 1}, 3000);
        document.setDurations({0, 1}, 3500);
        document.setDurations({0}, 4000);  // one scene of the batch: another step
        document.setTitle(QStringLiteral("H"));
        document.setTitle(QStringLiteral("Ha"));
        QCOMPARE(document.undoStack()->count(), 6);
        document.undoStack()->undo();  // the title, whole
        QCOMPARE(document.storyboard().title, QStringLiteral("Harbour"));
        document.undoStack()->undo();
        QCOMPARE(document.scenes().at(0).durationMs, 3500);
        document.undoStack()->undo();  // the batch durations, whole
        QCOMPARE(document.scenes().at(0).durationMs, 1000);
        QCOMPARE(document.scenes().at(1).durationMs, 2000);
        while (document.undoStack()->canUndo())
            document.undoStack()->undo();
        QCOMPARE(content(document.storyboard()), original);
        QCOMPARE(content(stored()), original);
    }

    void refinementLimit()
    {
        StoryboardDocument document(m_fixture->catalog());
        QVERIFY(document.open(m_id).ok());
        QCOMPARE(document.refinementsLeft(), 5);
        for (int i = 0; i < StoryboardDocument::kMaxRefinements; ++i) {
            Scene refined = document.scenes().at(i);
            refined.imagePrompt = QStringLiteral("refined %1").arg(i);
            const Status status = document.applyRefinement(i, refined);
            QVERIFY2(status.ok(), qPrintable(status.error()));
            QCOMPARE(document.refinementsLeft(), 4 - i);
        }
        QCOMPARE(stored().refinementCount, 5);
        const QString before = content(document.storyboard());
        const int steps = document.undoStack()->count();
        Scene sixth = document.scenes().at(0);
        sixth.imagePrompt = QStringLiteral("one too many");
        const Status refused = document.applyRefinement(0, sixth);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("5")), qPrintable(refused.error()));
        QCOMPARE(refused.errorKind(), FailureKind::BadInput);
        QCOMPARE(content(document.storyboard()), before);
        QCOMPARE(document.undoStack()->count(), steps);
        // Undo gives the scenes back, not the refinements.
        while (document.undoStack()->canUndo())
            document.undoStack()->undo();
        QCOMPARE(document.refinementsLeft(), 0);
        QCOMPARE(stored().refinementCount, 5);
        QCOMPARE(document.scenes().at(0).imagePrompt, QStringLiteral("prompt 1"));
        QVERIFY(!document.applyRefinement(0, sixth).ok());
    }

    void signalsDescribeTheChange()
    {
        StoryboardDocument document(m_fixture->catalog());
        QVERIFY(document.open(m_id).ok());
        QSignalSpy inserted(&document, &StoryboardDocument::scenesInserted);
        QSignalSpy removed(&document, &StoryboardDocument::scenesRemoved);
        QSignalSpy changed(&document, &StoryboardDocument::sceneChanged);
        QSignalSpy reset(&document, &StoryboardDocument::scenesReset);
        QSignalSpy moved(&document, &StoryboardDocument::scenesMoved);
        QSignalSpy board(&document, &StoryboardDocument::storyboardChanged);

        document.removeScenes({4, 0, 1});  // two runs, announced from the bottom up
        QCOMPARE(removed.size(), 2);
        QCOMPARE(removed.at(0), (QVariantList{4, 1}));
        QCOMPARE(removed.at(1), (QVariantList{0, 2}));
        document.undoStack()->undo();
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(inserted.at(0), (QVariantList{0, 2}));
        QCOMPARE(inserted.at(1), (QVariantList{4, 1}));
        document.setDurations({1, 3}, 900);
        QCOMPARE(changed.size(), 2);
        document.moveScenes({0, 2}, 5);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(moved.size(), 1);
        QCOMPARE(moved.at(0).at(0).value<QList<int>>(), (QList<int>{3, 4}));
        QCOMPARE(board.size(), 4);
    }

    void refusedSaveIsReported()
    {
        StoryboardDocument document(m_fixture->catalog());
        QVERIFY(document.open(m_id).ok());
        QVERIFY(StoryboardStore(m_fixture->catalog()).remove(m_id).ok());  // deleted behind its back
        QSignalSpy failed(&document, &StoryboardDocument::saveFailed);
        document.setSceneText(0, StoryboardDocument::Field::Description, QStringLiteral("lost"));
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("no such row")),
                 qPrintable(failed.at(0).at(0).toString()));
        QCOMPARE(document.scenes().at(0).description, QStringLiteral("lost"));  // kept in memory and history
        QCOMPARE(document.undoStack()->count(), 1);
    }

    void blankTitleIsIgnored()
    {
        StoryboardDocument document(m_fixture->catalog());
        QVERIFY(document.open(m_id).ok());
        document.setTitle(QStringLiteral("   "));
        QCOMPARE(document.undoStack()->count(), 0);
        QCOMPARE(stored().title, QStringLiteral("Harbour"));
    }

    void openAnotherClearsTheHistory()
    {
        StoryboardDocument document(m_fixture->catalog());
        QVERIFY(document.open(m_id).ok());
        document.setTitle(QStringLiteral("x"));
        QVERIFY(document.open(m_id).ok());
        QCOMPARE(document.undoStack()->count(), 0);
        QCOMPARE(document.storyboard().title, QStringLiteral("x"));
        QVERIFY(!document.open(m_id + 100).ok());
        QVERIFY(document.open(0).ok());
        QCOMPARE(document.sceneCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestStoryboardDocument)
#include "tst_storyboarddocument.moc"
