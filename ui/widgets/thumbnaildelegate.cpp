#include "thumbnaildelegate.h"

#include "widgets/focusring.h"
#include "widgets/wrappedtext.h"

#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

namespace storyreel {
namespace {

constexpr int kPadding = 8;
constexpr int kRadius = 8;

}  // namespace

ThumbnailDelegate::ThumbnailDelegate(QSize thumbnailSize, int titleRole, int subtitleRole, int subtitleLines,
                                     QObject *parent)
    : QStyledItemDelegate(parent),
      m_thumbnailSize(thumbnailSize),
      m_titleRole(titleRole),
      m_subtitleRole(subtitleRole),
      m_subtitleLines(subtitleLines)
{}

void ThumbnailDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    // Inset by the focus ring's width and a gap: the ring goes round the card, apart from its frame.
    const qreal inset = focusring::kWidth + 2;
    const QRectF card = QRectF(option.rect).adjusted(inset, inset, -inset, -inset);
    const bool selected = option.state & QStyle::State_Selected;
    const bool hovered = option.state & QStyle::State_MouseOver;
    if (selected || hovered) {
        QColor fill = option.palette.color(QPalette::Highlight);
        fill.setAlphaF(selected ? 0.18f : 0.08f);
        painter->setBrush(fill);
        painter->setPen(selected ? QPen(option.palette.color(QPalette::Highlight), 2) : Qt::NoPen);
        painter->drawRoundedRect(card, kRadius, kRadius);
    }
    if (focusring::isFocusedItem(option))
        focusring::paint(painter, option.rect, focusring::color(option.palette), kRadius + 2);

    const QRect imageArea(option.rect.left() + (option.rect.width() - m_thumbnailSize.width()) / 2,
                          option.rect.top() + kPadding, m_thumbnailSize.width(), m_thumbnailSize.height());
    const QImage image = qvariant_cast<QImage>(index.data(Qt::DecorationRole));
    if (!image.isNull()) {
        const QSize fitted = image.size().scaled(imageArea.size(), Qt::KeepAspectRatio);
        const QRect target(imageArea.center() - QPoint(fitted.width() / 2, fitted.height() / 2), fitted);
        QPainterPath clip;
        clip.addRoundedRect(target, 6, 6);
        painter->setClipPath(clip);
        painter->drawImage(target, image);
        painter->setClipping(false);
    }

    const QPalette::ColorRole textRole = QPalette::Text;
    const int textWidth = option.rect.width() - 2 * kPadding;
    int y = imageArea.bottom() + kPadding;
    QFont titleFont = option.font;
    titleFont.setBold(true);
    const QFontMetrics titleMetrics(titleFont);
    painter->setFont(titleFont);
    painter->setPen(option.palette.color(textRole));
    const QString title =
        titleMetrics.elidedText(index.data(m_titleRole).toString(), Qt::ElideRight, textWidth);
    painter->drawText(QRect(option.rect.left() + kPadding, y, textWidth, titleMetrics.height()),
                      Qt::AlignHCenter, title);
    y += titleMetrics.height() + 2;

    QColor dim = option.palette.color(textRole);
    dim.setAlphaF(0.7f);
    painter->setPen(dim);
    painter->setFont(option.font);
    const QFontMetrics metrics(option.font);
    for (const QString &line :
         wrappedLines(index.data(m_subtitleRole).toString(), option.font, textWidth, m_subtitleLines)) {
        painter->drawText(QRect(option.rect.left() + kPadding, y, textWidth, metrics.height()),
                          Qt::AlignHCenter, line);
        y += metrics.height();
    }
    painter->restore();
}

QSize ThumbnailDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    QFont titleFont = option.font;
    titleFont.setBold(true);
    const int textHeight =
        QFontMetrics(titleFont).height() + 2 + m_subtitleLines * QFontMetrics(option.font).height();
    return {m_thumbnailSize.width() + 2 * kPadding + 8, m_thumbnailSize.height() + 3 * kPadding + textHeight};
}

}  // namespace storyreel
