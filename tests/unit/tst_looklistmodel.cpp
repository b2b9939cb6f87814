#include "largecatalog.h"
#include "looklistmodel.h"
#include "lookstore.h"
#include "lookvideosmodel.h"
#include "testcatalog.h"
#include "videostore.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace storyreel;

namespace {

constexpr QSize kThumbnail(80, 100);
const QString kPoster = QStringLiteral("posters/default.png");  // red
const QString kImage = QStringLiteral("images/look.png");       // blue

bool writeImage(const QString &root, const QString &relative, Qt::GlobalColor color)
{
    QDir(root).mkpath(QFileInfo(relative).path());
    QImage image(160, 200, QImage::Format_RGB32);
    image.fill(color);
    return image.save(QDir(root).filePath(relative));
}

QColor centreOf(const QVariant &decoration)
{
    const QImage image = qvariant_cast<QImage>(decoration);
    return image.isNull() ? QColor() : image.pixelColor(image.width() / 2, image.height() / 2);
}

Video video(const QString &title, VideoStatus status, bool offline = false)
{
    Video result;
    result.title = title;
    result.status = status;
    result.kind = VideoKind::TextToVideo;
    result.posterPath = kPoster;
    result.filePath = offline ? QStringLiteral("media/%1.mp4").arg(title) : QString();
    return result;
}

// A look with `videos` linked, the first being the default when `defaultStatus` is set.
struct LookSetup
{
    RowId lookId = 0;
    QList<RowId> videoIds;
};

LookSetup makeLook(Catalog &catalog, const QString &imagePath, std::optional<VideoStatus> defaultStatus,
                   int videos = 2)
{
    LookSetup setup;
    Look look;
    look.title = QStringLiteral("Look");
    look.imagePath = imagePath;
    setup.lookId = LookStore(catalog).create(look).value();
    const VideoStore store(catalog);
    for (int i = 0; i < videos; ++i) {
        const VideoStatus status = i == 0 && defaultStatus ? *defaultStatus : VideoStatus::Succeeded;
        const RowId id = store.create(video(QStringLiteral("v%1").arg(i), status)).value();
        if (!store.linkToLook(setup.lookId, id))
            return {};
        setup.videoIds << id;
    }
    if (defaultStatus && !store.setDefault(setup.lookId, setup.videoIds.first()))
        return {};
    return setup;
}

int defaultRows(const LookVideosModel &model)
{
    int count = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        count += model.index(row).data(LookVideosModel::IsDefaultRole).toBool() ? 1 : 0;
    return count;
}

}  // namespace

