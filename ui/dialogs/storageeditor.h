#pragma once

#include "storage.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace storyreel {

class CloudService;
struct StorageKeys;

// Adds or edits one cloud storage (an S3-compatible bucket): name, endpoint, region, bucket, prefix,
// addressing style, automatic upload, and the access keys. The key fields are password fields never
// filled with the stored keys: left empty on an edit, the stored ones are kept. Test tries the values
// as edited (before saving). Save stays disabled until the form is valid, and says why.
class StorageEditor final : public QDialog
{
    Q_OBJECT

public:
    // A new storage when `storage.id` is 0; otherwise the saved storage to edit.
    StorageEditor(CloudService &cloud, const StorageAccount &storage, QWidget *parent = nullptr);
    ~StorageEditor() override;

    QString statusText() const;
    // Why Save is disabled ("" when the form is valid).
    QString problem() const;
    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    void testStorage();
    void save();

Q_SIGNALS:
    // The storage was stored (row and keys); the dialog closes right after.
    void saved(qint64 storageId);
    // A test ended: whether the bucket could be written, read and cleaned, and the words for it.
    void tested(bool ok, const QString &text);

private:
    StorageAccount edited() const;
    StorageKeys typedKeys() const;
    // What keeps the form from being saved or tested; "" when nothing.
    QString formProblem(bool forTest) const;
    void setBusy(bool busy, const QString &message);
    void showOutcome(bool ok, const QString &text);
    void updateButtons();

    CloudService &m_cloud;
    StorageAccount m_storage;
    QLineEdit *m_name;
    QLineEdit *m_endpoint;
    QLineEdit *m_region;
    QLineEdit *m_bucket;
    QLineEdit *m_prefix;
    QComboBox *m_addressing;
    QCheckBox *m_autoUpload;
    QLineEdit *m_accessKey;
    QLineEdit *m_secretKey;
    QLabel *m_problem;
    QPushButton *m_test;
    QProgressBar *m_progress;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    bool m_busy = false;
    int m_serial = 0;  // the answer to an older test or save is ignored
};

}  // namespace storyreel
