#pragma once

#include "enums.h"
#include "generationservice.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QProgressBar;
class QPushButton;

namespace storyreel {

class ProviderHub;

// What the New video / New explainer / New storyboard dialogs share: the provider chooser (the local
// provider first when it can make the kind, then the accounts whose dialect can), the cost estimate
// and the account's balance shown before submission (the balance asked asynchronously, the dialog
// never waits for it), and Generate, enabled only while the form makes a valid plan.
class GenerationDialog : public QDialog
{
    Q_OBJECT

public:
    ~GenerationDialog() override;

    QComboBox *accountBox() const { return m_accounts; }
    // The chosen account (0 = the local provider), -1 when none can make this kind.
    RowId accountId() const;
    bool selectAccount(RowId accountId);
    QString estimateText() const;
    QString balanceText() const;
    // Why Generate is disabled (or why the last submission failed); empty when all is well.
    QString problemText() const;
    QPushButton *submitButton() const { return m_submit; }
    bool balancePending() const { return m_balancePending; }

public Q_SLOTS:
    void submit();

Q_SIGNALS:
    // The job is in the queue; the dialog closes right after.
    void submitted(qint64 jobId, const QString &title);
    // The balance line changed after an answer (or failure) from the provider.
    void balanceShown(const QString &text);

protected:
    GenerationDialog(ProviderHub &hub, GenerationService &generation, JobKind kind, QWidget *parent);

    // The subclass's rows go here, below the provider chooser.
    QFormLayout *form() const { return m_form; }
    // The fields as a plan, or why they are not one yet.
    virtual Result<GenerationPlan> currentPlan() const = 0;
    // After any field changed; once at the end of the subclass's constructor.
    void refresh();
    // Video: text or image decides which accounts are offered.
    void setKind(JobKind kind);
    JobKind kind() const { return m_kind; }
    static QComboBox *makeAspectBox(QWidget *parent);
    static Aspect aspectOf(const QComboBox *box);

private:
    void fillAccounts();
    void queryBalance();
    void renderBalance();
    void showProblem(const QString &text);

    ProviderHub &m_hub;
    GenerationService &m_generation;
    JobKind m_kind;
    QFormLayout *m_form;
    QComboBox *m_accounts;
    QLabel *m_estimate;
    QLabel *m_balance;
    QProgressBar *m_balanceProgress;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QPushButton *m_submit;
    std::optional<CostEstimate> m_cost;
    std::optional<AccountCheck> m_check;  // the chosen account's last answer
    QString m_balanceError;               // or why it could not be asked
    int m_balanceSerial = 0;              // answers for an account no longer chosen are dropped
    bool m_balancePending = false;
};

}  // namespace storyreel
