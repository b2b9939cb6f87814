#include "conflictsdialog.h"

#include "libraryservice.h"
#include "widgets/dialogbuttons.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace storyreel {
namespace {

QString operationLabel(const QString &operation)
{
    if (operation == u"set-default")
        return ConflictsDialog::tr("Set default video");
    if (operation == u"favorite")
        return ConflictsDialog::tr("Favourite");
    if (operation == u"unlink")
        return ConflictsDialog::tr("Unlink video");
    return operation;
}

}  // namespace

ConflictsDialog::ConflictsDialog(LibraryService &library, QWidget *parent)
    : QDialog(parent), m_library(library), m_list(new QListWidget(this)), m_dismiss(new QPushButton(this))
{
    setObjectName(QStringLiteral("conflictsDialog"));
    setWindowTitle(tr("Changes the Provider Did Not Take"));
    auto *intro = new QLabel(tr("These changes were made while offline. When they were sent, the provider "
                                "refused them; the library shows the provider's state. Dismiss a change once "
                                "you have seen it."),
                             this);
    intro->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("conflictList"));
    m_list->setAccessibleName(tr("Conflicting changes"));
    m_list->setAccessibleDescription(tr("Each change, when it was made, and why the provider refused it"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setWordWrap(true);
    m_dismiss->setText(tr("Dismiss Selected"));
    m_dismiss->setObjectName(QStringLiteral("dismissConflicts"));
    m_dismiss->setToolTip(tr("Forget the selected changes: the library keeps the provider's state"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_dismiss, QDialogButtonBox::ActionRole);
    describeStandardButtons(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(560, 360);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConflictsDialog::reject);
    connect(m_dismiss, &QPushButton::clicked, this, &ConflictsDialog::dismissSelected);
    connect(&m_library, &LibraryService::pendingChanged, this, &ConflictsDialog::reload);
    reload();
}

void ConflictsDialog::reload()
{
    m_list->clear();
    Result<QList<PendingOp>> conflicts = m_library.conflicts();
    if (!conflicts) {
        m_list->addItem(tr("Cannot read the changes: %1").arg(conflicts.error()));
        m_dismiss->setEnabled(false);
        return;
    }
    const QLocale locale;
    for (const PendingOp &op : *conflicts) {
        auto *item = new QListWidgetItem(
            QStringLiteral("%1 · %2\n%3")
                .arg(operationLabel(op.operation),
                     locale.toString(op.createdAt.toLocalTime(), QLocale::ShortFormat), op.lastError),
            m_list);
        item->setData(Qt::UserRole, op.id);
    }
    m_dismiss->setEnabled(!conflicts->isEmpty());
}

void ConflictsDialog::dismissSelected()
{
    for (QListWidgetItem *item : m_list->selectedItems()) {
        if (Status dismissed = m_library.dismissConflict(item->data(Qt::UserRole).toLongLong()); !dismissed)
            item->setText(item->text() + QStringLiteral("\n") + dismissed.error());
    }
    reload();
}

}  // namespace storyreel
