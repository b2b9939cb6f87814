#pragma once

#include <QStyledItemDelegate>

namespace storyreel {

class ThumbnailDelegate;

// A look in the grid: the card of ThumbnailDelegate (poster by the display rule, title, subtitle)
// with badges over the picture: visibility, offline state, the number of videos, and a play mark when
// the poster is the look's default video rather than its image.
class LookCardDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    LookCardDelegate(QSize thumbnailSize, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QSize m_thumbnailSize;
    ThumbnailDelegate *m_card;
};

}  // namespace storyreel
