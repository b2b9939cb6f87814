#pragma once

#include "account.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace storyreel {

class AccountService;
class ProviderHub;
struct AccountCheck;

// Adds or edits one provider account: name, dialect, base URL and token. The token field is a password
// field that is never filled with the stored token: left empty on an edit, the stored one is kept.
// "Test connection" tries the values as edited (before saving) and shows who the token belongs to
// and the balance, or why it failed.
class AccountEditor final : public QDialog
{
    Q_OBJECT

public:
    // A new account when `account.id` is 0; otherwise the saved account to edit.
    AccountEditor(ProviderHub &hub, AccountService &accounts, const ProviderAccount &account,
                  QWidget *parent = nullptr);
    ~AccountEditor() override;

    QString statusText() const;
    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    void testConnection();
    void save();

Q_SIGNALS:
    // The account was stored (row and token); the dialog closes right after.
    void saved(qint64 accountId);
    // A test ended: `ok` with the summary and balance, or the error message.
    void tested(bool ok, const QString &text);

private:
    ProviderAccount edited() const;
    void setBusy(bool busy, const QString &message);
    void showOutcome(bool ok, const QString &text);
    void showCheck(const AccountCheck &check);
    void updateButtons();
    void updateUrlHint();

    ProviderHub &m_hub;
    AccountService &m_accounts;
    ProviderAccount m_account;
    QLineEdit *m_name;
    QComboBox *m_dialect;
    QLineEdit *m_url;
    QLineEdit *m_token;
    QLabel *m_urlHint;
    QPushButton *m_test;
    QProgressBar *m_progress;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    bool m_busy = false;
    int m_serial = 0;  // the answer to an older test or save is ignored
};

}  // namespace storyreel
