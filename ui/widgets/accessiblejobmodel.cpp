#include "accessiblejobmodel.h"

#include "jobtablemodel.h"
#include "jobtext.h"

namespace storyreel {

QVariant AccessibleJobModel::data(const QModelIndex &index, int role) const
{
    if (role != Qt::AccessibleTextRole && role != Qt::AccessibleDescriptionRole)
        return QIdentityProxyModel::data(index, role);
    const auto status = JobStatus(index.data(JobTableModel::StatusRole).toInt());
    if (role == Qt::AccessibleDescriptionRole) {
        const QString title = index.sibling(index.row(), JobTableModel::Title).data().toString();
        const QString error =
            index.sibling(index.row(), JobTableModel::Title).data(Qt::ToolTipRole).toString();
        const QString job = tr("%1, %2").arg(title, jobtext::statusLabel(status));
        return status == JobStatus::Failed && !error.isEmpty() && error != title
                   ? tr("%1: %2").arg(job, error)
                   : job;
    }
    switch (index.column()) {
        case JobTableModel::Status:
            return jobtext::statusLabel(status);
        case JobTableModel::Kind:
            return jobtext::kindLabel(JobKind(index.data(JobTableModel::KindRole).toInt()));
        case JobTableModel::Progress: {
            // As the bar shows it: a finished job is whole whatever its last progress tick said.
            const double done =
                status == JobStatus::Succeeded ? 1.0 : index.data(JobTableModel::ProgressRole).toDouble();
            return tr("%1 percent done").arg(qRound(qBound(0.0, done, 1.0) * 100));
        }
        default:
            return QIdentityProxyModel::data(index, Qt::DisplayRole);
    }
}

}  // namespace storyreel
