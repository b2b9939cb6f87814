#include "accountsdialog.h"

#include "accounteditor.h"
#include "accountservice.h"
#include "accountstore.h"
#include "credentialstore.h"
#include "providerhub.h"
#include "providertext.h"
#include "widgets/dialogbuttons.h"
#include "widgets/jobtext.h"

#include <QDialogButtonBox>
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

using providertext::TokenState;
using providertext::Tone;

AccountsDialog::AccountsDialog(ProviderHub &hub, AccountService &accounts, QWidget *parent)
    : QDialog(parent),
      m_hub(hub),
      m_accounts(accounts),
      m_model(new QStandardItemModel(0, ColumnCount, this)),
      m_view(new QTreeView(this)),
      m_empty(new QLabel(this)),
      m_add(new QPushButton(tr("&Add…"), this)),
      m_edit(new QPushButton(tr("&Edit…"), this)),
      m_remove(new QPushButton(tr("&Remove…"), this)),
      m_test(new QPushButton(tr("&Test Connection"), this)),
      m_progress(new QProgressBar(this)),
      m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("accountsDialog"));
    setWindowTitle(tr("Provider Accounts"));
    resize(780, 420);

    auto *intro = new QLabel(tr("Accounts of the generation services the studio can use. Tokens are kept in "
                                "the system keychain, never in the catalog. The local provider needs no "
                                "account."),
                             this);
    intro->setWordWrap(true);

    m_model->setHorizontalHeaderLabels({tr("Name"), tr("Provider"), tr("Base URL"), tr("Token")});
    m_view->setObjectName(QStringLiteral("accountList"));
    m_view->setAccessibleName(tr("Provider accounts"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(UrlColumn, QHeaderView::Stretch);
    m_empty->setObjectName(QStringLiteral("accountsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("No accounts yet. Add one to generate on a remote provider."));

    m_add->setObjectName(QStringLiteral("addAccount"));
    m_edit->setObjectName(QStringLiteral("editAccount"));
    m_remove->setObjectName(QStringLiteral("removeAccount"));
    m_test->setObjectName(QStringLiteral("testAccount"));
    m_test->setToolTip(tr("Ask the provider who the stored token belongs to and what balance it has"));
    m_add->setToolTip(tr("Add an account of a generation service, with its API token"));
    m_edit->setToolTip(tr("Change the selected account's name, address or token"));
    m_remove->setToolTip(tr("Remove the selected account and its token from this computer"));
    auto *buttons = new QVBoxLayout;
    for (QPushButton *button : {m_add, m_edit, m_remove})
        buttons->addWidget(button);
    buttons->addSpacing(12);
    buttons->addWidget(m_test);
    buttons->addStretch(1);
    auto *listRow = new QHBoxLayout;
    auto *listColumn = new QVBoxLayout;
    listColumn->addWidget(m_view, 1);
    listColumn->addWidget(m_empty, 1);
    listRow->addLayout(listColumn, 1);
    listRow->addLayout(buttons);

    m_progress->setObjectName(QStringLiteral("accountsProgress"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(120);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_status->setObjectName(QStringLiteral("accountsStatus"));
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
    connect(m_add, &QPushButton::clicked, this, &AccountsDialog::addAccount);
    connect(m_edit, &QPushButton::clicked, this, &AccountsDialog::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &AccountsDialog::removeSelected);
    connect(m_test, &QPushButton::clicked, this, &AccountsDialog::testSelected);
    connect(m_view, &QTreeView::doubleClicked, this, &AccountsDialog::editSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AccountsDialog::updateButtons);
    connect(&m_accounts, &AccountService::accountsChanged, this, &AccountsDialog::reload);
    reload();
}

AccountsDialog::~AccountsDialog() = default;

QString AccountsDialog::statusText() const
{
    return m_status->text();
}

int AccountsDialog::rowOf(RowId accountId) const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->item(row, NameColumn)->data(kAccountIdRole).toLongLong() == accountId)
            return row;
    }
    return -1;
}

bool AccountsDialog::selectAccount(RowId accountId)
{
    const int row = rowOf(accountId);
    if (row < 0)
        return false;
    m_view->setCurrentIndex(m_model->index(row, NameColumn));
    return true;
}

RowId AccountsDialog::selectedAccount() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows(NameColumn);
    return rows.isEmpty() ? 0 : rows.first().data(kAccountIdRole).toLongLong();
}

void AccountsDialog::reload()
{
    const RowId selected = selectedAccount();
    ++m_generation;
    m_pendingReads = 0;
    m_model->removeRows(0, m_model->rowCount());
    Result<QList<ProviderAccount>> accounts = AccountStore(m_hub.catalog()).list();
    if (!accounts)
        showOutcome(false, tr("Cannot read the accounts: %1").arg(accounts.error()));
    const QList<ProviderAccount> list = accounts ? *accounts : QList<ProviderAccount>();
    for (const ProviderAccount &account : list) {
        QList<QStandardItem *> items;
        items << new QStandardItem(account.name)
              << new QStandardItem(providertext::dialectLabel(account.dialect))
              << new QStandardItem(account.baseUrl) << new QStandardItem;
        items[NameColumn]->setData(account.id, kAccountIdRole);
        m_model->appendRow(items);
        if (account.dialect == Dialect::Local)
            items[TokenColumn]->setText(tr("No token needed"));
        else
            readTokenState(m_model->rowCount() - 1, account.id, account.credentialKey());
    }
    const bool empty = m_model->rowCount() == 0;
    m_view->setVisible(!empty);
    m_empty->setVisible(empty);
    if (!selectAccount(selected) && !empty)
        m_view->setCurrentIndex(m_model->index(0, NameColumn));
    updateButtons();
    if (m_pendingReads == 0)
        Q_EMIT tokenStatesLoaded();
}

void AccountsDialog::readTokenState(int row, RowId accountId, const QString &key)
{
    m_model->item(row, TokenColumn)->setText(providertext::tokenStateLabel(TokenState::Checking));
    ++m_pendingReads;
    QPointer<AccountsDialog> self(this);
    const int generation = m_generation;
    // Only whether a token is there is kept; the secret itself is dropped with the result.
    m_hub.credentials().read(key, [self, generation, accountId](const CredentialResult &result) {
        if (!self || generation != self->m_generation)
            return;
        const TokenState state = providertext::tokenState(result);
        if (const int current = self->rowOf(accountId); current >= 0) {
            QStandardItem *item = self->m_model->item(current, TokenColumn);
            item->setText(providertext::tokenStateLabel(state));
            item->setToolTip(state == TokenState::Stored ? QString() : result.message);
            item->setData(int(state), kTokenStateRole);
            if (state == TokenState::Unavailable || state == TokenState::Failed)
                item->setForeground(jobtext::statusColor(JobStatus::Failed));
        }
        if (state == TokenState::Unavailable) {
            QString why =
                result.message.isEmpty() ? tr("The system keychain is unavailable.") : result.message;
            if (!why.endsWith(QLatin1Char('.')))
                why += QLatin1Char('.');
            providertext::showMessage(
                self->m_status,
                tr("%1 Tokens can be neither read nor stored until it is back; the accounts "
                   "keep theirs. Unlock or start the keychain, then reopen this page.")
                    .arg(why),
                Tone::Problem);
        }
        if (--self->m_pendingReads == 0)
            Q_EMIT self->tokenStatesLoaded();
    });
}

void AccountsDialog::updateButtons()
{
    const bool chosen = selectedAccount() > 0;
    m_edit->setEnabled(chosen && !m_busy);
    m_remove->setEnabled(chosen && !m_busy);
    m_test->setEnabled(chosen && !m_busy);
    m_add->setEnabled(!m_busy);
}

void AccountsDialog::setBusy(bool busy, const QString &message)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    if (busy)
        providertext::showMessage(m_status, message, Tone::Neutral);
    updateButtons();
}

