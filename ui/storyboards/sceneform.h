#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>
#include "storyboarddocument.h"

class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace storyreel {

// The inline editor beside the cards: description, image prompt and duration of the current
// scene, each keystroke a document edit (the document merges typing into one undo command). With
// several scenes selected only the duration is editable and applies to all of them (batch edit).
class SceneForm final : public QWidget
{
    Q_OBJECT

public:
    explicit SceneForm(QWidget *parent = nullptr);

    void setDocument(StoryboardDocument *document);
    // The rows being edited (sorted); empty shows a hint.
    void setRows(const QList<int> &rows);
    QList<int> rows() const { return m_rows; }
    void focusDescription();

    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QPlainTextEdit *promptEdit() const { return m_prompt; }
    QDoubleSpinBox *durationEdit() const { return m_duration; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void applyDuration();

    QPointer<StoryboardDocument> m_document;
    QList<int> m_rows;
    QLabel *m_heading;
    QPlainTextEdit *m_description;
    QPlainTextEdit *m_prompt;
    QDoubleSpinBox *m_duration;
    QPushButton *m_applyDuration;
    bool m_updating = false;  // refresh() writing into the editors is not a user edit
};

}  // namespace storyreel
