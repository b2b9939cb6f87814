#include "videorowdelegate.h"

#include "badge.h"
#include "lookvideosmodel.h"
#include "videoitem.h"
#include "videolistmodel.h"
#include "videotext.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDateTime>
#include <QHelpEvent>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace storyreel {
namespace {

constexpr int kMargin = 6;
constexpr int kGap = 10;

}  // namespace

VideoRowDelegate::VideoRowDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

void VideoRowDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    background.icon = QIcon();
    background.features &= ~QStyleOptionViewItem::HasDecoration;
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect poster(option.rect.left() + kMargin,
                       option.rect.top() + (option.rect.height() - kPosterSize.height()) / 2,
                       kPosterSize.width(), kPosterSize.height());
    const QImage image = qvariant_cast<QImage>(index.data(Qt::DecorationRole));
    QPainterPath clip;
    clip.addRoundedRect(poster, 5, 5);
    painter->setClipPath(clip);
    painter->fillRect(poster, QColor(0, 0, 0, 40));
    if (!image.isNull()) {
        const QSize fitted = image.size().scaled(poster.size(), Qt::KeepAspectRatio);
        painter->drawImage(QRect(poster.center() - QPoint(fitted.width() / 2, fitted.height() / 2), fitted),
                           image);
    }
    painter->setClipping(false);

    const bool selected = option.state & QStyle::State_Selected;
    const QColor text = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dim = text;
    dim.setAlphaF(0.72f);
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    QFont smallBold = small;
    smallBold.setBold(true);

    // The right-hand marks first, so the title knows how much room it has.
    const Marks marks = layoutMarks(option, index);
    if (!marks.isDefault.isEmpty())
        badge::paint(painter, marks.isDefault.topLeft(), tr("Default"), QColor(0xd9, 0x77, 0x06), smallBold);
    if (!marks.offline.isEmpty())
        badge::paint(painter, marks.offline.topLeft(), tr("Offline"), QColor(0x15, 0x80, 0x3d), smallBold);
    if (!marks.cloud.isEmpty()) {
        const auto cloud = CloudState(index.data(VideoListModel::CloudStateRole).toInt());
        badge::paint(painter, marks.cloud.topLeft(), videoitem::cloudLabel(cloud),
                     videotext::cloudColor(cloud), smallBold);
    }
    if (!marks.star.isEmpty()) {
        QFont starFont = option.font;
        starFont.setPointSizeF(starFont.pointSizeF() * 1.2);
        painter->setFont(starFont);
        painter->setPen(QColor(0xf5, 0x9e, 0x0b));
        painter->drawText(QPoint(marks.star.left(), marks.star.top() + QFontMetrics(starFont).ascent()),
                          QStringLiteral("★"));
    }
    const int right = marks.right;

    const int textLeft = poster.right() + kGap;
    QFont titleFont = option.font;
    titleFont.setBold(true);
    const QFontMetrics titleMetrics(titleFont);
    const int titleTop = option.rect.top() + kMargin + 2;
    QString title = index.data(Qt::DisplayRole).toString();
    if (title.isEmpty())
        title = tr("Untitled video");
    painter->setFont(titleFont);
    painter->setPen(text);
    painter->drawText(QRect(textLeft, titleTop, qMax(0, right - textLeft), titleMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      titleMetrics.elidedText(title, Qt::ElideRight, qMax(0, right - textLeft)));

    const int secondTop = titleTop + titleMetrics.height() + 4;
    int x = textLeft;
    if (const auto status = fromText<VideoStatus>(index.data(VideoListModel::StatusRole).toString())) {
        x = badge::paint(painter, QPoint(x, secondTop), videoitem::statusLabel(*status),
                         videotext::statusColor(*status), smallBold)
                .right() +
            8;
    }
    // The status is the badge; the line says what kind of video and how long.
    QStringList facts;
    if (const auto kind = fromText<VideoKind>(index.data(VideoListModel::KindRole).toString()))
        facts.append(videoitem::kindLabel(*kind));
    if (const qint64 ms = index.data(VideoListModel::DurationRole).toLongLong(); ms > 0)
        facts.append(videotext::duration(ms));
    const QString subtitle = facts.join(QStringLiteral(" · "));
    const QFontMetrics smallMetrics(small);
    painter->setFont(small);
    painter->setPen(dim);
    painter->drawText(
        QRect(x, secondTop, qMax(0, option.rect.right() - kMargin - x), smallMetrics.height() + 4),
        Qt::AlignLeft | Qt::AlignVCenter,
        smallMetrics.elidedText(subtitle, Qt::ElideRight, qMax(0, option.rect.right() - kMargin - x)));

    const QString prompt = index.data(VideoListModel::PromptRole).toString();
    if (!prompt.isEmpty() && prompt != title) {
        const int thirdTop = secondTop + smallMetrics.height() + 8;
        painter->drawText(QRect(textLeft, thirdTop, qMax(0, option.rect.right() - kMargin - textLeft),
                                smallMetrics.height()),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          smallMetrics.elidedText(prompt.simplified(), Qt::ElideRight,
                                                  qMax(0, option.rect.right() - kMargin - textLeft)));
    }
    painter->restore();
}

