#include "jobtablemodel.h"

#include <QCoreApplication>

#include "accountstore.h"
#include "catalog.h"
#include "jobstore.h"
#include "sqlutil.h"

#include <QLocale>

namespace storyreel {
namespace {

// Today's jobs show the time only; older ones the day too; the tooltip has the full date.
QString compactTime(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    const QDateTime local = at.toLocalTime();
    const QLocale locale;
    const QString time = locale.toString(local.time(), QLocale::ShortFormat);
    if (local.date() == QDate::currentDate())
        return time;
    const QString day = local.date().year() == QDate::currentDate().year()
                            ? locale.toString(local.date(), QStringLiteral("d MMM"))
                            : locale.toString(local.date(), QStringLiteral("d MMM yyyy"));
    return day + QLatin1Char(' ') + time;
}

QString compactDuration(qint64 seconds)
{
    if (seconds < 60)
        return JobTableModel::tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return JobTableModel::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return JobTableModel::tr("%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60);
}

bool isActive(JobStatus status)
{
    return status == JobStatus::Running || status == JobStatus::Queued;  // held jobs wait for the user
}

// Newest first as the store lists them, but every batch pulled together at its newest job's place.
// One pass: O(n), stable within a batch.
QList<Job> groupedByBatch(QList<Job> jobs)
{
    QHash<QString, qsizetype> groupOf;
    QList<QList<qsizetype>> groups;
    groups.reserve(jobs.size());
    for (qsizetype i = 0; i < jobs.size(); ++i) {
        const QString &batch = jobs.at(i).batchId;
        if (batch.isEmpty()) {
            groups.append(QList<qsizetype>{i});
            continue;
        }
        const auto found = groupOf.constFind(batch);
        if (found == groupOf.cend()) {
            groupOf.insert(batch, groups.size());
            groups.append(QList<qsizetype>{i});
        } else {
            groups[*found].append(i);
        }
    }
    if (groups.size() == jobs.size())
        return jobs;  // no batch has two jobs: already in order
    QList<Job> ordered;
    ordered.reserve(jobs.size());
    for (const QList<qsizetype> &group : std::as_const(groups)) {
        for (qsizetype i : group)
            ordered.append(std::move(jobs[i]));
    }
    return ordered;
}

}  // namespace

JobTableModel::JobTableModel(const Catalog &catalog, QObject *parent)
    : QAbstractTableModel(parent), m_catalog(catalog)
{
    reload();
}

bool JobTableModel::loadAccountNames()
{
    Result<QList<ProviderAccount>> accounts = AccountStore(m_catalog).list();
    if (!accounts) {
        m_lastError = accounts.error();
        return false;
    }
    m_accountNames.clear();
    for (const ProviderAccount &account : *accounts)
        m_accountNames.insert(account.id, account.name);
    return true;
}

bool JobTableModel::reload()
{
    Result<QList<Job>> jobs = JobStore(m_catalog).list();
    if (!jobs) {
        m_lastError = jobs.error();
        return false;
    }
    beginResetModel();
    const bool namesLoaded = loadAccountNames();
    m_jobs = groupedByBatch(std::move(jobs).value());
    m_batchSizes.clear();
    m_activeCount = 0;
    for (const Job &job : std::as_const(m_jobs))
        countIn(job, +1);
    m_rowsDirty = true;
    endResetModel();
    if (namesLoaded)
        m_lastError.clear();
    return namesLoaded;
}

void JobTableModel::countIn(const Job &job, int delta)
{
    if (isActive(job.status))
        m_activeCount += delta;
    if (job.batchId.isEmpty())
        return;
    int &size = m_batchSizes[job.batchId];
    size += delta;
    if (size <= 0)
        m_batchSizes.remove(job.batchId);
}

int JobTableModel::rowOf(RowId id) const
{
    if (m_rowsDirty) {
        m_rows.clear();
        m_rows.reserve(m_jobs.size());
        for (int row = 0; row < m_jobs.size(); ++row)
            m_rows.insert(m_jobs.at(row).id, row);
        m_rowsDirty = false;
    }
    return m_rows.value(id, -1);
}

QString JobTableModel::accountName(RowId accountId) const
{
    return accountId == 0 ? tr("Local") : m_accountNames.value(accountId, tr("(removed account)"));
}

int JobTableModel::insertionRow(const Job &job) const
{
    if (job.batchId.isEmpty() || !m_batchSizes.contains(job.batchId))
        return 0;
    for (int row = 0; row < m_jobs.size(); ++row) {
        if (m_jobs.at(row).batchId == job.batchId)
            return row;
    }
    return 0;
}

bool JobTableModel::refreshJob(qint64 id)
{
    Result<Job> loaded = JobStore(m_catalog).load(id);
    if (!loaded) {
        // Gone from the catalog (removed elsewhere) is not an error for the view: drop the row.
        Result<QVariant> exists =
            sql::scalar(m_catalog.db(), QStringLiteral("SELECT COUNT(*) FROM jobs WHERE id = ?"),
                        tr("check job %1").arg(id), id);
        if (exists && exists->toInt() == 0) {
            removeJob(id);
            return true;
        }
        m_lastError = loaded.error();
        return false;
    }
    Job job = std::move(loaded).value();
    if (job.accountId != 0 && !m_accountNames.contains(job.accountId))
        loadAccountNames();  // a new account: one query, only then
    const int row = rowOf(id);
    if (row >= 0) {
        Job &current = m_jobs[row];
        if (current.batchId != job.batchId) {
            // Moving between batches changes the grouping; the simplest correct answer is a re-insert.
            removeJob(id);
            return refreshJob(id);
        }
        countIn(current, -1);
        countIn(job, +1);
        current = std::move(job);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return true;
    }
    const int at = insertionRow(job);
    beginInsertRows({}, at, at);
    countIn(job, +1);
    m_jobs.insert(at, std::move(job));
    m_rowsDirty = true;
    endInsertRows();
    batchSizeChanged(m_jobs.at(at).batchId, at);
    return true;
}

void JobTableModel::removeJob(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    const QString batch = m_jobs.at(row).batchId;
    beginRemoveRows({}, row, row);
    countIn(m_jobs.at(row), -1);
    m_jobs.removeAt(row);
    m_rowsDirty = true;
    endRemoveRows();
    batchSizeChanged(batch, qMin(row, rowCount() - 1));
}

void JobTableModel::batchSizeChanged(const QString &batchId, int nearRow)
{
    // A batch's rows are contiguous: repaint just its Batch cells, so a proxy re-checks only those.
    if (batchId.isEmpty() || nearRow < 0)
        return;
    int first = nearRow;
    int last = nearRow;
    if (m_jobs.at(first).batchId != batchId && first > 0 && m_jobs.at(first - 1).batchId == batchId)
        last = first = first - 1;  // removed the batch's last row
    if (m_jobs.at(first).batchId != batchId)
        return;
    while (first > 0 && m_jobs.at(first - 1).batchId == batchId)
        --first;
    while (last + 1 < m_jobs.size() && m_jobs.at(last + 1).batchId == batchId)
        ++last;
    Q_EMIT dataChanged(index(first, Batch), index(last, Batch));
}

int JobTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}
int JobTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString JobTableModel::batchLabel(const Job &job) const
{
    if (job.batchId.isEmpty())
        return {};
    const int size = m_batchSizes.value(job.batchId);
    return tr("%1 · %n job(s)", nullptr, size).arg(job.batchId.left(8));
}

QVariant JobTableModel::display(const Job &job, int column) const
{
    const QLocale locale;
    switch (column) {
        case Status:
            return toText(job.status);
        case Kind:
            return toText(job.kind);
        case Title:
            return job.title;
        case Provider:
            return accountName(job.accountId);
        case Progress:
            return QStringLiteral("%1%").arg(qRound(job.progress * 100));
        case Stage:
            return job.stage;
        case Eta:
            return job.etaSeconds < 0 || isTerminal(job.status) ? QString() : compactDuration(job.etaSeconds);
        case Cost:
            return job.costMicros == 0 ? QString()
                                       : QStringLiteral("%1 %2").arg(
                                             locale.toString(double(job.costMicros) / 1e6), job.costUnit);
        case Created:
            return compactTime(job.createdAt);
        case Finished:
            return compactTime(job.finishedAt);
        case Batch:
            return batchLabel(job);
        default:
            return {};
    }
}

QVariant JobTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Job &job = m_jobs.at(index.row());
    switch (role) {
        case Qt::DisplayRole:
            return display(job, index.column());
        case Qt::ToolTipRole:
            return job.error.isEmpty() ? display(job, index.column()) : QVariant(job.error);
        case Qt::TextAlignmentRole:
            return index.column() == Eta || index.column() == Cost
                       ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                       : QVariant();
        case IdRole:
            return job.id;
        case StatusRole:
            return int(job.status);
        case ProgressRole:
            return job.progress;
        case BatchIdRole:
            return job.batchId;
        case AccountIdRole:
            return job.accountId;
        case AccountNameRole:
            return accountName(job.accountId);
        case SearchTextRole:
            return QStringList{job.title, toText(job.kind), job.stage, job.error}.join(u'\n');
        case KindRole:
            return int(job.kind);
        case BatchSizeRole:
            return job.batchId.isEmpty() ? 0 : m_batchSizes.value(job.batchId);
        default:
            return {};
    }
}

QVariant JobTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
        case Status:
            return tr("Status");
        case Kind:
            return tr("Kind");
        case Title:
            return tr("Title");
        case Provider:
            return tr("Provider");
        case Progress:
            return tr("Progress");
        case Stage:
            return tr("Stage");
        case Eta:
            return tr("ETA");
        case Cost:
            return tr("Cost");
        case Created:
            return tr("Created");
        case Finished:
            return tr("Finished");
        case Batch:
            return tr("Batch");
        default:
            return {};
    }
}

QHash<int, QByteArray> JobTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "jobId");
    names.insert(StatusRole, "status");
    names.insert(ProgressRole, "progress");
    names.insert(BatchIdRole, "batchId");
    names.insert(AccountIdRole, "accountId");
    names.insert(AccountNameRole, "accountName");
    names.insert(SearchTextRole, "searchText");
    names.insert(KindRole, "kind");
    names.insert(BatchSizeRole, "batchSize");
    return names;
}

}  // namespace storyreel
