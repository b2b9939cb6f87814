#include "accounteditor.h"

#include "accountservice.h"
#include "credentialstore.h"
#include "providerhub.h"
#include "providertext.h"
#include "widgets/dialogbuttons.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace storyreel {

using providertext::Tone;

AccountEditor::AccountEditor(ProviderHub &hub, AccountService &accounts, const ProviderAccount &account,
                             QWidget *parent)
    : QDialog(parent),
      m_hub(hub),
      m_accounts(accounts),
      m_account(account),
      m_name(new QLineEdit(account.name, this)),
      m_dialect(new QComboBox(this)),
      m_url(new QLineEdit(account.baseUrl, this)),
      m_token(new QLineEdit(this)),
      m_urlHint(new QLabel(this)),
      m_test(new QPushButton(tr("&Test Connection"), this)),
      m_progress(new QProgressBar(this)),
      m_status(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    const bool adding = account.id == 0;
    setObjectName(QStringLiteral("accountEditor"));
    setWindowTitle(adding ? tr("Add Provider Account") : tr("Edit “%1”").arg(account.name));
    setMinimumWidth(520);

    m_name->setObjectName(QStringLiteral("accountName"));
    m_name->setPlaceholderText(tr("e.g. Studio team"));
    m_name->setAccessibleName(tr("Account name"));
    m_dialect->setObjectName(QStringLiteral("accountDialect"));
    m_dialect->setAccessibleName(tr("Provider"));
    m_dialect->setToolTip(tr("The kind of service: it decides how the studio talks to it"));
    for (Dialect dialect : providertext::remoteDialects())
        m_dialect->addItem(providertext::dialectLabel(dialect), int(dialect));
    m_dialect->setCurrentIndex(qMax(0, m_dialect->findData(int(account.dialect))));
    m_url->setObjectName(QStringLiteral("accountUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://api.example.com"));
    m_url->setAccessibleName(tr("Base URL"));
    m_urlHint->setWordWrap(true);
    m_urlHint->setEnabled(false);  // greyed: a hint, not an instruction
    // A password field that never shows the stored token: empty means "keep it".
    m_token->setObjectName(QStringLiteral("accountToken"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setAccessibleName(tr("API token"));
    m_token->setPlaceholderText(adding ? tr("Paste the API token")
                                       : tr("Leave empty to keep the stored token"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Provider:"), m_dialect);
    form->addRow(tr("Base &URL:"), m_url);
    form->addRow(QString(), m_urlHint);
    form->addRow(tr("API &token:"), m_token);
    auto *keychainNote = new QLabel(
        tr("The token is kept in the system keychain, never in the catalog or the settings."), this);
    keychainNote->setWordWrap(true);
    keychainNote->setEnabled(false);
    form->addRow(QString(), keychainNote);

    m_test->setObjectName(QStringLiteral("testConnection"));
    m_test->setToolTip(tr("Ask the provider who this token belongs to and what balance it has"));
    m_progress->setObjectName(QStringLiteral("testProgress"));
    m_progress->setRange(0, 0);  // busy: the provider's answer has no measurable progress
    m_progress->setMaximumWidth(120);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_status->setObjectName(QStringLiteral("accountStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_progress);
    testRow->addStretch(1);

    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveAccount"));
    m_buttons->button(QDialogButtonBox::Save)
        ->setToolTip(tr("Keep the account; the token goes to the system keychain"));
    describeStandardButtons(m_buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(testRow);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_test, &QPushButton::clicked, this, &AccountEditor::testConnection);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AccountEditor::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &AccountEditor::updateButtons);
    connect(m_url, &QLineEdit::textChanged, this, &AccountEditor::updateButtons);
    connect(m_token, &QLineEdit::textChanged, this, &AccountEditor::updateButtons);
    connect(m_dialect, &QComboBox::currentIndexChanged, this, &AccountEditor::updateUrlHint);
    updateUrlHint();
    updateButtons();
}

AccountEditor::~AccountEditor()
{
    m_token->clear();  // no copy of a typed token outlives the dialog longer than needed
}

QString AccountEditor::statusText() const
{
    return m_status->text();
}

ProviderAccount AccountEditor::edited() const
{
    ProviderAccount account = m_account;
    account.name = m_name->text().trimmed();
    account.dialect = Dialect(m_dialect->currentData().toInt());
    account.baseUrl = m_url->text().trimmed();
    return account;
}

void AccountEditor::updateUrlHint()
{
    const auto dialect = Dialect(m_dialect->currentData().toInt());
    m_urlHint->setText(dialect == Dialect::T2m
                           ? tr("The server's root, e.g. https://t2m.example.com (…/api/v1 works too).")
                           : tr("The server's root, e.g. https://api.example.com."));
}

void AccountEditor::updateButtons()
{
    const bool filled = !m_name->text().trimmed().isEmpty() && !m_url->text().trimmed().isEmpty() &&
                        (m_account.id > 0 || !m_token->text().trimmed().isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(filled && !m_busy);
    m_test->setEnabled(!m_url->text().trimmed().isEmpty() &&
                       (m_account.id > 0 || !m_token->text().trimmed().isEmpty()) && !m_busy);
    m_name->setEnabled(!m_busy);
    m_dialect->setEnabled(!m_busy);
    m_url->setEnabled(!m_busy);
    m_token->setEnabled(!m_busy);
}

void AccountEditor::setBusy(bool busy, const QString &message)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    if (busy)
        providertext::showMessage(m_status, message, Tone::Neutral);
    updateButtons();
}

void AccountEditor::showOutcome(bool ok, const QString &text)
{
    setBusy(false, QString());
    providertext::showMessage(m_status, text, ok ? Tone::Good : Tone::Problem);
}

void AccountEditor::showCheck(const AccountCheck &check)
{
    const QString text = providertext::checkText(check);
    showOutcome(true, text);
    Q_EMIT tested(true, text);
}

void AccountEditor::testConnection()
{
    if (m_busy)
        return;
    const int serial = ++m_serial;
    const ProviderAccount account = edited();
    setBusy(true, tr("Testing the connection to %1…").arg(account.baseUrl));
    QPointer<AccountEditor> self(this);
    auto onChecked = [self, serial](ProviderResult<AccountCheck> check) {
        if (!self || serial != self->m_serial)
            return;
        if (!check) {
            self->showOutcome(false, check.error().message);
            Q_EMIT self->tested(false, check.error().message);
            return;
        }
        self->showCheck(check.value());
    };
    const QString typed = m_token->text().trimmed();
    if (!typed.isEmpty() || m_account.id == 0)
        return m_hub.test(account, typed, onChecked);
    // Editing without a new token: the stored one, with the URL and dialect as edited now.
    m_hub.credentials().read(
        m_account.credentialKey(), [self, serial, account, onChecked](const CredentialResult &stored) {
            if (!self || serial != self->m_serial)
                return;
            if (!stored.ok()) {
                const QString why =
                    stored.outcome == CredentialResult::Outcome::NotFound
                        ? tr("No token is stored for this account; enter one.")
                        : providertext::tokenStateLabel(providertext::tokenState(stored)) +
                              (stored.message.isEmpty() ? QString() : QStringLiteral(": ") + stored.message);
                self->showOutcome(false, why);
                Q_EMIT self->tested(false, why);
                return;
            }
            self->m_hub.test(account, stored.secret, onChecked);
        });
}

void AccountEditor::save()
{
    if (m_busy)
        return;
    const int serial = ++m_serial;
    const ProviderAccount account = edited();
    const QString typed = m_token->text().trimmed();
    setBusy(true, tr("Saving…"));
    QPointer<AccountEditor> self(this);
    auto finish = [self, serial](const Failure *failure, RowId id) {
        if (!self || serial != self->m_serial)
            return;
        if (failure) {
            self->showOutcome(false, failure->message);
            return;
        }
        self->setBusy(false, QString());
        Q_EMIT self->saved(id);
        self->accept();
    };
    if (account.id == 0) {
        m_accounts.add(account, typed, [finish](Result<RowId> added) {
            const Failure failure = added.failure();
            finish(added ? nullptr : &failure, added ? *added : 0);
        });
        return;
    }
    m_accounts.update(account, typed.isEmpty() ? std::nullopt : std::optional<QString>(typed),
                      [finish, id = account.id](Status updated) {
                          const Failure failure = updated.failure();
                          finish(updated ? nullptr : &failure, id);
                      });
}

}  // namespace storyreel
