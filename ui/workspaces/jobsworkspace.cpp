#include "jobsworkspace.h"

#include "accountstore.h"
#include "jobfilterproxy.h"
#include "jobqueue.h"
#include "jobstore.h"
#include "jobtablemodel.h"
#include "shortcuts/shortcutregistry.h"
#include "studio.h"
#include "widgets/accessiblejobmodel.h"
#include "widgets/jobdetailspane.h"
#include "widgets/jobfilterbar.h"
#include "widgets/jobrowdelegate.h"
#include "widgets/taborder.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSet>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace storyreel {
namespace {

// Opening a file manager per job would bury the desktop under windows when 500 jobs are selected.
constexpr int kMaxRevealedFolders = 5;

// The table shows the filter proxy through AccessibleJobModel (the words a screen reader says).
QModelIndex filterIndexOf(const QTableView *table, const QModelIndex &index)
{
    const auto *spoken = qobject_cast<const QAbstractProxyModel *>(table->model());
    return spoken ? spoken->mapToSource(index) : index;
}

qint64 videoIdOf(const Job &job)
{
    return job.params.value(QStringLiteral("videoId")).toInteger();
}

}  // namespace

JobsWorkspace::JobsWorkspace(Studio &studio, QWidget *parent) : JobsWorkspace(studio, nullptr, parent) {}

JobsWorkspace::JobsWorkspace(Studio &studio, JobQueue *queue, QWidget *parent)
    : QWidget(parent),
      m_studio(studio),
      m_queue(queue),
      m_jobs(new JobTableModel(studio.catalog(), this)),
      m_proxy(new JobFilterProxy(this)),
      m_filterBar(new JobFilterBar(m_proxy, this)),
      m_toolBar(new QToolBar(this)),
      m_stack(new QStackedWidget(this)),
      m_table(new QTableView(this)),
      m_empty(new QLabel(this)),
      m_details(new JobDetailsPane(studio.location().root(), this)),
      m_countsTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("jobsWorkspace"));
    m_proxy->setSourceModel(m_jobs);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    auto *heading = new QLabel(tr("Jobs"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSize(headingFont.pointSize() + 2);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    layout->addWidget(heading);
    layout->addWidget(m_filterBar);

    m_toolBar->setObjectName(QStringLiteral("jobActions"));
    m_toolBar->setAccessibleName(tr("Job actions"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    layout->addWidget(m_toolBar);

    m_table->setObjectName(QStringLiteral("jobTable"));
    m_table->setAccessibleName(tr("Jobs"));
    m_table->setAccessibleDescription(
        tr("Return shows the job's details; the context menu (Menu key or Shift+F10) has every action"));
    auto *spoken = new AccessibleJobModel(this);
    spoken->setSourceModel(m_proxy);
    m_table->setModel(spoken);
    // Tab leaves the table (arrows move between rows): it is not a trap for keyboard users.
    m_table->setTabKeyNavigation(false);
    m_table->setItemDelegate(
        new JobRowDelegate(JobTableModel::Status, JobTableModel::Kind, JobTableModel::Progress, m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    // Fixed row heights: the view never measures 10,000 rows to lay them out.
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    const int widths[JobTableModel::ColumnCount] = {96, 84, 220, 80, 104, 90, 76, 80, 96, 96, 90};
    for (int column = 0; column < JobTableModel::ColumnCount; ++column)
        header->resizeSection(column, widths[column]);
    // Batches are grouped in the rows already; the column is there for sorting, when asked for.
    m_table->setColumnHidden(JobTableModel::ColumnCount - 1, true);
    header->setSectionResizeMode(JobTableModel::Title, QHeaderView::Stretch);
    header->setSortIndicatorClearable(true);  // a third click returns to "newest first, batches grouped"
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);

    m_empty->setObjectName(QStringLiteral("jobsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setText(
        tr("No jobs yet.\nRenders, exports, generations, uploads and downloads you start appear here, "
           "with their progress, and stay here across restarts."));
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("jobSplitter"));
    splitter->addWidget(m_stack);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({1000, 280});
    layout->addWidget(splitter, 1);
    buildActions();
    // Reading order: filters, actions, the table, the selected job's details.
    taborder::makeReachable(m_toolBar);
    taborder::chain(taborder::controlsIn(m_filterBar) + taborder::controlsIn(m_toolBar) +
                    QList<QWidget *>{m_table} + taborder::controlsIn(m_details));

    m_countsTimer->setSingleShot(true);
    m_countsTimer->setInterval(0);
    connect(m_countsTimer, &QTimer::timeout, this, &JobsWorkspace::updateCounts);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, m_countsTimer, qOverload<>(&QTimer::start));
    connect(m_proxy, &QAbstractItemModel::modelReset, m_countsTimer, qOverload<>(&QTimer::start));
    connect(m_jobs, &QAbstractItemModel::rowsInserted, this, &JobsWorkspace::updateEmptyState);
    connect(m_jobs, &QAbstractItemModel::rowsRemoved, this, &JobsWorkspace::updateEmptyState);
    connect(m_jobs, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) {
                const int shown = m_jobs->rowOf(m_details->jobId());
                if (shown >= first && shown <= last)
                    m_details->clear();
            });
    connect(m_jobs, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                refreshDetailsFor(topLeft.row(), bottomRight.row());
                updateActions();
            });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &JobsWorkspace::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &JobsWorkspace::showCurrentDetails);
    // Return (or a double-click) on a job: on to its details, to read them.
    connect(m_table, &QTableView::activated, this, [this] {
        if (QWidget *first = taborder::controlsIn(m_details).value(0))
            first->setFocus(Qt::OtherFocusReason);
    });
    if (m_queue) {
        connect(m_queue, &JobQueue::jobChanged, m_jobs, &JobTableModel::refreshJob);
        connect(m_queue, &JobQueue::jobRemoved, m_jobs, &JobTableModel::removeJob);
    }
    // The model loaded itself when made: reading 10,000 rows twice would double the start-up time.
    if (!m_jobs->lastError().isEmpty())
        QTimer::singleShot(0, this, [this] {
            Q_EMIT errorOccurred(tr("Cannot read the jobs: %1").arg(m_jobs->lastError()));
        });
    refreshChrome();
}

