#include "focusring.h"

#include <QPainter>
#include <QPalette>
#include <QStyleOptionViewItem>

namespace storyreel::focusring {

QColor color(const QPalette &palette)
{
    const QColor highlight = palette.color(QPalette::Active, QPalette::Highlight);
    const bool darkWindow = palette.color(QPalette::Window).lightness() < 128;
    return darkWindow ? highlight.lighter(140) : highlight.darker(140);
}

void paint(QPainter *painter, const QRectF &rect, const QColor &color, qreal radius)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(color, kWidth));
    const qreal half = kWidth / 2.0;
    painter->drawRoundedRect(rect.adjusted(half, half, -half, -half), radius, radius);
    painter->restore();
}

bool isFocusedItem(const QStyleOptionViewItem &option)
{
    return option.state & QStyle::State_HasFocus;
}

}  // namespace storyreel::focusring
