#pragma once

#include <QStyledItemDelegate>

namespace storyreel {

// A video in a list: its poster, title, a status badge with kind, length and date, and on the right
// the marks that matter when choosing: Default, offline, the cloud state (none for a video on this
// computer only, to keep rows calm), favourite star. The offline and cloud marks explain themselves in
// a tooltip. Works on VideoListModel and LookVideosModel (same roles; IsDefaultRole only in the latter).
class VideoRowDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit VideoRowDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    static constexpr QSize kPosterSize{112, 63};

private:
    // Where the right-hand marks go in a row (an empty rectangle for a mark the video does not have),
    // and where the title must stop.
    struct Marks
    {
        QRect isDefault;
        QRect offline;
        QRect cloud;
        QRect star;
        int right = 0;
    };
    static Marks layoutMarks(const QStyleOptionViewItem &option, const QModelIndex &index);
};

}  // namespace storyreel
