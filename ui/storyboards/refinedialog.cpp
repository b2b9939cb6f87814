#include "refinedialog.h"

#include "widgets/dialogbuttons.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

namespace storyreel {

RefineDialog::RefineDialog(int row, const Scene &scene, int refinementsLeft, int maxRefinements,
                           QWidget *parent)
    : QDialog(parent),
      m_row(row),
      m_left(refinementsLeft),
      m_scene(scene),
      m_count(new QLabel(this)),
      m_error(new QLabel(this)),
      m_prompt(new QPlainTextEdit(scene.imagePrompt, this)),
      m_description(new QPlainTextEdit(scene.description, this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("refineDialog"));
    setWindowTitle(tr("Refine Scene %1").arg(row + 1));
    m_count->setObjectName(QStringLiteral("refinementsLeft"));
    m_count->setWordWrap(true);
    if (refinementsLeft > 0) {
        m_count->setText(tr("%1 of %2 refinements left for this storyboard. A refinement draws a new image "
                            "and resets the approval.")
                             .arg(refinementsLeft)
                             .arg(maxRefinements));
    } else {
        m_count->setText(tr("<b>Refinement limit reached.</b> This storyboard has used all %1 refinements. "
                            "Edit the scene's prompt and description directly instead.")
                             .arg(maxRefinements));
    }
    m_error->setObjectName(QStringLiteral("refineError"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    m_error->setStyleSheet(QStringLiteral("color: palette(highlight);"));
    m_prompt->setObjectName(QStringLiteral("refinePrompt"));
    m_prompt->setToolTip(tr("What the new picture shows; it cannot be empty"));
    m_prompt->setTabChangesFocus(true);
    m_description->setObjectName(QStringLiteral("refineDescription"));
    m_description->setToolTip(tr("What happens in the scene, if that changes too"));
    m_description->setTabChangesFocus(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Refine"));
    m_buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Draw the scene again from the new prompt"));
    describeStandardButtons(m_buttons);

    auto *layout = new QFormLayout(this);
    layout->setRowWrapPolicy(QFormLayout::WrapAllRows);
    layout->addRow(m_count);
    layout->addRow(tr("New image &prompt"), m_prompt);
    layout->addRow(tr("New &description"), m_description);
    layout->addRow(m_error);
    layout->addRow(m_buttons);
    m_prompt->setEnabled(refinementsLeft > 0);
    m_description->setEnabled(refinementsLeft > 0);
    connect(m_prompt, &QPlainTextEdit::textChanged, this, &RefineDialog::updateButtons);
    connect(m_description, &QPlainTextEdit::textChanged, this, &RefineDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!canSubmit())
            return;
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        m_error->setVisible(false);
        Q_EMIT refineRequested(m_row, imagePrompt(), description());
    });
    updateButtons();
    resize(480, 360);
}

QString RefineDialog::imagePrompt() const
{
    return m_prompt->toPlainText().trimmed();
}

QString RefineDialog::description() const
{
    return m_description->toPlainText().trimmed();
}

bool RefineDialog::canSubmit() const
{
    // Something must change, and the prompt cannot be emptied (the image is drawn from it).
    return m_left > 0 && !imagePrompt().isEmpty() &&
           (imagePrompt() != m_scene.imagePrompt.trimmed() || description() != m_scene.description.trimmed());
}

void RefineDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(true);
    updateButtons();
}

void RefineDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(canSubmit());
}

}  // namespace storyreel
