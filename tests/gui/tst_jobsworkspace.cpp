#include "accountstore.h"
#include "jobfilterproxy.h"
#include "jobqueue.h"
#include "jobstore.h"
#include "jobtablemodel.h"
#include "mainwindow.h"
#include "studio.h"
#include "testcatalog.h"
#include "transaction.h"
#include "translations.h"
#include "widgets/jobdetailspane.h"
#include "widgets/notifier.h"
#include "workspaces/jobsworkspace.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFrame>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace storyreel;

// The job monitor with 1,000 jobs in the real main window under Xvfb, driven through the real
// scheduler (constructed, not started: it changes jobs but runs nothing), and the notifier.
class TestJobsWorkspace : public QObject
{
    Q_OBJECT

private:
    static constexpr int kJobs = 1000;
    const QString kFailedTitle = QStringLiteral("Failed upscale #0421");
    const QString kFailedError = QStringLiteral("Provider said: out of credits (HTTP 402)");
    const QString kPosterTitle = QStringLiteral("Poster source");

    QTemporaryDir m_data;
    QTemporaryDir m_config;
    std::unique_ptr<Studio> m_studio;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<JobQueue> m_queue;
    std::unique_ptr<MainWindow> m_window;
    QHash<JobStatus, int> m_counts;

    JobsWorkspace *jobs() const { return m_window->jobsWorkspace(); }
    QTableView *table() const { return jobs()->table(); }
    template <typename T>
    T *child(const char *name) const
    {
        T *found = m_window->findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }

    bool createJobs()
    {
        ProviderAccount account;
        account.name = QStringLiteral("Vidu");
        account.dialect = Dialect::AiStudio;
        Result<RowId> vidu = AccountStore(m_studio->catalog()).create(account);
        if (!vidu)
            return false;
        const JobStatus cycle[] = {JobStatus::Succeeded, JobStatus::Succeeded, JobStatus::Succeeded,
                                   JobStatus::Succeeded, JobStatus::Failed,    JobStatus::Running,
                                   JobStatus::Queued,    JobStatus::Queued,    JobStatus::Held,
                                   JobStatus::Cancelled};
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-2);
        QImage poster(640, 360, QImage::Format_RGB32);
        poster.fill(QColor(0x2e, 0x7d, 0x32));
        QDir(m_data.path()).mkpath(QStringLiteral("outputs"));
        if (!poster.save(QDir(m_data.path()).filePath(QStringLiteral("outputs/poster.png"))))
            return false;

