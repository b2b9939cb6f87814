#include "jobfilterproxy.h"

#include "jobtablemodel.h"

#include <array>

namespace storyreel {
namespace {

constexpr int kKindCount = int(JobKind::Download) + 1;

// The stable kind texts, made once: search runs over every row on each keystroke.
const QString &kindText(JobKind kind)
{
    static const std::array<QString, kKindCount> texts = [] {
        std::array<QString, kKindCount> result;
        for (int i = 0; i < kKindCount; ++i)
            result[i] = toText(JobKind(i));
        return result;
    }();
    return texts[qBound(0, int(kind), kKindCount - 1)];
}

quint32 bit(JobStatus status)
{
    return 1u << int(status);
}

template <typename T>
int compareValues(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

}  // namespace

JobFilterProxy::JobFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void JobFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_jobs = qobject_cast<JobTableModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

int JobFilterProxy::sourceRow(int proxyRow) const
{
    const QModelIndex source = mapToSource(index(proxyRow, 0));
    return source.isValid() ? source.row() : -1;
}

void JobFilterProxy::refilter()
{
    invalidateFilter();
    Q_EMIT filterChanged();
}

void JobFilterProxy::setStatusFilter(const QSet<JobStatus> &statuses)
{
    quint32 mask = 0;
    for (JobStatus status : statuses)
        mask |= bit(status);
    if (mask == m_statusMask)
        return;
    m_statusMask = mask;
    refilter();
}

QSet<JobStatus> JobFilterProxy::statusFilter() const
{
    QSet<JobStatus> statuses;
    for (int i = 0; i <= int(JobStatus::Interrupted); ++i) {
        if (m_statusMask & bit(JobStatus(i)))
            statuses.insert(JobStatus(i));
    }
    return statuses;
}

void JobFilterProxy::setKindFilter(std::optional<JobKind> kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    refilter();
}

void JobFilterProxy::setProviderFilter(std::optional<RowId> accountId)
{
    if (accountId == m_accountId)
        return;
    m_accountId = accountId;
    refilter();
}

void JobFilterProxy::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    refilter();
}

void JobFilterProxy::setHideFinished(bool hide)
{
    if (hide == m_hideFinished)
        return;
    m_hideFinished = hide;
    refilter();
}

bool JobFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_jobs || sourceParent.isValid())
        return true;
    const Job &job = m_jobs->jobAt(sourceRow);
    if (m_statusMask != 0 && !(m_statusMask & bit(job.status)))
        return false;
    if (m_hideFinished && (job.status == JobStatus::Succeeded || job.status == JobStatus::Cancelled))
        return false;
    if (m_kind && job.kind != *m_kind)
        return false;
    if (m_accountId && job.accountId != *m_accountId)
        return false;
    if (m_search.isEmpty())
        return true;
    // Plain substring tests: no regex needed for a search box.
    return job.title.contains(m_search, Qt::CaseInsensitive) ||
           kindText(job.kind).contains(m_search, Qt::CaseInsensitive) ||
           job.stage.contains(m_search, Qt::CaseInsensitive) ||
           job.error.contains(m_search, Qt::CaseInsensitive);
}

bool JobFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_jobs)
        return QSortFilterProxyModel::lessThan(left, right);
    const Job &a = m_jobs->jobAt(left.row());
    const Job &b = m_jobs->jobAt(right.row());
    int order = 0;
    switch (left.column()) {
        case JobTableModel::Status:
            order = compareValues(int(a.status), int(b.status));
            break;
        case JobTableModel::Kind:
            order = kindText(a.kind).compare(kindText(b.kind));
            break;
        case JobTableModel::Title:
            order = a.title.compare(b.title, Qt::CaseInsensitive);
            break;
        case JobTableModel::Provider:
            order = m_jobs->accountName(a.accountId)
                        .compare(m_jobs->accountName(b.accountId), Qt::CaseInsensitive);
            break;
        case JobTableModel::Progress:
            order = compareValues(a.progress, b.progress);
            break;
        case JobTableModel::Stage:
            order = a.stage.compare(b.stage, Qt::CaseInsensitive);
            break;
        case JobTableModel::Eta:
            order = compareValues(a.etaSeconds, b.etaSeconds);
            break;
        case JobTableModel::Cost:
            order = compareValues(a.costMicros, b.costMicros);
            break;
        case JobTableModel::Finished:
            order = compareValues(a.finishedAt.toMSecsSinceEpoch(), b.finishedAt.toMSecsSinceEpoch());
            break;
        case JobTableModel::Batch:
            order = a.batchId.compare(b.batchId);
            break;
        default:
            break;
    }
    if (order != 0)
        return order < 0;
    // Ties (and the Created column) by age, so a sorted table still reads in time order.
    return compareValues(a.createdAt.toMSecsSinceEpoch(), b.createdAt.toMSecsSinceEpoch()) < 0 ||
           (a.createdAt == b.createdAt && a.id < b.id);
}

}  // namespace storyreel
