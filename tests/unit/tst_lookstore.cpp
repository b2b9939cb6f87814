#include "accountstore.h"
#include "lookstore.h"
#include "testcatalog.h"
#include "videostore.h"

#include <QSqlQuery>
#include <QTest>

using namespace storyreel;

namespace {

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

Product product(const QString &name, qint64 priceCents)
{
    Product result;
    result.name = name;
    result.brand = name + QStringLiteral(" & Co");
    result.category = QStringLiteral("tops");
    result.imagePath = QStringLiteral("media/%1.png").arg(name);
    result.priceCents = priceCents;
    result.currency = QStringLiteral("EUR");
    result.url = QStringLiteral("https://shop.example/%1").arg(name);
    return result;
}

Look sampleLook(RowId accountId)
{
    Look look;
    look.accountId = accountId;
    look.remoteId = QStringLiteral("look-remote-1");
    look.title = QStringLiteral("Autumn layers");
    look.imagePath = QStringLiteral("media/look.jpg");
    look.imageUrl = QStringLiteral("https://cdn.example/look.jpg");
    look.visibility = Visibility::Shared;
    look.sharedWith = {QStringLiteral("ana@example.com"), QStringLiteral("bo@example.com")};
    look.isSample = true;
    look.createdAt = utc(1'690'000'000'777);
    look.products = {product(QStringLiteral("coat"), 12900), product(QStringLiteral("scarf"), 2500),
                     product(QStringLiteral("boots"), 8900)};
    return look;
}

}  // namespace

class TestLookStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsEveryField()
    {
        test::TestCatalog fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        ProviderAccount account;
        account.name = QStringLiteral("studio");
        account.dialect = Dialect::AiStudio;
        const Result<RowId> accountId = AccountStore(fixture.catalog()).create(account);
        QVERIFY2(accountId.ok(), qPrintable(accountId.error()));
        LookStore store(fixture.catalog());
        const Look look = sampleLook(*accountId);
        const Result<RowId> id = store.create(look);
        QVERIFY2(id.ok(), qPrintable(id.error()));

        const Result<Look> loaded = store.load(*id);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        QCOMPARE(loaded->id, *id);
        QCOMPARE(loaded->accountId, look.accountId);
        QCOMPARE(loaded->remoteId, look.remoteId);
        QCOMPARE(loaded->title, look.title);
        QCOMPARE(loaded->imagePath, look.imagePath);
        QCOMPARE(loaded->imageUrl, look.imageUrl);
        QCOMPARE(loaded->visibility, look.visibility);
        QCOMPARE(loaded->sharedWith, look.sharedWith);
        QCOMPARE(loaded->isSample, look.isSample);
        QCOMPARE(loaded->createdAt, look.createdAt);
        QVERIFY(loaded->updatedAt.isValid());
        QCOMPARE(loaded->products.size(), look.products.size());
        for (int i = 0; i < look.products.size(); ++i) {
            const Product &got = loaded->products.at(i);
            const Product &want = look.products.at(i);
            QVERIFY(got.id > 0);
            QCOMPARE(got.lookId, *id);
            QCOMPARE(got.position, i + 1);
            QCOMPARE(got.name, want.name);
            QCOMPARE(got.brand, want.brand);
            QCOMPARE(got.category, want.category);
            QCOMPARE(got.imagePath, want.imagePath);
            QCOMPARE(got.priceCents, want.priceCents);
            QCOMPARE(got.currency, want.currency);
            QCOMPARE(got.url, want.url);
        }
    }

    void updateRewritesFieldsAndProducts_data()
    {
        QTest::addColumn<QStringList>("productNames");
        QTest::addRow("reordered") << QStringList{QStringLiteral("boots"), QStringLiteral("coat"),
                                                  QStringLiteral("scarf")};
        QTest::addRow("one removed") << QStringList{QStringLiteral("coat"), QStringLiteral("boots")};
        QTest::addRow("one added") << QStringList{QStringLiteral("hat"), QStringLiteral("coat"),
                                                  QStringLiteral("scarf"), QStringLiteral("boots")};
        QTest::addRow("none") << QStringList{};
    }

    void updateRewritesFieldsAndProducts()
    {
        QFETCH(QStringList, productNames);
        test::TestCatalog fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        LookStore store(fixture.catalog());
        const Result<RowId> id = store.create(sampleLook(0));
        QVERIFY2(id.ok(), qPrintable(id.error()));
        Look changed = store.load(*id).value();
        QList<Product> products;
        for (const QString &name : productNames) {
            auto existing = std::find_if(changed.products.cbegin(), changed.products.cend(),
                                         [&](const Product &p) { return p.name == name; });
            products << (existing != changed.products.cend() ? *existing : product(name, 1000));
        }
        changed.products = products;
        changed.title = QStringLiteral("Winter layers");
        changed.visibility = Visibility::Public;
        changed.sharedWith = {};
        changed.isSample = false;
        const Status updated = store.update(changed);
        QVERIFY2(updated.ok(), qPrintable(updated.error()));

        const Result<Look> loaded = store.load(*id);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        QCOMPARE(loaded->title, QStringLiteral("Winter layers"));
        QCOMPARE(loaded->visibility, Visibility::Public);
        QVERIFY(loaded->sharedWith.isEmpty());
        QCOMPARE(loaded->isSample, false);
        QStringList names;
        for (int i = 0; i < loaded->products.size(); ++i) {
            QCOMPARE(loaded->products.at(i).position, i + 1);
            names << loaded->products.at(i).name;
        }
        QCOMPARE(names, productNames);
        QCOMPARE(test::rowCount(fixture.catalog(), QStringLiteral("products")), productNames.size());
    }

    void removeDeletesProductsAndVideoLinks()
    {
        test::TestCatalog fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        LookStore looks(fixture.catalog());
        VideoStore videos(fixture.catalog());
        const Result<RowId> gone = looks.create(sampleLook(0));
        Look other = sampleLook(0);
        other.remoteId.clear();
        const Result<RowId> kept = looks.create(other);
        QVERIFY(gone.ok() && kept.ok());
        Video video;
        video.title = QStringLiteral("try-on");
        const Result<RowId> videoId = videos.create(video);
        QVERIFY2(videoId.ok(), qPrintable(videoId.error()));
        QVERIFY(videos.linkToLook(*gone, *videoId).ok());
        QVERIFY(videos.setDefault(*gone, *videoId).ok());
        QVERIFY(videos.linkToLook(*kept, *videoId).ok());
        QCOMPARE(test::rowCount(fixture.catalog(), QStringLiteral("products")), 6);
        QCOMPARE(test::rowCount(fixture.catalog(), QStringLiteral("look_videos")), 2);

        const Status removed = looks.remove(*gone);
        QVERIFY2(removed.ok(), qPrintable(removed.error()));
        QCOMPARE(test::rowCount(fixture.catalog(), QStringLiteral("products")), 3);
        QCOMPARE(test::rowCount(fixture.catalog(), QStringLiteral("look_videos")), 1);
        QCOMPARE(videos.count().value(), 1);  // the video itself stays
        QCOMPARE(videos.links(*kept)->size(), 1);
        QCOMPARE(looks.count().value(), 1);
        QVERIFY(!looks.load(*gone).ok());
    }

    void listsNewestFirstWithProducts()
    {
        test::TestCatalog fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        LookStore store(fixture.catalog());
        Look older = sampleLook(0);
        older.remoteId.clear();
        older.createdAt = utc(1'000);
        older.products = {product(QStringLiteral("belt"), 100)};
        Look newer = sampleLook(0);
        newer.remoteId.clear();
        newer.createdAt = utc(2'000);
        const Result<RowId> olderId = store.create(older);
        const Result<RowId> newerId = store.create(newer);
        QVERIFY(olderId.ok() && newerId.ok());
        const Result<QList<Look>> looks = store.list();
        QVERIFY2(looks.ok(), qPrintable(looks.error()));
        QCOMPARE(looks->size(), 2);
        QCOMPARE(looks->at(0).id, *newerId);
        QCOMPARE(looks->at(0).products.size(), 3);
        QCOMPARE(looks->at(1).id, *olderId);
        QCOMPARE(looks->at(1).products.size(), 1);
        QCOMPARE(looks->at(1).products.at(0).name, QStringLiteral("belt"));
        QCOMPARE(store.count().value(), 2);
    }

    void summariesAggregateProductsVideosAndTheDefault()
    {
        test::TestCatalog fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        const LookStore looks(fixture.catalog());
        const VideoStore videos(fixture.catalog());
        Look older = sampleLook(0);
        older.remoteId.clear();
        older.createdAt = utc(1'000);
        Look newer = sampleLook(0);
        newer.remoteId.clear();
        newer.title = QStringLiteral("Bare");
        newer.imagePath.clear();
        newer.visibility = Visibility::Public;
        newer.products.clear();
        newer.createdAt = utc(2'000);
        const RowId olderId = looks.create(older).value();
        const RowId newerId = looks.create(newer).value();
        auto makeVideo = [&](VideoStatus status, bool offline, const QString &poster) {
            Video video;
            video.kind = VideoKind::TextToVideo;
            video.status = status;
            video.filePath = offline ? QStringLiteral("media/v.mp4") : QString();
            video.posterPath = poster;
            return videos.create(video).value();
        };
        const RowId shown = makeVideo(VideoStatus::Succeeded, true, QStringLiteral("posters/a.jpg"));
        const RowId pending = makeVideo(VideoStatus::Pending, false, QString());
        const RowId shared = makeVideo(VideoStatus::Failed, true, QStringLiteral("posters/c.jpg"));
        for (const RowId id : {shown, pending, shared})
            QVERIFY(videos.linkToLook(olderId, id).ok());
        QVERIFY(videos.setDefault(olderId, shown).ok());

        Result<QList<LookSummary>> summaries = looks.summaries();
        QVERIFY2(summaries.ok(), qPrintable(summaries.error()));
        QCOMPARE(summaries->size(), 2);
        const LookSummary &bare = summaries->at(0);  // newest first
        QCOMPARE(bare.id, newerId);
        QCOMPARE(bare.title, QStringLiteral("Bare"));
        QCOMPARE(bare.visibility, Visibility::Public);
        QCOMPARE(bare.productCount, 0);
        QCOMPARE(bare.videoCount, 0);
        QCOMPARE(bare.offlineVideoCount, 0);
        QCOMPARE(bare.defaultVideoId, RowId(0));
        QVERIFY(bare.defaultPosterPath.isEmpty());
        const LookSummary &full = summaries->at(1);
        QCOMPARE(full.id, olderId);
        QCOMPARE(full.title, older.title);
        QCOMPARE(full.imagePath, older.imagePath);
        QCOMPARE(full.imageUrl, older.imageUrl);
        QCOMPARE(full.visibility, Visibility::Shared);
        QVERIFY(full.isSample);
        QVERIFY(full.updatedAt.isValid());
        QCOMPARE(full.productCount, 3);
        QCOMPARE(full.videoCount, 3);
        QCOMPARE(full.offlineVideoCount, 2);
        QCOMPARE(full.defaultVideoId, shown);
        QCOMPARE(full.defaultStatus, VideoStatus::Succeeded);
        QCOMPARE(full.defaultPosterPath, QStringLiteral("posters/a.jpg"));

        // The same video in a second look, default there: each look counts its own links.
        QVERIFY(videos.linkToLook(newerId, shared).ok());
        QVERIFY(videos.setDefault(newerId, shared).ok());
        summaries = looks.summaries();
        QCOMPARE(summaries->at(0).videoCount, 1);
        QCOMPARE(summaries->at(0).offlineVideoCount, 1);
        QCOMPARE(summaries->at(0).defaultVideoId, shared);
        QCOMPARE(summaries->at(0).defaultStatus, VideoStatus::Failed);
        QCOMPARE(summaries->at(1).defaultVideoId, shown);
        QCOMPARE(summaries->at(1).videoCount, 3);
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
        LookStore store(fixture.catalog());
        const RowId missing = 777;
        QString error;
        if (operation == QStringLiteral("load")) {
            error = store.load(missing).error();
        } else if (operation == QStringLiteral("update")) {
            Look look = sampleLook(0);
            look.id = missing;
            error = store.update(look).error();
        } else {
            error = store.remove(missing).error();
        }
        QVERIFY2(error.contains(QStringLiteral("look 777")), qPrintable(error));
        QCOMPARE(test::rowCount(fixture.catalog(), QStringLiteral("products")), 0);
    }
};

QTEST_GUILESS_MAIN(TestLookStore)
#include "tst_lookstore.moc"
