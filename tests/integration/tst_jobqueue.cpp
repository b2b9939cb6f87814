#include "accountstore.h"
#include "jobqueue.h"
#include "jobrecovery.h"
#include "jobstore.h"
#include "jobtransitions.h"
#include "ledgerstore.h"
#include "testcatalog.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTest>
#include <QThread>

#include <unistd.h>
#include <atomic>

using namespace storyreel;

namespace {

// A runner whose behaviour the job's parameters choose: {"ms": work time, "fail": true, "waitForCancel":
// true}. It counts how many run at once, so tests can check the queue's limits.
class FakeRunner final : public JobRunner
{
public:
    Result<JobOutput> run(const Job &job, const MediaControl &control) override
    {
        const int now = ++m_concurrent;
        int seen = m_maxConcurrent.load();
        while (now > seen && !m_maxConcurrent.compare_exchange_weak(seen, now)) {
        }
        {
            const std::lock_guard lock(m_mutex);
            m_order << job.id;
        }
        const int ms = job.params.value(QStringLiteral("ms")).toInt(5);
        const bool waitForCancel = job.params.value(QStringLiteral("waitForCancel")).toBool();
        for (int elapsed = 0; waitForCancel || elapsed < ms; elapsed += 2) {
            if (control.cancelled()) {
                --m_concurrent;
                return Failure{QStringLiteral("stopped"), FailureKind::Cancelled};
            }
            control.report(waitForCancel ? 0.5 : double(elapsed) / ms, QStringLiteral("working"));
            QThread::msleep(2);
        }
        --m_concurrent;
        // "failOnce": fails on the first attempt only, so a retry succeeds.
        if (job.params.value(QStringLiteral("fail")).toBool() ||
            (job.params.value(QStringLiteral("failOnce")).toBool() && job.attempt == 1))
            return Failure{QStringLiteral("the fake provider said no")};
        return JobOutput{QStringLiteral("/tmp/out-%1").arg(job.id), 0};
    }
    int maxConcurrent() const { return m_maxConcurrent.load(); }
    QList<RowId> order() const
    {
        const std::lock_guard lock(m_mutex);
        return m_order;
    }

private:
    std::atomic<int> m_concurrent{0};
    std::atomic<int> m_maxConcurrent{0};
    mutable std::mutex m_mutex;
    QList<RowId> m_order;
};

JobRequest request(const QString &title, QJsonObject params = {}, RowId account = 0)
{
    JobRequest r;
    r.kind = JobKind::Render;
    r.title = title;
    r.params = std::move(params);
    r.accountId = account;
    return r;
}

JobStatus statusOf(Catalog &catalog, RowId id)
{
    return JobStore(catalog).load(id).value().status;
}

}  // namespace

class TestJobQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void transitionsFollowTheStateMachine_data()
    {
        QTest::addColumn<JobStatus>("from");
        QTest::addColumn<JobStatus>("to");
        QTest::addColumn<bool>("allowed");
        using S = JobStatus;
        const struct
        {
            S from, to;
            bool allowed;
        } cases[] = {{S::Queued, S::Running, true},      {S::Queued, S::Held, true},
                     {S::Held, S::Queued, true},         {S::Running, S::Succeeded, true},
                     {S::Running, S::Interrupted, true}, {S::Failed, S::Queued, true},
                     {S::Interrupted, S::Queued, true},  {S::Succeeded, S::Queued, false},
                     {S::Succeeded, S::Running, false},  {S::Held, S::Running, false},
                     {S::Cancelled, S::Running, false},  {S::Failed, S::Succeeded, false},
                     {S::Running, S::Held, false},       {S::Interrupted, S::Running, false}};
        for (const auto &c : cases)
            QTest::addRow("%s -> %s", qPrintable(toText(c.from)), qPrintable(toText(c.to)))
                << c.from << c.to << c.allowed;
    }

    void transitionsFollowTheStateMachine()
    {
        QFETCH(JobStatus, from);
        QFETCH(JobStatus, to);
        QFETCH(bool, allowed);
        QCOMPARE(isAllowedTransition(from, to), allowed);
    }

    void illegalRequestsAreRefused()
    {
        test::TestCatalog fixture;
        QVERIFY(fixture.ok());
        JobQueue queue(fixture.catalog(), 1);
        auto runner = std::make_shared<FakeRunner>();
        queue.setRunner(JobKind::Render, runner);
        QSignalSpy finished(&queue, &JobQueue::jobFinished);
        const RowId id = queue.submit(request(QStringLiteral("quick"))).value();
        QVERIFY(queue.start(false).ok());
        QTRY_COMPARE(statusOf(fixture.catalog(), id), JobStatus::Succeeded);
        const Status retried = queue.retry(id);
        QVERIFY(!retried.ok());
        QVERIFY2(retried.error().contains(QStringLiteral("cannot become queued")),
                 qPrintable(retried.error()));
        QVERIFY(!queue.hold(id).ok());
        QCOMPARE(statusOf(fixture.catalog(), id), JobStatus::Succeeded);
    }

    void concurrencyLimitHoldsWith200Jobs()
    {
        test::TestCatalog fixture;
        QVERIFY(fixture.ok());
        JobQueue queue(fixture.catalog(), 3);
        auto runner = std::make_shared<FakeRunner>();
        queue.setRunner(JobKind::Render, runner);
        QSignalSpy drained(&queue, &JobQueue::drained);
        for (int i = 0; i < 200; ++i)
            QVERIFY(queue.submit(request(QStringLiteral("job %1").arg(i), {{QStringLiteral("ms"), 4}})).ok());
        QVERIFY(queue.start(false).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!drained.isEmpty(), 60000);
        QCOMPARE(JobStore(fixture.catalog()).countByStatus().value().value(JobStatus::Succeeded), 200);
        QCOMPARE(runner->maxConcurrent(), 3);
        QCOMPARE(queue.maxConcurrentSeen(), 3);
    }

    void accountsHaveTheirOwnLimit()
    {
        test::TestCatalog fixture;
        QVERIFY(fixture.ok());
        ProviderAccount account;
        account.name = QStringLiteral("remote");
        account.dialect = Dialect::AsyncVideos;
        account.concurrency = 2;
        const RowId accountId = AccountStore(fixture.catalog()).create(account).value();
        JobQueue queue(fixture.catalog(), 8);
        auto runner = std::make_shared<FakeRunner>();
        queue.setRunner(JobKind::Render, runner);
        QSignalSpy drained(&queue, &JobQueue::drained);
        for (int i = 0; i < 20; ++i)
            QVERIFY(queue
                        .submit(request(QStringLiteral("remote %1").arg(i), {{QStringLiteral("ms"), 10}},
                                        accountId))
                        .ok());
        QVERIFY(queue.start(false).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!drained.isEmpty(), 30000);
        QCOMPARE(runner->maxConcurrent(), 2);
    }

    void priorityThenOrderDecideWhatRunsFirst()
    {
        test::TestCatalog fixture;
        QVERIFY(fixture.ok());
        JobQueue queue(fixture.catalog(), 1);
        auto runner = std::make_shared<FakeRunner>();
        queue.setRunner(JobKind::Render, runner);
        JobRequest low = request(QStringLiteral("low"));
        low.priority = JobPriority::Low;
        JobRequest high = request(QStringLiteral("high"));
        high.priority = JobPriority::High;
        const RowId a = queue.submit(request(QStringLiteral("a"))).value();
        const RowId b = queue.submit(low).value();
        const RowId c = queue.submit(high).value();
        const RowId d = queue.submit(request(QStringLiteral("d"))).value();
        QVERIFY(queue.moveBefore(d, a).ok());  // d now runs before a, same priority
        QSignalSpy drained(&queue, &JobQueue::drained);
        QVERIFY(queue.start(false).ok());
        QTRY_VERIFY(!drained.isEmpty());
        QCOMPARE(runner->order(), (QList<RowId>{c, d, a, b}));
    }

    void cancelStopsQueuedAndRunningJobs()
    {
        test::TestCatalog fixture;
        QVERIFY(fixture.ok());
        JobQueue queue(fixture.catalog(), 1);
        queue.setRunner(JobKind::Render, std::make_shared<FakeRunner>());
        const RowId running =
            queue.submit(request(QStringLiteral("long"), {{QStringLiteral("waitForCancel"), true}})).value();
        const RowId queued = queue.submit(request(QStringLiteral("next"))).value();
        QVERIFY(queue.start(false).ok());
        QTRY_COMPARE(statusOf(fixture.catalog(), running), JobStatus::Running);
        QVERIFY(queue.cancel(queued).ok());
        QCOMPARE(statusOf(fixture.catalog(), queued), JobStatus::Cancelled);
        QVERIFY(queue.cancel(running).ok());
        QTRY_COMPARE(statusOf(fixture.catalog(), running), JobStatus::Cancelled);
        const QList<JobEvent> events = JobStore(fixture.catalog()).events(running).value();
        QCOMPARE(events.last().status, JobStatus::Cancelled);
    }

    void aCancelAskedByAnotherProcessIsHonoured()
    {
        test::TestCatalog fixture;
        QVERIFY(fixture.ok());
        JobQueue queue(fixture.catalog(), 1);
        queue.setRunner(JobKind::Render, std::make_shared<FakeRunner>());
        const RowId id =
            queue.submit(request(QStringLiteral("long"), {{QStringLiteral("waitForCancel"), true}})).value();
        QVERIFY(queue.start(false).ok());
        QTRY_COMPARE(statusOf(fixture.catalog(), id), JobStatus::Running);
        QVERIFY(JobStore(fixture.catalog()).requestCancel(id).ok());  // what `storyreel jobs cancel` does
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(fixture.catalog(), id), JobStatus::Cancelled, 10000);
    }

    void retryKeepsTheParameters()
    {
        test::TestCatalog fixture;
        QVERIFY(fixture.ok());
        JobQueue queue(fixture.catalog(), 1);
        queue.setRunner(JobKind::Render, std::make_shared<FakeRunner>());
        const QJsonObject params{{QStringLiteral("failOnce"), true}, {QStringLiteral("storyboardId"), 7}};
        const RowId id = queue.submit(request(QStringLiteral("flaky"), params)).value();
        QVERIFY(queue.start(false).ok());
        QTRY_COMPARE(statusOf(fixture.catalog(), id), JobStatus::Failed);
        QCOMPARE(JobStore(fixture.catalog()).load(id).value().error,
                 QStringLiteral("the fake provider said no"));
        QVERIFY(queue.retry(id).ok());
        QTRY_COMPARE(statusOf(fixture.catalog(), id), JobStatus::Succeeded);
        const Job job = JobStore(fixture.catalog()).load(id).value();
        QCOMPARE(job.params.value(QStringLiteral("storyboardId")).toInt(), 7);
        QCOMPARE(job.attempt, 2);
        QVERIFY(job.error.isEmpty());
    }

    void holdAndResume()
    {
        test::TestCatalog fixture;
        QVERIFY(fixture.ok());
        JobQueue queue(fixture.catalog(), 1);
        queue.setRunner(JobKind::Render, std::make_shared<FakeRunner>());
        const RowId id = queue.submit(request(QStringLiteral("parked"))).value();
        QVERIFY(queue.hold(id).ok());
        QVERIFY(queue.start(false).ok());
        QTest::qWait(100);
        QCOMPARE(statusOf(fixture.catalog(), id), JobStatus::Held);
        QVERIFY(queue.resume(id).ok());
        QTRY_COMPARE(statusOf(fixture.catalog(), id), JobStatus::Succeeded);
    }

    void stopAfterTheRunningJobs()
    {
        test::TestCatalog fixture;
        QVERIFY(fixture.ok());
        JobQueue queue(fixture.catalog(), 1);
        queue.setRunner(JobKind::Render, std::make_shared<FakeRunner>());
        const RowId first =
            queue.submit(request(QStringLiteral("first"), {{QStringLiteral("ms"), 200}})).value();
        const RowId second = queue.submit(request(QStringLiteral("second"))).value();
        QVERIFY(queue.start(false).ok());
        QTRY_COMPARE(statusOf(fixture.catalog(), first), JobStatus::Running);
        queue.setPaused(true);
        QTRY_COMPARE(statusOf(fixture.catalog(), first), JobStatus::Succeeded);
        QTest::qWait(100);
        QCOMPARE(statusOf(fixture.catalog(), second), JobStatus::Queued);
        queue.setPaused(false);
        QTRY_COMPARE(statusOf(fixture.catalog(), second), JobStatus::Succeeded);
    }

    void dependentJobsWaitAndFailWithTheirDependency()
    {
        test::TestCatalog fixture;
        QVERIFY(fixture.ok());
        JobQueue queue(fixture.catalog(), 2);
        auto runner = std::make_shared<FakeRunner>();
        queue.setRunner(JobKind::Render, runner);
        queue.setRunner(JobKind::Export, runner);
        const RowId render =
            queue.submit(request(QStringLiteral("render"), {{QStringLiteral("ms"), 100}})).value();
        JobRequest exportAfter = request(QStringLiteral("export"));
        exportAfter.kind = JobKind::Export;
        exportAfter.dependsOn = render;
        const RowId exported = queue.submit(exportAfter).value();
        const RowId broken =
            queue.submit(request(QStringLiteral("broken render"), {{QStringLiteral("fail"), true}})).value();
        exportAfter.dependsOn = broken;
        const RowId orphan = queue.submit(exportAfter).value();
        QVERIFY(queue.start(false).ok());
        QTRY_COMPARE(statusOf(fixture.catalog(), exported), JobStatus::Succeeded);
        QTRY_COMPARE(statusOf(fixture.catalog(), orphan), JobStatus::Failed);
        QVERIFY(JobStore(fixture.catalog()).load(orphan).value().error.contains(QString::number(broken)));
        const QList<RowId> order = runner->order();
        QVERIFY(order.indexOf(render) < order.indexOf(exported));  // the export started after its render
        QVERIFY(!order.contains(orphan));
    }

    void theLedgerRefundsExactlyTheFailedJobs()
    {
        test::TestCatalog fixture;
        QVERIFY(fixture.ok());
        ProviderAccount account;
        account.name = QStringLiteral("dust");
        account.dialect = Dialect::AsyncVideos;
        const RowId accountId = AccountStore(fixture.catalog()).create(account).value();
        LedgerEntry credit;
        credit.accountId = accountId;
        credit.kind = LedgerKind::Credit;
        credit.amountMicros = 1000'000'000;
        QVERIFY(LedgerStore(fixture.catalog()).record(credit).ok());
        JobQueue queue(fixture.catalog(), 3);
        queue.setRunner(JobKind::Render, std::make_shared<FakeRunner>());
        QSignalSpy drained(&queue, &JobQueue::drained);
        QSet<RowId> failing;
        for (int i = 0; i < 10; ++i) {
            JobRequest r =
                request(QStringLiteral("gen %1").arg(i), {{QStringLiteral("fail"), i % 3 == 0}}, accountId);
            r.costEstimateMicros = 10'000'000;
            r.costUnit = QStringLiteral("DUST");
            const RowId id = queue.submit(r).value();
            if (i % 3 == 0)
                failing.insert(id);
        }
        QVERIFY(queue.start(false).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!drained.isEmpty(), 20000);
        QSet<RowId> charged, refunded;
        for (const LedgerEntry &entry : LedgerStore(fixture.catalog()).listForAccount(accountId).value()) {
            if (entry.kind == LedgerKind::Charge)
                charged.insert(entry.jobId);
            if (entry.kind == LedgerKind::Refund)
                refunded.insert(entry.jobId);
        }
        QCOMPARE(charged.size(), 10);
        QCOMPARE(refunded, failing);
        QCOMPARE(LedgerStore(fixture.catalog()).balanceMicros(accountId).value(),
                 qint64(1000'000'000 - 6 * 10'000'000));
    }

    void aMonthlyBudgetBlocksSubmission()
    {
        test::TestCatalog fixture;
        QVERIFY(fixture.ok());
        ProviderAccount account;
        account.name = QStringLiteral("tight");
        account.dialect = Dialect::AiStudio;
        account.monthlyBudgetMicros = 100'000'000;
        const RowId accountId = AccountStore(fixture.catalog()).create(account).value();
        JobQueue queue(fixture.catalog(), 1);
        JobRequest r = request(QStringLiteral("video"), {}, accountId);
        r.costEstimateMicros = 60'000'000;
        r.costUnit = QStringLiteral("tokens");
        QVERIFY(queue.submit(r).ok());
        LedgerEntry spent;
        spent.accountId = accountId;
        spent.kind = LedgerKind::Charge;
        spent.amountMicros = 60'000'000;
        QVERIFY(LedgerStore(fixture.catalog()).record(spent).ok());
        Result<RowId> refused = queue.submit(r);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.errorKind(), FailureKind::BadInput);
        QVERIFY2(refused.error().contains(QStringLiteral("monthly budget")), qPrintable(refused.error()));
    }

    void aBatchIsAnnouncedOnce()
    {
        test::TestCatalog fixture;
        QVERIFY(fixture.ok());
        JobQueue queue(fixture.catalog(), 2);
        queue.setRunner(JobKind::Render, std::make_shared<FakeRunner>());
        QSignalSpy batches(&queue, &JobQueue::batchFinished);
        for (int i = 0; i < 5; ++i) {
            JobRequest r = request(QStringLiteral("part %1").arg(i), {{QStringLiteral("fail"), i == 4}});
            r.batchId = QStringLiteral("bundle");
            QVERIFY(queue.submit(r).ok());
        }
        QVERIFY(queue.start(false).ok());
        QTRY_COMPARE(batches.size(), 1);
        QTest::qWait(100);
        QCOMPARE(batches.size(), 1);
        QCOMPARE(batches.first().at(0).toString(), QStringLiteral("bundle"));
        QCOMPARE(batches.first().at(1).toInt(), 4);
        QCOMPARE(batches.first().at(2).toInt(), 1);
    }

    void recoveryInterruptsOnlyJobsOfGoneProcesses()
    {
        test::TestCatalog fixture;
        QVERIFY(fixture.ok());
        const JobStore store(fixture.catalog());
        const QString output = QDir(fixture.dir()).filePath(QStringLiteral("render.mp4"));
        QFile partial(output + QStringLiteral(".partial-1234"));
        QVERIFY(partial.open(QIODevice::WriteOnly));
        partial.close();
        Job dead;
        dead.title = QStringLiteral("killed");
        dead.status = JobStatus::Running;
        dead.owner = QSysInfo::machineHostName() + QStringLiteral(":999999");  // no such process
        dead.heartbeatAt = QDateTime::currentDateTimeUtc();
        dead.outputPath = output;
        const RowId deadId = store.create(dead).value();
        Job alive = dead;
        alive.title = QStringLiteral("other window");
        alive.owner = QSysInfo::machineHostName() + QStringLiteral(":%1").arg(::getppid());  // a live process
        alive.outputPath.clear();
        const RowId aliveId = store.create(alive).value();

        JobQueue queue(fixture.catalog(), 1);
        QVERIFY(queue.recover(false).ok());
        QCOMPARE(statusOf(fixture.catalog(), deadId), JobStatus::Interrupted);
        QCOMPARE(statusOf(fixture.catalog(), aliveId), JobStatus::Running);
        QVERIFY(!QFile::exists(partial.fileName()));
        QVERIFY(store.events(deadId).value().last().message.contains(QStringLiteral("stopped")));
    }

    void interruptedJobsAreRequeuedWhenAskedTo()
    {
        test::TestCatalog fixture;
        QVERIFY(fixture.ok());
        Job dead;
        dead.title = QStringLiteral("killed");
        dead.status = JobStatus::Running;
        dead.owner = QSysInfo::machineHostName() + QStringLiteral(":999999");
        const RowId id = JobStore(fixture.catalog()).create(dead).value();
        JobQueue queue(fixture.catalog(), 1);
        queue.setRunner(JobKind::Render, std::make_shared<FakeRunner>());
        QVERIFY(queue.start(true).ok());
        QTRY_COMPARE(statusOf(fixture.catalog(), id), JobStatus::Succeeded);
        const Job job = JobStore(fixture.catalog()).load(id).value();
        QCOMPARE(job.attempt, 2);
    }
};

QTEST_GUILESS_MAIN(TestJobQueue)
#include "tst_jobqueue.moc"
