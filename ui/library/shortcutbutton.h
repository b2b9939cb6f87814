#pragma once

#include <QString>

class QPushButton;
class QWidget;

namespace storyreel {

// A push button for a pane's action, with its key working while focus is anywhere in `pane` (not in
// the whole window: the Looks and All Videos panes reuse keys such as Ctrl+L). The key is the one the
// user has for the command `shortcutId` (ShortcutRegistry); the tooltip names it.
QPushButton *addShortcutButton(QWidget *pane, const QString &text, const QString &objectName,
                               const QString &shortcutId);

}  // namespace storyreel
