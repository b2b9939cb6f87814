#include "thumbnailcache.h"

#include <QDir>
#include <QFont>
#include <QImageReader>
#include <QLinearGradient>
#include <QPainter>

namespace storyreel {

ThumbnailCache::ThumbnailCache(QString dataRoot, QSize size, int maxEntries)
    : m_dataRoot(std::move(dataRoot)), m_size(size), m_cache(maxEntries)
{}

QImage ThumbnailCache::image(const QString &relativePath) const
{
    if (relativePath.isEmpty())
        return {};
    if (const QImage *cached = m_cache.object(relativePath))
        return *cached;
    QImageReader reader(QDir(m_dataRoot).filePath(relativePath));
    reader.setAutoTransform(true);
    const QSize original = reader.size();
    if (original.isValid())
        reader.setScaledSize(original.scaled(m_size, Qt::KeepAspectRatio));
    QImage decoded = reader.read();
    if (decoded.isNull())
        return {};
    m_cache.insert(relativePath, new QImage(decoded));
    return decoded;
}

QImage ThumbnailCache::card(const QString &text, int seed) const
{
    // Painted once per item: views ask for it again on every repaint. The key cannot be a path.
    const QString key = QStringLiteral("\x01card/%1/%2").arg(seed).arg(text);
    if (const QImage *cached = m_cache.object(key))
        return *cached;
    // Hues spread by the golden angle so neighbouring cards differ.
    const int hue = (seed * 137) % 360;
    QImage image(m_size, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QLinearGradient gradient(0, 0, m_size.width(), m_size.height());
    gradient.setColorAt(0, QColor::fromHsl(hue, 90, 70));
    gradient.setColorAt(1, QColor::fromHsl((hue + 40) % 360, 110, 35));
    painter.fillRect(image.rect(), gradient);
    QFont font = painter.font();
    font.setPixelSize(qMax(10, m_size.height() / 9));
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(Qt::white);
    const int margin = m_size.width() / 12;
    painter.drawText(image.rect().adjusted(margin, margin, -margin, -margin),
                     Qt::AlignCenter | Qt::TextWordWrap, text);
    painter.end();
    m_cache.insert(key, new QImage(image));
    return image;
}

}  // namespace storyreel
