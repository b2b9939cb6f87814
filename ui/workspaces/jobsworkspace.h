#pragma once

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTableView;

namespace storyreel {

class Studio;
class JobTableModel;

// The Jobs workspace: every generation, render, export, upload and download in one table.
class JobsWorkspace final : public QWidget
{
    Q_OBJECT

public:
    explicit JobsWorkspace(Studio &studio, QWidget *parent = nullptr);

    void reload();
    JobTableModel *jobModel() const { return m_jobs; }

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    JobTableModel *m_jobs;
    QStackedWidget *m_stack;
    QTableView *m_table;
    QLabel *m_empty;
};

}  // namespace storyreel
