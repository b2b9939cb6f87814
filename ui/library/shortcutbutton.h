#pragma once

#include <QKeySequence>
#include <QString>

class QPushButton;
class QWidget;

namespace storyreel {

// A push button for a pane's action, with its key working while focus is anywhere in `pane` (not in
// the whole window: the Looks and All Videos panes reuse keys such as Ctrl+L). The tooltip names it.
QPushButton *addShortcutButton(QWidget *pane, const QString &text, const QString &objectName,
                               const QKeySequence &shortcut);

}  // namespace storyreel
