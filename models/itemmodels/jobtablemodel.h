#pragma once

#include "job.h"

#include <QAbstractTableModel>
#include <QHash>

namespace storyreel {

class Catalog;

// The job journal as a table for the Jobs workspace: one row per job, newest first.
class JobTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Status, Kind, Title, Provider, Progress, Stage, Eta, Cost, Created, Finished, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, StatusRole, ProgressRole };

    explicit JobTableModel(const Catalog &catalog, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    bool reload();
    QString lastError() const { return m_lastError; }
    int activeCount() const;

private:
    QVariant display(const Job &job, int column) const;

    const Catalog &m_catalog;
    QList<Job> m_jobs;
    QHash<RowId, QString> m_accountNames;
    QString m_lastError;
};

}  // namespace storyreel
