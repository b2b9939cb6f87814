#include "jobstore.h"
#include "jobtablemodel.h"
#include "looklistmodel.h"
#include "lookstore.h"
#include "scenelistmodel.h"
#include "storyboardlistmodel.h"
#include "storyboardstore.h"
#include "testcatalog.h"

#include <QAbstractItemModelTester>
#include <QImage>
#include <QTest>

using namespace storyreel;

// The models the workspaces show, checked by Qt's model tester and against the catalog.
class TestItemModels : public QObject
{
    Q_OBJECT

private:
    static Storyboard board(const QString &title, int scenes)
    {
        Storyboard result;
        result.title = title;
        for (int i = 0; i < scenes; ++i) {
            Scene scene;
            scene.description = QStringLiteral("scene %1").arg(i + 1);
            scene.durationMs = 1000 * (i + 1);
            result.scenes << scene;
        }
        return result;
    }

private Q_SLOTS:
    void storyboardListFollowsTheCatalog()
    {
        test::TestCatalog fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        StoryboardListModel model(fixture.catalog());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        const RowId id =
            StoryboardStore(fixture.catalog()).create(board(QStringLiteral("Trailer"), 3)).value();
        QVERIFY(model.reload());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Trailer"));
        QCOMPARE(model.index(0).data(StoryboardListModel::IdRole).toLongLong(), id);
        QCOMPARE(model.index(0).data(StoryboardListModel::SceneCountRole).toInt(), 3);
        QVERIFY(model.index(0)
                    .data(StoryboardListModel::SubtitleRole)
                    .toString()
                    .contains(QStringLiteral("6.0 s")));
        QCOMPARE(model.rowOf(id), 0);
        QCOMPARE(model.rowOf(id + 100), -1);
    }

    void sceneListShowsScenesInOrderWithImagesOrCards()
    {
        test::TestCatalog fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        const RowId id = StoryboardStore(fixture.catalog()).create(board(QStringLiteral("B"), 4)).value();
        SceneListModel model(fixture.catalog(), fixture.dir(), QSize(160, 90));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.setStoryboard(id));
        QCOMPARE(model.rowCount(), 4);
        for (int row = 0; row < 4; ++row) {
            QCOMPARE(model.index(row).data(SceneListModel::PositionRole).toInt(), row + 1);
            QCOMPARE(model.index(row).data().toString(), QStringLiteral("scene %1").arg(row + 1));
            const QImage card = qvariant_cast<QImage>(model.index(row).data(Qt::DecorationRole));
            QCOMPARE(card.size(), QSize(160, 90));  // no image: a synthesized card at the thumbnail size
        }
        QVERIFY(model.setStoryboard(0));
        QCOMPARE(model.rowCount(), 0);
    }

    void lookListCountsProducts()
    {
        test::TestCatalog fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        Look look;
        look.title = QStringLiteral("Stone");
        look.products = {Product{}, Product{}};
        look.products[0].name = QStringLiteral("Coat");
        look.products[1].name = QStringLiteral("Boots");
        QVERIFY(LookStore(fixture.catalog()).create(look).ok());
        LookListModel model(fixture.catalog(), fixture.dir(), QSize(80, 100));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data(LookListModel::ProductCountRole).toInt(), 2);
        QCOMPARE(model.lookAt(0)->productCount, 2);
        QCOMPARE(model.lookAt(0)->title, QStringLiteral("Stone"));
        QCOMPARE(model.lookAt(1), nullptr);
    }

    void jobTableShowsJobsNewestFirst()
    {
        test::TestCatalog fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        const JobStore jobs(fixture.catalog());
        for (int i = 0; i < 3; ++i) {
            Job job;
            job.kind = JobKind::Export;
            job.title = QStringLiteral("export %1").arg(i);
            job.status = i == 2 ? JobStatus::Running : JobStatus::Succeeded;
            job.createdAt = QDateTime::fromMSecsSinceEpoch(1000 * (i + 1), Qt::UTC);
            QVERIFY(jobs.create(job).ok());
        }
        JobTableModel model(fixture.catalog());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(JobTableModel::ColumnCount));
        QCOMPARE(model.index(0, JobTableModel::Title).data().toString(), QStringLiteral("export 2"));
        QCOMPARE(model.index(0, JobTableModel::Status).data().toString(), QStringLiteral("running"));
        QCOMPARE(model.index(0, JobTableModel::Provider).data().toString(), QStringLiteral("Local"));
        QCOMPARE(model.activeCount(), 1);
    }
};

QTEST_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
