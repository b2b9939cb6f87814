#include "accountstore.h"
#include "lookstore.h"
#include "testcatalog.h"
#include "videostore.h"

#include <QTest>

using namespace storyreel;

namespace {

// Local calendar days, as the library's date filter reads them.
const QDate kToday(2024, 3, 10);

QDateTime localTime(int daysAgo, QTime time = QTime(12, 0))
{
    return QDateTime(kToday.addDays(-daysAgo), time);
}

// One row of the fixture: each video differs in the fields the filters read.
struct Spec
{
    const char *key;
    const char *title;
    const char *prompt;
    VideoStatus status;
    VideoKind kind;
    bool favorite;
    bool remote;  // made with the fixture's provider account, else locally
    bool offline;
    qint64 durationMs;
    QDateTime created;
};

const QList<Spec> &specs()
{
    static const QList<Spec> kSpecs{
        {"red", "Red coat", "A red coat on a rooftop", VideoStatus::Succeeded, VideoKind::TextToVideo, true,
         true, true, 8000, localTime(10)},
        {"silk", "", "Silk DRESS walking", VideoStatus::Failed, VideoKind::ImageToVideo, false, false, false,
         0, localTime(5)},
        {"zebra", "Zebra print", "100% linen shirt", VideoStatus::Succeeded, VideoKind::Import, true, false,
         true, 3000, localTime(5)},  // same time as silk: the id breaks the tie
        {"alpha", "alpha", "snake_print boots", VideoStatus::Pending, VideoKind::TextToVideo, false, true,
         false, 0, localTime(1, QTime(23, 59, 59, 999))},  // the last moment of its day
        {"beta", "Beta", "100 linen shirt", VideoStatus::Running, VideoKind::Render, false, true, false, 0,
         localTime(0, QTime(0, 0))},  // the first moment of today
        {"gamma", "gamma", "snakeXprint dress", VideoStatus::Cancelled, VideoKind::Explainer, true, false,
         true, 12000, localTime(20)},
        {"delta", "Delta", "back\\slash test", VideoStatus::Succeeded, VideoKind::Storyboard, false, false,
         false, 8000, localTime(3)},
    };
    return kSpecs;
}

struct Fixture
{
    test::TestCatalog catalog;
    RowId accountId = 0;
    RowId lookId = 0;
    QHash<QString, RowId> ids;
    QHash<RowId, QString> keys;

    bool setUp()
    {
        if (!catalog.ok())
            return false;
        ProviderAccount account;
        account.name = QStringLiteral("studio");
        account.dialect = Dialect::AiStudio;
        const Result<RowId> created = AccountStore(catalog.catalog()).create(account);
        if (!created)
            return false;
        accountId = *created;
        VideoStore videos(catalog.catalog());
        for (const Spec &spec : specs()) {
            Video video;
            video.title = QString::fromUtf8(spec.title);
            video.prompt = QString::fromUtf8(spec.prompt);
            video.status = spec.status;
            video.kind = spec.kind;
            video.favorite = spec.favorite;
            video.accountId = spec.remote ? accountId : 0;
            video.remoteId = spec.remote ? QString::fromUtf8(spec.key) : QString();
            video.filePath =
                spec.offline ? QStringLiteral("media/%1.mp4").arg(QString::fromUtf8(spec.key)) : QString();
            video.durationMs = spec.durationMs;
            video.createdAt = spec.created;
            const Result<RowId> id = videos.create(video);
            if (!id)
                return false;
            ids.insert(QString::fromUtf8(spec.key), *id);
            keys.insert(*id, QString::fromUtf8(spec.key));
        }
        Look look;
        look.title = QStringLiteral("Look");
        const Result<RowId> look_ = LookStore(catalog.catalog()).create(look);
        if (!look_)
            return false;
        lookId = *look_;
        return videos.linkToLook(lookId, ids.value(QStringLiteral("gamma"))).ok() &&
               videos.linkToLook(lookId, ids.value(QStringLiteral("red"))).ok();
    }

