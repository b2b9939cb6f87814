#include "generationdialog.h"

#include "accountstore.h"
#include "providerfactory.h"
#include "providerhub.h"
#include "providertext.h"
#include "widgets/dialogbuttons.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace storyreel {

using providertext::Tone;

GenerationDialog::GenerationDialog(ProviderHub &hub, GenerationService &generation, JobKind kind,
                                   QWidget *parent)
    : QDialog(parent),
      m_hub(hub),
      m_generation(generation),
      m_kind(kind),
      m_form(new QFormLayout),
      m_accounts(new QComboBox(this)),
      m_estimate(new QLabel(this)),
      m_balance(new QLabel(this)),
      m_balanceProgress(new QProgressBar(this)),
      m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)),
      m_submit(m_buttons->addButton(tr("&Generate"), QDialogButtonBox::AcceptRole))
{
    setMinimumWidth(560);
    m_accounts->setObjectName(QStringLiteral("generationAccount"));
    m_accounts->setAccessibleName(tr("Provider account"));
    m_accounts->setToolTip(tr("Who makes it: the free local provider, or one of your accounts"));
    m_accounts->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_form->addRow(tr("&Provider:"), m_accounts);

    m_estimate->setObjectName(QStringLiteral("costEstimate"));
    m_balance->setObjectName(QStringLiteral("accountBalance"));
    m_balance->setWordWrap(true);
    m_balanceProgress->setObjectName(QStringLiteral("balanceProgress"));
    m_balanceProgress->setRange(0, 0);
    m_balanceProgress->setMaximumWidth(80);
    m_balanceProgress->setMaximumHeight(12);
    m_balanceProgress->setTextVisible(false);
    m_balanceProgress->hide();
    auto *costBox = new QFrame(this);
    costBox->setObjectName(QStringLiteral("costBox"));
    costBox->setFrameShape(QFrame::StyledPanel);
    auto *costLayout = new QVBoxLayout(costBox);
    costLayout->addWidget(m_estimate);
    auto *balanceRow = new QHBoxLayout;
    balanceRow->addWidget(m_balance, 1);
    balanceRow->addWidget(m_balanceProgress);
    costLayout->addLayout(balanceRow);

    m_problem->setObjectName(QStringLiteral("generationProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    m_submit->setObjectName(QStringLiteral("generateButton"));
    m_submit->setToolTip(tr("Queue the job; follow it in Jobs"));
    describeStandardButtons(m_buttons);
    m_submit->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(costBox);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &GenerationDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_accounts, &QComboBox::currentIndexChanged, this, [this] {
        queryBalance();
        refresh();
    });
    fillAccounts();
}

GenerationDialog::~GenerationDialog() = default;

RowId GenerationDialog::accountId() const
{
    return m_accounts->currentIndex() < 0 ? -1 : m_accounts->currentData().toLongLong();
}

bool GenerationDialog::selectAccount(RowId accountId)
{
    const int index = m_accounts->findData(accountId);
    if (index < 0)
        return false;
    m_accounts->setCurrentIndex(index);
    return true;
}

QString GenerationDialog::estimateText() const
{
    return m_estimate->text();
}

QString GenerationDialog::balanceText() const
{
    return m_balance->text();
}

QString GenerationDialog::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

QComboBox *GenerationDialog::makeAspectBox(QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->addItem(tr("16:9 landscape"), toText(Aspect::Landscape16x9));
    box->addItem(tr("9:16 portrait"), toText(Aspect::Portrait9x16));
    box->addItem(tr("1:1 square"), toText(Aspect::Square1x1));
    box->setToolTip(tr("The picture's shape: wide for screens, tall for phones"));
    return box;
}

Aspect GenerationDialog::aspectOf(const QComboBox *box)
{
    return fromText<Aspect>(box->currentData().toString()).value_or(Aspect::Landscape16x9);
}

void GenerationDialog::setKind(JobKind kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    fillAccounts();
}

void GenerationDialog::fillAccounts()
{
    const RowId previous = accountId();
    const QSignalBlocker blocker(m_accounts);
    m_accounts->clear();
    if (supportedKinds(Dialect::Local).contains(m_kind))
        m_accounts->addItem(tr("Local provider (free drafts on this computer)"), RowId(0));
    Result<QList<ProviderAccount>> accounts = AccountStore(m_hub.catalog()).list();
    if (accounts) {
        for (const ProviderAccount &account : *accounts) {
            if (supportedKinds(account.dialect).contains(m_kind))
                m_accounts->addItem(
                    QStringLiteral("%1 — %2").arg(account.name, providertext::dialectLabel(account.dialect)),
                    account.id);
        }
    }
    m_accounts->setEnabled(m_accounts->count() > 0);
    m_accounts->setPlaceholderText(tr("No account can make this"));
    const int keep = m_accounts->findData(previous);
    m_accounts->setCurrentIndex(keep >= 0 ? keep : (m_accounts->count() > 0 ? 0 : -1));
    if (accountId() != previous || keep < 0)
        queryBalance();
}

void GenerationDialog::queryBalance()
{
    const int serial = ++m_balanceSerial;
    const RowId id = accountId();
    m_check.reset();
    m_balanceError.clear();
    m_balancePending = id > 0;
    renderBalance();
    if (id <= 0)
        return;
    QPointer<GenerationDialog> self(this);
    auto answered = [self, serial](ProviderResult<AccountCheck> check) {
        if (!self || serial != self->m_balanceSerial)
            return;
        self->m_balancePending = false;
        if (check)
            self->m_check = check.value();
        else
            self->m_balanceError = check.error().message;
        self->renderBalance();
        Q_EMIT self->balanceShown(self->m_balance->text());
    };
    m_hub.provider(id, [self, serial, answered](ProviderResult<Provider *> provider) {
        if (!self || serial != self->m_balanceSerial)
            return;
        if (!provider)
            return answered(provider.error());
        provider.value()->check(answered);
    });
}

void GenerationDialog::renderBalance()
{
    m_balanceProgress->setVisible(m_balancePending);
    const RowId id = accountId();
    if (id < 0)
        return providertext::showMessage(m_balance, QString(), Tone::Neutral);
    if (id == 0)
        return providertext::showMessage(m_balance, tr("No balance needed: the local provider is free."),
                                         Tone::Neutral);
    if (m_balancePending)
        return providertext::showMessage(m_balance, tr("Balance: checking…"), Tone::Neutral);
    if (!m_check)
        return providertext::showMessage(m_balance, tr("Balance unavailable: %1").arg(m_balanceError),
                                         Tone::Problem);
    QString text = providertext::balanceText(*m_check);
    // A warning, not a refusal: the provider has the last word (and answers 402 when it is short).
    const bool short_ = m_cost && m_cost->known && m_check->balanceMicros && m_cost->unit == m_check->unit &&
                        m_cost->micros > *m_check->balanceMicros;
    if (short_)
        text += tr(" — not enough for this job");
    providertext::showMessage(m_balance, text, short_ ? Tone::Problem : Tone::Neutral);
}

void GenerationDialog::showProblem(const QString &text)
{
    providertext::showMessage(m_problem, text, Tone::Problem);
}

void GenerationDialog::refresh()
{
    m_cost.reset();
    const Result<GenerationPlan> plan = currentPlan();
    const RowId id = accountId();
    QString problem;
    if (id < 0) {
        problem =
            tr("No account can make this kind of video. Add one in Settings ▸ Accounts… (explainers need "
               "a t2m account, storyboards a storyboard account).");
    } else if (plan) {
        Result<CostEstimate> estimate = m_generation.estimate(id, *plan);
        if (estimate)
            m_cost = *estimate;
        else
            problem = estimate.error();
    } else {
        problem = plan.error();
    }
    m_estimate->setText(m_cost ? providertext::estimateText(*m_cost) : tr("Estimated cost: —"));
    // Missing fields are what every empty form starts with: said plainly, not in red.
    if (problem.isEmpty())
        providertext::showMessage(m_problem, QString(), Tone::Neutral);
    else
        providertext::showMessage(m_problem, problem, plan ? Tone::Problem : Tone::Neutral);
    m_submit->setEnabled(plan.ok() && m_cost.has_value());
    renderBalance();
}

void GenerationDialog::submit()
{
    const Result<GenerationPlan> plan = currentPlan();
    if (!plan || !m_submit->isEnabled())
        return refresh();
    Result<RowId> job = m_generation.submit(accountId(), *plan);
    if (!job)
        return showProblem(job.error());
    Q_EMIT submitted(*job, plan->title);
    accept();
}

}  // namespace storyreel
