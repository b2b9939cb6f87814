// The job monitor on a catalog with 10,000 jobs: how long until the Jobs workspace shows its first
// rows, and how long a status filter and a text search take to apply. Reported, not asserted.
//   xvfb-run -a -s "-screen 0 1600x1000x24" build/<preset>/tests/bench/bench_jobs [runs]
#include "jobfilterproxy.h"
#include "jobstore.h"
#include "jobtablemodel.h"
#include "studio.h"
#include "transaction.h"
#include "workspaces/jobsworkspace.h"

#include <algorithm>
#include <cstdio>
#include <QApplication>
#include <QElapsedTimer>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace storyreel;

namespace {

constexpr int kJobs = 10'000;

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// Notes the first paint of the table's viewport: the moment rows reach the screen.
class PaintWatcher final : public QObject
{
public:
    bool painted = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return QObject::eventFilter(watched, event);
    }
};

bool fillCatalog(Catalog &catalog)
{
    const JobStatus cycle[] = {JobStatus::Succeeded, JobStatus::Succeeded, JobStatus::Succeeded,
                               JobStatus::Failed,    JobStatus::Running,   JobStatus::Queued,
                               JobStatus::Queued,    JobStatus::Held,      JobStatus::Cancelled,
                               JobStatus::Succeeded};
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-30);
    const JobStore store(catalog);
    Transaction transaction(catalog.db());
    for (int i = 0; i < kJobs; ++i) {
        Job job;
        job.kind = JobKind(i % 10);
        job.status = cycle[i % 10];
        job.title = QStringLiteral("Clip #%1 for the spring look").arg(i, 5, 10, QLatin1Char('0'));
        job.params =
            QJsonObject{{QStringLiteral("prompt"), QStringLiteral("a model walking, take %1").arg(i)},
                        {QStringLiteral("seconds"), 4 + i % 5},
                        {QStringLiteral("aspect"), QStringLiteral("9:16")}};
        job.stage = job.status == JobStatus::Running ? QStringLiteral("encoding") : QString();
        job.progress = job.status == JobStatus::Running ? (i % 100) / 100.0 : 0.0;
        job.error =
            job.status == JobStatus::Failed ? QStringLiteral("provider timed out after 600 s") : QString();
        job.batchId = i % 5 == 0 ? QStringLiteral("batch-%1").arg(i / 50) : QString();
        job.createdAt = start.addSecs(i * 30);
        if (!store.create(job))
            return false;
    }
    return transaction.commit().ok();
}

void report(const char *what, const QList<double> &runs, double target)
{
    const double m = median(runs);
    std::printf("%-44s median %7.1f ms  (min %7.1f, max %7.1f)  target < %4.0f ms  %s\n", what, m,
                *std::min_element(runs.cbegin(), runs.cend()), *std::max_element(runs.cbegin(), runs.cend()),
                target, m < target ? "met" : "MISSED");
}

}  // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int runs = argc > 1 ? qMax(1, QByteArray(argv[1]).toInt()) : 5;
    QTemporaryDir dir;
    Result<std::unique_ptr<Studio>> opened = Studio::open(DataLocation(dir.path()));
    if (!opened) {
        std::fprintf(stderr, "cannot open a catalog: %s\n", qPrintable(opened.error()));
        return 1;
    }
    std::unique_ptr<Studio> studio = std::move(opened).value();
    QElapsedTimer fill;
    fill.start();
    if (!fillCatalog(studio->catalog())) {
        std::fprintf(stderr, "cannot create the jobs\n");
        return 1;
    }
    std::printf("catalog with %d jobs created in %.0f ms (one transaction); platform %s\n", kJobs, ms(fill),
                qPrintable(QGuiApplication::platformName()));

    QList<double> model, load, construct, filter, search, clear;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        {
            JobTableModel alone(studio->catalog());  // the catalog read on its own, for the breakdown
            model << ms(timer);
        }
        PaintWatcher watcher;
        timer.restart();
        auto workspace = std::make_unique<JobsWorkspace>(*studio);
        construct << ms(timer);
        workspace->table()->viewport()->installEventFilter(&watcher);
        workspace->resize(1400, 900);
        workspace->show();
        if (!QTest::qWaitForWindowExposed(workspace.get()))
            return 1;
        while (!watcher.painted)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QCoreApplication::processEvents();  // let the first paint finish and anything queued behind it
        load << ms(timer);
        if (workspace->table()->rowAt(0) != 0 || workspace->filterModel()->rowCount() != kJobs) {
            std::fprintf(stderr, "the first rows are not shown\n");
            return 1;
        }

        JobFilterProxy *proxy = workspace->filterModel();
        timer.restart();
        proxy->setStatusFilter({JobStatus::Failed});
        QCoreApplication::processEvents();
        filter << ms(timer);
        const int failed = proxy->rowCount();
        timer.restart();
        proxy->setStatusFilter({});
        QCoreApplication::processEvents();
        clear << ms(timer);
        timer.restart();
        proxy->setSearchText(QStringLiteral("CLIP #04217"));
        QCoreApplication::processEvents();
        search << ms(timer);
        if (failed != kJobs / 10 || proxy->rowCount() != 1) {
            std::fprintf(stderr, "filter gave %d rows, search %d\n", failed, proxy->rowCount());
            return 1;
        }
    }
    std::printf("\n%d runs, 10,000 jobs:\n", runs);
    report("job model load alone (2 queries)", model, 300);
    report("construct workspace (model load, widgets)", construct, 300);
    report("first rows shown (construct, show, paint)", load, 300);
    report("status filter applies (10,000 -> 1,000)", filter, 50);
    report("filter cleared (1,000 -> 10,000)", clear, 50);
    report("text search applies (10,000 -> 1)", search, 50);
    return 0;
}