VideoRowDelegate::Marks VideoRowDelegate::layoutMarks(const QStyleOptionViewItem &option,
                                                      const QModelIndex &index)
{
    QFont smallBold = option.font;
    smallBold.setPointSizeF(smallBold.pointSizeF() * 0.85);
    smallBold.setBold(true);
    Marks marks;
    int right = option.rect.right() - kMargin;
    const int top = option.rect.top() + kMargin + 2;
    // Right to left: each mark takes its width and a gap.
    auto place = [&right, top](QSize size) {
        right -= size.width();
        const QRect at(QPoint(right, top), size);
        right -= 6;
        return at;
    };
    if (index.data(LookVideosModel::IsDefaultRole).toBool())
        marks.isDefault = place(badge::sizeOf(tr("Default"), smallBold));
    if (index.data(VideoListModel::OfflineRole).toBool())
        marks.offline = place(badge::sizeOf(tr("Offline"), smallBold));
    const auto cloud = CloudState(index.data(VideoListModel::CloudStateRole).toInt());
    if (const QString label = videoitem::cloudLabel(cloud); !label.isEmpty())
        marks.cloud = place(badge::sizeOf(label, smallBold));
    if (index.data(VideoListModel::FavoriteRole).toBool()) {
        QFont starFont = option.font;
        starFont.setPointSizeF(starFont.pointSizeF() * 1.2);
        const QFontMetrics metrics(starFont);
        marks.star = place(QSize(metrics.horizontalAdvance(QStringLiteral("★")), metrics.height()));
    }
    marks.right = right;
    return marks;
}

bool VideoRowDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                 const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::ToolTip && index.isValid()) {
        const Marks marks = layoutMarks(option, index);
        QString text;
        QRect mark;
        if (marks.cloud.contains(event->pos())) {
            text =
                videotext::cloudDescription(CloudState(index.data(VideoListModel::CloudStateRole).toInt()));
            mark = marks.cloud;
        } else if (marks.offline.contains(event->pos())) {
            text = tr("On this computer: plays with no network.");
            mark = marks.offline;
        } else if (marks.isDefault.contains(event->pos())) {
            text = tr("The look's default video: the storefront shows it once it is ready.");
            mark = marks.isDefault;
        }
        if (!text.isEmpty()) {
            // The event's position is the viewport's, like the item's rectangle.
            QToolTip::showText(event->globalPos(), text, view->viewport(), mark);
            return true;
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

QSize VideoRowDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return {kPosterSize.width() + 320,
            qMax(kPosterSize.height() + 2 * kMargin, 3 * QFontMetrics(option.font).height() + 22)};
}

}  // namespace storyreel
