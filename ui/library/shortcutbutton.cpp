#include "shortcutbutton.h"

#include <QAction>
#include <QPushButton>

namespace storyreel {

QPushButton *addShortcutButton(QWidget *pane, const QString &text, const QString &objectName,
                               const QKeySequence &shortcut)
{
    auto *button = new QPushButton(text, pane);
    button->setObjectName(objectName);
    button->setAccessibleName(text);
    button->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove(QStringLiteral("…")),
                                                     shortcut.toString(QKeySequence::NativeText)));
    auto *action = new QAction(text, pane);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(action, &QAction::triggered, button, [button] {
        if (button->isEnabled() && button->isVisible())
            button->click();
    });
    pane->addAction(action);
    return button;
}

}  // namespace storyreel
