#pragma once

#include <QColor>
#include <QRectF>

class QPainter;
class QPalette;
class QStyleOptionViewItem;

// The one look of keyboard focus: a solid ring, drawn by the style around focused widgets and by the
// custom-painted delegates around the current item, in light and dark themes alike.
namespace storyreel::focusring {

constexpr int kWidth = 2;

// Darker than the highlight on light windows and lighter on dark ones: it stands out from the
// window and from the highlight-tinted selection (at least 3:1 against both backgrounds).
QColor color(const QPalette &palette);
// A kWidth ring just inside `rect`.
void paint(QPainter *painter, const QRectF &rect, const QColor &color, qreal radius = 4.0);
// The current item of a view that has focus (what the ring marks in a list or grid).
bool isFocusedItem(const QStyleOptionViewItem &option);

}  // namespace storyreel::focusring
