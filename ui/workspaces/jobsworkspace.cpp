#include "jobsworkspace.h"

#include "jobtablemodel.h"
#include "studio.h"

#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace storyreel {

JobsWorkspace::JobsWorkspace(Studio &studio, QWidget *parent)
    : QWidget(parent),
      m_jobs(new JobTableModel(studio.catalog(), this)),
      m_stack(new QStackedWidget(this)),
      m_table(new QTableView(this)),
      m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("jobsWorkspace"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    auto *heading = new QLabel(tr("Jobs"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSize(headingFont.pointSize() + 2);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    layout->addWidget(heading);

    m_table->setObjectName(QStringLiteral("jobTable"));
    m_table->setAccessibleName(tr("Jobs"));
    m_table->setModel(m_jobs);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(JobTableModel::Title, QHeaderView::Stretch);
    m_empty->setObjectName(QStringLiteral("jobsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setText(
        tr("No jobs yet.\nRenders, exports, generations, uploads and downloads you start appear here, "
           "with their progress, and stay here across restarts."));
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);
    reload();
}

void JobsWorkspace::reload()
{
    if (!m_jobs->reload())
        Q_EMIT errorOccurred(tr("Cannot read the jobs: %1").arg(m_jobs->lastError()));
    m_stack->setCurrentWidget(m_jobs->rowCount() > 0 ? static_cast<QWidget *>(m_table) : m_empty);
}

}  // namespace storyreel
