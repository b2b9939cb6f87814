#include "focusstyle.h"

#include "widgets/focusring.h"

#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

namespace storyreel {

FocusStyle::FocusStyle() : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion"))) {}

void FocusStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                               const QWidget *widget) const
{
    // An item view's current item (the style's own item painting asks for this when the view has
    // focus). On a selected row the highlight is behind it: the ring takes the highlighted text's colour.
    if (element == PE_FrameFocusRect && (option->state & State_Item)) {
        const QColor color = option->state & State_Selected
                                 ? option->palette.color(QPalette::Active, QPalette::HighlightedText)
                                 : focusring::color(option->palette);
        focusring::paint(painter, option->rect, color, 3.0);
        return;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
}

void FocusStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                             const QWidget *widget) const
{
    // The focus frame's band just outside the focused widget (its mask keeps the inside clear).
    if (element == CE_FocusFrame) {
        focusring::paint(painter, option->rect, focusring::color(option->palette), 4.0);
        return;
    }
    QProxyStyle::drawControl(element, option, painter, widget);
}

int FocusStyle::styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                          QStyleHintReturn *returnData) const
{
    // Above the widget's neighbours, so a widget at the edge of its pane keeps its whole ring.
    if (hint == SH_FocusFrame_AboveWidget)
        return 1;
    return QProxyStyle::styleHint(hint, option, widget, returnData);
}

}  // namespace storyreel
