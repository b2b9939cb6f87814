#include "keyrecorder.h"

#include <QKeyEvent>

namespace storyreel {
namespace {

bool isModifierOnly(int key)
{
    switch (key) {
        case Qt::Key_Shift:
        case Qt::Key_Control:
        case Qt::Key_Meta:
        case Qt::Key_Alt:
        case Qt::Key_AltGr:
        case Qt::Key_Super_L:
        case Qt::Key_Super_R:
        case Qt::Key_Hyper_L:
        case Qt::Key_Hyper_R:
        case Qt::Key_CapsLock:
        case Qt::Key_NumLock:
        case Qt::Key_ScrollLock:
        case Qt::Key_unknown:
        case 0:
            return true;
        default:
            return false;
    }
}

// Keys that keep their meaning in a dialog: focus moves on, Escape closes.
bool isReserved(const QKeyEvent *event)
{
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier);
    switch (event->key()) {
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
        case Qt::Key_Escape:
            return modifiers == Qt::NoModifier;
        default:
            return false;
    }
}

}  // namespace

KeyRecorder::KeyRecorder(QWidget *parent) : QLineEdit(parent)
{
    setReadOnly(true);
    setPlaceholderText(tr("No key: press a key combination here"));
    setToolTip(tr("Press the key combination to use. Tab moves on; Escape closes the dialog."));
}

QKeySequence KeyRecorder::sequenceFor(const QKeyEvent *event)
{
    if (isModifierOnly(event->key()) || isReserved(event))
        return {};
    Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    // "?" is Shift+/ on one keyboard and a key of its own on another: Qt matches the symbol, not Shift.
    const QString text = event->text();
    if (text.size() == 1 && text.at(0).isPrint() && !text.at(0).isLetterOrNumber() && !text.at(0).isSpace())
        modifiers &= ~Qt::ShiftModifier;
    return QKeySequence(QKeyCombination(modifiers, Qt::Key(event->key())));
}

bool KeyRecorder::event(QEvent *event)
{
    // Every key but the reserved ones comes here as a key press rather than triggering a shortcut.
    if (event->type() == QEvent::ShortcutOverride && !isReserved(static_cast<QKeyEvent *>(event))) {
        event->accept();
        return true;
    }
    return QLineEdit::event(event);
}

void KeyRecorder::keyPressEvent(QKeyEvent *event)
{
    if (isReserved(event)) {
        event->ignore();
        return;
    }
    event->accept();
    if (const QKeySequence key = sequenceFor(event); !key.isEmpty())
        Q_EMIT keyRecorded(key);
}

}  // namespace storyreel
