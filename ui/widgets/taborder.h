#pragma once

#include <QList>

class QToolBar;
class QWidget;

// Tab order in reading order. Qt's default follows creation order, which a pane built in pieces (or
// a panel added later) scrambles; panes put their controls in order with these.
namespace storyreel::taborder {

// The controls inside `container` that Tab reaches, in their present Tab order.
QList<QWidget *> controlsIn(QWidget *container);
// Puts `widgets` one after the other in the Tab chain, in this order (null ones are skipped).
void chain(const QList<QWidget *> &widgets);
// Toolbar buttons take no focus in Qt; these take Tab focus so every action has a keyboard path.
void makeReachable(QToolBar *toolBar);

}  // namespace storyreel::taborder