void JobsWorkspace::buildActions()
{
    const struct
    {
        Action id;
        QString text;
        QString name;
        QString shortcut;  // the command in ShortcutRegistry: its keys are the user's
        QString tip;
    } specs[] = {
        {Cancel, tr("&Cancel"), QStringLiteral("cancelJobs"), QStringLiteral("jobs.cancel"),
         tr("Stop the selected queued, held or running jobs")},
        {Retry, tr("&Retry"), QStringLiteral("retryJobs"), QStringLiteral("jobs.retry"),
         tr("Queue the selected failed, cancelled or interrupted jobs again")},
        {Hold, tr("&Hold"), QStringLiteral("holdJobs"), QStringLiteral("jobs.hold"),
         tr("Keep the selected queued jobs from starting until resumed")},
        {Resume, tr("Res&ume"), QStringLiteral("resumeJobs"), QStringLiteral("jobs.resume"),
         tr("Let the selected held jobs run again")},
        {MoveToFront, tr("Move to &Front"), QStringLiteral("moveJobsToFront"),
         QStringLiteral("jobs.moveToFront"),
         tr("Run the selected queued jobs before the others of their priority")},
        {MoveToBack, tr("Move to &Back"), QStringLiteral("moveJobsToBack"), QStringLiteral("jobs.moveToBack"),
         tr("Run the selected queued jobs after the others of their priority")},
        {PriorityHigh, tr("&High Priority"), QStringLiteral("prioritizeJobsHigh"),
         QStringLiteral("jobs.priorityHigh"), tr("Run the selected queued jobs before normal and low ones")},
        {PriorityNormal, tr("&Normal Priority"), QStringLiteral("prioritizeJobsNormal"),
         QStringLiteral("jobs.priorityNormal"), tr("Give the selected queued jobs normal priority")},
        {PriorityLow, tr("&Low Priority"), QStringLiteral("prioritizeJobsLow"),
         QStringLiteral("jobs.priorityLow"), tr("Run the selected queued jobs after the others")},
        {Remove, tr("Re&move"), QStringLiteral("removeJobs"), QStringLiteral("jobs.remove"),
         tr("Remove the selected jobs that are not running from the list (their files stay)")},
        {RevealOutput, tr("Reveal &Output"), QStringLiteral("revealJobOutput"),
         QStringLiteral("jobs.revealOutput"), tr("Show the output files in the file manager")},
        {OpenInLibrary, tr("Open in &Library"), QStringLiteral("openJobInLibrary"),
         QStringLiteral("jobs.openInLibrary"), tr("Show the generated video in the Library")},
    };
    for (const auto &spec : specs) {
        auto *action = new QAction(spec.text, this);
        action->setObjectName(spec.name);
        // Only while the table has focus: Delete in the search field must edit text, not remove jobs.
        action->setShortcutContext(Qt::WidgetShortcut);
        ShortcutRegistry::instance().bind(action, spec.shortcut, spec.tip);
        action->setStatusTip(spec.tip);
        action->setEnabled(false);
        m_actions[spec.id] = action;
        m_table->addAction(action);
        const bool ordering = spec.id >= MoveToFront && spec.id <= PriorityLow;
        if (!ordering)
            m_toolBar->addAction(action);
        if (spec.id == Remove || spec.id == Resume) {
            m_toolBar->addSeparator();
            auto *separator = new QAction(this);
            separator->setSeparator(true);
            m_table->addAction(separator);
        }
    }
    // The order actions share one toolbar button: they are used less than the ones beside it.
    auto *orderMenu = new QMenu(tr("Queue Order"), this);
    for (Action ordering : {MoveToFront, MoveToBack, PriorityHigh, PriorityNormal, PriorityLow})
        orderMenu->addAction(m_actions[ordering]);
    auto *orderButton = new QToolButton(this);
    orderButton->setObjectName(QStringLiteral("queueOrderButton"));
    orderButton->setText(tr("Queue Order"));
    orderButton->setAccessibleName(tr("Queue order and priority"));
    orderButton->setToolTip(
        tr("Move the selected queued jobs to the front or back, or change their priority"));
    orderButton->setMenu(orderMenu);
    orderButton->setPopupMode(QToolButton::InstantPopup);
    m_toolBar->insertWidget(m_actions[Remove], orderButton);
    for (Action queued : {Cancel, Retry, Hold, Resume, MoveToFront, MoveToBack, PriorityHigh, PriorityNormal,
                          PriorityLow, Remove})
        connect(m_actions[queued], &QAction::triggered, this, [this, queued] { runOnSelection(queued); });
    connect(m_actions[RevealOutput], &QAction::triggered, this, &JobsWorkspace::revealOutputs);
    connect(m_actions[OpenInLibrary], &QAction::triggered, this, &JobsWorkspace::openSelectedInLibrary);

    buildSortMenu();

    auto *find = new QAction(tr("Find Jobs"), this);
    find->setObjectName(QStringLiteral("findJobs"));
    ShortcutRegistry::instance().bind(find, QStringLiteral("edit.find"));
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_filterBar->searchField()->setFocus(Qt::ShortcutFocusReason);
        m_filterBar->searchField()->selectAll();
    });
    addAction(find);
}

