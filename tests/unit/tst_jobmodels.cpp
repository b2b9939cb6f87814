#include "accountstore.h"
#include "jobfilterproxy.h"
#include "jobstore.h"
#include "jobtablemodel.h"
#include "testcatalog.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace storyreel;

namespace {

QDateTime at(int second)
{
    return QDateTime::fromMSecsSinceEpoch(1'700'000'000'000 + 1000LL * second, Qt::UTC);
}

QStringList titles(const QAbstractItemModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result << model.index(row, JobTableModel::Title).data().toString();
    return result;
}

// Test data rows name titles as plain literals.
QStringList names(std::initializer_list<const char *> texts)
{
    QStringList result;
    for (const char *text : texts)
        result << QString::fromUtf8(text);
    return result;
}

}  // namespace

// The job monitor's table model and its filter proxy: Qt's model tester on both, single-row refresh
// and removal as the scheduler reports them, batch grouping, and every filter.
class TestJobModels : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestCatalog> m_fixture;
    RowId m_vidu = 0;
    RowId m_kling = 0;
    QHash<QString, RowId> m_ids;

    RowId addJob(const QString &title, JobKind kind, JobStatus status, RowId account, int second,
                 const QString &stage = {}, const QString &error = {}, const QString &batch = {})
    {
        Job job;
        job.title = title;
        job.kind = kind;
        job.status = status;
        job.accountId = account;
        job.stage = stage;
        job.error = error;
        job.batchId = batch;
        job.createdAt = at(second);
        job.progress = status == JobStatus::Running ? 0.5 : 0.0;
        Result<RowId> id = JobStore(m_fixture->catalog()).create(job);
        if (!id)
            qFatal("cannot create job %s: %s", qPrintable(title), qPrintable(id.error()));
        m_ids.insert(title, *id);
        return *id;
    }

    RowId addAccount(const QString &name)
    {
        ProviderAccount account;
        account.name = name;
        account.dialect = Dialect::AiStudio;
        Result<RowId> id = AccountStore(m_fixture->catalog()).create(account);
        if (!id)
            qFatal("cannot create account %s: %s", qPrintable(name), qPrintable(id.error()));
        return *id;
    }

    Catalog &catalog() { return m_fixture->catalog(); }

