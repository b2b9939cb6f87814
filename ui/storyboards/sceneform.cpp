#include "sceneform.h"

#include "shortcuts/shortcutregistry.h"
#include "storyboarddocument.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

namespace storyreel {

SceneForm::SceneForm(QWidget *parent)
    : QWidget(parent),
      m_heading(new QLabel(this)),
      m_description(new QPlainTextEdit(this)),
      m_prompt(new QPlainTextEdit(this)),
      m_duration(new QDoubleSpinBox(this)),
      m_applyDuration(new QPushButton(tr("Apply to All"), this))
{
    setObjectName(QStringLiteral("sceneForm"));
    m_heading->setObjectName(QStringLiteral("sceneFormHeading"));
    QFont font = m_heading->font();
    font.setBold(true);
    m_heading->setFont(font);
    m_description->setObjectName(QStringLiteral("sceneDescription"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setToolTip(tr("What happens in the scene; every change is saved and can be undone"));
    m_description->setTabChangesFocus(true);
    m_prompt->setObjectName(QStringLiteral("sceneImagePrompt"));
    m_prompt->setAccessibleName(tr("Image prompt"));
    m_prompt->setToolTip(tr("What the scene's picture shows, for drawing it"));
    m_prompt->setTabChangesFocus(true);
    // Ctrl+Z belongs to the document's undo stack (Edit menu), which has the typing merged already.
    for (QPlainTextEdit *edit : {m_description, m_prompt}) {
        edit->setUndoRedoEnabled(false);
        edit->installEventFilter(this);
    }
    m_description->setMaximumHeight(140);
    m_prompt->setMaximumHeight(140);
    m_duration->setObjectName(QStringLiteral("sceneDuration"));
    m_duration->setAccessibleName(tr("Duration"));
    m_duration->setToolTip(tr("How long the scene lasts in the video, in seconds"));
    m_duration->setRange(0.5, 120.0);
    m_duration->setDecimals(1);
    m_duration->setSingleStep(0.5);
    m_duration->setSuffix(tr(" s"));
    m_duration->setKeyboardTracking(false);  // one edit per value, not per digit typed
    m_applyDuration->setObjectName(QStringLiteral("applyBatchDuration"));
    m_applyDuration->setToolTip(tr("Give every selected scene this duration"));

    auto *durationRow = new QHBoxLayout;
    durationRow->addWidget(m_duration, 1);
    durationRow->addWidget(m_applyDuration);
    auto *layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setRowWrapPolicy(QFormLayout::WrapAllRows);
    layout->addRow(m_heading);
    layout->addRow(tr("&Description"), m_description);
    layout->addRow(tr("Image &prompt"), m_prompt);
    auto *durationLabel = new QLabel(tr("Dura&tion"), this);
    durationLabel->setBuddy(m_duration);  // the row is a layout: the label needs its buddy named
    layout->addRow(durationLabel, durationRow);

    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating && m_document && m_rows.size() == 1)
            m_document->setSceneText(m_rows.first(), StoryboardDocument::Field::Description,
                                     m_description->toPlainText());
    });
    connect(m_prompt, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating && m_document && m_rows.size() == 1)
            m_document->setSceneText(m_rows.first(), StoryboardDocument::Field::ImagePrompt,
                                     m_prompt->toPlainText());
    });
    connect(m_duration, &QDoubleSpinBox::valueChanged, this, [this] {
        if (!m_updating && m_rows.size() == 1)
            applyDuration();
    });
    connect(m_applyDuration, &QPushButton::clicked, this, &SceneForm::applyDuration);
    setRows({});
}

void SceneForm::setDocument(StoryboardDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &StoryboardDocument::sceneChanged, this, [this](int row) {
            if (m_rows.contains(row))
                refresh();
        });
        connect(document, &StoryboardDocument::scenesReset, this, &SceneForm::refresh);
    }
    setRows({});
}

void SceneForm::setRows(const QList<int> &rows)
{
    m_rows = rows;
    std::sort(m_rows.begin(), m_rows.end());
    refresh();
}

bool SceneForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        const ShortcutRegistry &shortcuts = ShortcutRegistry::instance();
        if (shortcuts.matches(QStringLiteral("edit.undo"), key) ||
            shortcuts.matches(QStringLiteral("edit.redo"), key)) {
            event->ignore();
            return true;  // not the text box's: the window's Undo/Redo shortcut gets it
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SceneForm::focusDescription()
{
    m_description->setFocus(Qt::OtherFocusReason);
    m_description->selectAll();
}

void SceneForm::applyDuration()
{
    if (m_document && !m_rows.isEmpty())
        m_document->setDurations(m_rows, qRound64(m_duration->value() * 1000.0));
}

void SceneForm::refresh()
{
    const int count = m_document ? m_document->sceneCount() : 0;
    QList<int> valid;
    for (int row : std::as_const(m_rows))
        if (row >= 0 && row < count)
            valid << row;
    m_rows = valid;
    const bool single = m_rows.size() == 1;
    m_updating = true;
    m_description->setEnabled(single);
    m_prompt->setEnabled(single);
    m_duration->setEnabled(!m_rows.isEmpty());
    m_applyDuration->setVisible(m_rows.size() > 1);
    if (m_rows.isEmpty()) {
        m_heading->setText(count > 0 ? tr("Select a scene to edit it") : tr("No scenes yet: add one"));
        m_description->clear();
        m_prompt->clear();
    } else if (single) {
        const Scene &scene = m_document->scenes().at(m_rows.first());
        m_heading->setText(tr("Scene %1").arg(m_rows.first() + 1));
        // Only when different: rewriting the text would move the cursor of the person typing.
        if (m_description->toPlainText() != scene.description)
            m_description->setPlainText(scene.description);
        if (m_prompt->toPlainText() != scene.imagePrompt)
            m_prompt->setPlainText(scene.imagePrompt);
        m_duration->setValue(double(scene.durationMs) / 1000.0);
    } else {
        m_heading->setText(tr("%n scene(s) selected: set one duration for all", nullptr, int(m_rows.size())));
        m_description->clear();
        m_prompt->clear();
        m_duration->setValue(double(m_document->scenes().at(m_rows.first()).durationMs) / 1000.0);
    }
    m_updating = false;
}

}  // namespace storyreel
