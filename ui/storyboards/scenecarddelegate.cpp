#include "scenecarddelegate.h"

#include "storyboarddocument.h"
#include "widgets/focusring.h"
#include "widgets/wrappedtext.h"

#include <QImage>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

namespace storyreel {
namespace {

constexpr int kPadding = 8;
constexpr QSize kGridThumb(224, 126);
constexpr QSize kListThumb(160, 90);
constexpr int kGridTextLines = 4;  // 2 description + 2 prompt

int drawLines(QPainter *painter, const QStringList &lines, const QFont &font, QRect area)
{
    painter->setFont(font);
    const int height = QFontMetrics(font).height();
    int y = area.top();
    for (const QString &line : lines) {
        painter->drawText(QRect(area.left(), y, area.width(), height), Qt::AlignLeft | Qt::AlignVCenter,
                          line);
        y += height;
    }
    return y;
}

}  // namespace

SceneCardDelegate::SceneCardDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

void SceneCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    Scene scene;
    if (m_document && index.row() < m_document->sceneCount())
        scene = m_document->scenes().at(index.row());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    // Inset by the focus ring's width and a gap: the ring goes round the card, apart from its border.
    const qreal inset = focusring::kWidth + 2;
    const QRectF card = QRectF(option.rect).adjusted(inset, inset, -inset, -inset);
    const bool selected = option.state & QStyle::State_Selected;
    QColor fill = option.palette.color(selected ? QPalette::Highlight : QPalette::Base);
    fill.setAlphaF(selected ? 0.22f : 1.0f);
    painter->setBrush(fill);
    QColor border = option.palette.color(selected ? QPalette::Highlight : QPalette::Mid);
    painter->setPen(QPen(border, selected ? 2 : 1));
    painter->drawRoundedRect(card, 8, 8);
    if (focusring::isFocusedItem(option))
        focusring::paint(painter, option.rect, focusring::color(option.palette), 10);

    const QSize thumb = m_list ? kListThumb : kGridThumb;
    const QRect imageArea = m_list ? QRect(option.rect.left() + kPadding,
                                           option.rect.top() + (option.rect.height() - thumb.height()) / 2,
                                           thumb.width(), thumb.height())
                                   : QRect(option.rect.left() + (option.rect.width() - thumb.width()) / 2,
                                           option.rect.top() + kPadding, thumb.width(), thumb.height());
    const QImage image = qvariant_cast<QImage>(index.data(Qt::DecorationRole));
    QPainterPath clip;
    clip.addRoundedRect(imageArea, 6, 6);
    painter->setClipPath(clip);
    painter->fillRect(imageArea, option.palette.color(QPalette::AlternateBase));
    if (!image.isNull()) {
        const QSize fitted = image.size().scaled(imageArea.size(), Qt::KeepAspectRatio);
        painter->drawImage(
            QRect(imageArea.center() - QPoint(fitted.width() / 2, fitted.height() / 2), fitted), image);
    }
    painter->setClipping(false);

    const QRect text = m_list ? QRect(imageArea.right() + 2 * kPadding, option.rect.top() + kPadding,
                                      option.rect.right() - imageArea.right() - 3 * kPadding,
                                      option.rect.height() - 2 * kPadding)
                              : QRect(option.rect.left() + 2 * kPadding, imageArea.bottom() + kPadding,
                                      option.rect.width() - 4 * kPadding,
                                      option.rect.bottom() - imageArea.bottom() - 2 * kPadding);
    QFont bold = option.font;
    bold.setBold(true);
    QFont italic = option.font;
    italic.setItalic(true);
    const QColor ink = option.palette.color(QPalette::Text);
    QColor dim = ink;
    dim.setAlphaF(0.65f);
    const QString caption = tr("Scene %1 · %2 s")
                                .arg(index.row() + 1)
                                .arg(QString::number(double(scene.durationMs) / 1000.0, 'f', 1));
    painter->setPen(ink);
    int y = drawLines(painter, {QFontMetrics(bold).elidedText(caption, Qt::ElideRight, text.width())}, bold,
                      text);
    const QString description = scene.description.isEmpty() ? tr("(no description)") : scene.description;
    y = drawLines(painter, wrappedLines(description, option.font, text.width(), m_list ? 3 : 2), option.font,
                  QRect(text.left(), y + 2, text.width(), text.height()));
    painter->setPen(dim);
    const QString prompt =
        scene.imagePrompt.isEmpty() ? tr("No image prompt") : tr("Prompt: %1").arg(scene.imagePrompt);
    drawLines(painter, wrappedLines(prompt, italic, text.width(), 2), italic,
              QRect(text.left(), y + 2, text.width(), text.height()));
    painter->restore();
}

QSize SceneCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int line = QFontMetrics(option.font).height();
    if (m_list)
        return {600, kListThumb.height() + 2 * kPadding + 4};
    return {kGridThumb.width() + 2 * kPadding + 8,
            kGridThumb.height() + 3 * kPadding + line * (kGridTextLines + 1) + 8};
}

QWidget *SceneCardDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                         const QModelIndex &) const
{
    auto *editor = new QLineEdit(parent);
    editor->setAccessibleName(tr("Scene description"));
    return editor;
}

void SceneCardDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                             const QModelIndex &) const
{
    // Where paint() puts the description: under the caption line, beside (list) or below (grid) the
    // picture.
    QFont bold = option.font;
    bold.setBold(true);
    const int top =
        m_list ? option.rect.top() + kPadding : option.rect.top() + kPadding + kGridThumb.height() + kPadding;
    const int left = m_list ? option.rect.left() + kPadding + kListThumb.width() + 2 * kPadding
                            : option.rect.left() + 2 * kPadding;
    const int right = option.rect.right() - 2 * kPadding;
    const int height = QFontMetrics(option.font).height() * 2 + 6;
    editor->setGeometry(QRect(left, top + QFontMetrics(bold).height() + 2, right - left, height));
}

}  // namespace storyreel
