#include "generateforlookdialog.h"

#include "widgets/dialogbuttons.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace storyreel {

GenerateForLookDialog::GenerateForLookDialog(const QString &lookTitle, const QString &suggestedPrompt,
                                             const QString &whereAndCost, QWidget *parent)
    : QDialog(parent),
      m_prompt(new QPlainTextEdit(this)),
      m_seconds(new QSpinBox(this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("generateForLook"));
    setWindowTitle(tr("Generate a Video for “%1”").arg(lookTitle));
    m_prompt->setObjectName(QStringLiteral("lookPrompt"));
    m_prompt->setAccessibleName(tr("Prompt"));
    m_prompt->setToolTip(tr("What the video shows; the look's title and products are suggested"));
    m_prompt->setPlainText(suggestedPrompt);
    m_prompt->setTabChangesFocus(true);
    m_seconds->setObjectName(QStringLiteral("lookSeconds"));
    m_seconds->setAccessibleName(tr("Length in seconds"));
    m_seconds->setToolTip(tr("How long the video lasts, from 2 to 20 seconds"));
    m_seconds->setRange(2, 20);
    m_seconds->setValue(8);
    m_seconds->setSuffix(tr(" s"));
    auto *where = new QLabel(whereAndCost, this);
    where->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("lookPromptError"));
    m_error->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    m_error->setVisible(false);

    auto *form = new QFormLayout;
    form->addRow(tr("&Prompt:"), m_prompt);
    form->addRow(tr("&Length:"), m_seconds);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Generate"));
    buttons->button(QDialogButtonBox::Ok)
        ->setToolTip(tr("Start making the video; it joins the look when ready"));
    describeStandardButtons(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(where);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(520, 300);
    connect(buttons, &QDialogButtonBox::accepted, this, &GenerateForLookDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &GenerateForLookDialog::reject);
}

QString GenerateForLookDialog::prompt() const
{
    return m_prompt->toPlainText().trimmed();
}

int GenerateForLookDialog::seconds() const
{
    return m_seconds->value();
}

void GenerateForLookDialog::accept()
{
    if (prompt().isEmpty()) {
        m_error->setText(tr("Describe the video to make."));
        m_error->setVisible(true);
        m_prompt->setFocus();
        return;
    }
    Q_EMIT submitted(prompt(), seconds());
    QDialog::accept();
}

}  // namespace storyreel
