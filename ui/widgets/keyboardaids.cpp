#include "keyboardaids.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QFocusFrame>
#include <QKeyEvent>

namespace storyreel {
namespace {

const char *const kOwnFocus = "storyreelDrawsOwnFocus";

// Where a keyboard-opened menu belongs: the current item of a view, the text cursor of a text box,
// else the widget's middle.
QPoint menuAnchor(QWidget *widget)
{
    if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && view->currentIndex().isValid()) {
        const QRect item = view->visualRect(view->currentIndex()).intersected(view->viewport()->rect());
        if (!item.isEmpty())
            return view->viewport()->mapTo(view, item.center());
    }
    const QRect cursor = widget->inputMethodQuery(Qt::ImCursorRectangle).toRect();
    return cursor.isValid() && widget->rect().contains(cursor.center()) ? cursor.center()
                                                                        : widget->rect().center();
}

}  // namespace

void KeyboardAids::install()
{
    if (!qApp || qApp->findChild<KeyboardAids *>(QString(), Qt::FindDirectChildrenOnly))
        return;
    auto *aids = new KeyboardAids(qApp);
    qApp->installEventFilter(aids);
    connect(qApp, &QApplication::focusChanged, aids, [aids](QWidget *, QWidget *now) { aids->follow(now); });
}

void KeyboardAids::drawsOwnFocus(QWidget *widget)
{
    widget->setProperty(kOwnFocus, true);
}

KeyboardAids::KeyboardAids(QObject *parent) : QObject(parent) {}

void KeyboardAids::follow(QWidget *focused)
{
    QWidget *target = focused;
    // The line edit inside a spin or combo box: the ring goes round the whole box.
    if (target && (qobject_cast<QAbstractSpinBox *>(target->parentWidget()) ||
                   qobject_cast<QComboBox *>(target->parentWidget())))
        target = target->parentWidget();
    const bool show = target && !target->isWindow() && !target->property(kOwnFocus).toBool() &&
                      target->window()->testAttribute(Qt::WA_KeyboardFocusChange);
    if (!show) {
        if (m_frame)
            m_frame->setWidget(nullptr);
        return;
    }
    if (!m_frame) {
        // It lives in the focused widget's window (QFocusFrame re-parents itself as focus moves).
        m_frame = new QFocusFrame(target->window());
        m_frame->setObjectName(QStringLiteral("keyboardFocusRing"));
    }
    m_frame->setWidget(target);
}

bool KeyboardAids::openContextMenu(QWidget *widget)
{
    if (!widget || widget->contextMenuPolicy() == Qt::NoContextMenu ||
        widget->contextMenuPolicy() == Qt::PreventContextMenu)
        return false;
    const QPoint at = menuAnchor(widget);
    QContextMenuEvent menu(QContextMenuEvent::Keyboard, at, widget->mapToGlobal(at));
    QApplication::sendEvent(widget, &menu);
    return true;
}

bool KeyboardAids::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && watched == QApplication::focusWidget()) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_F10 && key->modifiers() == Qt::ShiftModifier &&
            openContextMenu(QApplication::focusWidget()))
            return true;
    }
    return QObject::eventFilter(watched, event);
}

}  // namespace storyreel
