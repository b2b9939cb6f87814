#include "dialogbuttons.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QPushButton>

namespace storyreel {

void describeStandardButtons(QDialogButtonBox *buttons)
{
    const struct
    {
        QDialogButtonBox::StandardButton which;
        const char *description;
    } standard[] = {
        {QDialogButtonBox::Close, QT_TRANSLATE_NOOP("DialogButtons", "Close this window (Esc)")},
        {QDialogButtonBox::Cancel,
         QT_TRANSLATE_NOOP("DialogButtons", "Close without making any change (Esc)")},
    };
    for (const auto &entry : standard) {
        QPushButton *button = buttons->button(entry.which);
        if (button && button->toolTip().isEmpty())
            button->setToolTip(QCoreApplication::translate("DialogButtons", entry.description));
    }
}

}  // namespace storyreel
