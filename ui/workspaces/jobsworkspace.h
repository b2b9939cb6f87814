#pragma once

#include "ids.h"

#include <array>
#include <QWidget>

class QAction;
class QLabel;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolBar;

namespace storyreel {

class Studio;
class JobQueue;
class JobTableModel;
class JobFilterProxy;
class JobFilterBar;
class JobDetailsPane;
struct Job;

// The Jobs workspace (the job monitor): every generation, render, export, upload and download in one
// filterable table, batches grouped, actions on the selection, and the selected job's details beside
// it. Rows follow the scheduler's jobChanged/jobRemoved one at a time; without a queue (tests, a
// read-only look at a catalog) the table shows the catalog and the queue actions stay disabled.
class JobsWorkspace final : public QWidget
{
    Q_OBJECT

public:
    // Actions up to Remove change jobs through the queue; the order ones apply to queued and held jobs.
    enum Action {
        Cancel,
        Retry,
        Hold,
        Resume,
        MoveToFront,
        MoveToBack,
        PriorityHigh,
        PriorityNormal,
        PriorityLow,
        Remove,
        RevealOutput,
        OpenInLibrary,
        ActionCount
    };

    explicit JobsWorkspace(Studio &studio, QWidget *parent = nullptr);
    JobsWorkspace(Studio &studio, JobQueue *queue, QWidget *parent = nullptr);

    void reload();
    JobTableModel *jobModel() const { return m_jobs; }
    JobFilterProxy *filterModel() const { return m_proxy; }
    JobFilterBar *filterBar() const { return m_filterBar; }
    QTableView *table() const { return m_table; }
    JobDetailsPane *detailsPane() const { return m_details; }
    QAction *action(Action which) const { return m_actions[which]; }
    // Whether an action can do something for this job (ignoring whether a queue is attached).
    static bool appliesTo(Action which, const Job &job);

Q_SIGNALS:
    void errorOccurred(const QString &message);
    // "Open in Library" on a finished job: its library video (0 when unknown) and its output file.
    void openInLibrary(qint64 videoId, const QString &outputPath);

private:
    void buildActions();
    void buildSortMenu();
    void refreshChrome();  // everything around the table after the model (re)loaded
    void updateActions();
    void updateEmptyState();
    void updateCounts();
    void showCurrentDetails();
    void refreshDetailsFor(int firstSourceRow, int lastSourceRow);
    QList<int> selectedSourceRows() const;
    void runOnSelection(Action which);
    void revealOutputs();
    void openSelectedInLibrary();
    void loadProviders();

    Studio &m_studio;
    JobQueue *m_queue;
    JobTableModel *m_jobs;
    JobFilterProxy *m_proxy;
    JobFilterBar *m_filterBar;
    QToolBar *m_toolBar;
    QStackedWidget *m_stack;
    QTableView *m_table;
    QLabel *m_empty;
    JobDetailsPane *m_details;
    QTimer *m_countsTimer;  // coalesces the row signals of one filter change into one count update
    std::array<QAction *, ActionCount> m_actions{};
};

}  // namespace storyreel
