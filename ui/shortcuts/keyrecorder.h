#pragma once

#include <QKeySequence>
#include <QLineEdit>

namespace storyreel {

// A field that takes the next key combination pressed in it as a shortcut (one combination, any key:
// Delete, Return and letters too). Tab and Shift+Tab still move focus and Escape still closes the dialog,
// so a keyboard user is never trapped in it; those keys cannot be recorded.
class KeyRecorder final : public QLineEdit
{
    Q_OBJECT

public:
    explicit KeyRecorder(QWidget *parent = nullptr);

    // The combination a key press stands for, as a shortcut: keypad and, for symbols such as "?" or "/",
    // Shift left out (the way Qt matches shortcuts). Empty for a modifier alone and the keys kept above.
    static QKeySequence sequenceFor(const QKeyEvent *event);

Q_SIGNALS:
    // Emitted when a key combination was pressed in the field.
    void keyRecorded(const QKeySequence &key);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
};

}  // namespace storyreel
