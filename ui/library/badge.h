#pragma once

#include <QColor>
#include <QPoint>
#include <QRect>
#include <QString>

class QPainter;
class QFont;

namespace storyreel::badge {

// Paints a rounded pill with `text` whose top-left corner is `at`; returns the pill's rectangle so
// the next badge can go beside it. White or dark text is chosen for contrast with `fill`.
QRect paint(QPainter *painter, QPoint at, const QString &text, const QColor &fill, const QFont &font);
// The pill's size for this text and font, without painting.
QSize sizeOf(const QString &text, const QFont &font);

}  // namespace storyreel::badge
