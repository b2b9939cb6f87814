#include "lookcarddelegate.h"

#include "badge.h"
#include "looklistmodel.h"
#include "widgets/thumbnaildelegate.h"

#include <QPainter>
#include <QPainterPath>

namespace storyreel {
namespace {

constexpr int kPadding = 8;  // ThumbnailDelegate's: the picture starts this far below the top
constexpr int kInset = 6;

QColor visibilityColor(const QString &visibility)
{
    if (visibility == u"public")
        return QColor(0x0f, 0x76, 0x6e);
    if (visibility == u"shared")
        return QColor(0x6d, 0x28, 0xd9);
    return QColor(0x37, 0x41, 0x51);
}

void paintPlayMark(QPainter *painter, const QRect &area)
{
    const int size = 30;
    const QRectF circle(area.center().x() - size / 2.0, area.center().y() - size / 2.0, size, size);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0, 0, 0, 110));
    painter->drawEllipse(circle);
    QPainterPath triangle;
    triangle.moveTo(circle.left() + 11, circle.top() + 8);
    triangle.lineTo(circle.left() + 11, circle.bottom() - 8);
    triangle.lineTo(circle.right() - 8, circle.center().y());
    triangle.closeSubpath();
    painter->setBrush(QColor(255, 255, 255, 230));
    painter->drawPath(triangle);
    painter->restore();
}

}  // namespace

LookCardDelegate::LookCardDelegate(QSize thumbnailSize, QObject *parent)
    : QStyledItemDelegate(parent),
      m_thumbnailSize(thumbnailSize),
      m_card(new ThumbnailDelegate(thumbnailSize, Qt::DisplayRole, LookListModel::SubtitleRole, 1, this))
{}

void LookCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    m_card->paint(painter, option, index);
    const QRect picture(option.rect.left() + (option.rect.width() - m_thumbnailSize.width()) / 2,
                        option.rect.top() + kPadding, m_thumbnailSize.width(), m_thumbnailSize.height());
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    small.setBold(true);

    const QString visibility = index.data(LookListModel::VisibilityRole).toString();
    const auto parsed = fromText<Visibility>(visibility);
    badge::paint(painter, picture.topLeft() + QPoint(kInset, kInset),
                 parsed ? LookListModel::visibilityLabel(*parsed) : visibility, visibilityColor(visibility),
                 small);

    const int offline = index.data(LookListModel::OfflineRole).toInt();
    if (offline > 0) {
        const QString text = offline == 2 ? tr("Offline") : tr("Partly offline");
        const QSize size = badge::sizeOf(text, small);
        badge::paint(painter, QPoint(picture.right() - kInset - size.width(), picture.top() + kInset), text,
                     offline == 2 ? QColor(0x15, 0x80, 0x3d) : QColor(0xd9, 0x77, 0x06), small);
    }

    const int videos = index.data(LookListModel::VideoCountRole).toInt();
    if (videos > 0) {
        const QString text = tr("%n video(s)", nullptr, videos);
        const QSize size = badge::sizeOf(text, small);
        badge::paint(painter, QPoint(picture.left() + kInset, picture.bottom() - kInset - size.height()),
                     text, QColor(0, 0, 0, 150), small);
    }
    if (index.data(LookListModel::ShowsVideoRole).toBool())
        paintPlayMark(painter, picture);
}

QSize LookCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    return m_card->sizeHint(option, index);
}

}  // namespace storyreel
