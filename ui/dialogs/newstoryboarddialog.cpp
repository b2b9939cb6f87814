#include "newstoryboarddialog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace storyreel {

NewStoryboardDialog::NewStoryboardDialog(ProviderHub &hub, GenerationService &generation, QWidget *parent)
    : GenerationDialog(hub, generation, JobKind::GenerateStoryboard, parent),
      m_prompt(new QPlainTextEdit(this)),
      m_seconds(new QSpinBox(this)),
      m_style(new QComboBox(this)),
      m_aspect(makeAspectBox(this))
{
    setObjectName(QStringLiteral("newStoryboardDialog"));
    setWindowTitle(tr("New Storyboard"));
    m_prompt->setObjectName(QStringLiteral("storyboardPrompt"));
    m_prompt->setAccessibleName(tr("Story"));
    m_prompt->setToolTip(tr("The story to cut into scenes; Tab moves on"));
    m_prompt->setPlaceholderText(
        tr("The story, e.g. \"A hero discovers a hidden treasure in ancient ruins\""));
    m_prompt->setTabChangesFocus(true);
    m_prompt->setFixedHeight(m_prompt->fontMetrics().lineSpacing() * 5 + 12);
    m_seconds->setObjectName(QStringLiteral("storyboardSeconds"));
    m_seconds->setRange(5, 120);
    m_seconds->setSingleStep(5);
    m_seconds->setValue(30);
    m_seconds->setSuffix(tr(" s"));
    m_seconds->setToolTip(tr("One scene per 5 seconds"));
    // The usual styles, and any other the provider understands.
    m_style->setObjectName(QStringLiteral("storyboardStyle"));
    m_style->setToolTip(tr("How the scenes' pictures look: choose one or type another"));
    m_style->setEditable(true);
    m_style->setInsertPolicy(QComboBox::NoInsert);
    m_style->addItems({QStringLiteral("cinematic"), QStringLiteral("documentary"), QStringLiteral("anime"),
                       QStringLiteral("watercolor"), QStringLiteral("comic"),
                       QStringLiteral("photorealistic")});
    m_aspect->setObjectName(QStringLiteral("storyboardAspect"));

    form()->addRow(tr("&Story:"), m_prompt);
    form()->addRow(tr("&Duration:"), m_seconds);
    form()->addRow(tr("St&yle:"), m_style);
    form()->addRow(tr("&Aspect:"), m_aspect);

    connect(m_prompt, &QPlainTextEdit::textChanged, this, &NewStoryboardDialog::refresh);
    connect(m_seconds, &QSpinBox::valueChanged, this, &NewStoryboardDialog::refresh);
    connect(m_style, &QComboBox::currentTextChanged, this, &NewStoryboardDialog::refresh);
    connect(m_aspect, &QComboBox::currentIndexChanged, this, &NewStoryboardDialog::refresh);
    refresh();
}

Result<GenerationPlan> NewStoryboardDialog::currentPlan() const
{
    StoryboardForm form;
    form.prompt = m_prompt->toPlainText();
    form.seconds = m_seconds->value();
    form.style = m_style->currentText();
    form.aspect = aspectOf(m_aspect);
    return GenerationService::plan(form);
}

}  // namespace storyreel
