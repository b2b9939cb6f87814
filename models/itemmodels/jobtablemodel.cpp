#include "jobtablemodel.h"

#include "accountstore.h"
#include "jobstore.h"

#include <QLocale>

namespace storyreel {

JobTableModel::JobTableModel(const Catalog &catalog, QObject *parent)
    : QAbstractTableModel(parent), m_catalog(catalog)
{
    reload();
}

bool JobTableModel::reload()
{
    Result<QList<Job>> jobs = JobStore(m_catalog).list();
    Result<QList<ProviderAccount>> accounts = AccountStore(m_catalog).list();
    if (!jobs || !accounts) {
        m_lastError = jobs ? accounts.error() : jobs.error();
        return false;
    }
    beginResetModel();
    m_jobs = std::move(jobs).value();
    m_accountNames.clear();
    for (const ProviderAccount &account : *accounts)
        m_accountNames.insert(account.id, account.name);
    endResetModel();
    m_lastError.clear();
    return true;
}

int JobTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}
int JobTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int JobTableModel::activeCount() const
{
    return int(std::count_if(m_jobs.cbegin(), m_jobs.cend(), [](const Job &job) {
        return job.status == JobStatus::Running || job.status == JobStatus::Queued;
    }));
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
            return job.accountId == 0 ? tr("Local")
                                      : m_accountNames.value(job.accountId, tr("(removed account)"));
        case Progress:
            return QStringLiteral("%1%").arg(qRound(job.progress * 100));
        case Stage:
            return job.stage;
        case Eta:
            return job.etaSeconds < 0 ? QString() : tr("%1 s").arg(job.etaSeconds);
        case Cost:
            return job.costMicros == 0 ? QString()
                                       : QStringLiteral("%1 %2").arg(
                                             locale.toString(double(job.costMicros) / 1e6), job.costUnit);
        case Created:
            return locale.toString(job.createdAt.toLocalTime(), QLocale::ShortFormat);
        case Finished:
            return job.finishedAt.isValid()
                       ? locale.toString(job.finishedAt.toLocalTime(), QLocale::ShortFormat)
                       : QString();
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
        case IdRole:
            return job.id;
        case StatusRole:
            return toText(job.status);
        case ProgressRole:
            return job.progress;
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
        default:
            return {};
    }
}

}  // namespace storyreel
