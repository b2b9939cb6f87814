#include "accountstore.h"
#include "jobstore.h"
#include "testcatalog.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

using namespace storyreel;

namespace {

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

Job sampleJob(const QString &title, JobStatus status = JobStatus::Queued)
{
    Job job;
    job.kind = JobKind::GenerateImage;
    job.status = status;
    job.priority = JobPriority::High;
    job.title = title;
    job.params = QJsonObject{
        {QStringLiteral("prompt"), QStringLiteral("a red kite")},
        {QStringLiteral("seconds"), 6},
        {QStringLiteral("tags"), QJsonArray{QStringLiteral("sky"), QStringLiteral("wind")}},
        {QStringLiteral("size"), QJsonObject{{QStringLiteral("w"), 720}, {QStringLiteral("h"), 1280}}}};
    job.stage = QStringLiteral("uploading image");
    job.progress = 0.4;
    job.etaSeconds = 95;
    job.remoteId = QStringLiteral("job-remote-88");
    job.idempotencyKey = QStringLiteral("9b1c7a0e-key");
    job.costMicros = 1'250'000;
    job.costUnit = QStringLiteral("tokens");
    job.outputPath = QStringLiteral("media/out.mp4");
    job.error = QStringLiteral("previous attempt timed out");
    job.batchId = QStringLiteral("batch-3");
    job.createdAt = utc(1'700'000'000'500);
    job.startedAt = utc(1'700'000'001'000);
    job.finishedAt = utc(1'700'000'002'000);
    return job;
}

}  // namespace

class TestJobStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsEveryField()
    {
        test::TestCatalog fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        ProviderAccount account;
        account.name = QStringLiteral("t2m");
        const Result<RowId> accountId = AccountStore(fixture.catalog()).create(account);
        QVERIFY2(accountId.ok(), qPrintable(accountId.error()));
        JobStore store(fixture.catalog());
        const Result<RowId> parent = store.create(sampleJob(QStringLiteral("parent")));
        QVERIFY2(parent.ok(), qPrintable(parent.error()));
        Job job = sampleJob(QStringLiteral("child"), JobStatus::Running);
        job.accountId = *accountId;
        job.dependsOn = *parent;
        const Result<RowId> id = store.create(job);
        QVERIFY2(id.ok(), qPrintable(id.error()));

        const Result<Job> loaded = store.load(*id);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        QCOMPARE(loaded->id, *id);
        QCOMPARE(loaded->kind, job.kind);
        QCOMPARE(loaded->status, job.status);
        QCOMPARE(loaded->priority, job.priority);
        QCOMPARE(loaded->title, job.title);
        QCOMPARE(loaded->accountId, job.accountId);
        QCOMPARE(loaded->params, job.params);
        QCOMPARE(loaded->stage, job.stage);
        QCOMPARE(loaded->progress, job.progress);
        QCOMPARE(loaded->etaSeconds, job.etaSeconds);
        QCOMPARE(loaded->remoteId, job.remoteId);
        QCOMPARE(loaded->idempotencyKey, job.idempotencyKey);
        QCOMPARE(loaded->costMicros, job.costMicros);
        QCOMPARE(loaded->costUnit, job.costUnit);
        QCOMPARE(loaded->outputPath, job.outputPath);
        QCOMPARE(loaded->error, job.error);
        QCOMPARE(loaded->batchId, job.batchId);
        QCOMPARE(loaded->dependsOn, job.dependsOn);
        QCOMPARE(loaded->createdAt, job.createdAt);
        QCOMPARE(loaded->startedAt, job.startedAt);
        QCOMPARE(loaded->finishedAt, job.finishedAt);
        QVERIFY(loaded->updatedAt.isValid());

        // Creation is the first event, with the status the job was created in.
        const Result<QList<JobEvent>> events = store.events(*id);
        QVERIFY2(events.ok(), qPrintable(events.error()));
        QCOMPARE(events->size(), 1);
        QCOMPARE(events->at(0).jobId, *id);
        QCOMPARE(events->at(0).status, JobStatus::Running);
        QVERIFY(events->at(0).at.isValid());
    }

    void updateRewritesEveryField()
    {
        test::TestCatalog fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        JobStore store(fixture.catalog());
        const Result<RowId> id = store.create(sampleJob(QStringLiteral("render")));
        QVERIFY2(id.ok(), qPrintable(id.error()));
        Job changed = store.load(*id).value();
        changed.kind = JobKind::Export;
        changed.status = JobStatus::Failed;
        changed.priority = JobPriority::Low;
        changed.title = QStringLiteral("export mp4");
        changed.params = QJsonObject{{QStringLiteral("preset"), QStringLiteral("mp4-high")}};
        changed.stage = QStringLiteral("muxing");
        changed.progress = 1.0;
        changed.etaSeconds = -1;
        changed.remoteId.clear();
        changed.idempotencyKey = QStringLiteral("other-key");
        changed.costMicros = 0;
        changed.costUnit.clear();
        changed.outputPath = QStringLiteral("exports/a.mp4");
        changed.error = QStringLiteral("disk full");
        changed.batchId.clear();
        changed.startedAt = utc(1'800'000'000'000);
        changed.finishedAt = QDateTime();
        const Status updated = store.update(changed);
        QVERIFY2(updated.ok(), qPrintable(updated.error()));

        const Result<Job> loaded = store.load(*id);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        QCOMPARE(loaded->kind, changed.kind);
        QCOMPARE(loaded->status, changed.status);
        QCOMPARE(loaded->priority, changed.priority);
        QCOMPARE(loaded->title, changed.title);
        QCOMPARE(loaded->params, changed.params);
        QCOMPARE(loaded->stage, changed.stage);
        QCOMPARE(loaded->progress, changed.progress);
        QCOMPARE(loaded->etaSeconds, changed.etaSeconds);
        QVERIFY(loaded->remoteId.isEmpty());
        QCOMPARE(loaded->idempotencyKey, changed.idempotencyKey);
        QCOMPARE(loaded->costMicros, changed.costMicros);
        QVERIFY(loaded->costUnit.isEmpty());
        QCOMPARE(loaded->outputPath, changed.outputPath);
        QCOMPARE(loaded->error, changed.error);
        QVERIFY(loaded->batchId.isEmpty());
        QCOMPARE(loaded->startedAt, changed.startedAt);
        QVERIFY(!loaded->finishedAt.isValid());
        QCOMPARE(loaded->createdAt, changed.createdAt);
    }

    void eventsAreRecordedInOrder_data()
    {
        QTest::addColumn<QList<int>>("statuses");
        QTest::addRow("success") << QList<int>{int(JobStatus::Running), int(JobStatus::Succeeded)};
        QTest::addRow("interrupted and retried")
            << QList<int>{int(JobStatus::Running), int(JobStatus::Interrupted), int(JobStatus::Queued),
                          int(JobStatus::Running), int(JobStatus::Failed)};
        QTest::addRow("held then cancelled") << QList<int>{int(JobStatus::Held), int(JobStatus::Cancelled)};
    }

    void eventsAreRecordedInOrder()
    {
        QFETCH(QList<int>, statuses);
        test::TestCatalog fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        JobStore store(fixture.catalog());
        const Result<RowId> id = store.create(sampleJob(QStringLiteral("job")));
        const Result<RowId> other = store.create(sampleJob(QStringLiteral("other")));
        QVERIFY(id.ok() && other.ok());
        for (int i = 0; i < statuses.size(); ++i) {
            const Result<RowId> event =
                store.addEvent(*id, static_cast<JobStatus>(statuses.at(i)), QStringLiteral("step %1").arg(i));
            QVERIFY2(event.ok(), qPrintable(event.error()));
            QVERIFY(store.addEvent(*other, JobStatus::Running, QStringLiteral("noise")).ok());
        }
        const Result<QList<JobEvent>> events = store.events(*id);
        QVERIFY2(events.ok(), qPrintable(events.error()));
        QCOMPARE(events->size(), statuses.size() + 1);
        QCOMPARE(events->at(0).status, JobStatus::Queued);
        for (int i = 0; i < statuses.size(); ++i) {
            const JobEvent &event = events->at(i + 1);
            QCOMPARE(event.jobId, *id);
            QCOMPARE(event.status, static_cast<JobStatus>(statuses.at(i)));
            QCOMPARE(event.message, QStringLiteral("step %1").arg(i));
            QVERIFY(event.id > events->at(i).id);
            QVERIFY(event.at >= events->at(i).at);
        }
    }

    void listsFilteredNewestFirst_data()
    {
        QTest::addColumn<int>("status");  // -1 = no filter
        QTest::addColumn<int>("limit");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("all") << -1 << -1
                             << QStringList{QStringLiteral("q3"), QStringLiteral("r2"), QStringLiteral("q1"),
                                            QStringLiteral("q0")};
        QTest::addRow("queued") << int(JobStatus::Queued) << -1
                                << QStringList{QStringLiteral("q3"), QStringLiteral("q1"),
                                               QStringLiteral("q0")};
        QTest::addRow("queued, two") << int(JobStatus::Queued) << 2
                                     << QStringList{QStringLiteral("q3"), QStringLiteral("q1")};
        QTest::addRow("running") << int(JobStatus::Running) << -1 << QStringList{QStringLiteral("r2")};
        QTest::addRow("failed") << int(JobStatus::Failed) << -1 << QStringList{};
        QTest::addRow("all, one") << -1 << 1 << QStringList{QStringLiteral("q3")};
    }

    void listsFilteredNewestFirst()
    {
        QFETCH(int, status);
        QFETCH(int, limit);
        QFETCH(QStringList, expected);
        test::TestCatalog fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        JobStore store(fixture.catalog());
        const QList<std::pair<QString, JobStatus>> jobs{{QStringLiteral("q0"), JobStatus::Queued},
                                                        {QStringLiteral("q1"), JobStatus::Queued},
                                                        {QStringLiteral("r2"), JobStatus::Running},
                                                        {QStringLiteral("q3"), JobStatus::Queued}};
        for (int i = 0; i < jobs.size(); ++i) {
            Job job = sampleJob(jobs.at(i).first, jobs.at(i).second);
            job.createdAt = utc(10'000 + i);
            QVERIFY(store.create(job).ok());
        }
        const Result<QList<Job>> listed =
            status < 0 ? store.list(std::nullopt, limit) : store.list(static_cast<JobStatus>(status), limit);
        QVERIFY2(listed.ok(), qPrintable(listed.error()));
        QStringList titles;
        for (const Job &job : *listed)
            titles << job.title;
        QCOMPARE(titles, expected);
    }

    void countsByStatus()
    {
        test::TestCatalog fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        JobStore store(fixture.catalog());
        const QList<JobStatus> statuses{JobStatus::Queued,    JobStatus::Running, JobStatus::Queued,
                                        JobStatus::Succeeded, JobStatus::Queued,  JobStatus::Failed};
        QHash<JobStatus, int> expected;
        for (JobStatus status : statuses) {
            QVERIFY(store.create(sampleJob(toText(status), status)).ok());
            ++expected[status];
        }
        const Result<QHash<JobStatus, int>> counts = store.countByStatus();
        QVERIFY2(counts.ok(), qPrintable(counts.error()));
        QCOMPARE(*counts, expected);
        QCOMPARE(counts->value(JobStatus::Queued), 3);
        QVERIFY(!counts->contains(JobStatus::Cancelled));
    }

    void removeDeletesEventsAndReleasesDependants()
    {
        test::TestCatalog fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        Catalog &catalog = fixture.catalog();
        JobStore store(catalog);
        const Result<RowId> parent = store.create(sampleJob(QStringLiteral("parent")));
        QVERIFY(parent.ok());
        Job child = sampleJob(QStringLiteral("child"));
        child.dependsOn = *parent;
        const Result<RowId> childId = store.create(child);
        QVERIFY(childId.ok());
        QVERIFY(store.addEvent(*parent, JobStatus::Running, QStringLiteral("go")).ok());
        QCOMPARE(test::scalarInt(catalog, QStringLiteral("SELECT COUNT(*) FROM job_events")), 3);

        const Status removed = store.remove(*parent);
        QVERIFY2(removed.ok(), qPrintable(removed.error()));
        QCOMPARE(test::scalarInt(catalog, QStringLiteral("SELECT COUNT(*) FROM job_events")), 1);
        QCOMPARE(store.load(*childId)->dependsOn, RowId(0));
        QVERIFY(!store.load(*parent).ok());
        QCOMPARE(store.list()->size(), 1);
    }

    void missingIdsFailClearly_data()
    {
        QTest::addColumn<QString>("operation");
        for (const char *operation : {"load", "update", "remove", "add-event", "events"})
            QTest::addRow("%s", operation) << QString::fromLatin1(operation);
    }

    void missingIdsFailClearly()
    {
        QFETCH(QString, operation);
        test::TestCatalog fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        JobStore store(fixture.catalog());
        const RowId missing = 515;
        QString error;
        if (operation == QStringLiteral("load")) {
            error = store.load(missing).error();
        } else if (operation == QStringLiteral("update")) {
            Job job = sampleJob(QStringLiteral("ghost"));
            job.id = missing;
            error = store.update(job).error();
        } else if (operation == QStringLiteral("remove")) {
            error = store.remove(missing).error();
        } else if (operation == QStringLiteral("add-event")) {
            error = store.addEvent(missing, JobStatus::Running, QString()).error();
        } else {
            error = store.events(missing).error();
        }
        QVERIFY2(error.contains(QStringLiteral("job 515")), qPrintable(error));
        QCOMPARE(test::scalarInt(fixture.catalog(), QStringLiteral("SELECT COUNT(*) FROM job_events")), 0);
    }
};

QTEST_GUILESS_MAIN(TestJobStore)
#include "tst_jobstore.moc"
