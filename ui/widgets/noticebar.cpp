#include "noticebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QToolButton>

namespace storyreel {
namespace {

QString kindText(NoticeBar::Kind kind)
{
    switch (kind) {
        case NoticeBar::Kind::Information:
            return NoticeBar::tr("Information");
        case NoticeBar::Kind::Positive:
            return NoticeBar::tr("Done");
        case NoticeBar::Kind::Warning:
            return NoticeBar::tr("Warning");
        case NoticeBar::Kind::Error:
            return NoticeBar::tr("Error");
    }
    return {};
}

QColor colorOf(NoticeBar::Kind kind)
{
    switch (kind) {
        case NoticeBar::Kind::Information:
            return QColor(0x25, 0x63, 0xeb);
        case NoticeBar::Kind::Positive:
            return QColor(0x15, 0x80, 0x3d);
        case NoticeBar::Kind::Warning:
            return QColor(0xd9, 0x77, 0x06);
        case NoticeBar::Kind::Error:
            return QColor(0xb9, 0x1c, 0x1c);
    }
    return {};
}

}  // namespace

NoticeBar::NoticeBar(QWidget *parent)
    : QWidget(parent), m_text(new QLabel(this)), m_actions(new QHBoxLayout), m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("noticeBar"));
    m_text->setObjectName(QStringLiteral("noticeText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setText(QStringLiteral("✕"));
    m_close->setAutoRaise(true);
    m_close->setAccessibleName(tr("Close message"));
    m_close->setToolTip(tr("Close message"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_text, 1);
    layout->addLayout(m_actions);
    layout->addWidget(m_close);
    m_autoHide.setSingleShot(true);
    m_autoHide.setInterval(8000);
    connect(&m_autoHide, &QTimer::timeout, this, &NoticeBar::dismiss);
    connect(m_close, &QToolButton::clicked, this, &NoticeBar::dismiss);
    setVisible(false);
}

void NoticeBar::show(Kind kind, const QString &text)
{
    while (QLayoutItem *item = m_actions->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_kind = kind;
    update();
    m_text->setText(text);
    // Colour alone says what kind of message it is: a screen reader says it in words.
    m_text->setAccessibleDescription(kindText(kind));
    setAccessibleDescription(text);
    setVisible(true);
    if (kind == Kind::Information || kind == Kind::Positive)
        m_autoHide.start();
    else
        m_autoHide.stop();
}

QToolButton *NoticeBar::addAction(const QString &text, const std::function<void()> &onClick)
{
    auto *button = new QToolButton(this);
    button->setText(text);
    button->setAccessibleName(text);
    button->setAccessibleDescription(m_text->text());  // what the action answers
    // Made after everything else: Tab reaches it before the bar's close button, not at the window's end.
    QWidget *before = m_close->previousInFocusChain();
    while (before != m_close && !(before->focusPolicy() & Qt::TabFocus))
        before = before->previousInFocusChain();
    if (before != m_close) {
        QWidget::setTabOrder(before, button);
        QWidget::setTabOrder(button, m_close);
    }
    connect(button, &QToolButton::clicked, this, [onClick] { onClick(); });
    m_actions->addWidget(button);
    return button;
}

void NoticeBar::dismiss()
{
    m_autoHide.stop();
    setVisible(false);
}

void NoticeBar::paintEvent(QPaintEvent *)
{
    // Painted rather than styled: a style sheet would need the object name, which owners change.
    const QColor color = colorOf(m_kind);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QColor fill = color;
    fill.setAlpha(38);
    QColor border = color;
    border.setAlpha(150);
    painter.setPen(QPen(border, 1));
    painter.setBrush(fill);
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
}

QString NoticeBar::text() const
{
    return m_text->text();
}

}  // namespace storyreel
