#include "badge.h"

#include <QFontMetrics>
#include <QPainter>

namespace storyreel::badge {
namespace {

constexpr int kHorizontalPadding = 7;
constexpr int kVerticalPadding = 2;

}  // namespace

QSize sizeOf(const QString &text, const QFont &font)
{
    const QFontMetrics metrics(font);
    return {metrics.horizontalAdvance(text) + 2 * kHorizontalPadding,
            metrics.height() + 2 * kVerticalPadding};
}

QRect paint(QPainter *painter, QPoint at, const QString &text, const QColor &fill, const QFont &font)
{
    const QRect pill(at, sizeOf(text, font));
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
    // Relative luminance decides the text colour, so light badges (amber) stay readable.
    const double luminance = 0.2126 * fill.redF() + 0.7152 * fill.greenF() + 0.0722 * fill.blueF();
    painter->setPen(luminance > 0.6 ? QColor(0x20, 0x20, 0x20) : QColor(Qt::white));
    painter->setFont(font);
    painter->drawText(pill, Qt::AlignCenter, text);
    painter->restore();
    return pill;
}

}  // namespace storyreel::badge
