#pragma once

#include <QStyledItemDelegate>

namespace storyreel {

// A video in a list: its poster, title, a status badge with kind, length and date, and on the right
// the marks that matter when choosing: Default, favourite star, offline. Works on VideoListModel and
// LookVideosModel (same roles; IsDefaultRole only in the latter).
class VideoRowDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit VideoRowDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static constexpr QSize kPosterSize{112, 63};
};

}  // namespace storyreel
