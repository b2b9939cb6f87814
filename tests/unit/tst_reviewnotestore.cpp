#include "reviewnotestore.h"
#include "testcatalog.h"
#include "videostore.h"

#include <QTest>

#include <algorithm>

using namespace storyreel;

namespace {

RowId makeVideo(Catalog &catalog, const QString &title)
{
    Video video;
    video.title = title;
    const Result<RowId> id = VideoStore(catalog).create(video);
    return id ? *id : 0;
}

ReviewNote note(RowId videoId, qint64 atMs, const QString &text)
{
    ReviewNote result;
    result.videoId = videoId;
    result.atMs = atMs;
    result.text = text;
    return result;
}

}  // namespace

class TestReviewNoteStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsEveryField()
    {
        test::TestCatalog fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        const RowId videoId = makeVideo(fixture.catalog(), QStringLiteral("cut"));
        QVERIFY(videoId > 0);
        ReviewNoteStore store(fixture.catalog());
        ReviewNote written = note(videoId, 12'345, QStringLiteral("jump cut feels abrupt — soften?"));
        written.createdAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'999, Qt::UTC);
        const Result<RowId> id = store.add(written);
        QVERIFY2(id.ok(), qPrintable(id.error()));

        const Result<QList<ReviewNote>> notes = store.forVideo(videoId);
        QVERIFY2(notes.ok(), qPrintable(notes.error()));
        QCOMPARE(notes->size(), 1);
        const ReviewNote &got = notes->at(0);
        QCOMPARE(got.id, *id);
        QCOMPARE(got.videoId, written.videoId);
        QCOMPARE(got.atMs, written.atMs);
        QCOMPARE(got.text, written.text);
        QCOMPARE(got.createdAt, written.createdAt);
    }

    void notesComeBackByPosition_data()
    {
        QTest::addColumn<QList<qint64>>("positions");
        QTest::addRow("in order") << QList<qint64>{0, 1'000, 2'000};
        QTest::addRow("reversed") << QList<qint64>{9'000, 4'000, 10};
        QTest::addRow("shuffled with a tie") << QList<qint64>{5'000, 1'500, 5'000, 0};
    }

    void notesComeBackByPosition()
    {
        QFETCH(QList<qint64>, positions);
        test::TestCatalog fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        const RowId videoId = makeVideo(fixture.catalog(), QStringLiteral("a"));
        const RowId otherId = makeVideo(fixture.catalog(), QStringLiteral("b"));
        ReviewNoteStore store(fixture.catalog());
        for (int i = 0; i < positions.size(); ++i) {
            QVERIFY(store.add(note(videoId, positions.at(i), QStringLiteral("n%1").arg(i))).ok());
            QVERIFY(store.add(note(otherId, 500, QStringLiteral("other"))).ok());
        }
        const Result<QList<ReviewNote>> notes = store.forVideo(videoId);
        QVERIFY2(notes.ok(), qPrintable(notes.error()));
        QCOMPARE(notes->size(), positions.size());
        // Ties keep insertion order.
        QList<std::pair<qint64, QString>> expected;
        for (int i = 0; i < positions.size(); ++i)
            expected.append({positions.at(i), QStringLiteral("n%1").arg(i)});
        std::stable_sort(expected.begin(), expected.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        for (int i = 0; i < notes->size(); ++i) {
            QCOMPARE(notes->at(i).videoId, videoId);
            QCOMPARE(notes->at(i).atMs, expected.at(i).first);
            QCOMPARE(notes->at(i).text, expected.at(i).second);
        }
    }

    void updateTextChangesOnlyTheText()
    {
        test::TestCatalog fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        const RowId videoId = makeVideo(fixture.catalog(), QStringLiteral("v"));
        ReviewNoteStore store(fixture.catalog());
        const Result<RowId> id = store.add(note(videoId, 700, QStringLiteral("before")));
        QVERIFY(id.ok());
        const ReviewNote original = store.forVideo(videoId)->at(0);
        const Status updated = store.updateText(*id, QStringLiteral("after"));
        QVERIFY2(updated.ok(), qPrintable(updated.error()));
        const ReviewNote got = store.forVideo(videoId)->at(0);
        QCOMPARE(got.text, QStringLiteral("after"));
        QCOMPARE(got.atMs, original.atMs);
        QCOMPARE(got.createdAt, original.createdAt);
    }

    void removeAndVideoRemovalDeleteNotes()
    {
        test::TestCatalog fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        const RowId videoId = makeVideo(fixture.catalog(), QStringLiteral("v"));
        ReviewNoteStore store(fixture.catalog());
        const Result<RowId> first = store.add(note(videoId, 1, QStringLiteral("one")));
        const Result<RowId> second = store.add(note(videoId, 2, QStringLiteral("two")));
        QVERIFY(first.ok() && second.ok());
        const Status removed = store.remove(*first);
        QVERIFY2(removed.ok(), qPrintable(removed.error()));
        QCOMPARE(store.forVideo(videoId)->size(), 1);
        QCOMPARE(store.forVideo(videoId)->at(0).id, *second);

        QVERIFY(VideoStore(fixture.catalog()).remove(videoId).ok());
        const Status gone = store.updateText(*second, QStringLiteral("x"));
        QVERIFY(!gone.ok());
        QVERIFY2(gone.error().contains(QStringLiteral("note %1").arg(*second)), qPrintable(gone.error()));
    }

    void missingIdsAndBadPositionsFailClearly_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("expected");
        QTest::addRow("add to missing video")
            << QStringLiteral("add") << QStringLiteral("video 404 does not exist");
        QTest::addRow("negative position")
            << QStringLiteral("negative") << QStringLiteral("before the start");
        QTest::addRow("update text") << QStringLiteral("update") << QStringLiteral("note 404");
        QTest::addRow("remove") << QStringLiteral("remove") << QStringLiteral("note 404");
        QTest::addRow("notes of missing video")
            << QStringLiteral("for-video") << QStringLiteral("video 404 does not exist");
    }

    void missingIdsAndBadPositionsFailClearly()
    {
        QFETCH(QString, operation);
        QFETCH(QString, expected);
        test::TestCatalog fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        const RowId videoId = makeVideo(fixture.catalog(), QStringLiteral("v"));
        ReviewNoteStore store(fixture.catalog());
        const RowId missing = 404;
        QString error;
        if (operation == QStringLiteral("add"))
            error = store.add(note(missing, 0, QStringLiteral("x"))).error();
        else if (operation == QStringLiteral("negative"))
            error = store.add(note(videoId, -5, QStringLiteral("x"))).error();
        else if (operation == QStringLiteral("update"))
            error = store.updateText(missing, QStringLiteral("x")).error();
        else if (operation == QStringLiteral("remove"))
            error = store.remove(missing).error();
        else
            error = store.forVideo(missing).error();
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(store.forVideo(videoId)->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReviewNoteStore)
#include "tst_reviewnotestore.moc"