private Q_SLOTS:
    // Seven jobs, one per status, over two provider accounts and local work.
    void init()
    {
        m_fixture = std::make_unique<test::TestCatalog>();
        QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
        m_ids.clear();
        m_vidu = addAccount(QStringLiteral("Vidu"));
        m_kling = addAccount(QStringLiteral("Kling"));
        addJob(QStringLiteral("Render morning"), JobKind::Render, JobStatus::Succeeded, 0, 1);
        addJob(QStringLiteral("Export final cut"), JobKind::Export, JobStatus::Failed, 0, 2, {},
               QStringLiteral("Disk full while writing"));
        addJob(QStringLiteral("Dancing cat"), JobKind::GenerateText, JobStatus::Running, m_vidu, 3,
               QStringLiteral("Upscaling"));
        addJob(QStringLiteral("Beach look"), JobKind::GenerateImage, JobStatus::Queued, m_kling, 4);
        addJob(QStringLiteral("Old upload"), JobKind::Upload, JobStatus::Cancelled, m_vidu, 5);
        addJob(QStringLiteral("Held download"), JobKind::Download, JobStatus::Held, 0, 6);
        addJob(QStringLiteral("Crashed render"), JobKind::Render, JobStatus::Interrupted, 0, 7);
    }

    void tableShowsRolesAndAccountNames()
    {
        JobTableModel model(catalog());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(titles(model).first(), QStringLiteral("Crashed render"));  // newest first
        const int row = model.rowOf(m_ids.value(QStringLiteral("Dancing cat")));
        QVERIFY(row >= 0);
        const QModelIndex cell = model.index(row, JobTableModel::Provider);
        QCOMPARE(cell.data().toString(), QStringLiteral("Vidu"));
        QCOMPARE(cell.data(JobTableModel::AccountNameRole).toString(), QStringLiteral("Vidu"));
        QCOMPARE(cell.data(JobTableModel::AccountIdRole).toLongLong(), m_vidu);
        QCOMPARE(cell.data(JobTableModel::StatusRole).toInt(), int(JobStatus::Running));
        QCOMPARE(cell.data(JobTableModel::KindRole).toInt(), int(JobKind::GenerateText));
        QCOMPARE(cell.data(JobTableModel::ProgressRole).toDouble(), 0.5);
        QCOMPARE(cell.data(JobTableModel::IdRole).toLongLong(), m_ids.value(QStringLiteral("Dancing cat")));
        QVERIFY(cell.data(JobTableModel::SearchTextRole).toString().contains(QStringLiteral("Upscaling")));
        const int failed = model.rowOf(m_ids.value(QStringLiteral("Export final cut")));
        QVERIFY(model.index(failed, 0)
                    .data(JobTableModel::SearchTextRole)
                    .toString()
                    .contains(QStringLiteral("Disk full")));
        QCOMPARE(model.index(failed, JobTableModel::Provider).data().toString(), QStringLiteral("Local"));
        QCOMPARE(model.activeCount(), 2);  // running and queued; held waits for the user
    }

    void refreshUpdatesOneRowAndInsertsNewJobsAtTheTop()
    {
        JobTableModel model(catalog());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        const RowId cat = m_ids.value(QStringLiteral("Dancing cat"));
        Result<Job> job = JobStore(catalog()).load(cat);
        QVERIFY(job.ok());
        Job updated = *job;
        updated.status = JobStatus::Succeeded;
        updated.progress = 1.0;
        updated.stage = QStringLiteral("Done");
        QVERIFY(JobStore(catalog()).update(updated).ok());
        const int row = model.rowOf(cat);
        QVERIFY(model.refreshJob(cat));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), row);
        QCOMPARE(changed.first().at(1).value<QModelIndex>().row(), row);
        QCOMPARE(model.index(row, JobTableModel::Stage).data().toString(), QStringLiteral("Done"));
        QCOMPARE(model.index(row, 0).data(JobTableModel::StatusRole).toInt(), int(JobStatus::Succeeded));
        QCOMPARE(model.activeCount(), 1);

        // A job (and an account) the model has not seen: one row inserted at the top.
        const RowId runway = addAccount(QStringLiteral("Runway"));
        const RowId fresh =
            addJob(QStringLiteral("Fresh job"), JobKind::GenerateText, JobStatus::Queued, runway, 100);
        QVERIFY(model.refreshJob(fresh));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(model.rowCount(), 8);
        QCOMPARE(model.rowOf(fresh), 0);
        QCOMPARE(model.index(0, JobTableModel::Provider).data().toString(), QStringLiteral("Runway"));
        QCOMPARE(model.activeCount(), 2);
        QCOMPARE(reset.count(), 0);  // never a reset for a single job
    }

    void removalTakesOutOneRow()
    {
        JobTableModel model(catalog());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        const RowId beach = m_ids.value(QStringLiteral("Beach look"));
        const int row = model.rowOf(beach);
        model.removeJob(beach);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().at(1).toInt(), row);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.rowOf(beach), -1);
        QVERIFY(!titles(model).contains(QStringLiteral("Beach look")));
        QCOMPARE(model.activeCount(), 1);
        model.removeJob(beach);  // twice is harmless
        QCOMPARE(removed.count(), 1);

        // Gone from the catalog behind the model's back: a refresh drops the row.
        const RowId held = m_ids.value(QStringLiteral("Held download"));
        QVERIFY(JobStore(catalog()).remove(held).ok());
        QVERIFY(model.refreshJob(held));
        QCOMPARE(model.rowOf(held), -1);
        QCOMPARE(model.rowCount(), 5);
    }

    void batchesStayTogether()
    {
        // Interleaved in time with a lone job, yet shown as one group where its newest job would be.
        addJob(QStringLiteral("batch a1"), JobKind::GenerateText, JobStatus::Queued, 0, 10, {}, {},
               QStringLiteral("batch-A"));
        addJob(QStringLiteral("lone"), JobKind::Render, JobStatus::Queued, 0, 11);
        addJob(QStringLiteral("batch a2"), JobKind::GenerateText, JobStatus::Queued, 0, 12, {}, {},
               QStringLiteral("batch-A"));
        JobTableModel model(catalog());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(titles(model).mid(0, 3), (QStringList{QStringLiteral("batch a2"), QStringLiteral("batch a1"),
                                                       QStringLiteral("lone")}));
        QCOMPARE(model.index(0, 0).data(JobTableModel::BatchIdRole).toString(), QStringLiteral("batch-A"));
        QCOMPARE(model.index(0, 0).data(JobTableModel::BatchSizeRole).toInt(), 2);
        QVERIFY(model.index(0, JobTableModel::Batch).data().toString().contains(QStringLiteral("2 job")));

        // A new job of that batch joins its group, not the top of the table.
        addJob(QStringLiteral("lone 2"), JobKind::Render, JobStatus::Queued, 0, 13);
        QVERIFY(model.refreshJob(m_ids.value(QStringLiteral("lone 2"))));
        const RowId a3 = addJob(QStringLiteral("batch a3"), JobKind::GenerateText, JobStatus::Queued, 0, 14,
                                {}, {}, QStringLiteral("batch-A"));
        QVERIFY(model.refreshJob(a3));
        QCOMPARE(titles(model).mid(0, 5), (QStringList{QStringLiteral("lone 2"), QStringLiteral("batch a3"),
                                                       QStringLiteral("batch a2"), QStringLiteral("batch a1"),
                                                       QStringLiteral("lone")}));
        QCOMPARE(model.index(3, 0).data(JobTableModel::BatchSizeRole).toInt(), 3);
    }

    void proxyPassesTheModelTesterWhileEverythingChanges()
    {
        JobTableModel model(catalog());
        JobFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setHideFinished(true);
        proxy.setSearchText(QStringLiteral("e"));
        const RowId fresh = addJob(QStringLiteral("Eel render"), JobKind::Render, JobStatus::Queued, 0, 50);
        QVERIFY(model.refreshJob(fresh));
        QCOMPARE(proxy.index(0, JobTableModel::Title).data().toString(), QStringLiteral("Eel render"));
        proxy.sort(JobTableModel::Title);
        model.removeJob(m_ids.value(QStringLiteral("Beach look")));
        proxy.sort(-1);
        proxy.setStatusFilter({JobStatus::Failed});
        QCOMPARE(titles(proxy), QStringList{QStringLiteral("Export final cut")});
        QVERIFY(model.reload());
    }

    void filters_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("status failed") << "status"
                                       << "failed" << names({"Export final cut"});
        QTest::newRow("status active")
            << "status"
            << "queued,held,running" << names({"Held download", "Beach look", "Dancing cat"});
        QTest::newRow("kind render") << "kind"
                                     << "render" << names({"Crashed render", "Render morning"});
        QTest::newRow("local provider")
            << "provider"
            << "local" << names({"Crashed render", "Held download", "Export final cut", "Render morning"});
        QTest::newRow("provider Vidu") << "provider"
                                       << "Vidu" << names({"Old upload", "Dancing cat"});
        QTest::newRow("search error, any case") << "search"
                                                << "DISK FULL" << names({"Export final cut"});
        QTest::newRow("search stage") << "search"
                                      << "upscal" << names({"Dancing cat"});
        QTest::newRow("search kind") << "search"
                                     << "generate-image" << names({"Beach look"});
        QTest::newRow("search title, trimmed") << "search"
                                               << "  cat " << names({"Dancing cat"});
        QTest::newRow("search nothing") << "search"
                                        << "zebra" << QStringList();
        QTest::newRow("hide finished keeps failed")
            << "hide"
            << ""
            << names({"Crashed render", "Held download", "Beach look", "Dancing cat", "Export final cut"});
    }

    void filters()
    {
        QFETCH(QString, filter);
        QFETCH(QString, value);
        QFETCH(QStringList, expected);
        JobTableModel model(catalog());
        JobFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(proxy.rowCount(), 7);
        if (filter == QLatin1String("status")) {
            QSet<JobStatus> statuses;
            for (const QString &text : value.split(u','))
                statuses.insert(*fromText<JobStatus>(text));
            proxy.setStatusFilter(statuses);
        } else if (filter == QLatin1String("kind")) {
            proxy.setKindFilter(fromText<JobKind>(value));
        } else if (filter == QLatin1String("provider")) {
            proxy.setProviderFilter(value == QLatin1String("local") ? 0 : m_vidu);
        } else if (filter == QLatin1String("search")) {
            proxy.setSearchText(value);
        } else {
            proxy.setHideFinished(true);
        }
        QCOMPARE(titles(proxy), expected);
    }

    void filtersCombineAndClear()
    {
        JobTableModel model(catalog());
        JobFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setHideFinished(true);
        proxy.setProviderFilter(m_vidu);
        QCOMPARE(titles(proxy), QStringList{QStringLiteral("Dancing cat")});  // "Old upload" was cancelled
        proxy.setHideFinished(false);
        proxy.setProviderFilter(std::nullopt);
        QCOMPARE(proxy.rowCount(), 7);

        // A row that stops matching leaves the filtered view as soon as the model refreshes it.
        proxy.setStatusFilter({JobStatus::Running});
        QCOMPARE(proxy.rowCount(), 1);
        Job cat = JobStore(catalog()).load(m_ids.value(QStringLiteral("Dancing cat"))).value();
        cat.status = JobStatus::Failed;
        QVERIFY(JobStore(catalog()).update(cat).ok());
        QVERIFY(model.refreshJob(cat.id));
        QCOMPARE(proxy.rowCount(), 0);
    }

    void settingTheSameFilterTwiceDoesNotRefilter()
    {
        JobTableModel model(catalog());
        JobFilterProxy proxy;
        proxy.setSourceModel(&model);
        QSignalSpy refiltered(&proxy, &JobFilterProxy::filterChanged);
        proxy.setSearchText(QStringLiteral("cat"));
        proxy.setSearchText(QStringLiteral(" cat "));
        proxy.setKindFilter(JobKind::Render);
        proxy.setKindFilter(JobKind::Render);
        proxy.setStatusFilter({JobStatus::Failed, JobStatus::Queued});
        proxy.setStatusFilter({JobStatus::Queued, JobStatus::Failed});
        proxy.setProviderFilter(0);
        proxy.setProviderFilter(0);
        proxy.setHideFinished(false);
        QCOMPARE(refiltered.count(), 4);
        QCOMPARE(proxy.statusFilter(), (QSet<JobStatus>{JobStatus::Failed, JobStatus::Queued}));
    }

    void sortingByAColumnAndBack()
    {
        JobTableModel model(catalog());
        JobFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(JobTableModel::Title, Qt::AscendingOrder);
        QCOMPARE(titles(proxy).first(), QStringLiteral("Beach look"));
        QCOMPARE(titles(proxy).last(), QStringLiteral("Render morning"));
        proxy.sort(JobTableModel::Status, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data(JobTableModel::StatusRole).toInt(), int(JobStatus::Queued));
        proxy.sort(-1);
        QCOMPARE(titles(proxy), titles(model));
    }
};

QTEST_MAIN(TestJobModels)
#include "tst_jobmodels.moc"
