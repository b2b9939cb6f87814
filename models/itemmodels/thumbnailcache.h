#pragma once

#include <QCache>
#include <QImage>
#include <QSize>
#include <QString>

namespace storyreel {

// Scaled images for list views, decoded once at the size shown (QImageReader scales while decoding,
// so a 1080p PNG never sits in memory at full size). Paths are relative to the data folder.
class ThumbnailCache final
{
public:
    ThumbnailCache(QString dataRoot, QSize size, int maxEntries = 512);

    // The image scaled to fit size(), or a null image when it cannot be read.
    QImage image(const QString &relativePath) const;
    // A card for an item that has no image yet: a soft gradient with the given text on it.
    QImage card(const QString &text, int seed) const;
    QSize size() const { return m_size; }

private:
    QString m_dataRoot;
    QSize m_size;
    mutable QCache<QString, QImage> m_cache;
};

}  // namespace storyreel
