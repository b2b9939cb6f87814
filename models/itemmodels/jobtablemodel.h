#pragma once

#include "job.h"

#include <QAbstractTableModel>
#include <QHash>

namespace storyreel {

class Catalog;

// The job journal as a table for the Jobs workspace: one row per job, newest first, with the jobs of a
// batch kept together (the batch sits where its newest job would). Loads with one query for the jobs
// and one for the account names; afterwards single rows are refreshed or removed as the scheduler
// reports them, so progress ticks never reload the table.
class JobTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Status,
        Kind,
        Title,
        Provider,
        Progress,
        Stage,
        Eta,
        Cost,
        Created,
        Finished,
        Batch,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        StatusRole,  // int(JobStatus)
        ProgressRole,
        BatchIdRole,
        AccountIdRole,  // 0 = local
        AccountNameRole,
        SearchTextRole,  // title, kind, stage and error, for text search
        KindRole,        // int(JobKind)
        BatchSizeRole,   // jobs of this row's batch in the model (0 without a batch)
    };

    explicit JobTableModel(const Catalog &catalog, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool reload();
    QString lastError() const { return m_lastError; }
    // Queued or running jobs; kept up to date as rows change (no scan).
    int activeCount() const { return m_activeCount; }

    // Direct access for the proxy and the views (no QVariant round trip); row must be valid.
    const Job &jobAt(int row) const { return m_jobs.at(row); }
    // -1 when the job is not in the model.
    int rowOf(RowId id) const;
    QString accountName(RowId accountId) const;

public Q_SLOTS:
    // Reloads one job from the catalog: updates its row, or inserts it (at the top, or at the top of
    // its batch) when new, or removes it when the catalog no longer has it. False on a read error.
    bool refreshJob(qint64 id);
    void removeJob(qint64 id);

private:
    QVariant display(const Job &job, int column) const;
    QString batchLabel(const Job &job) const;
    void countIn(const Job &job, int delta);
    bool loadAccountNames();
    int insertionRow(const Job &job) const;
    void batchSizeChanged(const QString &batchId, int nearRow);

    const Catalog &m_catalog;
    QList<Job> m_jobs;
    QHash<RowId, QString> m_accountNames;
    QHash<QString, int> m_batchSizes;
    mutable QHash<RowId, int> m_rows;  // id -> row, rebuilt lazily after rows move
    mutable bool m_rowsDirty = true;
    int m_activeCount = 0;
    QString m_lastError;
};

}  // namespace storyreel
