#include "shortcutbutton.h"

#include "shortcuts/shortcutregistry.h"

#include <QAction>
#include <QPushButton>

namespace storyreel {

QPushButton *addShortcutButton(QWidget *pane, const QString &text, const QString &objectName,
                               const QString &shortcutId)
{
    auto *button = new QPushButton(text, pane);
    button->setObjectName(objectName);
    button->setAccessibleName(text);
    ShortcutRegistry &shortcuts = ShortcutRegistry::instance();
    shortcuts.bindToolTip(button, shortcutId, QString(text).remove(QStringLiteral("…")));
    auto *action = new QAction(text, pane);
    action->setObjectName(objectName + QStringLiteral("Action"));
    shortcuts.bind(action, shortcutId);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(action, &QAction::triggered, button, [button] {
        if (button->isEnabled() && button->isVisible())
            button->click();
    });
    pane->addAction(action);
    return button;
}

}  // namespace storyreel
