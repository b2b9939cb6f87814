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

class AccountEditor;
class AccountService;
class ProviderHub;

// Settings ▸ Accounts: the provider accounts with their dialect, base URL and whether the keychain
// holds their token ("Token stored", "No token", "Keychain unavailable"); Add, Edit, Remove (after a
// confirmation) and Test connection for the selected account. Non-modal work: the keychain and the
// provider answer asynchronously while the dialog stays responsive.
class AccountsDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Column { NameColumn, DialectColumn, UrlColumn, TokenColumn, ColumnCount };
    static constexpr int kAccountIdRole = Qt::UserRole + 1;   // on the name column
    static constexpr int kTokenStateRole = Qt::UserRole + 2;  // on the token column: providertext::TokenState

    AccountsDialog(ProviderHub &hub, AccountService &accounts, QWidget *parent = nullptr);
    ~AccountsDialog() override;

    QTreeView *view() const { return m_view; }
    QStandardItemModel *model() const { return m_model; }
    QString statusText() const;
    // The row of an account, -1 when it is not listed.
    int rowOf(RowId accountId) const;
    bool selectAccount(RowId accountId);
    RowId selectedAccount() const;
    // How many token states are still being read from the keychain.
    int pendingTokenReads() const { return m_pendingReads; }

public Q_SLOTS:
    void reload();
    // Open the editor (window-modal, not blocking) and return it, e.g. for a test to fill in.
    AccountEditor *addAccount();
    AccountEditor *editSelected();
    // Asks for confirmation first; the box is returned so a test can answer it.
    QMessageBox *removeSelected();
    void testSelected();

Q_SIGNALS:
    // Every token state of the last reload is known.
    void tokenStatesLoaded();
    // A test of the selected account ended: its summary and balance, or the error.
    void tested(bool ok, const QString &text);
    // A removal ended (ok, or the message why the account was kept).
    void removed(bool ok, const QString &message);

private:
    AccountEditor *openEditor(RowId accountId);
    void readTokenState(int row, RowId accountId, const QString &key);
    void setBusy(bool busy, const QString &message);
    void showOutcome(bool ok, const QString &text);
    void updateButtons();

    ProviderHub &m_hub;
    AccountService &m_accounts;
    QStandardItemModel *m_model;
    QTreeView *m_view;
    QLabel *m_empty;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_test;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPointer<AccountEditor> m_editor;
    int m_generation = 0;  // token reads of an older reload are ignored
    int m_pendingReads = 0;
    int m_testSerial = 0;
    bool m_busy = false;
};

}  // namespace storyreel
