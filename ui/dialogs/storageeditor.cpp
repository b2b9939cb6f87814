#include "storageeditor.h"

#include "cloudservice.h"
#include "providertext.h"
#include "widgets/dialogbuttons.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QUrl>
#include <QVBoxLayout>

namespace storyreel {
namespace {

using providertext::Tone;

// "https://host:port/" as typed becomes "https://host:port": the storage keeps the server only.
QString normalizedEndpoint(const QString &text)
{
    QString endpoint = text.trimmed();
    while (endpoint.endsWith(QLatin1Char('/')))
        endpoint.chop(1);
    return endpoint;
}

// A folder inside the bucket, without the slashes around it.
QString normalizedPrefix(const QString &text)
{
    QString prefix = text.trimmed();
    while (prefix.startsWith(QLatin1Char('/')))
        prefix.remove(0, 1);
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    return prefix;
}

bool isBucketName(const QString &bucket)
{
    // S3's rules (MinIO and R2 follow them): 3–63 lower-case letters, digits, dots and hyphens.
    static const QRegularExpression rule(QStringLiteral("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$"));
    return rule.match(bucket).hasMatch();
}

}  // namespace

StorageEditor::StorageEditor(CloudService &cloud, const StorageAccount &storage, QWidget *parent)
    : QDialog(parent),
      m_cloud(cloud),
      m_storage(storage),
      m_name(new QLineEdit(storage.name, this)),
      m_endpoint(new QLineEdit(storage.endpoint, this)),
      m_region(new QLineEdit(storage.region, this)),
      m_bucket(new QLineEdit(storage.bucket, this)),
      m_prefix(new QLineEdit(storage.prefix, this)),
      m_addressing(new QComboBox(this)),
      m_autoUpload(new QCheckBox(tr("&Upload finished renders and exports automatically"), this)),
      m_accessKey(new QLineEdit(this)),
      m_secretKey(new QLineEdit(this)),
      m_problem(new QLabel(this)),
      m_test(new QPushButton(tr("&Test"), this)),
      m_progress(new QProgressBar(this)),
      m_status(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    const bool adding = storage.id == 0;
    setObjectName(QStringLiteral("storageEditor"));
    setWindowTitle(adding ? tr("Add Cloud Storage") : tr("Edit “%1”").arg(storage.name));
    setMinimumWidth(620);

    m_name->setObjectName(QStringLiteral("storageName"));
    m_name->setAccessibleName(tr("Storage name"));
    m_name->setPlaceholderText(tr("e.g. Studio bucket"));
    m_endpoint->setObjectName(QStringLiteral("storageEndpoint"));
    m_endpoint->setAccessibleName(tr("Endpoint URL"));
    m_endpoint->setPlaceholderText(QStringLiteral("https://s3.us-east-1.amazonaws.com"));
    m_region->setObjectName(QStringLiteral("storageRegion"));
    m_region->setAccessibleName(tr("Region"));
    m_region->setPlaceholderText(QStringLiteral("us-east-1"));
    if (m_region->text().isEmpty())
        m_region->setText(QStringLiteral("us-east-1"));
    m_bucket->setObjectName(QStringLiteral("storageBucket"));
    m_bucket->setAccessibleName(tr("Bucket"));
    m_bucket->setPlaceholderText(tr("e.g. studio-media"));
    m_prefix->setObjectName(QStringLiteral("storagePrefix"));
    m_prefix->setAccessibleName(tr("Prefix"));
    m_prefix->setPlaceholderText(tr("Optional folder in the bucket, e.g. storyreel"));
    m_addressing->setObjectName(QStringLiteral("storageAddressing"));
    m_addressing->setAccessibleName(tr("Addressing style"));
    m_addressing->setToolTip(
        tr("How the bucket's name goes into the address: in the path or in the host name"));
    m_addressing->addItem(tr("Path style (MinIO, most S3-compatible servers)"),
                          int(StorageAccount::Addressing::Path));
    m_addressing->addItem(tr("Virtual-hosted (AWS S3, Cloudflare R2)"),
                          int(StorageAccount::Addressing::VirtualHosted));
    m_addressing->setCurrentIndex(qMax(0, m_addressing->findData(int(storage.addressing))));
    m_autoUpload->setObjectName(QStringLiteral("storageAutoUpload"));
    m_autoUpload->setAccessibleName(tr("Upload finished renders and exports automatically"));
    m_autoUpload->setToolTip(tr("Each render or export that finishes goes up to this storage by itself"));
    m_autoUpload->setChecked(storage.autoUpload);
    // Password fields that never show the stored keys: empty means "keep them".
    const QString keep = tr("Leave empty to keep the stored key");
    m_accessKey->setObjectName(QStringLiteral("storageAccessKey"));
    m_accessKey->setAccessibleName(tr("Access key ID"));
    m_accessKey->setEchoMode(QLineEdit::Password);
    m_accessKey->setPlaceholderText(adding ? tr("e.g. AKIA…") : keep);
    m_secretKey->setObjectName(QStringLiteral("storageSecretKey"));
    m_secretKey->setAccessibleName(tr("Secret access key"));
    m_secretKey->setEchoMode(QLineEdit::Password);
    m_secretKey->setPlaceholderText(adding ? tr("Paste the secret access key") : keep);

    // Two lines broken by hand: a wrapped label in a form reserves the height of a narrower layout.
    auto *endpointHint = new QLabel(tr("The server only: https://s3.<region>.amazonaws.com,\n"
                                       "https://<account>.r2.cloudflarestorage.com, or http://127.0.0.1:9000 "
                                       "(MinIO here)."),
                                    this);
    endpointHint->setEnabled(false);  // greyed: a hint, not an instruction
    auto *keychainNote = new QLabel(
        tr("The keys are kept in the system keychain, never in the catalog or the settings."), this);
    keychainNote->setEnabled(false);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Endpoint URL:"), m_endpoint);
    form->addRow(QString(), endpointHint);
    form->addRow(tr("&Region:"), m_region);
    form->addRow(tr("&Bucket:"), m_bucket);
    form->addRow(tr("&Prefix:"), m_prefix);
    form->addRow(tr("&Addressing:"), m_addressing);
    form->addRow(QString(), m_autoUpload);
    form->addRow(tr("Access &key ID:"), m_accessKey);
    form->addRow(tr("&Secret access key:"), m_secretKey);
    form->addRow(QString(), keychainNote);

    m_test->setObjectName(QStringLiteral("testStorage"));
    m_test->setToolTip(tr("Write, read back and delete a small object in the bucket with these settings"));
    m_progress->setObjectName(QStringLiteral("storageTestProgress"));
    m_progress->setRange(0, 0);  // busy: the bucket's answer has no measurable progress
    m_progress->setMaximumWidth(120);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_status->setObjectName(QStringLiteral("storageStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
    m_problem->setObjectName(QStringLiteral("storageProblem"));
    m_problem->setWordWrap(true);
    m_problem->setEnabled(false);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_progress);
    testRow->addStretch(1);

    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveStorage"));
    m_buttons->button(QDialogButtonBox::Save)
        ->setToolTip(tr("Keep the storage; the keys go to the system keychain"));
    describeStandardButtons(m_buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(testRow);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_test, &QPushButton::clicked, this, &StorageEditor::testStorage);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &StorageEditor::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *field : {m_name, m_endpoint, m_region, m_bucket, m_prefix, m_accessKey, m_secretKey})
        connect(field, &QLineEdit::textChanged, this, &StorageEditor::updateButtons);
    updateButtons();
}

StorageEditor::~StorageEditor()
{
    // No copy of typed keys outlives the dialog longer than needed.
    m_accessKey->clear();
    m_secretKey->clear();
}

QString StorageEditor::statusText() const
{
    return m_status->text();
}

QString StorageEditor::problem() const
{
    return formProblem(false);
}

StorageAccount StorageEditor::edited() const
{
    StorageAccount storage = m_storage;
    storage.name = m_name->text().trimmed();
    storage.endpoint = normalizedEndpoint(m_endpoint->text());
    storage.region = m_region->text().trimmed();
    storage.bucket = m_bucket->text().trimmed();
    storage.prefix = normalizedPrefix(m_prefix->text());
    storage.addressing = StorageAccount::Addressing(m_addressing->currentData().toInt());
    storage.autoUpload = m_autoUpload->isChecked();
    return storage;
}

StorageKeys StorageEditor::typedKeys() const
{
    return {m_accessKey->text().trimmed(), m_secretKey->text().trimmed()};
}

QString StorageEditor::formProblem(bool forTest) const
{
    const StorageAccount storage = edited();
    if (!forTest && storage.name.isEmpty())
        return tr("Enter a name for the storage.");
    if (storage.endpoint.isEmpty())
        return tr("Enter the endpoint URL of the S3 server.");
    const QUrl url(storage.endpoint, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("https") && scheme != QLatin1String("http")) ||
        url.host().isEmpty())
        return tr(
            "The endpoint must be an http:// or https:// URL, e.g. https://s3.us-east-1.amazonaws.com.");
    if (!url.path().isEmpty() || url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty())
        return tr("The endpoint is the server only (scheme://host[:port]); put a folder in Prefix instead.");
    if (storage.region.isEmpty())
        return tr("Enter the region (us-east-1 when the server does not care; “auto” for Cloudflare R2).");
    if (storage.bucket.isEmpty())
        return tr("Enter the bucket's name.");
    if (!isBucketName(storage.bucket))
        return tr("A bucket name is 3 to 63 lower-case letters, digits, dots and hyphens.");
    if (storage.prefix.contains(QStringLiteral("//")))
        return tr("The prefix cannot contain an empty folder (“//”).");
    const StorageKeys keys = typedKeys();
    const bool anyKey = !keys.accessKeyId.isEmpty() || !keys.secretAccessKey.isEmpty();
    const bool bothKeys = !keys.accessKeyId.isEmpty() && !keys.secretAccessKey.isEmpty();
    if (m_storage.id == 0 && !bothKeys)
        return tr("Enter the access key ID and the secret access key.");
    if (anyKey && !bothKeys)
        return tr("Enter both keys, or leave both empty to keep the stored ones.");
    return {};
}

