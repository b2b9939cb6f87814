#include "storagesdialog.h"

#include "cloudservice.h"
#include "providertext.h"
#include "storageeditor.h"
#include "widgets/dialogbuttons.h"

#include <algorithm>

#include <QDialogButtonBox>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace storyreel {

using providertext::Tone;

StoragesDialog::StoragesDialog(CloudService &cloud, QWidget *parent)
    : QDialog(parent),
      m_cloud(cloud),
      m_model(new QStandardItemModel(0, ColumnCount, this)),
      m_view(new QTreeView(this)),
      m_empty(new QLabel(this)),
      m_add(new QPushButton(tr("&Add…"), this)),
      m_edit(new QPushButton(tr("&Edit…"), this)),
      m_remove(new QPushButton(tr("&Remove…"), this)),
      m_makeDefault(new QPushButton(tr("Make &Default"), this)),
      m_progress(new QProgressBar(this)),
      m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("storagesDialog"));
    setWindowTitle(tr("Cloud Storage"));
    resize(820, 400);

    auto *intro = new QLabel(tr("S3-compatible buckets (AWS S3, Cloudflare R2, MinIO) the studio keeps "
                                "videos, renders and exports in. Uploads go to the default storage. Keys are "
                                "kept in the system keychain, never in the catalog."),
                             this);
    intro->setWordWrap(true);

    m_model->setHorizontalHeaderLabels({tr("Name"), tr("Bucket"), tr("Endpoint"), tr("Marks")});
    m_view->setObjectName(QStringLiteral("storageList"));
    m_view->setAccessibleName(tr("Cloud storages"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(EndpointColumn, QHeaderView::Stretch);
    m_empty->setObjectName(QStringLiteral("storagesEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("No cloud storage yet. Add one to upload videos and share links to them."));

    m_add->setObjectName(QStringLiteral("addStorage"));
    m_edit->setObjectName(QStringLiteral("editStorage"));
    m_remove->setObjectName(QStringLiteral("removeStorage"));
    m_makeDefault->setObjectName(QStringLiteral("makeDefaultStorage"));
    m_makeDefault->setToolTip(tr("Uploads, automatic ones included, go to the default storage"));
    m_add->setToolTip(tr("Add an S3-compatible bucket, with its keys"));
    m_edit->setToolTip(tr("Change the selected storage's settings or keys"));
    m_remove->setToolTip(
        tr("Remove the selected storage and its keys from this computer (the bucket stays)"));
    auto *buttons = new QVBoxLayout;
    for (QPushButton *button : {m_add, m_edit, m_remove})
        buttons->addWidget(button);
    buttons->addSpacing(12);
    buttons->addWidget(m_makeDefault);
    buttons->addStretch(1);
    auto *listColumn = new QVBoxLayout;
    listColumn->addWidget(m_view, 1);
    listColumn->addWidget(m_empty, 1);
    auto *listRow = new QHBoxLayout;
    listRow->addLayout(listColumn, 1);
    listRow->addLayout(buttons);

    m_progress->setObjectName(QStringLiteral("storagesProgress"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(120);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_status->setObjectName(QStringLiteral("storagesStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_progress);
    statusRow->addWidget(m_status, 1);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    describeStandardButtons(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(listRow, 1);
    layout->addLayout(statusRow);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &StoragesDialog::addStorage);
    connect(m_edit, &QPushButton::clicked, this, &StoragesDialog::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &StoragesDialog::removeSelected);
    connect(m_makeDefault, &QPushButton::clicked, this, &StoragesDialog::makeSelectedDefault);
    connect(m_view, &QTreeView::doubleClicked, this, &StoragesDialog::editSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &StoragesDialog::updateButtons);
    reload();
}

StoragesDialog::~StoragesDialog() = default;

QString StoragesDialog::statusText() const
{
    return m_status->text();
}

int StoragesDialog::rowOf(RowId storageId) const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->item(row, NameColumn)->data(kStorageIdRole).toLongLong() == storageId)
            return row;
    }
    return -1;
}

bool StoragesDialog::selectStorage(RowId storageId)
{
    const int row = rowOf(storageId);
    if (row < 0)
        return false;
    m_view->setCurrentIndex(m_model->index(row, NameColumn));
    return true;
}

RowId StoragesDialog::selectedStorage() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows(NameColumn);
    return rows.isEmpty() ? 0 : rows.first().data(kStorageIdRole).toLongLong();
}

void StoragesDialog::reload()
{
    const RowId selected = selectedStorage();
    m_model->removeRows(0, m_model->rowCount());
    Result<QList<StorageAccount>> storages = m_cloud.storages();
    if (!storages)
        showOutcome(false, tr("Cannot read the storages: %1").arg(storages.error()));
    for (const StorageAccount &storage : storages ? *storages : QList<StorageAccount>()) {
        QStringList marks;
        if (storage.isDefault)
            marks << tr("Default");
        if (storage.autoUpload)
            marks << tr("Auto-upload");
        const QString where =
            storage.prefix.isEmpty() ? storage.bucket : storage.bucket + QLatin1Char('/') + storage.prefix;
        QList<QStandardItem *> items;
        items << new QStandardItem(storage.name) << new QStandardItem(where)
              << new QStandardItem(storage.endpoint) << new QStandardItem(marks.join(QStringLiteral(" · ")));
        items[NameColumn]->setData(storage.id, kStorageIdRole);
        items[NameColumn]->setData(storage.isDefault, kIsDefaultRole);
        items[MarksColumn]->setToolTip(
            storage.autoUpload ? tr("Finished renders and exports are uploaded here automatically")
                               : QString());
        if (storage.isDefault) {
            QFont bold = items[NameColumn]->font();
            bold.setBold(true);
            items[NameColumn]->setFont(bold);
        }
        m_model->appendRow(items);
    }
    const bool empty = m_model->rowCount() == 0;
    m_view->setVisible(!empty);
    m_empty->setVisible(empty);
    if (!selectStorage(selected) && !empty)
        m_view->setCurrentIndex(m_model->index(0, NameColumn));
    updateButtons();
}

void StoragesDialog::updateButtons()
{
    const RowId id = selectedStorage();
    const int row = rowOf(id);
    const bool isDefault = row >= 0 && m_model->item(row, NameColumn)->data(kIsDefaultRole).toBool();
    m_edit->setEnabled(id > 0 && !m_busy);
    m_remove->setEnabled(id > 0 && !m_busy);
    m_makeDefault->setEnabled(id > 0 && !isDefault && !m_busy);
    m_add->setEnabled(!m_busy);
}

void StoragesDialog::setBusy(bool busy, const QString &message)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    if (busy)
        providertext::showMessage(m_status, message, Tone::Neutral);
    updateButtons();
}

void StoragesDialog::showOutcome(bool ok, const QString &text)
{
    setBusy(false, QString());
    providertext::showMessage(m_status, text, ok ? Tone::Good : Tone::Problem);
}

StorageEditor *StoragesDialog::openEditor(RowId storageId)
{
    if (m_editor)
        m_editor->close();
    StorageAccount storage;
    if (storageId > 0) {
        Result<QList<StorageAccount>> storages = m_cloud.storages();
        if (!storages) {
            showOutcome(false, storages.error());
            return nullptr;
        }
        const auto found = std::find_if(storages->begin(), storages->end(),
                                        [storageId](const StorageAccount &s) { return s.id == storageId; });
        if (found == storages->end()) {
            reload();
            showOutcome(false, tr("That storage is gone; the list was read again."));
            return nullptr;
        }
        storage = *found;
    }
    m_editor = new StorageEditor(m_cloud, storage, this);
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_editor, &StorageEditor::saved, this, [this](qint64 id) {
        reload();
        selectStorage(id);
        const int row = rowOf(id);
        showOutcome(true,
                    row < 0 ? QString() : tr("Saved “%1”.").arg(m_model->item(row, NameColumn)->text()));
        Q_EMIT storagesChanged();
    });
    m_editor->open();
    return m_editor;
}

StorageEditor *StoragesDialog::addStorage()
{
    return openEditor(0);
}

StorageEditor *StoragesDialog::editSelected()
{
    const RowId id = selectedStorage();
    return id > 0 && !m_busy ? openEditor(id) : nullptr;
}

QMessageBox *StoragesDialog::removeSelected()
{
    const RowId id = selectedStorage();
    if (id <= 0 || m_busy)
        return nullptr;
    const QString name = m_model->item(rowOf(id), NameColumn)->text();
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Remove Cloud Storage"),
                                tr("Remove the storage “%1”?").arg(name), QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmRemoveStorage"));
    box->setInformativeText(
        tr("Its keys are deleted from the keychain. The bucket and everything in it stay "
           "as they are; the studio forgets which of its videos are there, and videos "
           "kept only in the cloud can no longer be downloaded from here."));
    QPushButton *confirm = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmRemove"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, id, name, confirm](QAbstractButton *clicked) {
        if (clicked != confirm)
            return;
        setBusy(true, tr("Removing “%1”…").arg(name));
        QPointer<StoragesDialog> self(this);
        m_cloud.removeStorage(id, [self, name](Status done) {
            if (!self)
                return;
            self->reload();
            if (done)
                self->showOutcome(true, tr("Removed “%1”.").arg(name));
            else
                self->showOutcome(false, done.error());
            Q_EMIT self->removed(done.ok(), done.error());
            Q_EMIT self->storagesChanged();
        });
    });
    box->open();
    return box;
}

void StoragesDialog::makeSelectedDefault()
{
    const RowId id = selectedStorage();
    if (id <= 0 || m_busy)
        return;
    const QString name = m_model->item(rowOf(id), NameColumn)->text();
    const Status done = m_cloud.setDefaultStorage(id);
    reload();
    if (done)
        showOutcome(true, tr("“%1” is the default storage: uploads go there now.").arg(name));
    else
        showOutcome(false, done.error());
    Q_EMIT storagesChanged();
}

}  // namespace storyreel