    QStringList keysOf(const QList<Video> &videos) const
    {
        QStringList result;
        for (const Video &video : videos)
            result << keys.value(video.id);
        return result;
    }
};

QStringList keysIn(const char *list)
{
    return QString::fromUtf8(list).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

}  // namespace

// VideoStore's library queries: each filter, the text search, the sorts, counts and pages.
class TestVideoQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filters_data()
    {
        // The expected keys in the default order: newest first, ties by the higher id first.
        QTest::addColumn<int>("filter");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::addRow("no filter") << 0 << QString() << "beta alpha delta zebra silk red gamma";
        QTest::addRow("status succeeded") << 1 << "succeeded"
                                          << "delta zebra red";
        QTest::addRow("status failed") << 1 << "failed"
                                       << "silk";
        QTest::addRow("favourites") << 2 << QString() << "zebra red gamma";
        QTest::addRow("kind text") << 3 << "text"
                                   << "alpha red";
        QTest::addRow("kind explainer") << 3 << "explainer"
                                        << "gamma";
        QTest::addRow("provider account") << 4 << "account"
                                          << "beta alpha red";
        QTest::addRow("made locally") << 4 << "local"
                                      << "delta zebra silk gamma";
        QTest::addRow("linked to the look") << 5 << QString() << "red gamma";
        QTest::addRow("offline") << 6 << QString() << "zebra red gamma";
        QTest::addRow("from 5 days ago") << 7 << "5"
                                         << "beta alpha delta zebra silk";
        QTest::addRow("to yesterday (inclusive)") << 8 << "1"
                                                  << "alpha delta zebra silk red gamma";
        QTest::addRow("to 2 days ago") << 8 << "2"
                                       << "delta zebra silk red gamma";
        QTest::addRow("from 5 to 1 days ago") << 9 << "5-1"
                                              << "alpha delta zebra silk";
        QTest::addRow("today only") << 9 << "0-0"
                                    << "beta";
        QTest::addRow("favourite and succeeded") << 10 << QString() << "zebra red";
    }

    void filters()
    {
        QFETCH(int, filter);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        Fixture fixture;
        QVERIFY(fixture.setUp());
        VideoQuery query;
        switch (filter) {
            case 1:
                query.status = fromText<VideoStatus>(value);
                QVERIFY(query.status);
                break;
            case 2:
                query.favoritesOnly = true;
                break;
            case 3:
                query.kind = fromText<VideoKind>(value);
                QVERIFY(query.kind);
                break;
            case 4:
                query.accountId = value == QLatin1String("local") ? 0 : fixture.accountId;
                break;
            case 5:
                query.lookId = fixture.lookId;
                break;
            case 6:
                query.offlineOnly = true;
                break;
            case 7:
                query.from = kToday.addDays(-value.toInt());
                break;
            case 8:
                query.to = kToday.addDays(-value.toInt());
                break;
            case 9:
                query.from = kToday.addDays(-value.section(QLatin1Char('-'), 0, 0).toInt());
                query.to = kToday.addDays(-value.section(QLatin1Char('-'), 1, 1).toInt());
                break;
            case 10:
                query.favoritesOnly = true;
                query.status = VideoStatus::Succeeded;
                break;
            default:
                break;
        }
        const VideoStore store(fixture.catalog.catalog());
        const Result<QList<Video>> found = store.query(query, -1, 0);
        QVERIFY2(found.ok(), qPrintable(found.error()));
        QCOMPARE(fixture.keysOf(*found), keysIn(expected.toUtf8().constData()));
        QCOMPARE(store.countMatching(query).value(), int(found->size()));
        const Result<QList<RowId>> ids = store.queryIds(query);
        QVERIFY2(ids.ok(), qPrintable(ids.error()));
        QCOMPARE(ids->size(), found->size());
        for (int i = 0; i < ids->size(); ++i)
            QCOMPARE(ids->at(i), found->at(i).id);
    }

