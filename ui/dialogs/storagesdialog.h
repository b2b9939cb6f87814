#pragma once

#include "ids.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QMessageBox;
class QProgressBar;
class QPushButton;
class QStandardItemModel;
class QTreeView;

namespace storyreel {

class CloudService;
class StorageEditor;

// Settings ▸ Cloud Storage: the S3-compatible storages with their name, bucket (and prefix), endpoint
// and marks ("Default", "Auto-upload"); Add, Edit, Remove (after a confirmation) and Make Default for
// the selected storage. The keychain and the bucket answer asynchronously; the dialog stays responsive.
class StoragesDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Column { NameColumn, BucketColumn, EndpointColumn, MarksColumn, ColumnCount };
    static constexpr int kStorageIdRole = Qt::UserRole + 1;  // on the name column
    static constexpr int kIsDefaultRole = Qt::UserRole + 2;  // on the name column

    explicit StoragesDialog(CloudService &cloud, QWidget *parent = nullptr);
    ~StoragesDialog() override;

    QTreeView *view() const { return m_view; }
    QStandardItemModel *model() const { return m_model; }
    QString statusText() const;
    // The row of a storage, -1 when it is not listed.
    int rowOf(RowId storageId) const;
    bool selectStorage(RowId storageId);
    RowId selectedStorage() const;

public Q_SLOTS:
    void reload();
    // Open the editor (window-modal, not blocking) and return it, e.g. for a test to fill in.
    StorageEditor *addStorage();
    StorageEditor *editSelected();
    // Asks for confirmation first; the box is returned so a test can answer it.
    QMessageBox *removeSelected();
    void makeSelectedDefault();

Q_SIGNALS:
    // A storage was added, changed, removed or made the default here: views that offer cloud actions
    // check again whether a storage is configured.
    void storagesChanged();
    // A removal ended (ok, or the message why the storage was kept).
    void removed(bool ok, const QString &message);

private:
    StorageEditor *openEditor(RowId storageId);
    void setBusy(bool busy, const QString &message);
    void showOutcome(bool ok, const QString &text);
    void updateButtons();

    CloudService &m_cloud;
    QStandardItemModel *m_model;
    QTreeView *m_view;
    QLabel *m_empty;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_makeDefault;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPointer<StorageEditor> m_editor;
    bool m_busy = false;
};

}  // namespace storyreel
