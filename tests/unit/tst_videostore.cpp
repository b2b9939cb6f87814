#include "accountstore.h"
#include "lookstore.h"
#include "reviewnotestore.h"
#include "testcatalog.h"
#include "videostore.h"

#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace storyreel;

namespace {

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

Video sampleVideo(const QString &title, qint64 createdMs = 1'700'000'000'000)
{
    Video video;
    video.remoteId = QStringLiteral("remote-") + title;
    video.remoteRef = QStringLiteral("ref-") + title;
    video.kind = VideoKind::ImageToVideo;
    video.status = VideoStatus::Succeeded;
    video.title = title;
    video.prompt = QStringLiteral("slow pan over ") + title;
    video.mediaSha256 = QStringLiteral("ab").repeated(32);
    video.filePath = QStringLiteral("media/ab/%1.mp4").arg(title);
    video.remoteUrl = QStringLiteral("https://cdn.example/%1.mp4").arg(title);
    video.posterPath = QStringLiteral("media/ab/%1.jpg").arg(title);
    video.durationMs = 8'250;
    video.width = 1080;
    video.height = 1920;
    video.progress = 0.75;
    video.favorite = true;
    video.error = QStringLiteral("none yet");
    video.createdAt = utc(createdMs);
    return video;
}

struct Fixture
{
    test::TestCatalog catalog;
    RowId lookId = 0;
    QList<RowId> videoIds;  // three videos, all linked to the look in order
};

bool setUp(Fixture &fixture)
{
    if (!fixture.catalog.ok())
        return false;
    Look look;
    look.title = QStringLiteral("look");
    const Result<RowId> lookId = LookStore(fixture.catalog.catalog()).create(look);
    if (!lookId)
        return false;
    fixture.lookId = *lookId;
    VideoStore videos(fixture.catalog.catalog());
    for (const QString &title : {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}) {
        const Result<RowId> id = videos.create(sampleVideo(title));
        if (!id || !videos.linkToLook(fixture.lookId, *id))
            return false;
        fixture.videoIds << *id;
        QThread::msleep(2);  // distinct linked_at
    }
    return true;
}

}  // namespace

class TestVideoStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsEveryField()
    {
        test::TestCatalog fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        ProviderAccount account;
        account.name = QStringLiteral("ai");
        const Result<RowId> accountId = AccountStore(fixture.catalog()).create(account);
        QVERIFY2(accountId.ok(), qPrintable(accountId.error()));
        VideoStore store(fixture.catalog());
        Video video = sampleVideo(QStringLiteral("beach"));
        video.accountId = *accountId;
        const Result<RowId> id = store.create(video);
        QVERIFY2(id.ok(), qPrintable(id.error()));

        const Result<Video> loaded = store.load(*id);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        QCOMPARE(loaded->id, *id);
        QCOMPARE(loaded->accountId, video.accountId);
        QCOMPARE(loaded->remoteId, video.remoteId);
        QCOMPARE(loaded->remoteRef, video.remoteRef);
        QCOMPARE(loaded->kind, video.kind);
        QCOMPARE(loaded->status, video.status);
        QCOMPARE(loaded->title, video.title);
        QCOMPARE(loaded->prompt, video.prompt);
        QCOMPARE(loaded->mediaSha256, video.mediaSha256);
        QCOMPARE(loaded->filePath, video.filePath);
        QCOMPARE(loaded->remoteUrl, video.remoteUrl);
        QCOMPARE(loaded->posterPath, video.posterPath);
        QCOMPARE(loaded->durationMs, video.durationMs);
        QCOMPARE(loaded->width, video.width);
        QCOMPARE(loaded->height, video.height);
        QCOMPARE(loaded->progress, video.progress);
        QCOMPARE(loaded->favorite, video.favorite);
        QCOMPARE(loaded->error, video.error);
        QCOMPARE(loaded->createdAt, video.createdAt);
        QVERIFY(loaded->updatedAt.isValid());
    }

    void updateRewritesEveryField()
    {
        test::TestCatalog fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        VideoStore store(fixture.catalog());
        const Result<RowId> id = store.create(sampleVideo(QStringLiteral("draft")));
        QVERIFY2(id.ok(), qPrintable(id.error()));
        Video changed = store.load(*id).value();
        changed.remoteId.clear();
        changed.remoteRef = QStringLiteral("vid_42");
        changed.kind = VideoKind::Render;
        changed.status = VideoStatus::Failed;
        changed.title = QStringLiteral("final");
        changed.prompt = QStringLiteral("another prompt");
        changed.mediaSha256 = QStringLiteral("cd").repeated(32);
        changed.filePath = QStringLiteral("media/cd/final.mp4");
        changed.remoteUrl.clear();
        changed.posterPath = QStringLiteral("media/cd/final.jpg");
        changed.durationMs = 61'000;
        changed.width = 1920;
        changed.height = 1080;
        changed.progress = 1.0;
        changed.favorite = false;
        changed.error = QStringLiteral("encoder gave up");
        const Status updated = store.update(changed);
        QVERIFY2(updated.ok(), qPrintable(updated.error()));
        const Result<Video> loaded = store.load(*id);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        QVERIFY(loaded->remoteId.isEmpty());
        QCOMPARE(loaded->remoteRef, changed.remoteRef);
        QCOMPARE(loaded->kind, changed.kind);
        QCOMPARE(loaded->status, changed.status);
        QCOMPARE(loaded->title, changed.title);
        QCOMPARE(loaded->prompt, changed.prompt);
        QCOMPARE(loaded->mediaSha256, changed.mediaSha256);
        QCOMPARE(loaded->filePath, changed.filePath);
        QVERIFY(loaded->remoteUrl.isEmpty());
        QCOMPARE(loaded->posterPath, changed.posterPath);
        QCOMPARE(loaded->durationMs, changed.durationMs);
        QCOMPARE(loaded->width, changed.width);
        QCOMPARE(loaded->height, changed.height);
        QCOMPARE(loaded->progress, changed.progress);
        QCOMPARE(loaded->favorite, changed.favorite);
        QCOMPARE(loaded->error, changed.error);
        QCOMPARE(loaded->createdAt, changed.createdAt);
    }

    void listsNewestFirstInPages_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("offset");
        QTest::addColumn<QStringList>("expected");
        const QStringList all{QStringLiteral("v4"), QStringLiteral("v3"), QStringLiteral("v2"),
                              QStringLiteral("v1"), QStringLiteral("v0")};
        QTest::addRow("all") << -1 << 0 << all;
        QTest::addRow("first page") << 2 << 0 << all.mid(0, 2);
        QTest::addRow("second page") << 2 << 2 << all.mid(2, 2);
        QTest::addRow("last short page") << 2 << 4 << all.mid(4);
        QTest::addRow("past the end") << 2 << 9 << QStringList{};
        QTest::addRow("rest after offset") << -1 << 3 << all.mid(3);
    }

    void listsNewestFirstInPages()
    {
        QFETCH(int, limit);
        QFETCH(int, offset);
        QFETCH(QStringList, expected);
        test::TestCatalog fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        VideoStore store(fixture.catalog());
        // Inserted out of time order, so the order must come from created_at.
        for (int i : {2, 0, 4, 1, 3})
            QVERIFY(store.create(sampleVideo(QStringLiteral("v%1").arg(i), 1'000 + i * 10)).ok());
        const Result<QList<Video>> videos = store.list(limit, offset);
        QVERIFY2(videos.ok(), qPrintable(videos.error()));
        QStringList titles;
        for (const Video &video : *videos)
            titles << video.title;
        QCOMPARE(titles, expected);
        QCOMPARE(store.count().value(), 5);
    }

    void removeDeletesLinksAndNotes()
    {
        Fixture fixture;
        QVERIFY(setUp(fixture));
        Catalog &catalog = fixture.catalog.catalog();
        VideoStore store(catalog);
        ReviewNote note;
        note.videoId = fixture.videoIds.at(0);
        note.text = QStringLiteral("too dark");
        QVERIFY(ReviewNoteStore(catalog).add(note).ok());
        QVERIFY(store.setDefault(fixture.lookId, fixture.videoIds.at(0)).ok());

        const Status removed = store.remove(fixture.videoIds.at(0));
        QVERIFY2(removed.ok(), qPrintable(removed.error()));
        QCOMPARE(test::scalarInt(catalog, QStringLiteral("SELECT COUNT(*) FROM look_videos")), 2);
        QCOMPARE(test::scalarInt(catalog, QStringLiteral("SELECT COUNT(*) FROM review_notes")), 0);
        QCOMPARE(store.count().value(), 2);
        const Result<std::optional<Video>> noDefault = store.defaultVideo(fixture.lookId);
        QVERIFY2(noDefault.ok(), qPrintable(noDefault.error()));
        QVERIFY(!noDefault->has_value());
    }

    void linksComeBackInLinkOrder()
    {
        Fixture fixture;
        QVERIFY(setUp(fixture));
        VideoStore store(fixture.catalog.catalog());
        const Result<QList<LookVideoLink>> links = store.links(fixture.lookId);
        QVERIFY2(links.ok(), qPrintable(links.error()));
        QCOMPARE(links->size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(links->at(i).lookId, fixture.lookId);
            QCOMPARE(links->at(i).videoId, fixture.videoIds.at(i));
            QCOMPARE(links->at(i).isDefault, false);
            QVERIFY(links->at(i).linkedAt.isValid());
            if (i > 0)
                QVERIFY(links->at(i - 1).linkedAt < links->at(i).linkedAt);
        }
        const Result<QList<Video>> videos = store.videosForLook(fixture.lookId);
        QVERIFY2(videos.ok(), qPrintable(videos.error()));
        QCOMPARE(videos->size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(videos->at(i).id, fixture.videoIds.at(i));

        QVERIFY(store.unlinkFromLook(fixture.lookId, fixture.videoIds.at(1)).ok());
        QCOMPARE(store.links(fixture.lookId)->size(), 2);
        QCOMPARE(store.videosForLook(fixture.lookId)->at(1).id, fixture.videoIds.at(2));
        const Status again = store.unlinkFromLook(fixture.lookId, fixture.videoIds.at(1));
        QVERIFY(!again.ok());
        QVERIFY2(again.error().contains(QStringLiteral("not linked")), qPrintable(again.error()));
    }

    void relinkingKeepsTheDefaultAndLinkTime()
    {
        Fixture fixture;
        QVERIFY(setUp(fixture));
        VideoStore store(fixture.catalog.catalog());
        QVERIFY(store.setDefault(fixture.lookId, fixture.videoIds.at(0)).ok());
        const QDateTime linkedAt = store.links(fixture.lookId)->at(0).linkedAt;
        const Status relinked = store.linkToLook(fixture.lookId, fixture.videoIds.at(0));
        QVERIFY2(relinked.ok(), qPrintable(relinked.error()));
        const Result<QList<LookVideoLink>> links = store.links(fixture.lookId);
        QCOMPARE(links->size(), 3);
        QCOMPARE(links->at(0).isDefault, true);
        QCOMPARE(links->at(0).linkedAt, linkedAt);
    }

    void setDefaultMovesTheOnlyDefault()
    {
        Fixture fixture;
        QVERIFY(setUp(fixture));
        Catalog &catalog = fixture.catalog.catalog();
        VideoStore store(catalog);
        const QString defaults =
            QStringLiteral("SELECT COUNT(*) FROM look_videos WHERE look_id = %1 AND is_default = 1")
                .arg(fixture.lookId);
        QVERIFY(!store.defaultVideo(fixture.lookId)->has_value());
        for (int i : {0, 2, 1, 1}) {
            const Status set = store.setDefault(fixture.lookId, fixture.videoIds.at(i));
            QVERIFY2(set.ok(), qPrintable(set.error()));
            QCOMPARE(test::scalarInt(catalog, defaults), 1);
            const Result<std::optional<Video>> chosen = store.defaultVideo(fixture.lookId);
            QVERIFY2(chosen.ok(), qPrintable(chosen.error()));
            QVERIFY(chosen->has_value());
            QCOMPARE(chosen->value().id, fixture.videoIds.at(i));
            QCOMPARE(chosen->value().title, sampleVideo(QStringLiteral("abc").mid(i, 1)).title);
            const Result<QList<LookVideoLink>> links = store.links(fixture.lookId);
            for (const LookVideoLink &link : *links)
                QCOMPARE(link.isDefault, link.videoId == fixture.videoIds.at(i));
        }
        const Status cleared = store.clearDefault(fixture.lookId);
        QVERIFY2(cleared.ok(), qPrintable(cleared.error()));
        QCOMPARE(test::scalarInt(catalog, defaults), 0);
        QVERIFY(!store.defaultVideo(fixture.lookId)->has_value());
    }

    void setDefaultOfAnUnlinkedVideoChangesNothing()
    {
        Fixture fixture;
        QVERIFY(setUp(fixture));
        VideoStore store(fixture.catalog.catalog());
        QVERIFY(store.setDefault(fixture.lookId, fixture.videoIds.at(1)).ok());
        const Result<RowId> stranger = store.create(sampleVideo(QStringLiteral("stranger")));
        QVERIFY(stranger.ok());

        const Status set = store.setDefault(fixture.lookId, *stranger);
        QVERIFY(!set.ok());
        QVERIFY2(set.error().contains(QStringLiteral("not linked")), qPrintable(set.error()));
        QVERIFY2(set.error().contains(QString::number(*stranger)), qPrintable(set.error()));
        QCOMPARE(store.defaultVideo(fixture.lookId)->value().id, fixture.videoIds.at(1));
        QCOMPARE(store.links(fixture.lookId)->size(), 3);
    }

    void missingIdsFailClearly_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("expected");
        QTest::addRow("load") << QStringLiteral("load") << QStringLiteral("video 999 does not exist");
        QTest::addRow("update") << QStringLiteral("update") << QStringLiteral("video 999");
        QTest::addRow("remove") << QStringLiteral("remove") << QStringLiteral("video 999");
        QTest::addRow("link to missing look")
            << QStringLiteral("link-look") << QStringLiteral("look 999 does not exist");
        QTest::addRow("link missing video")
            << QStringLiteral("link-video") << QStringLiteral("video 999 does not exist");
        QTest::addRow("links") << QStringLiteral("links") << QStringLiteral("look 999 does not exist");
        QTest::addRow("videos for look")
            << QStringLiteral("videos") << QStringLiteral("look 999 does not exist");
        QTest::addRow("set default") << QStringLiteral("set-default")
                                     << QStringLiteral("look 999 does not exist");
        QTest::addRow("clear default")
            << QStringLiteral("clear-default") << QStringLiteral("look 999 does not exist");
        QTest::addRow("default video")
            << QStringLiteral("default") << QStringLiteral("look 999 does not exist");
    }

    void missingIdsFailClearly()
    {
        QFETCH(QString, operation);
        QFETCH(QString, expected);
        Fixture fixture;
        QVERIFY(setUp(fixture));
        VideoStore store(fixture.catalog.catalog());
        const RowId missing = 999;
        const RowId video = fixture.videoIds.at(0);
        QString error;
        if (operation == QStringLiteral("load")) {
            error = store.load(missing).error();
        } else if (operation == QStringLiteral("update")) {
            Video changed = sampleVideo(QStringLiteral("x"));
            changed.id = missing;
            error = store.update(changed).error();
        } else if (operation == QStringLiteral("remove")) {
            error = store.remove(missing).error();
        } else if (operation == QStringLiteral("link-look")) {
            error = store.linkToLook(missing, video).error();
        } else if (operation == QStringLiteral("link-video")) {
            error = store.linkToLook(fixture.lookId, missing).error();
        } else if (operation == QStringLiteral("links")) {
            error = store.links(missing).error();
        } else if (operation == QStringLiteral("videos")) {
            error = store.videosForLook(missing).error();
        } else if (operation == QStringLiteral("set-default")) {
            error = store.setDefault(missing, video).error();
        } else if (operation == QStringLiteral("clear-default")) {
            error = store.clearDefault(missing).error();
        } else {
            error = store.defaultVideo(missing).error();
        }
        QVERIFY2(error.contains(expected), qPrintable(error));
        QCOMPARE(store.count().value(), 3);
        QCOMPARE(store.links(fixture.lookId)->size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestVideoStore)
#include "tst_videostore.moc"
