#pragma once

#include <QStyledItemDelegate>

namespace storyreel {

// Paints a row of the job table: the Status column as a coloured rounded badge, the Progress column as
// the style's progress bar, the Kind column with its translated label, the rest as usual. Jobs of one batch
// get an accent stripe on their left and a rule above the batch's first row, so a batch reads as one group in
// the flat table.
class JobRowDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // The model's columns to paint specially; the model provides JobTableModel's StatusRole, KindRole,
    // ProgressRole and BatchIdRole.
    JobRowDelegate(int statusColumn, int kindColumn, int progressColumn, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    void paintBadge(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintProgress(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintBatchMarks(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const;

    int m_statusColumn;
    int m_kindColumn;
    int m_progressColumn;
};

}  // namespace storyreel
