#include "taborder.h"

#include <QAction>
#include <QToolBar>
#include <QWidget>

namespace storyreel::taborder {

QList<QWidget *> controlsIn(QWidget *container)
{
    QList<QWidget *> controls;
    // The chain is the window's: walk all of it, keep what lies inside the container.
    QWidget *window = container->window();
    for (QWidget *widget = window->nextInFocusChain(); widget && widget != window;
         widget = widget->nextInFocusChain()) {
        if (container->isAncestorOf(widget) && (widget->focusPolicy() & Qt::TabFocus) &&
            !widget->focusProxy())
            controls.append(widget);
    }
    return controls;
}

void chain(const QList<QWidget *> &widgets)
{
    QWidget *previous = nullptr;
    for (QWidget *widget : widgets) {
        if (!widget)
            continue;
        if (previous)
            QWidget::setTabOrder(previous, widget);
        previous = widget;
    }
}

void makeReachable(QToolBar *toolBar)
{
    for (QAction *action : toolBar->actions()) {
        if (QWidget *button = toolBar->widgetForAction(action); button && !action->isSeparator())
            button->setFocusPolicy(Qt::TabFocus);
    }
}

}  // namespace storyreel::taborder