void AccountsDialog::showOutcome(bool ok, const QString &text)
{
    setBusy(false, QString());
    providertext::showMessage(m_status, text, ok ? Tone::Good : Tone::Problem);
}

AccountEditor *AccountsDialog::openEditor(RowId accountId)
{
    if (m_editor)
        m_editor->close();
    ProviderAccount account;
    if (accountId > 0) {
        Result<ProviderAccount> stored = AccountStore(m_hub.catalog()).load(accountId);
        if (!stored) {
            showOutcome(false, stored.error());
            return nullptr;
        }
        account = *stored;
    } else {
        account.dialect = Dialect::AiStudio;
    }
    m_editor = new AccountEditor(m_hub, m_accounts, account, this);
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_editor, &AccountEditor::saved, this, [this](qint64 id) {
        reload();
        selectAccount(id);
        const int row = rowOf(id);
        showOutcome(true,
                    row < 0 ? QString() : tr("Saved “%1”.").arg(m_model->item(row, NameColumn)->text()));
    });
    m_editor->open();
    return m_editor;
}

AccountEditor *AccountsDialog::addAccount()
{
    return openEditor(0);
}

AccountEditor *AccountsDialog::editSelected()
{
    const RowId id = selectedAccount();
    return id > 0 ? openEditor(id) : nullptr;
}

QMessageBox *AccountsDialog::removeSelected()
{
    const RowId id = selectedAccount();
    if (id <= 0 || m_busy)
        return nullptr;
    const QString name = m_model->item(rowOf(id), NameColumn)->text();
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Remove Account"),
                                tr("Remove the account “%1”?").arg(name), QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmRemoveAccount"));
    box->setInformativeText(
        tr("Its token is deleted from the keychain. Jobs, looks and videos made with it "
           "stay in the library as local items."));
    QPushButton *confirm = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmRemove"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, id, name, confirm](QAbstractButton *clicked) {
        if (clicked != confirm)
            return;
        setBusy(true, tr("Removing “%1”…").arg(name));
        QPointer<AccountsDialog> self(this);
        m_accounts.remove(id, [self, name](Status done) {
            if (!self)
                return;
            if (done)
                self->showOutcome(true, tr("Removed “%1”.").arg(name));
            else
                self->showOutcome(false, done.error());
            Q_EMIT self->removed(done.ok(), done.error());
        });
    });
    box->open();
    return box;
}

void AccountsDialog::testSelected()
{
    const RowId id = selectedAccount();
    if (id <= 0 || m_busy)
        return;
    const int serial = ++m_testSerial;
    setBusy(true, tr("Testing the connection of “%1”…").arg(m_model->item(rowOf(id), NameColumn)->text()));
    QPointer<AccountsDialog> self(this);
    m_accounts.test(id, [self, serial](ProviderResult<AccountCheck> check) {
        if (!self || serial != self->m_testSerial)
            return;
        const QString text = check ? providertext::checkText(check.value()) : check.error().message;
        self->showOutcome(check.ok(), text);
        Q_EMIT self->tested(check.ok(), text);
    });
}

}  // namespace storyreel
