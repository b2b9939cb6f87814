#pragma once

#include <QStyledItemDelegate>

namespace storyreel {

// A grid card: the item's image (DecorationRole) drawn untouched, a title and a dimmer wrapped
// subtitle under it, and a frame in the highlight colour when selected. Qt's own icon mode would
// tint the whole picture with the selection colour, which misrepresents photos and artwork.
class ThumbnailDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    ThumbnailDelegate(QSize thumbnailSize, int titleRole, int subtitleRole, int subtitleLines,
                      QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QSize m_thumbnailSize;
    int m_titleRole;
    int m_subtitleRole;
    int m_subtitleLines;
};

}  // namespace storyreel
