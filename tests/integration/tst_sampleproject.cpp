#include "catalog.h"
#include "lookstore.h"
#include "mediastore.h"
#include "sampleproject.h"
#include "storyboardstore.h"
#include "testcatalog.h"

#include <QImage>
#include <QSqlQuery>
#include <QTest>

using namespace storyreel;

class TestSampleProject : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsAStoryboardAndTwoLooksWithTheirImages()
    {
        test::TestCatalog fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        const MediaStore media(fixture.dir());
        Result<bool> created = SampleProject(fixture.catalog(), media).ensureCreated();
        QVERIFY2(created.ok(), qPrintable(created.error()));
        QVERIFY(*created);

        Result<QList<Storyboard>> boards = StoryboardStore(fixture.catalog()).list();
        QVERIFY(boards.ok());
        QCOMPARE(boards->size(), 1);
        Result<Storyboard> board = StoryboardStore(fixture.catalog()).load(boards->first().id);
        QVERIFY(board.ok());
        QVERIFY(board->isSample);
        QVERIFY(board->scenes.size() >= 4);
        int withImages = 0;
        for (const Scene &scene : board->scenes) {
            QVERIFY(!scene.description.isEmpty());
            QVERIFY(scene.durationMs > 0);
            if (scene.imagePath.isEmpty())
                continue;
            ++withImages;
            const QImage image(media.absolutePath(scene.imagePath));
            QVERIFY2(!image.isNull(), qPrintable(scene.imagePath));
            QCOMPARE(image.size(), QSize(1920, 1080));
        }
        QVERIFY(withImages >= 4);

        Result<QList<Look>> looks = LookStore(fixture.catalog()).list();
        QVERIFY(looks.ok());
        QCOMPARE(looks->size(), 2);
        for (const Look &look : *looks) {
            QVERIFY(look.isSample);
            QVERIFY(!look.products.isEmpty());
            QVERIFY(!QImage(media.absolutePath(look.imagePath)).isNull());
        }
    }

    void isCreatedOnlyOnce()
    {
        test::TestCatalog fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        const MediaStore media(fixture.dir());
        const SampleProject sample(fixture.catalog(), media);
        QVERIFY(sample.ensureCreated().value());
        Result<bool> again = sample.ensureCreated();
        QVERIFY(again.ok());
        QVERIFY(!*again);
        QCOMPARE(StoryboardStore(fixture.catalog()).count().value(), 1);
        QCOMPARE(LookStore(fixture.catalog()).count().value(), 2);
    }

    void aDeletedSampleStaysDeleted()
    {
        test::TestCatalog fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        const MediaStore media(fixture.dir());
        const SampleProject sample(fixture.catalog(), media);
        QVERIFY(sample.ensureCreated().value());
        for (const Storyboard &board : StoryboardStore(fixture.catalog()).list().value())
            QVERIFY(StoryboardStore(fixture.catalog()).remove(board.id).ok());
        for (const Look &look : LookStore(fixture.catalog()).list().value())
            QVERIFY(LookStore(fixture.catalog()).remove(look.id).ok());

        Result<bool> created = sample.ensureCreated();
        QVERIFY(created.ok());
        QVERIFY(!*created);
        QCOMPARE(StoryboardStore(fixture.catalog()).count().value(), 0);
        QCOMPARE(LookStore(fixture.catalog()).count().value(), 0);
    }

    // All of the sample or none of it: a failure half-way leaves no rows and no marker.
    void aFailureLeavesNothingHalfCreated()
    {
        test::TestCatalog fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        QSqlQuery sabotage(fixture.catalog().db());
        // The storyboard insert fails after the looks were written in the same transaction.
        QVERIFY(
            sabotage.exec(QStringLiteral("CREATE TRIGGER no_boards BEFORE INSERT ON storyboards "
                                         "BEGIN SELECT RAISE(ABORT, 'disk says no'); END")));
        const MediaStore media(fixture.dir());
        Result<bool> created = SampleProject(fixture.catalog(), media).ensureCreated();
        QVERIFY(!created.ok());
        QVERIFY2(created.error().contains(QStringLiteral("disk says no")), qPrintable(created.error()));
        QCOMPARE(LookStore(fixture.catalog()).count().value(), 0);
        QVERIFY(fixture.catalog().metaValue(QString::fromLatin1(SampleProject::kCreatedMetaKey)).isEmpty());
    }
};

QTEST_MAIN(TestSampleProject)
#include "tst_sampleproject.moc"