// The look grid's model: the display rule of seed 000 through the model, the one default per look,
// the aggregates of LookStore::summaries(), and 10,000 looks.
class TestLookListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void displayRule_data()
    {
        QTest::addColumn<bool>("hasImage");
        QTest::addColumn<int>("defaultStatus");  // -1: no default video
        QTest::addColumn<bool>("showsVideo");
        QTest::addColumn<QString>("picture");  // "poster", "image" or "card"
        QTest::addRow("default succeeded: its poster")
            << true << int(VideoStatus::Succeeded) << true << "poster";
        QTest::addRow("default pending: the image") << true << int(VideoStatus::Pending) << false << "image";
        QTest::addRow("default running: the image") << true << int(VideoStatus::Running) << false << "image";
        QTest::addRow("default failed: the image") << true << int(VideoStatus::Failed) << false << "image";
        QTest::addRow("no default: the image") << true << -1 << false << "image";
        QTest::addRow("default succeeded, no image: poster")
            << false << int(VideoStatus::Succeeded) << true << "poster";
        QTest::addRow("default failed, no image: a card")
            << false << int(VideoStatus::Failed) << false << "card";
        QTest::addRow("nothing: a card") << false << -1 << false << "card";
    }

    void displayRule()
    {
        QFETCH(bool, hasImage);
        QFETCH(int, defaultStatus);
        QFETCH(bool, showsVideo);
        QFETCH(QString, picture);
        test::TestCatalog fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        QVERIFY(writeImage(fixture.dir(), kPoster, Qt::red));
        QVERIFY(writeImage(fixture.dir(), kImage, Qt::blue));
        const LookSetup setup = makeLook(
            fixture.catalog(), hasImage ? kImage : QString(),
            defaultStatus < 0 ? std::nullopt : std::optional<VideoStatus>(VideoStatus(defaultStatus)));
        QVERIFY(setup.lookId != 0);

        LookListModel model(fixture.catalog(), fixture.dir(), kThumbnail);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex index = model.index(0);
        QCOMPARE(index.data(LookListModel::ShowsVideoRole).toBool(), showsVideo);
        QCOMPARE(index.data(LookListModel::DefaultVideoIdRole).toLongLong(),
                 defaultStatus < 0 ? RowId(0) : setup.videoIds.first());
        const QColor centre = centreOf(index.data(Qt::DecorationRole));
        QVERIFY(centre.isValid());
        if (picture == QLatin1String("poster")) {
            QCOMPARE(index.data(LookListModel::PosterPathRole).toString(), kPoster);
            QCOMPARE(centre, QColor(Qt::red));
        } else if (picture == QLatin1String("image")) {
            QCOMPARE(index.data(LookListModel::PosterPathRole).toString(), kImage);
            QCOMPARE(centre, QColor(Qt::blue));
        } else {
            QCOMPARE(index.data(LookListModel::PosterPathRole).toString(), QString());
            QVERIFY(centre != QColor(Qt::red) && centre != QColor(Qt::blue));
            QCOMPARE(qvariant_cast<QImage>(index.data(Qt::DecorationRole)).size(), kThumbnail);
        }
    }

    void defaultSucceedingSwitchesThePicture()
    {
        test::TestCatalog fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        QVERIFY(writeImage(fixture.dir(), kPoster, Qt::red));
        QVERIFY(writeImage(fixture.dir(), kImage, Qt::blue));
        const LookSetup setup = makeLook(fixture.catalog(), kImage, VideoStatus::Running);
        LookListModel model(fixture.catalog(), fixture.dir(), kThumbnail);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(centreOf(model.index(0).data(Qt::DecorationRole)), QColor(Qt::blue));
        const VideoStore store(fixture.catalog());
        Video done = store.load(setup.videoIds.first()).value();
        done.status = VideoStatus::Succeeded;
        QVERIFY(store.update(done).ok());
        QVERIFY(model.reload());
        QVERIFY(model.index(0).data(LookListModel::ShowsVideoRole).toBool());
        QCOMPARE(centreOf(model.index(0).data(Qt::DecorationRole)), QColor(Qt::red));
    }

    void countsOfflineAndSubtitle()
    {
        test::TestCatalog fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        const VideoStore videos(fixture.catalog());
        const LookStore looks(fixture.catalog());
        auto lookWith = [&](const QString &title, int products, Visibility visibility, QList<bool> offline,
                            qint64 createdMs) {
            Look look;
            look.title = title;
            look.visibility = visibility;
            look.createdAt = QDateTime::fromMSecsSinceEpoch(createdMs, Qt::UTC);
            for (int i = 0; i < products; ++i)
                look.products << Product{};
            const RowId id = looks.create(look).value();
            for (const bool file : offline)
                (void)videos.linkToLook(id,
                                        videos.create(video(title, VideoStatus::Succeeded, file)).value());
            return id;
        };
        const RowId none =
            lookWith(QStringLiteral("None"), 3, Visibility::Public, {false, false, false, false}, 3000);
        const RowId some = lookWith(QStringLiteral("Some"), 1, Visibility::Private, {true, false}, 2000);
        const RowId all = lookWith(QStringLiteral("All"), 0, Visibility::Shared, {true, true}, 1000);
        const RowId empty = lookWith(QStringLiteral("Empty"), 2, Visibility::Public, {}, 4000);

        LookListModel model(fixture.catalog(), fixture.dir(), kThumbnail);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 4);
        // Newest first.
        QCOMPARE(model.rowOf(empty), 0);
        QCOMPARE(model.rowOf(none), 1);
        QCOMPARE(model.rowOf(some), 2);
        QCOMPARE(model.rowOf(all), 3);
        QCOMPARE(model.rowOf(9999), -1);
        QCOMPARE(model.lookAt(1)->id, none);
        QCOMPARE(model.lookAt(4), nullptr);
        QCOMPARE(model.lookAt(-1), nullptr);

        const QModelIndex noneIndex = model.index(model.rowOf(none));
        QCOMPARE(noneIndex.data().toString(), QStringLiteral("None"));
        QCOMPARE(noneIndex.data(LookListModel::ProductCountRole).toInt(), 3);
        QCOMPARE(noneIndex.data(LookListModel::VideoCountRole).toInt(), 4);
        QCOMPARE(noneIndex.data(LookListModel::OfflineRole).toInt(), int(LookListModel::NoneOffline));
        QCOMPARE(noneIndex.data(LookListModel::VisibilityRole).toString(), QStringLiteral("public"));
        const QString subtitle = noneIndex.data(LookListModel::SubtitleRole).toString();
        QVERIFY2(subtitle.startsWith(QStringLiteral("3 product")), qPrintable(subtitle));
        QVERIFY2(subtitle.contains(QStringLiteral(" · 4 video")), qPrintable(subtitle));
        QVERIFY2(subtitle.endsWith(QStringLiteral(" · Public")), qPrintable(subtitle));
        QCOMPARE(model.index(model.rowOf(some)).data(LookListModel::OfflineRole).toInt(),
                 int(LookListModel::SomeOffline));
        QCOMPARE(model.index(model.rowOf(all)).data(LookListModel::OfflineRole).toInt(),
                 int(LookListModel::AllOffline));
        QCOMPARE(model.index(model.rowOf(empty)).data(LookListModel::OfflineRole).toInt(),
                 int(LookListModel::NoneOffline));
        QCOMPARE(model.index(model.rowOf(empty)).data(LookListModel::VideoCountRole).toInt(), 0);
        QCOMPARE(model.lookAt(model.rowOf(some))->offlineVideoCount, 1);
    }

    void oneDefaultPerLook()
    {
        test::TestCatalog fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        const LookSetup setup = makeLook(fixture.catalog(), kImage, VideoStatus::Succeeded, 3);
        QVERIFY(setup.lookId != 0);
        LookVideosModel videos(fixture.catalog(), fixture.dir(), kThumbnail);
        QAbstractItemModelTester videoTester(&videos, QAbstractItemModelTester::FailureReportingMode::QtTest);
        LookListModel looks(fixture.catalog(), fixture.dir(), kThumbnail);
        QAbstractItemModelTester lookTester(&looks, QAbstractItemModelTester::FailureReportingMode::QtTest);

        QVERIFY(videos.setLook(setup.lookId));
        QCOMPARE(videos.rowCount(), 3);
        QCOMPARE(defaultRows(videos), 1);
        QCOMPARE(videos.defaultRow(), 0);
        QVERIFY(videos.index(0).data(LookVideosModel::IsDefaultRole).toBool());
        // Link order, the same roles as the all-videos list.
        for (int row = 0; row < 3; ++row) {
            QCOMPARE(videos.index(row).data(LookVideosModel::IdRole).toLongLong(), setup.videoIds.at(row));
            QCOMPARE(videos.videoAt(row)->id, setup.videoIds.at(row));
        }
        QCOMPARE(videos.index(1).data(LookVideosModel::StatusRole).toString(), QStringLiteral("succeeded"));

        const VideoStore store(fixture.catalog());
        QVERIFY(store.setDefault(setup.lookId, setup.videoIds.at(2)).ok());
        QVERIFY(videos.reload());
        QCOMPARE(defaultRows(videos), 1);
        QCOMPARE(videos.defaultRow(), 2);
        QVERIFY(!videos.index(0).data(LookVideosModel::IsDefaultRole).toBool());
        QVERIFY(looks.reload());
        QCOMPARE(looks.index(0).data(LookListModel::DefaultVideoIdRole).toLongLong(), setup.videoIds.at(2));

        // Setting the default again, or to an unlinked video, keeps exactly one.
        QVERIFY(store.setDefault(setup.lookId, setup.videoIds.at(2)).ok());
        const RowId stranger = store.create(video(QStringLiteral("x"), VideoStatus::Succeeded)).value();
        QVERIFY(!store.setDefault(setup.lookId, stranger).ok());
        QVERIFY(videos.reload());
        QCOMPARE(defaultRows(videos), 1);
        QCOMPARE(videos.defaultRow(), 2);

        QVERIFY(store.clearDefault(setup.lookId).ok());
        QVERIFY(videos.reload());
        QCOMPARE(defaultRows(videos), 0);
        QCOMPARE(videos.defaultRow(), -1);
        QVERIFY(looks.reload());
        QCOMPARE(looks.index(0).data(LookListModel::DefaultVideoIdRole).toLongLong(), RowId(0));
        QVERIFY(!looks.index(0).data(LookListModel::ShowsVideoRole).toBool());

        QVERIFY(videos.setLook(0));
        QCOMPARE(videos.rowCount(), 0);
    }

    void catalogRefusesASecondDefault()
    {
        test::TestCatalog fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        const LookSetup setup = makeLook(fixture.catalog(), kImage, VideoStatus::Succeeded, 2);
        QVERIFY(setup.lookId != 0);
        QSqlQuery update(fixture.catalog().db());
        QVERIFY(!update.exec(
            QStringLiteral("UPDATE look_videos SET is_default = 1 WHERE look_id = %1 AND video_id = %2")
                .arg(setup.lookId)
                .arg(setup.videoIds.at(1))));
        QVERIFY2(update.lastError().text().contains(QStringLiteral("UNIQUE")),
                 qPrintable(update.lastError().text()));
        const RowId third =
            VideoStore(fixture.catalog()).create(video(QStringLiteral("t"), VideoStatus::Succeeded)).value();
        QSqlQuery insert(fixture.catalog().db());
        QVERIFY(
            !insert.exec(QStringLiteral("INSERT INTO look_videos(look_id, video_id, is_default, linked_at) "
                                        "VALUES(%1, %2, 1, 1)")
                             .arg(setup.lookId)
                             .arg(third)));
        QVERIFY2(insert.lastError().text().contains(QStringLiteral("UNIQUE")),
                 qPrintable(insert.lastError().text()));
        LookVideosModel videos(fixture.catalog(), fixture.dir(), kThumbnail);
        QVERIFY(videos.setLook(setup.lookId));
        QCOMPARE(defaultRows(videos), 1);
        QCOMPARE(videos.defaultRow(), 0);
    }

    // 10,000 looks: every row follows the display rule of LargeCatalogShape, read in one query.
    void tenThousandLooks()
    {
        test::TestCatalog fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        constexpr int kLooks = 10'000;
        const Status filled = test::fillLargeCatalog(fixture.catalog(), kLooks, 50'000, 2);
        QVERIFY2(filled.ok(), qPrintable(filled.error()));
        QElapsedTimer timer;
        timer.start();
        LookListModel model(fixture.catalog(), fixture.dir(), kThumbnail);
        const qint64 loadMs = timer.elapsed();
        qInfo("LookListModel loaded %d looks in %lld ms", model.rowCount(), loadMs);
        QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
        QCOMPARE(model.rowCount(), kLooks);
        QVERIFY2(loadMs < 5000, "far slower than the ~0.1 s measured by bench_library");
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        int showing = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row);
            const int look = int(index.data(LookListModel::IdRole).toLongLong()) - 1;  // fill order
            QCOMPARE(look, kLooks - 1 - row);                                          // newest first
            QCOMPARE(index.data(LookListModel::ProductCountRole).toInt(), 2);
            QCOMPARE(index.data(LookListModel::VideoCountRole).toInt(),
                     test::LargeCatalogShape::kVideosPerLook);
            const bool hasDefault = index.data(LookListModel::DefaultVideoIdRole).toLongLong() != 0;
            const bool shows = index.data(LookListModel::ShowsVideoRole).toBool();
            const QString picture = index.data(LookListModel::PosterPathRole).toString();
            if (test::LargeCatalogShape::hasNoDefault(look)) {
                QVERIFY(!hasDefault);
                QVERIFY(!shows);
            } else if (test::LargeCatalogShape::hasFailedDefault(look)) {
                QVERIFY(hasDefault);
                QVERIFY(!shows);
                QVERIFY2(!picture.startsWith(QStringLiteral("posters/")), qPrintable(picture));
            } else if (hasDefault) {
                QVERIFY(shows);
                QVERIFY2(picture.startsWith(QStringLiteral("posters/")), qPrintable(picture));
            }
            showing += shows ? 1 : 0;
        }
        // Most looks have a succeeded default in the fixture.
        QVERIFY2(showing > kLooks * 7 / 10, qPrintable(QString::number(showing)));
        QCOMPARE(model.rowOf(1), kLooks - 1);
    }
};

QTEST_MAIN(TestLookListModel)
#include "tst_looklistmodel.moc"
