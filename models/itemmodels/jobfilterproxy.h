#pragma once

#include "enums.h"
#include "ids.h"

#include <optional>
#include <QSet>
#include <QSortFilterProxyModel>

namespace storyreel {

class JobTableModel;

// What the Jobs workspace's filter bar asks of the job table: a set of statuses, one kind, one
// provider (0 = local work), a case-insensitive text over title, kind, stage and error, and "hide
// finished" (succeeded and cancelled hidden; failed stays, it needs attention). Unsorted it keeps the
// source's order (newest first, batches together); sorting by a column compares job fields directly.
// Each setter re-filters only when its value really changed.
class JobFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit JobFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    // Empty = every status.
    void setStatusFilter(const QSet<JobStatus> &statuses);
    QSet<JobStatus> statusFilter() const;
    void setKindFilter(std::optional<JobKind> kind);
    std::optional<JobKind> kindFilter() const { return m_kind; }
    void setProviderFilter(std::optional<RowId> accountId);
    std::optional<RowId> providerFilter() const { return m_accountId; }
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    void setHideFinished(bool hide);
    bool hideFinished() const { return m_hideFinished; }

    // The source row of a proxy row, or -1.
    int sourceRow(int proxyRow) const;

Q_SIGNALS:
    // Emitted after a setter changed the filter (not when the value was already set).
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();

    JobTableModel *m_jobs = nullptr;
    quint32 m_statusMask = 0;  // bit per JobStatus; 0 = all
    std::optional<JobKind> m_kind;
    std::optional<RowId> m_accountId;
    QString m_search;
    bool m_hideFinished = false;
};

}  // namespace storyreel