        const JobStore store(m_studio->catalog());
        Transaction transaction(m_studio->catalog().db());  // 1,000 inserts, one commit
        for (int i = 0; i < kJobs; ++i) {
            Job job;
            job.kind = JobKind(i % 10);
            job.status = cycle[i % 10];
            job.title = QStringLiteral("Clip #%1").arg(i, 4, 10, QLatin1Char('0'));
            job.accountId = i % 2 ? *vidu : 0;
            job.params = QJsonObject{{QStringLiteral("prompt"), QStringLiteral("scene %1").arg(i)},
                                     {QStringLiteral("seconds"), 4 + i % 5}};
            job.progress = job.status == JobStatus::Running ? (i % 100) / 100.0 : 0.0;
            job.stage = job.status == JobStatus::Running ? QStringLiteral("encoding") : QString();
            job.costMicros = job.accountId ? 250'000 : 0;
            job.costUnit = QStringLiteral("tokens");
            job.batchId = i < 200 ? QStringLiteral("batch-%1").arg(i / 10) : QString();
            job.createdAt = start.addSecs(i * 60);
            if (isTerminal(job.status))
                job.finishedAt = job.createdAt.addSecs(45);
            if (i == 421) {
                job.status = JobStatus::Failed;
                job.title = kFailedTitle;
                job.error = kFailedError;
            } else if (i == 427) {
                job.status = JobStatus::Succeeded;
                job.title = kPosterTitle;
                job.kind = JobKind::GenerateImage;
                job.outputPath = QStringLiteral("outputs/poster.png");
            }
            Result<RowId> id = store.create(job);
            if (!id)
                return false;
            if (i == 421 && (!store.addEvent(*id, JobStatus::Running, QStringLiteral("started")) ||
                             !store.addEvent(*id, JobStatus::Failed, QStringLiteral("out of credits"))))
                return false;
            ++m_counts[job.status];
        }
        return transaction.commit().ok();
    }

    int proxyRowOf(const QString &title) const
    {
        const QAbstractItemModel *model = table()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, JobTableModel::Title).data().toString() == title)
                return row;
        }
        return -1;
    }

    // Selects these proxy rows, the first one current (as a click and ctrl-clicks would).
    void selectRows(const QList<int> &rows)
    {
        QItemSelectionModel *selection = table()->selectionModel();
        selection->clearSelection();
        for (int row : rows)
            selection->select(table()->model()->index(row, 0),
                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
        selection->setCurrentIndex(table()->model()->index(rows.first(), 0), QItemSelectionModel::NoUpdate);
    }

    int firstRowWith(JobStatus status, const QSet<int> &skip = {}) const
    {
        const QAbstractItemModel *model = table()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (!skip.contains(row) &&
                model->index(row, 0).data(JobTableModel::StatusRole).toInt() == int(status))
                return row;
        }
        return -1;
    }

    QString enabledActions() const
    {
        static const char *const names[] = {"cancel", "retry",  "hold", "resume", "front",  "back",
                                            "high",   "normal", "low",  "remove", "reveal", "library"};
        static_assert(std::size(names) == JobsWorkspace::ActionCount);
        QStringList enabled;
        for (int which = 0; which < JobsWorkspace::ActionCount; ++which) {
            if (jobs()->action(JobsWorkspace::Action(which))->isEnabled())
                enabled << QString::fromLatin1(names[which]);
        }
        return enabled.join(u' ');
    }

    void clearFilters()
    {
        child<QComboBox>("jobStatusFilter")->setCurrentIndex(0);
        child<QLineEdit>("jobSearch")->clear();
        child<QCheckBox>("jobHideFinished")->setChecked(false);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QGuiApplication::platformName() != QLatin1String("offscreen") ||
                     qEnvironmentVariableIsSet("DISPLAY"),
                 "GUI tests run in a real X display");
        installTranslations(*qApp);
        Result<std::unique_ptr<Studio>> studio = Studio::open(DataLocation(m_data.path()));
        QVERIFY2(studio.ok(), qPrintable(studio.error()));
        m_studio = std::move(studio).value();
        QVERIFY(createJobs());
        m_settings = std::make_unique<QSettings>(m_config.filePath(QStringLiteral("storyreel.ini")),
                                                 QSettings::IniFormat);
        m_queue = std::make_unique<JobQueue>(m_studio->catalog(), 1);
        m_window = std::make_unique<MainWindow>(*m_studio, *m_settings, m_queue.get());
        m_window->notifier()->setTrayAllowed(false);  // deterministic: the banner, whatever the desktop
        m_window->resize(1500, 900);
        m_window->setWorkspace(MainWindow::Jobs);
        m_window->show();
        m_window->activateWindow();  // Xvfb runs no window manager: nothing activates it for us
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void showsEveryJob()
    {
        QCOMPARE(jobs()->jobModel()->rowCount(), kJobs);
        QCOMPARE(table()->model()->rowCount(), kJobs);
        QVERIFY(table()->isVisible());
        QVERIFY(!child<QLabel>("jobsEmpty")->isVisible());
        // The newest job is the first visible row, drawn where a person looks.
        QCOMPARE(table()->rowAt(0), 0);
        QCOMPARE(table()->model()->index(0, JobTableModel::Title).data().toString(),
                 QStringLiteral("Clip #0999"));
        QTRY_VERIFY(child<QLabel>("jobCount")->text().startsWith(QLocale().toString(kJobs)));
        const int active = m_counts[JobStatus::Queued] + m_counts[JobStatus::Running];
        QVERIFY2(
            child<QLabel>("statusSummary")->text().contains(QStringLiteral("Active jobs: %1").arg(active)),
            qPrintable(child<QLabel>("statusSummary")->text()));
    }

    void filtersReduceRows()
    {
        auto *status = child<QComboBox>("jobStatusFilter");
        status->setCurrentIndex(status->findText(QStringLiteral("Failed")));
        QCOMPARE(table()->model()->rowCount(), m_counts[JobStatus::Failed]);
        QTRY_VERIFY(
            child<QLabel>("jobCount")
                ->text()
                .startsWith(
                    QStringLiteral("Showing %1 of").arg(QLocale().toString(m_counts[JobStatus::Failed]))));
        status->setCurrentIndex(0);
        QCOMPARE(table()->model()->rowCount(), kJobs);

        child<QCheckBox>("jobHideFinished")->setChecked(true);
        QCOMPARE(table()->model()->rowCount(),
                 kJobs - m_counts[JobStatus::Succeeded] - m_counts[JobStatus::Cancelled]);
        child<QCheckBox>("jobHideFinished")->setChecked(false);

        auto *provider = child<QComboBox>("jobProviderFilter");
        provider->setCurrentIndex(provider->findText(QStringLiteral("Vidu")));
        QCOMPARE(table()->model()->rowCount(), kJobs / 2);
        provider->setCurrentIndex(0);
        QCOMPARE(table()->model()->rowCount(), kJobs);
    }

    // The table's context menu sorts (the header takes no keyboard focus): a column, then the reverse,
    // then the queue's own order again.
    void theContextMenuSortsForTheKeyboard()
    {
        auto *byTitle = child<QAction>(qPrintable(QStringLiteral("sortJobsBy%1").arg(JobTableModel::Title)));
        QVERIFY(table()->actions().contains(child<QAction>("sortJobsMenu")));
        const auto title = [this](int row) {
            return table()->model()->index(row, JobTableModel::Title).data().toString();
        };
        byTitle->trigger();
        QCOMPARE(table()->horizontalHeader()->sortIndicatorSection(), int(JobTableModel::Title));
        QVERIFY2(title(0) <= title(1) && title(1) <= title(kJobs - 1),
                 qPrintable(title(0) + u'|' + title(1)));
        byTitle->trigger();
        QCOMPARE(table()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
        QVERIFY2(title(0) >= title(1) && title(1) >= title(kJobs - 1),
                 qPrintable(title(0) + u'|' + title(1)));
        child<QAction>("sortJobsByQueue")->trigger();
        QCOMPARE(title(0), QStringLiteral("Clip #0999"));  // newest first again
    }

    void searchFindsAJobAndShowsItsFailure()
    {
        QTest::keyClick(table(), Qt::Key_F, Qt::ControlModifier);  // Ctrl+F goes to the search field
        auto *search = child<QLineEdit>("jobSearch");
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("OUT OF CREDITS"));
        QCOMPARE(table()->model()->rowCount(), 1);
        QCOMPARE(table()->model()->index(0, JobTableModel::Title).data().toString(), kFailedTitle);

        const QRect cell = table()->visualRect(table()->model()->index(0, JobTableModel::Title));
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(jobs()->detailsPane()->jobId(),
                 table()->model()->index(0, 0).data(JobTableModel::IdRole).toLongLong());
        auto *error = child<QLabel>("jobError");
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), kFailedError);
        auto *events = child<QTreeWidget>("jobEvents");
        QCOMPARE(events->topLevelItemCount(), 3);  // created, started, out of credits
        QCOMPARE(events->topLevelItem(2)->text(2), QStringLiteral("out of credits"));
        QVERIFY(child<QPlainTextEdit>("jobParams")
                    ->toPlainText()
                    .contains(QStringLiteral("\"prompt\": \"scene 421\"")));
        QCOMPARE(enabledActions(), QStringLiteral("retry remove"));

        // The screenshot once the count label has its new text and room for it.
        auto *count = child<QLabel>("jobCount");
        QTRY_VERIFY(count->text().startsWith(QStringLiteral("Showing 1 of")));
        QTRY_VERIFY(count->width() >= count->sizeHint().width());
        const QString path =
            QDir(test::artifactsDir()).filePath(QStringLiteral("jobs-monitor-failed-job.png"));
        const QImage shot = m_window->grab().toImage();
        QVERIFY(!shot.isNull());
        QVERIFY2(shot.save(path), qPrintable(path));
        qInfo("screenshot: %s", qPrintable(path));
        clearFilters();
        QCOMPARE(table()->model()->rowCount(), kJobs);
    }

    void actionsFollowTheSelection()
    {
        const int queued = firstRowWith(JobStatus::Queued);
        const int running = firstRowWith(JobStatus::Running);
        const int held = firstRowWith(JobStatus::Held);
        const int cancelled = firstRowWith(JobStatus::Cancelled);
        const int failed = firstRowWith(JobStatus::Failed);
        QVERIFY(queued >= 0 && running >= 0 && held >= 0 && cancelled >= 0 && failed >= 0);

        table()->selectionModel()->clearSelection();
        QCOMPARE(enabledActions(), QString());
        selectRows({queued});
        QCOMPARE(enabledActions(), QStringLiteral("cancel hold front back high normal low remove"));
        selectRows({running});
        QCOMPARE(enabledActions(), QStringLiteral("cancel"));
        selectRows({held});
        QCOMPARE(enabledActions(), QStringLiteral("cancel resume front back high normal low remove"));
        selectRows({cancelled});
        QCOMPARE(enabledActions(), QStringLiteral("retry remove"));
        selectRows({proxyRowOf(kPosterTitle)});
        QCOMPARE(enabledActions(), QStringLiteral("remove reveal library"));
        // Several jobs: an action is offered when it applies to at least one of them.
        selectRows({running, failed});
        QCOMPARE(enabledActions(), QStringLiteral("cancel retry remove"));
    }

    void actionsGoThroughTheQueueAndRowsFollow()
    {
        const int row = firstRowWith(JobStatus::Queued);
        const RowId id = table()->model()->index(row, 0).data(JobTableModel::IdRole).toLongLong();
        QLabel *summary = child<QLabel>("statusSummary");
        const QString before = summary->text();
        selectRows({row});
        jobs()->action(JobsWorkspace::Hold)->trigger();
        const int now = jobs()->jobModel()->rowOf(id);
        QCOMPARE(jobs()->jobModel()->jobAt(now).status, JobStatus::Held);
        QCOMPARE(enabledActions(), QStringLiteral("cancel resume front back high normal low remove"));
        // Queue order goes through the queue too.
        jobs()->action(JobsWorkspace::PriorityHigh)->trigger();
        QCOMPARE(jobs()->jobModel()->jobAt(jobs()->jobModel()->rowOf(id)).priority, JobPriority::High);
        jobs()->action(JobsWorkspace::Cancel)->trigger();
        QCOMPARE(jobs()->jobModel()->jobAt(jobs()->jobModel()->rowOf(id)).status, JobStatus::Cancelled);
        QVERIFY(summary->text() != before);  // one fewer active job in the status bar

        // Delete on the focused table removes the selection (not running), one row.
        selectRows({firstRowWith(JobStatus::Failed)});
        const RowId failedId = table()->currentIndex().data(JobTableModel::IdRole).toLongLong();
        table()->setFocus();
        QTRY_VERIFY(table()->hasFocus());
        QTest::keyClick(table(), Qt::Key_Delete);
        QCOMPARE(jobs()->jobModel()->rowOf(failedId), -1);
        QCOMPARE(jobs()->jobModel()->rowCount(), kJobs - 1);
        QVERIFY(!JobStore(m_studio->catalog()).load(failedId).ok());
    }

    void outputShowsAPosterAndOpensInTheLibrary()
    {
        QSignalSpy posters(jobs()->detailsPane(), &JobDetailsPane::posterShown);
        selectRows({proxyRowOf(kPosterTitle)});
        QTRY_COMPARE(posters.count(), 1);
        QVERIFY(!posters.first().at(1).value<QImage>().isNull());
        QVERIFY(!child<QLabel>("jobPoster")->pixmap().isNull());
        QVERIFY(child<QLabel>("jobOutput")->text().endsWith(QStringLiteral("poster.png")));
        jobs()->action(JobsWorkspace::OpenInLibrary)->trigger();
        QCOMPARE(m_window->workspace(), int(MainWindow::Library));
        m_window->setWorkspace(MainWindow::Jobs);
    }

    void aBatchIsNotifiedOnce()
    {
        Notifier *notifier = m_window->notifier();
        const int before = notifier->noticeCount();
        // A batch's jobs finishing one by one say nothing; the batch says it once.
        Result<QList<Job>> batch = JobStore(m_studio->catalog()).batch(QStringLiteral("batch-3"));
        QVERIFY(batch.ok() && batch->size() == 10);
        for (const Job &job : *batch)
            Q_EMIT m_queue->jobFinished(job.id, JobStatus::Succeeded);
        QCOMPARE(notifier->noticeCount(), before);
        Q_EMIT m_queue->batchFinished(QStringLiteral("batch-3"), 12, 1, 0);
        QCOMPARE(notifier->noticeCount(), before + 1);
        QCOMPARE(notifier->lastMessage(), QStringLiteral("Batch finished: 12 succeeded, 1 failed"));
        QCOMPARE(notifier->lastChannel(), Notifier::Channel::Banner);
        auto *banner = child<QFrame>("notificationBanner");
        QVERIFY(banner->isVisible());
        QVERIFY(child<QLabel>("notificationText")->text().contains(notifier->lastMessage()));
        const QString path = QDir(test::artifactsDir()).filePath(QStringLiteral("jobs-monitor-banner.png"));
        QVERIFY2(m_window->grab().save(path), qPrintable(path));
        QTest::mouseClick(child<QToolButton>("notificationClose"), Qt::LeftButton);
        QVERIFY(!banner->isVisible());

        // Through the real scheduler: cancelling every queued job of a batch ends it, once.
        QSignalSpy notices(notifier, &Notifier::notified);
        for (int i = 0; i < 3; ++i) {
            JobRequest request;
            request.title = QStringLiteral("batch job %1").arg(i);
            request.batchId = QStringLiteral("batch-live");
            QVERIFY(m_queue->submit(request).ok());
        }
        Result<QList<Job>> live = JobStore(m_studio->catalog()).batch(QStringLiteral("batch-live"));
        QVERIFY(live.ok() && live->size() == 3);
        QCOMPARE(jobs()->jobModel()->rowCount(), kJobs - 1 + 3);  // the monitor followed jobChanged
        for (const Job &job : *live)
            QVERIFY(m_queue->cancel(job.id).ok());
        QCOMPARE(notices.count(), 1);
        QCOMPARE(notifier->lastMessage(),
                 QStringLiteral("Batch finished: 0 succeeded, 0 failed, 3 cancelled"));
    }

    void aLoneJobIsNotifiedWithItsError()
    {
        Notifier *notifier = m_window->notifier();
        const RowId failed = jobs()->jobModel()->jobAt(jobs()->jobModel()->rowCount() - 1).id;
        Job job = JobStore(m_studio->catalog()).load(failed).value();
        job.status = JobStatus::Failed;
        job.batchId.clear();
        job.error = QStringLiteral("encoder crashed");
        QVERIFY(JobStore(m_studio->catalog()).update(job).ok());
        notifier->onJobFinished(failed, JobStatus::Failed);
        QCOMPARE(notifier->lastTitle(), QStringLiteral("Job failed"));
        QCOMPARE(notifier->lastMessage(), QStringLiteral("%1: encoder crashed").arg(job.title));
        const int count = notifier->noticeCount();
        notifier->onJobFinished(failed, JobStatus::Cancelled);  // the user's own cancel is not news
        QCOMPARE(notifier->noticeCount(), count);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_queue.reset();
    }
};

QTEST_MAIN(TestJobsWorkspace)
#include "tst_jobsworkspace.moc"