    void textSearch_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::addRow("case-insensitive over the prompt") << "silk dress"
                                                          << "silk";
        QTest::addRow("title and prompt") << "RED"
                                          << "red";
        QTest::addRow("title only") << "zebra"
                                    << "zebra";
        QTest::addRow("a word in several prompts") << "dress"
                                                   << "silk gamma";
        QTest::addRow("percent is literal") << "100%"
                                            << "zebra";
        QTest::addRow("percent alone") << "%"
                                       << "zebra";
        QTest::addRow("underscore is literal") << "snake_print"
                                               << "alpha";
        QTest::addRow("underscore alone") << "_"
                                          << "alpha";
        QTest::addRow("backslash is literal") << "back\\slash"
                                              << "delta";
        QTest::addRow("surrounding spaces ignored") << "  linen  "
                                                    << "beta zebra";
        QTest::addRow("blank matches all") << "   "
                                           << "beta alpha delta zebra silk red gamma";
        QTest::addRow("no match") << "tuxedo"
                                  << "";
    }

    void textSearch()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        Fixture fixture;
        QVERIFY(fixture.setUp());
        VideoQuery query;
        query.text = text;
        const VideoStore store(fixture.catalog.catalog());
        const Result<QList<Video>> found = store.query(query, -1, 0);
        QVERIFY2(found.ok(), qPrintable(found.error()));
        QCOMPARE(fixture.keysOf(*found), keysIn(expected.toUtf8().constData()));
        QCOMPARE(store.countMatching(query).value(), int(found->size()));
        QCOMPARE(store.queryIds(query)->size(), found->size());
    }

    void textCombinesWithFilters()
    {
        Fixture fixture;
        QVERIFY(fixture.setUp());
        VideoQuery query;
        query.text = QStringLiteral("linen");
        query.status = VideoStatus::Running;
        const VideoStore store(fixture.catalog.catalog());
        QCOMPARE(fixture.keysOf(store.query(query, -1, 0).value()), QStringList{QStringLiteral("beta")});
        query.status.reset();
        query.favoritesOnly = true;
        QCOMPARE(fixture.keysOf(store.query(query, -1, 0).value()), QStringList{QStringLiteral("zebra")});
    }

    void sorts_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<QString>("expected");
        QTest::addRow("newest") << int(VideoQuery::Sort::Newest) << "beta alpha delta zebra silk red gamma";
        QTest::addRow("oldest") << int(VideoQuery::Sort::Oldest) << "gamma red silk zebra delta alpha beta";
        // Untitled first, then A to Z ignoring case; ties broken by id.
        QTest::addRow("title") << int(VideoQuery::Sort::Title) << "silk alpha beta delta gamma red zebra";
        // Longest first; equal durations (red, delta: 8 s; the zeros) by the higher id first.
        QTest::addRow("duration") << int(VideoQuery::Sort::Duration)
                                  << "gamma delta red zebra beta alpha silk";
    }

    void sorts()
    {
        QFETCH(int, sort);
        QFETCH(QString, expected);
        Fixture fixture;
        QVERIFY(fixture.setUp());
        VideoQuery query;
        query.sort = VideoQuery::Sort(sort);
        const VideoStore store(fixture.catalog.catalog());
        QCOMPARE(fixture.keysOf(store.query(query, -1, 0).value()), keysIn(expected.toUtf8().constData()));
        // The same order with a filter whose index drives the search, and with a text search.
        query.favoritesOnly = true;
        QStringList favourites = keysIn(expected.toUtf8().constData());
        favourites.removeIf([](const QString &key) {
            return key != QLatin1String("zebra") && key != QLatin1String("red") &&
                   key != QLatin1String("gamma");
        });
        QCOMPARE(fixture.keysOf(store.query(query, -1, 0).value()), favourites);
        query.favoritesOnly = false;
        query.text = QStringLiteral("e");  // in every prompt
        QCOMPARE(fixture.keysOf(store.query(query, -1, 0).value()), keysIn(expected.toUtf8().constData()));
    }

    void pagesCoverTheResultOnce()
    {
        Fixture fixture;
        QVERIFY(fixture.setUp());
        const VideoStore store(fixture.catalog.catalog());
        for (const VideoQuery::Sort sort : {VideoQuery::Sort::Newest, VideoQuery::Sort::Oldest,
                                            VideoQuery::Sort::Title, VideoQuery::Sort::Duration}) {
            VideoQuery query;
            query.sort = sort;
            const QList<Video> all = store.query(query, -1, 0).value();
            QList<Video> paged;
            for (int offset = 0; offset < all.size(); offset += 3)
                paged << store.query(query, 3, offset).value();
            QCOMPARE(fixture.keysOf(paged), fixture.keysOf(all));
            QVERIFY(store.query(query, 3, 100).value().isEmpty());
        }
    }

    void matchesAndLoadMany()
    {
        Fixture fixture;
        QVERIFY(fixture.setUp());
        const VideoStore store(fixture.catalog.catalog());
        VideoQuery favourites;
        favourites.favoritesOnly = true;
        QCOMPARE(store.matches(fixture.ids.value(QStringLiteral("red")), favourites).value(), true);
        QCOMPARE(store.matches(fixture.ids.value(QStringLiteral("silk")), favourites).value(), false);
        QCOMPARE(store.matches(9999, VideoQuery{}).value(), false);
        const QList<RowId> wanted{fixture.ids.value(QStringLiteral("gamma")), 9999,
                                  fixture.ids.value(QStringLiteral("alpha"))};
        QCOMPARE(fixture.keysOf(store.loadMany(wanted).value()),
                 (QStringList{QStringLiteral("gamma"), QStringLiteral("alpha")}));
        QVERIFY(store.loadMany({}).value().isEmpty());
    }

    void setFavoriteChangesOnlyTheFlag()
    {
        Fixture fixture;
        QVERIFY(fixture.setUp());
        const VideoStore store(fixture.catalog.catalog());
        const RowId silk = fixture.ids.value(QStringLiteral("silk"));
        const Video before = store.load(silk).value();
        QVERIFY(!before.favorite);
        const Status set = store.setFavorite(silk, true);
        QVERIFY2(set.ok(), qPrintable(set.error()));
        const Video after = store.load(silk).value();
        QVERIFY(after.favorite);
        QCOMPARE(after.prompt, before.prompt);
        QCOMPARE(after.status, before.status);
        QCOMPARE(after.createdAt, before.createdAt);
        VideoQuery favourites;
        favourites.favoritesOnly = true;
        QCOMPARE(store.countMatching(favourites).value(), 4);
        QVERIFY(store.setFavorite(silk, false).ok());
        QVERIFY(!store.load(silk)->favorite);
        QCOMPARE(store.countMatching(favourites).value(), 3);
        const Status missing = store.setFavorite(9999, true);
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().contains(QStringLiteral("video 9999 does not exist")),
                 qPrintable(missing.error()));
    }

    void looksOfAVideoInLinkOrder()
    {
        Fixture fixture;
        QVERIFY(fixture.setUp());
        const VideoStore store(fixture.catalog.catalog());
        Look second;
        second.title = QStringLiteral("Second");
        const RowId secondId = LookStore(fixture.catalog.catalog()).create(second).value();
        const RowId red = fixture.ids.value(QStringLiteral("red"));
        QVERIFY(store.linkToLook(secondId, red).ok());
        QCOMPARE(store.looksOf(red).value(), (QList<RowId>{fixture.lookId, secondId}));
        QCOMPARE(store.looksOf(fixture.ids.value(QStringLiteral("beta"))).value(), QList<RowId>());
        const Result<QList<RowId>> missing = store.looksOf(9999);
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().contains(QStringLiteral("video 9999")), qPrintable(missing.error()));
    }
};

QTEST_GUILESS_MAIN(TestVideoQuery)
#include "tst_videoquery.moc"
