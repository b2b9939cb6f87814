#include "newexplainerdialog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace storyreel {

NewExplainerDialog::NewExplainerDialog(ProviderHub &hub, GenerationService &generation, QWidget *parent)
    : GenerationDialog(hub, generation, JobKind::GenerateExplainer, parent),
      m_topic(new QLineEdit(this)),
      m_context(new QPlainTextEdit(this)),
      m_quality(new QComboBox(this)),
      m_priority(new QComboBox(this))
{
    setObjectName(QStringLiteral("newExplainerDialog"));
    setWindowTitle(tr("New Explainer"));
    m_topic->setObjectName(QStringLiteral("explainerTopic"));
    m_topic->setPlaceholderText(tr("e.g. How photosynthesis works"));
    m_context->setObjectName(QStringLiteral("explainerContext"));
    m_context->setAccessibleName(tr("Context"));
    m_context->setToolTip(tr("Who the explainer is for and what it covers; Tab moves on"));
    m_context->setPlaceholderText(
        tr("Who it is for and what it should cover, e.g. \"For high-school "
           "students: light reactions, the Calvin cycle, why leaves are green.\""));
    m_context->setTabChangesFocus(true);
    m_context->setFixedHeight(m_context->fontMetrics().lineSpacing() * 5 + 12);
    m_quality->setObjectName(QStringLiteral("explainerQuality"));
    m_quality->addItem(tr("Low (faster)"), QStringLiteral("low"));
    m_quality->addItem(tr("Medium"), QStringLiteral("medium"));
    m_quality->addItem(tr("High (slower)"), QStringLiteral("high"));
    m_quality->setCurrentIndex(1);
    m_quality->setToolTip(tr("Higher quality takes longer to make"));
    m_priority->setObjectName(QStringLiteral("explainerPriority"));
    m_priority->addItem(tr("Low"), QStringLiteral("low"));
    m_priority->addItem(tr("Normal"), QStringLiteral("normal"));
    m_priority->addItem(tr("High"), QStringLiteral("high"));
    m_priority->setCurrentIndex(1);
    m_priority->setToolTip(tr("The provider starts higher-priority work first"));

    form()->addRow(tr("&Topic:"), m_topic);
    form()->addRow(tr("&Context:"), m_context);
    form()->addRow(tr("&Quality:"), m_quality);
    form()->addRow(tr("P&riority:"), m_priority);

    connect(m_topic, &QLineEdit::textChanged, this, &NewExplainerDialog::refresh);
    connect(m_context, &QPlainTextEdit::textChanged, this, &NewExplainerDialog::refresh);
    connect(m_quality, &QComboBox::currentIndexChanged, this, &NewExplainerDialog::refresh);
    connect(m_priority, &QComboBox::currentIndexChanged, this, &NewExplainerDialog::refresh);
    refresh();
}

Result<GenerationPlan> NewExplainerDialog::currentPlan() const
{
    ExplainerForm form;
    form.topic = m_topic->text();
    form.context = m_context->toPlainText();
    form.quality = m_quality->currentData().toString();
    form.priority = m_priority->currentData().toString();
    return GenerationService::plan(form);
}

}  // namespace storyreel