// Sorting from the keyboard: the table's header never takes focus, so its context menu sorts too.
// Choosing the column already sorted on turns the order round; "Queue Order" is the default again.
void JobsWorkspace::buildSortMenu()
{
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_table->addAction(separator);
    auto *menu = new QMenu(tr("Sort By"), this);
    menu->menuAction()->setObjectName(QStringLiteral("sortJobsMenu"));
    QHeaderView *header = m_table->horizontalHeader();
    QAction *queueOrder = menu->addAction(tr("Queue Order (Newest First)"), this,
                                          [header] { header->setSortIndicator(-1, Qt::AscendingOrder); });
    queueOrder->setObjectName(QStringLiteral("sortJobsByQueue"));
    menu->addSeparator();
    for (int column = 0; column < JobTableModel::ColumnCount; ++column) {
        if (m_table->isColumnHidden(column))
            continue;
        const QString name = m_jobs->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        QAction *action = menu->addAction(name, this, [header, column] {
            const bool again = header->sortIndicatorSection() == column;
            const Qt::SortOrder order = again && header->sortIndicatorOrder() == Qt::AscendingOrder
                                            ? Qt::DescendingOrder
                                            : Qt::AscendingOrder;
            header->setSortIndicator(column, order);
        });
        action->setObjectName(QStringLiteral("sortJobsBy%1").arg(column));
        action->setStatusTip(tr("Sort the jobs by %1; again for the reverse order").arg(name));
    }
    m_table->addAction(menu->menuAction());
}

