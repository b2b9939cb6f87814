#include "mediamaker.h"

#include "emulatorhttp.h"
#include "exporter.h"
#include "exportpreset.h"
#include "storyboardrenderer.h"
#include "thumbnailer.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QFont>
#include <QImage>
#include <QPainter>

namespace storyreel::emulator {

namespace {
constexpr int kShortSide = 180;  // 320x180 at 16:9: small and quick to make
constexpr qint64 kClipMs = 2000;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
}  // namespace

MediaMaker::MediaMaker()
{
    if (!m_dir.isValid())
        qCWarning(lcEmulator) << "no temporary folder for media:" << m_dir.errorString();
}

Aspect MediaMaker::aspectOf(const QString &ratio)
{
    if (ratio == QLatin1String("9:16") || ratio == QLatin1String("3:4"))
        return Aspect::Portrait9x16;
    if (ratio == QLatin1String("1:1"))
        return Aspect::Square1x1;
    return Aspect::Landscape16x9;
}

QString MediaMaker::keyOf(const QString &text, Aspect aspect)
{
    const QByteArray digest = QCryptographicHash::hash((toText(aspect) + QLatin1Char('\n') + text).toUtf8(),
                                                       QCryptographicHash::Sha1);
    return QString::fromLatin1(digest.toHex().left(16));
}

QString MediaMaker::videoPath(const QString &text, Aspect aspect)
{
    const QString path = m_dir.filePath(keyOf(text, aspect) + QStringLiteral(".mp4"));
    if (QFile::exists(path))
        return path;
    RenderSettings settings;
    settings.aspect = aspect;
    settings.shortSide = kShortSide;
    settings.fps = 15;
    settings.crossfadeMs = 0;
    settings.speed = QStringLiteral("ultrafast");
    const QString title = text.isEmpty() ? QStringLiteral("Storyreel emulator") : text.left(120);
    const Result<RenderOutcome> made =
        renderStoryboard({RenderScene{QString(), title, kClipMs}}, settings, path);
    if (!made) {
        qCWarning(lcEmulator) << "could not make a video:" << made.error();
        return QString();
    }
    return path;
}

QByteArray MediaMaker::video(const QString &text, Aspect aspect)
{
    const QString key = QStringLiteral("video-") + keyOf(text, aspect);
    if (const auto found = m_cache.constFind(key); found != m_cache.cend())
        return *found;
    const QString path = videoPath(text, aspect);
    const QByteArray data = path.isEmpty() ? QByteArray() : readAll(path);
    if (!data.isEmpty())
        m_cache.insert(key, data);
    return data;
}

QByteArray MediaMaker::poster(const QString &text, Aspect aspect)
{
    const QString key = QStringLiteral("poster-") + keyOf(text, aspect);
    if (const auto found = m_cache.constFind(key); found != m_cache.cend())
        return *found;
    const QString path = videoPath(text, aspect);
    if (path.isEmpty())
        return {};
    const Result<QImage> frame = posterFrame(path, -1, 320);
    if (!frame) {
        qCWarning(lcEmulator) << "could not make a poster:" << frame.error();
        return {};
    }
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    frame->save(&buffer, "JPEG", 85);
    m_cache.insert(key, data);
    return data;
}

QByteArray MediaMaker::card(const QString &text)
{
    const QString key = QStringLiteral("card-") + keyOf(text, Aspect::Landscape16x9);
    if (const auto found = m_cache.constFind(key); found != m_cache.cend())
        return *found;
    // A plain painted card: looks, products and storyboard scenes need a real JPEG, not a video frame.
    QImage image(320, 180, QImage::Format_RGB32);
    const uint hue = qHash(text) % 360;
    image.fill(QColor::fromHsv(int(hue), 90, 170));
    QPainter painter(&image);
    painter.setPen(Qt::white);
    QFont font = painter.font();
    font.setPixelSize(16);
    painter.setFont(font);
    painter.drawText(image.rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap,
                     text.left(160));
    painter.end();
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 85);
    m_cache.insert(key, data);
    return data;
}

std::optional<MediaMaker::File> MediaMaker::exported(const QString &text, Aspect aspect,
                                                     const QString &format, const QString &quality)
{
    const std::optional<ExportPreset> preset = ExportPreset::parse(format, quality);
    if (!preset)
        return std::nullopt;
    const QByteArray type = preset->format == ExportPreset::Format::WebM ? QByteArrayLiteral("video/webm")
                            : preset->format == ExportPreset::Format::Mov
                                ? QByteArrayLiteral("video/quicktime")
                                : QByteArrayLiteral("video/mp4");
    const QString key = QStringLiteral("export-%1-%2").arg(keyOf(text, aspect), preset->key());
    if (const auto found = m_cache.constFind(key); found != m_cache.cend())
        return File{*found, type};
    const QString source = videoPath(text, aspect);
    if (source.isEmpty())
        return File{{}, type};
    const QString destination = m_dir.filePath(key + QLatin1Char('.') + preset->extension());
    const Result<ExportOutcome> outcome = exportVideo(source, *preset, destination);
    if (!outcome) {
        qCWarning(lcEmulator) << "could not export:" << outcome.error();
        return File{{}, type};
    }
    const QByteArray data = readAll(destination);
    m_cache.insert(key, data);
    return File{data, type};
}

}  // namespace storyreel::emulator
