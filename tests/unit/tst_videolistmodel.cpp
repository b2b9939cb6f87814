#include "largecatalog.h"
#include "testcatalog.h"
#include "videolistmodel.h"
#include "videostore.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QImage>
#include <QSignalSpy>
#include <QTest>

using namespace storyreel;

namespace {

constexpr QSize kThumbnail(160, 90);

// Every row's id, read through the model (all its pages).
QList<RowId> modelIds(const VideoListModel &model)
{
    QList<RowId> ids;
    ids.reserve(model.rowCount());
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row).data(VideoListModel::IdRole).toLongLong();
    return ids;
}

}  // namespace

// The all-videos list: lazy pages over 100,000 rows under Qt's model tester, filters, and the
// in-place updates of refreshVideo() checked against the catalog's own order.
class TestVideoListModel : public QObject
{
    Q_OBJECT

private:
    test::TestCatalog m_large;  // 100,000 videos, shared by the read-only tests
    test::TestCatalog m_small;  // 3,000 videos, for the tests that change videos
    static constexpr int kVideos = 100'000;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_large.ok(), qPrintable(m_large.error()));
        QElapsedTimer timer;
        timer.start();
        const Status filled = test::fillLargeCatalog(m_large.catalog(), 1'000, kVideos);
        QVERIFY2(filled.ok(), qPrintable(filled.error()));
        qInfo("filled 100,000 videos in %lld ms", timer.elapsed());
        QVERIFY2(m_small.ok(), qPrintable(m_small.error()));
        QVERIFY(test::fillLargeCatalog(m_small.catalog(), 300, 3'000).ok());
    }

    void hundredThousandRowsUnderTheModelTester()
    {
        QElapsedTimer timer;
        timer.start();
        VideoListModel model(m_large.catalog(), m_large.dir(), kThumbnail);
        qInfo("model ready in %lld ms", timer.elapsed());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), kVideos);
        QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));

        // Scrolling through: every row's text and subtitle, page after page.
        timer.restart();
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row);
            QVERIFY(!index.data(Qt::DisplayRole).toString().isEmpty());
            QVERIFY(!index.data(VideoListModel::SubtitleRole).toString().isEmpty());
        }
        qInfo("read all 100,000 rows in %lld ms", timer.elapsed());

        // A filter resets the model to the matching rows, under the tester again.
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        VideoQuery failed;
        failed.status = VideoStatus::Failed;
        QVERIFY(model.setQuery(failed));
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.rowCount(), VideoStore(m_large.catalog()).countMatching(failed).value());
        QVERIFY(model.rowCount() > 0 && model.rowCount() < kVideos);
        for (const int row : {0, model.rowCount() / 2, model.rowCount() - 1})
            QCOMPARE(model.index(row).data(VideoListModel::StatusRole).toString(), QStringLiteral("failed"));
        QVERIFY(model.setQuery({}));
        QCOMPARE(model.rowCount(), kVideos);
    }

    void rowsAreTheCatalogsRows_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addRow("newest") << int(VideoQuery::Sort::Newest);
        QTest::addRow("oldest") << int(VideoQuery::Sort::Oldest);
        QTest::addRow("title") << int(VideoQuery::Sort::Title);
        QTest::addRow("duration") << int(VideoQuery::Sort::Duration);
    }

    // Row N of the model is the video the catalog puts at OFFSET N: two independent paths (the id
    // snapshot read by id, and SQL's own LIMIT/OFFSET) agree.
    void rowsAreTheCatalogsRows()
    {
        QFETCH(int, sort);
        VideoQuery query;
        query.sort = VideoQuery::Sort(sort);
        VideoListModel model(m_large.catalog(), m_large.dir(), kThumbnail);
        QVERIFY(model.setQuery(query));
        QCOMPARE(model.query(), query);
        const VideoStore store(m_large.catalog());
        for (const int row : {0, 1, 199, 200, 50'000, 99'999}) {
            const Video expected = store.query(query, 1, row).value().value(0);
            QVERIFY(expected.id != 0);
            const std::optional<Video> actual = model.videoAt(row);
            QVERIFY(actual);
            QCOMPARE(actual->id, expected.id);
            QCOMPARE(actual->prompt, expected.prompt);
            const QModelIndex index = model.index(row);
            QCOMPARE(index.data(VideoListModel::IdRole).toLongLong(), expected.id);
            QCOMPARE(index.data(VideoListModel::PromptRole).toString(), expected.prompt);
            QCOMPARE(index.data(VideoListModel::StatusRole).toString(), toText(expected.status));
            QCOMPARE(index.data(VideoListModel::KindRole).toString(), toText(expected.kind));
            QCOMPARE(index.data(VideoListModel::FavoriteRole).toBool(), expected.favorite);
            QCOMPARE(index.data(VideoListModel::DurationRole).toLongLong(), expected.durationMs);
            QCOMPARE(index.data(VideoListModel::OfflineRole).toBool(), !expected.filePath.isEmpty());
            QCOMPARE(index.data(VideoListModel::PosterPathRole).toString(), expected.posterPath);
            QCOMPARE(index.data(VideoListModel::AccountIdRole).toLongLong(), expected.accountId);
            QCOMPARE(model.rowOf(expected.id), row);
        }
        QVERIFY(!model.videoAt(kVideos));
        QVERIFY(!model.videoAt(-1));
        QCOMPARE(model.rowOf(kVideos + 7), -1);
    }

    void filtersChangeTheRowCount_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected");  // from the fixture's shape
        QTest::addRow("rare word") << QString::fromLatin1(test::LargeCatalogShape::kRareWord)
                                   << kVideos / 1000;
        QTest::addRow("percent sign")
            << QString::fromLatin1(test::LargeCatalogShape::kPercentPhrase) << kVideos / 500;
        QTest::addRow("underscore") << QString::fromLatin1(test::LargeCatalogShape::kUnderscoreWord) << 143;
    }

    void filtersChangeTheRowCount()
    {
        QFETCH(QString, text);
        QFETCH(int, expected);
        VideoListModel model(m_large.catalog(), m_large.dir(), kThumbnail);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        VideoQuery query;
        query.text = text.toUpper();  // case-insensitive
        QVERIFY(model.setQuery(query));
        QCOMPARE(model.rowCount(), expected);
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString prompt = model.index(row).data(VideoListModel::PromptRole).toString();
            QVERIFY2(prompt.contains(text), qPrintable(prompt));
        }
        query.favoritesOnly = true;
        QVERIFY(model.setQuery(query));
        QCOMPARE(model.rowCount(), VideoStore(m_large.catalog()).countMatching(query).value());
        QVERIFY(model.rowCount() < expected);
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.index(row).data(VideoListModel::FavoriteRole).toBool());
    }

    void refreshVideoUpdatesItsRow()
    {
        VideoListModel model(m_large.catalog(), m_large.dir(), kThumbnail);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        constexpr int kRow = 50'000;
        const RowId id = model.videoAt(kRow)->id;
        const VideoStore store(m_large.catalog());
        const QString oldTitle = model.videoAt(kRow)->title;
        Video changed = store.load(id).value();
        changed.title = QStringLiteral("Renamed at row 50,000");
        changed.posterPath.clear();
        QVERIFY(store.update(changed).ok());
        QCOMPARE(model.videoAt(kRow)->title, oldTitle);  // its page is cached until told
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.refreshVideo(id);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.at(0).at(0).toModelIndex().row(), kRow);
        QCOMPARE(changes.at(0).at(1).toModelIndex().row(), kRow);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(model.index(kRow).data().toString(), QStringLiteral("Renamed at row 50,000"));
        const QImage card = qvariant_cast<QImage>(model.index(kRow).data(Qt::DecorationRole));
        QCOMPARE(card.size(), kThumbnail);  // no poster: a card

        // A few at once: in place; a large batch: one reset.
        model.refreshVideos({id, model.videoAt(0)->id});
        QCOMPARE(changes.size(), 3);
        QCOMPARE(resets.size(), 0);
        QList<RowId> many;
        for (int row = 0; row <= VideoListModel::kRefreshBatchLimit; ++row)
            many << model.videoAt(row)->id;
        model.refreshVideos(many);
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.rowCount(), kVideos);
    }

    // Favourites in and out, a new video, a deletion and a rename under the title sort: after each,
    // the model's rows are exactly the catalog's, in its order, and no reset happened.
    void refreshVideoInsertsRemovesAndMoves_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addRow("newest") << int(VideoQuery::Sort::Newest);
        QTest::addRow("title") << int(VideoQuery::Sort::Title);
        QTest::addRow("duration") << int(VideoQuery::Sort::Duration);
    }

    void refreshVideoInsertsRemovesAndMoves()
    {
        QFETCH(int, sort);
        const VideoStore store(m_small.catalog());
        VideoQuery query;
        query.favoritesOnly = true;
        query.sort = VideoQuery::Sort(sort);
        VideoListModel model(m_small.catalog(), m_small.dir(), kThumbnail);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.setQuery(query));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        auto agrees = [&] { return modelIds(model) == store.queryIds(query).value(); };
        QVERIFY(agrees());
        const int before = model.rowCount();

        // Leaves the favourites.
        const RowId leaving = model.videoAt(before / 2)->id;
        QVERIFY(store.setFavorite(leaving, false).ok());
        model.refreshVideo(leaving);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowCount(), before - 1);
        QCOMPARE(model.rowOf(leaving), -1);
        QVERIFY(agrees());

        // Joins them (a video that was never shown), and comes back.
        RowId joining = 0;
        for (const RowId id : store.queryIds(VideoQuery{}).value()) {
            if (!store.load(id)->favorite && id != leaving) {
                joining = id;
                break;
            }
        }
        QVERIFY(joining != 0);
        QVERIFY(store.setFavorite(joining, true).ok());
        model.refreshVideo(joining);
        QVERIFY(store.setFavorite(leaving, true).ok());
        model.refreshVideo(leaving);
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(model.rowCount(), before + 1);
        QVERIFY(model.rowOf(joining) >= 0);
        QVERIFY(agrees());

        // A new favourite video.
        Video fresh;
        fresh.title = QStringLiteral("mmm new");
        fresh.prompt = QStringLiteral("brand new");
        fresh.status = VideoStatus::Succeeded;
        fresh.favorite = true;
        fresh.durationMs = 31'000;
        const RowId freshId = store.create(fresh).value();
        model.refreshVideo(freshId);
        QCOMPARE(inserted.size(), 3);
        QVERIFY(agrees());

        // Its sort key changes: it moves (or stays) without a reset.
        Video renamed = store.load(freshId).value();
        renamed.title = QStringLiteral("AAA first");
        renamed.durationMs = 1;
        QVERIFY(store.update(renamed).ok());
        model.refreshVideo(freshId);
        QVERIFY(agrees());
        if (query.sort != VideoQuery::Sort::Newest)
            QCOMPARE(moved.size(), 1);

        // Deleted.
        QVERIFY(store.remove(freshId).ok());
        model.refreshVideo(freshId);
        QCOMPARE(removed.size(), 2);
        QCOMPARE(model.rowOf(freshId), -1);
        QVERIFY(agrees());

        // A video outside the filter changes: nothing to tell.
        RowId outside = 0;
        for (const RowId id : store.queryIds(VideoQuery{}).value()) {
            if (model.rowOf(id) < 0) {
                outside = id;
                break;
            }
        }
        Video other = store.load(outside).value();
        other.title = QStringLiteral("not a favourite");
        QVERIFY(store.update(other).ok());
        const int rows = model.rowCount();
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        model.refreshVideo(outside);
        QCOMPARE(model.rowCount(), rows);
        QCOMPARE(changes.size(), 0);
        QCOMPARE(inserted.size(), 3);
        QCOMPARE(resets.size(), 0);
        QVERIFY(agrees());

        // Leave the catalog as it was for the other rows of this test.
        QVERIFY(store.setFavorite(joining, false).ok());
    }
};

QTEST_MAIN(TestVideoListModel)
#include "tst_videolistmodel.moc"