void JobsWorkspace::reload()
{
    if (!m_jobs->reload())
        Q_EMIT errorOccurred(tr("Cannot read the jobs: %1").arg(m_jobs->lastError()));
    refreshChrome();
}

void JobsWorkspace::refreshChrome()
{
    loadProviders();
    m_details->clear();
    updateEmptyState();
    updateCounts();
    updateActions();
}

void JobsWorkspace::loadProviders()
{
    Result<QList<ProviderAccount>> accounts = AccountStore(m_studio.catalog()).list();
    QList<QPair<RowId, QString>> providers;
    if (accounts) {
        for (const ProviderAccount &account : *accounts)
            providers.append({account.id, account.name});
    }
    m_filterBar->setProviders(providers);
}

void JobsWorkspace::updateEmptyState()
{
    m_stack->setCurrentWidget(m_jobs->rowCount() > 0 ? static_cast<QWidget *>(m_table) : m_empty);
    m_countsTimer->start();
}

void JobsWorkspace::updateCounts()
{
    m_filterBar->setCounts(m_proxy->rowCount(), m_jobs->rowCount());
}

QList<int> JobsWorkspace::selectedSourceRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    rows.reserve(selected.size());
    for (const QModelIndex &index : selected) {
        const QModelIndex source = m_proxy->mapToSource(filterIndexOf(m_table, index));
        if (source.isValid())
            rows.append(source.row());
    }
    return rows;
}

bool JobsWorkspace::appliesTo(Action which, const Job &job)
{
    switch (which) {
        case Cancel:
            return job.status == JobStatus::Queued || job.status == JobStatus::Held ||
                   job.status == JobStatus::Running || job.status == JobStatus::Interrupted;
        case Retry:
            return job.status == JobStatus::Failed || job.status == JobStatus::Cancelled ||
                   job.status == JobStatus::Interrupted;
        case Hold:
            return job.status == JobStatus::Queued;
        case Resume:
            return job.status == JobStatus::Held;
        case MoveToFront:
        case MoveToBack:
        case PriorityHigh:
        case PriorityNormal:
        case PriorityLow:
            return job.status == JobStatus::Queued || job.status == JobStatus::Held;
        case Remove:
            return job.status != JobStatus::Running;
        case RevealOutput:
            return !job.outputPath.isEmpty() && job.status == JobStatus::Succeeded;
        case OpenInLibrary:
            return job.status == JobStatus::Succeeded && (videoIdOf(job) > 0 || !job.outputPath.isEmpty()) &&
                   job.kind != JobKind::ThumbnailBatch && job.kind != JobKind::Upload;
        case ActionCount:
            break;
    }
    return false;
}

void JobsWorkspace::updateActions()
{
    const QList<int> rows = selectedSourceRows();
    for (int which = 0; which < ActionCount; ++which) {
        const bool needsQueue = which <= Remove;
        bool enabled = false;
        if (!needsQueue || m_queue) {
            enabled = std::any_of(rows.cbegin(), rows.cend(),
                                  [&](int row) { return appliesTo(Action(which), m_jobs->jobAt(row)); });
        }
        m_actions[which]->setEnabled(enabled);
    }
}

