#include "twolinedelegate.h"

#include <QApplication>
#include <QPainter>

namespace storyreel {

TwoLineDelegate::TwoLineDelegate(int subtitleRole, QObject *parent)
    : QStyledItemDelegate(parent), m_subtitleRole(subtitleRole)
{}

void TwoLineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem base = option;
    initStyleOption(&base, index);
    base.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &base, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
    const QRect area = option.rect.adjusted(12, 6, -12, -6);
    QFont titleFont = option.font;
    titleFont.setBold(true);
    const QFontMetrics titleMetrics(titleFont);

    painter->save();
    painter->setFont(titleFont);
    painter->setPen(option.palette.color(QPalette::Active, textRole));
    const QString title =
        titleMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, area.width());
    painter->drawText(area, Qt::AlignLeft | Qt::AlignTop, title);
    QColor subtitleColor = option.palette.color(QPalette::Active, textRole);
    subtitleColor.setAlphaF(0.65f);
    painter->setPen(subtitleColor);
    painter->setFont(option.font);
    const QString subtitle =
        QFontMetrics(option.font)
            .elidedText(index.data(m_subtitleRole).toString(), Qt::ElideRight, area.width());
    painter->drawText(area.adjusted(0, titleMetrics.height() + 2, 0, 0), Qt::AlignLeft | Qt::AlignTop,
                      subtitle);
    painter->restore();
}

QSize TwoLineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int lineHeight = QFontMetrics(option.font).height();
    return {200, 2 * lineHeight + 16};
}

}  // namespace storyreel
