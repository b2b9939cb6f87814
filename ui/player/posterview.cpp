#include "posterview.h"

#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QVBoxLayout>

namespace storyreel {

PosterView::PosterView(QWidget *parent) : QWidget(parent), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("playerPoster"));
    setMinimumSize(160, 90);
    m_message->setObjectName(QStringLiteral("playerMessage"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAccessibleDescription(tr("Shown in place of the picture"));
    // Light text on a dark plate: readable over any poster, in either theme.
    m_message->setStyleSheet(
        QStringLiteral("QLabel#playerMessage { color: #f2f2f2; "
                       "background: rgba(0, 0, 0, 170); border-radius: 8px; "
                       "padding: 12px 16px; }"));
    m_message->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addStretch(1);
    layout->addWidget(m_message, 0, Qt::AlignCenter);
    layout->addStretch(1);
}

void PosterView::setPoster(const QString &path)
{
    m_poster = path.isEmpty() ? QPixmap() : QPixmap(path);
    update();
}

void PosterView::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    setAccessibleDescription(message);
    fitMessage();
}

void PosterView::fitMessage()
{
    // A wrapped label in a layout gets its one-line width, not the width to wrap in: the plate
    // gets a fixed width, as wide as the text needs, at most a comfortable line length.
    const int available = qBound(120, width() - 48, 520);
    const int natural = m_message->fontMetrics().horizontalAdvance(m_message->text()) + 40;
    m_message->setFixedWidth(qMin(available, natural));
}

QString PosterView::message() const
{
    return m_message->text();
}

void PosterView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0x18, 0x18, 0x1b));
    if (m_poster.isNull()) {
        // The neutral card: a quiet frame where the picture will be.
        painter.setRenderHint(QPainter::Antialiasing);
        const int side = qMin(width(), height()) / 5;
        QRectF mark(0, 0, side * 1.4, side);
        mark.moveCenter(QRectF(rect()).center());
        painter.setPen(QPen(QColor(0x3a, 0x3a, 0x40), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(mark, 6, 6);
        QPolygonF play;
        const QPointF c = mark.center();
        const double r = side * 0.22;
        play << QPointF(c.x() - r * 0.8, c.y() - r) << QPointF(c.x() + r, c.y())
             << QPointF(c.x() - r * 0.8, c.y() + r);
        painter.setBrush(QColor(0x3a, 0x3a, 0x40));
        painter.setPen(Qt::NoPen);
        painter.drawPolygon(play);
        return;
    }
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const QSize fitted = m_poster.size().scaled(size(), Qt::KeepAspectRatio);
    QRect target(QPoint(0, 0), fitted);
    target.moveCenter(rect().center());
    painter.drawPixmap(target, m_poster);
}

void PosterView::resizeEvent(QResizeEvent *event)
{
    fitMessage();
    QWidget::resizeEvent(event);
}

void PosterView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        Q_EMIT doubleClicked();
    QWidget::mouseDoubleClickEvent(event);
}

}  // namespace storyreel