void JobsWorkspace::runOnSelection(Action which)
{
    if (!m_queue)
        return;
    // Ids first: each call below may change or remove rows while we go.
    QList<RowId> ids;
    for (int row : selectedSourceRows()) {
        if (appliesTo(which, m_jobs->jobAt(row)))
            ids.append(m_jobs->jobAt(row).id);
    }
    // Moving several jobs to the front keeps their order: place the last one first.
    RowId front = 0;
    if (which == MoveToFront) {
        std::reverse(ids.begin(), ids.end());
        if (Result<QList<Job>> queued = JobStore(m_studio.catalog()).queuedInRunOrder();
            queued && !queued->isEmpty())
            front = queued->first().id;
    }
    QStringList errors;
    for (RowId id : std::as_const(ids)) {
        Status status;
        switch (which) {
            case MoveToFront:
                if (front != id)
                    status = m_queue->moveBefore(id, front);
                front = id;
                break;
            case MoveToBack:
                status = m_queue->moveBefore(id, 0);
                break;
            case PriorityHigh:
                status = m_queue->setPriority(id, JobPriority::High);
                break;
            case PriorityNormal:
                status = m_queue->setPriority(id, JobPriority::Normal);
                break;
            case PriorityLow:
                status = m_queue->setPriority(id, JobPriority::Low);
                break;
            case Cancel:
                status = m_queue->cancel(id);
                break;
            case Retry:
                status = m_queue->retry(id);
                break;
            case Hold:
                status = m_queue->hold(id);
                break;
            case Resume:
                status = m_queue->resume(id);
                break;
            case Remove:
                status = m_queue->remove(id);
                break;
            default:
                break;
        }
        if (!status)
            errors << status.error();
    }
    if (!errors.isEmpty())
        Q_EMIT errorOccurred(
            tr("%n job(s) could not be changed: %1", nullptr, int(errors.size())).arg(errors.first()));
    updateActions();
}

void JobsWorkspace::revealOutputs()
{
    QStringList folders;
    for (int row : selectedSourceRows()) {
        const Job &job = m_jobs->jobAt(row);
        if (!appliesTo(RevealOutput, job))
            continue;
        const QString folder = QFileInfo(m_details->absoluteOutputPath(job)).absolutePath();
        if (!folders.contains(folder))
            folders << folder;
        if (folders.size() == kMaxRevealedFolders)
            break;
    }
    for (const QString &folder : std::as_const(folders)) {
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder)))
            Q_EMIT errorOccurred(tr("Cannot open the folder %1").arg(QDir::toNativeSeparators(folder)));
    }
}

void JobsWorkspace::openSelectedInLibrary()
{
    for (int row : selectedSourceRows()) {
        const Job &job = m_jobs->jobAt(row);
        if (appliesTo(OpenInLibrary, job)) {
            Q_EMIT openInLibrary(videoIdOf(job), m_details->absoluteOutputPath(job));
            return;
        }
    }
}

void JobsWorkspace::showCurrentDetails()
{
    const QModelIndex current =
        m_proxy->mapToSource(filterIndexOf(m_table, m_table->selectionModel()->currentIndex()));
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    const Job &job = m_jobs->jobAt(current.row());
    Result<QList<JobEvent>> events = JobStore(m_studio.catalog()).events(job.id);
    if (!events)
        Q_EMIT errorOccurred(tr("Cannot read the events of job %1: %2").arg(job.id).arg(events.error()));
    m_details->showJob(job, m_jobs->accountName(job.accountId), events ? *events : QList<JobEvent>());
}

void JobsWorkspace::refreshDetailsFor(int firstSourceRow, int lastSourceRow)
{
    const int shown = m_jobs->rowOf(m_details->jobId());
    if (shown < 0 || shown < firstSourceRow || shown > lastSourceRow)
        return;
    const Job &job = m_jobs->jobAt(shown);
    Result<QList<JobEvent>> events = JobStore(m_studio.catalog()).events(job.id);
    m_details->showJob(job, m_jobs->accountName(job.accountId), events ? *events : QList<JobEvent>());
}

}  // namespace storyreel