void StorageEditor::updateButtons()
{
    const QString problem = formProblem(false);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty() && !m_busy);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    const QString testProblem = formProblem(true);
    m_test->setEnabled(testProblem.isEmpty() && !m_busy);
    for (QWidget *field :
         std::initializer_list<QWidget *>{m_name, m_endpoint, m_region, m_bucket, m_prefix, m_addressing,
                                          m_autoUpload, m_accessKey, m_secretKey})
        field->setEnabled(!m_busy);
}

void StorageEditor::setBusy(bool busy, const QString &message)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    if (busy)
        providertext::showMessage(m_status, message, Tone::Neutral);
    updateButtons();
}

void StorageEditor::showOutcome(bool ok, const QString &text)
{
    setBusy(false, QString());
    providertext::showMessage(m_status, text, ok ? Tone::Good : Tone::Problem);
}

void StorageEditor::testStorage()
{
    if (m_busy || !formProblem(true).isEmpty())
        return;
    const int serial = ++m_serial;
    const StorageAccount storage = edited();
    const QString where = storage.prefix.isEmpty() ? storage.bucket : storage.bucket + u'/' + storage.prefix;
    setBusy(true, tr("Testing “%1” at %2…").arg(where, storage.endpoint));
    QPointer<StorageEditor> self(this);
    // Empty keys on an edit: the service tests with the stored ones.
    m_cloud.testStorage(storage, typedKeys(), [self, serial, where](StorageCheck check) {
        if (!self || serial != self->m_serial)
            return;
        QString text = check.message;
        if (text.isEmpty())
            text = check.ok ? tr("Connected: the studio can write, read and delete in “%1”.").arg(where)
                            : tr("The test failed without a reason from the server.");
        self->showOutcome(check.ok, text);
        Q_EMIT self->tested(check.ok, text);
    });
}

void StorageEditor::save()
{
    if (m_busy || !formProblem(false).isEmpty())
        return;
    const int serial = ++m_serial;
    const StorageAccount storage = edited();
    setBusy(true, tr("Saving…"));
    QPointer<StorageEditor> self(this);
    // On failure the form keeps everything typed, so nothing is lost.
    auto finish = [self, serial](bool ok, const QString &error, RowId id) {
        if (!self || serial != self->m_serial)
            return;
        if (!ok) {
            self->showOutcome(false, tr("Not saved: %1").arg(error));
            return;
        }
        self->setBusy(false, QString());
        Q_EMIT self->saved(id);
        self->accept();
    };
    if (storage.id == 0) {
        m_cloud.addStorage(storage, typedKeys(), [finish](Result<RowId> added) {
            finish(added.ok(), added.error(), added ? *added : 0);
        });
        return;
    }
    m_cloud.updateStorage(storage, typedKeys(), [finish, id = storage.id](Status updated) {
        finish(updated.ok(), updated.error(), id);
    });
}

}  // namespace storyreel
