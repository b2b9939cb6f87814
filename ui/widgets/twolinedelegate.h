#pragma once

#include <QStyledItemDelegate>

namespace storyreel {

// Draws a list row as a bold title (DisplayRole) over a dimmer subtitle (the given role).
class TwoLineDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    TwoLineDelegate(int subtitleRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_subtitleRole;
};

}  // namespace storyreel
