#include "jobrowdelegate.h"

#include "jobtablemodel.h"
#include "jobtext.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionProgressBar>

namespace storyreel {
namespace {

QStyle *styleOf(const QStyleOptionViewItem &option)
{
    return option.widget ? option.widget->style() : QApplication::style();
}

// The cell's background and selection, without text: the badge or bar goes on top.
void paintBackground(QPainter *painter, const QStyleOptionViewItem &option)
{
    QStyleOptionViewItem base = option;
    base.text.clear();
    base.icon = {};
    styleOf(option)->drawControl(QStyle::CE_ItemViewItem, &base, painter, option.widget);
}

}  // namespace

JobRowDelegate::JobRowDelegate(int statusColumn, int kindColumn, int progressColumn, QObject *parent)
    : QStyledItemDelegate(parent),
      m_statusColumn(statusColumn),
      m_kindColumn(kindColumn),
      m_progressColumn(progressColumn)
{}

void JobRowDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    // The model shows the catalog's stable kind text; people read the translated label.
    if (index.column() == m_kindColumn)
        option->text = jobtext::kindLabel(JobKind(index.data(JobTableModel::KindRole).toInt()));
}

void JobRowDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    if (index.column() == m_statusColumn)
        paintBadge(painter, option, index);
    else if (index.column() == m_progressColumn)
        paintProgress(painter, option, index);
    else
        QStyledItemDelegate::paint(painter, option, index);
    paintBatchMarks(painter, option, index);
}

void JobRowDelegate::paintBadge(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    paintBackground(painter, item);
    const auto status = JobStatus(index.data(JobTableModel::StatusRole).toInt());
    const QString label = jobtext::statusLabel(status);
    QFont font = option.font;
    font.setPointSizeF(font.pointSizeF() * 0.9);
    font.setBold(true);
    const QFontMetrics metrics(font);
    const int height = qMin(option.rect.height() - 4, metrics.height() + 4);
    const int width = qMin(option.rect.width() - 12, metrics.horizontalAdvance(label) + 16);
    const QRect pill(option.rect.left() + 6, option.rect.center().y() - height / 2 + 1, width, height);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(jobtext::statusColor(status));
    painter->drawRoundedRect(pill, height / 2.0, height / 2.0);
    painter->setPen(Qt::white);
    painter->setFont(font);
    painter->drawText(pill, Qt::AlignCenter, metrics.elidedText(label, Qt::ElideRight, pill.width() - 8));
    painter->restore();
}

void JobRowDelegate::paintProgress(QPainter *painter, const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    paintBackground(painter, item);
    const auto status = JobStatus(index.data(JobTableModel::StatusRole).toInt());
    const double fraction = status == JobStatus::Succeeded
                                ? 1.0
                                : qBound(0.0, index.data(JobTableModel::ProgressRole).toDouble(), 1.0);
    QStyleOptionProgressBar bar;
    bar.initFrom(option.widget);
    bar.rect = option.rect.adjusted(4, 3, -4, -3);
    bar.palette = option.palette;
    bar.fontMetrics = option.fontMetrics;
    bar.minimum = 0;
    bar.maximum = 1000;
    bar.progress = qRound(fraction * 1000);
    bar.text = QStringLiteral("%1%").arg(qRound(fraction * 100));
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    bar.state = QStyle::State_Enabled | QStyle::State_Horizontal;
    if (status != JobStatus::Running)
        bar.state &= ~QStyle::State_Enabled;  // only running work looks "live"
    styleOf(option)->drawControl(QStyle::CE_ProgressBar, &bar, painter, option.widget);
}

void JobRowDelegate::paintBatchMarks(QPainter *painter, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    const QString batch = index.data(JobTableModel::BatchIdRole).toString();
    const QString previous =
        index.row() > 0
            ? index.sibling(index.row() - 1, index.column()).data(JobTableModel::BatchIdRole).toString()
            : QString();
    if (batch.isEmpty() && previous.isEmpty())
        return;
    QColor accent = option.palette.color(QPalette::Highlight);
    painter->save();
    if (batch != previous) {
        // A group starts (or one ended above): a rule across the whole row.
        accent.setAlphaF(0.8f);
        painter->fillRect(QRect(option.rect.left(), option.rect.top(), option.rect.width(), 2), accent);
    }
    if (!batch.isEmpty() && index.column() == 0) {
        accent.setAlphaF(0.9f);
        painter->fillRect(QRect(option.rect.left(), option.rect.top(), 3, option.rect.height()), accent);
    }
    painter->restore();
}

QSize JobRowDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(qMax(size.height(), option.fontMetrics.height() + 10));
    if (index.column() == m_progressColumn)
        size.setWidth(qMax(size.width(), 110));
    return size;
}

}  // namespace storyreel
