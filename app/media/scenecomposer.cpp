#include "scenecomposer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

#include <algorithm>
#include <cmath>
#include <cstring>

extern "C" {
#include <libavutil/frame.h>
#include <libswscale/swscale.h>
}

namespace storyreel {
namespace {

// BT.709, limited range, from 8-bit RGB: what the encoder is told the video uses.
inline uint8_t lumaOf(int r, int g, int b)
{
    return uint8_t(16.5 + (46.559 * r + 156.629 * g + 15.812 * b) / 255.0);
}
inline uint8_t cbOf(int r, int g, int b)
{
    return uint8_t(128.5 + (-25.664 * r - 86.336 * g + 112.0 * b) / 255.0);
}
inline uint8_t crOf(int r, int g, int b)
{
    return uint8_t(128.5 + (112.0 * r - 101.730 * g - 10.270 * b) / 255.0);
}

// Decodes the still straight to about the size needed (JPEG decodes at reduced scale), then
// cover-crops it to exactly `size`.
Result<QImage> loadCovering(const QString &path, QSize size)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize original = reader.size();
    if (!original.isValid()) {
        return Failure{SceneComposer::tr("the image %1 cannot be read: %2")
                           .arg(QDir::toNativeSeparators(path), reader.errorString()),
                       FailureKind::BadInput};
    }
    const double scale =
        std::max(double(size.width()) / original.width(), double(size.height()) / original.height());
    const QSize scaled(std::max(size.width(), int(std::ceil(original.width() * scale))),
                       std::max(size.height(), int(std::ceil(original.height() * scale))));
    if (scale < 1.0)
        reader.setScaledSize(scaled);
    QImage image = reader.read();
    if (image.isNull()) {
        return Failure{SceneComposer::tr("the image %1 cannot be read: %2")
                           .arg(QDir::toNativeSeparators(path), reader.errorString()),
                       FailureKind::BadInput};
    }
    if (image.size() != scaled)
        image = image.scaled(scaled, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const QRect crop((image.width() - size.width()) / 2, (image.height() - size.height()) / 2, size.width(),
                     size.height());
    return image.copy(crop).convertToFormat(QImage::Format_RGB32);
}

QFont sizedFont(int pixelSize, bool bold)
{
    QFont font;
    font.setPixelSize(std::max(8, pixelSize));
    font.setBold(bold);
    font.setStyleHint(QFont::SansSerif);
    return font;
}

}  // namespace

SceneComposer::~SceneComposer()
{
    sws_freeContext(m_sws);
}

SceneComposer::Motion SceneComposer::motionFor(int sceneIndex, bool enabled)
{
    if (!enabled)
        return {};
    // Alternate zooming in and out, and vary the drift, so consecutive scenes do not repeat a move.
    static constexpr double kPans[][2] = {{-0.6, -0.3}, {0.6, 0.2}, {0.3, -0.6}, {-0.3, 0.6}};
    const bool zoomIn = sceneIndex % 2 == 0;
    const auto &pan = kPans[sceneIndex % 4];
    return Motion{zoomIn ? 1.0 : kMaxZoom, zoomIn ? kMaxZoom : 1.0, pan[0], pan[1]};
}

QImage SceneComposer::drawCard(const QString &text, QSize size, int index)
{
    // A few deep, calm gradients that carry white text; neighbouring scenes get different ones.
    static constexpr QRgb kGradients[][2] = {{0x6a3fa0, 0x241447}, {0x1f6f8b, 0x0b2c3d},
                                             {0x9b3d55, 0x3a1020}, {0x2f7a5a, 0x0f2c22},
                                             {0x3d55a0, 0x131b40}, {0xa0522d, 0x3b1a0c}};
    const auto &colours = kGradients[index % int(std::size(kGradients))];
    QImage card(size, QImage::Format_RGB32);
    QPainter painter(&card);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    QLinearGradient gradient(0, 0, size.width(), size.height());
    gradient.setColorAt(0, QColor(colours[0]));
    gradient.setColorAt(1, QColor(colours[1]));
    painter.fillRect(card.rect(), gradient);
    const int shortSide = std::min(size.width(), size.height());
    painter.setFont(sizedFont(shortSide / 12, true));
    const QRect area =
        card.rect().adjusted(size.width() / 8, size.height() / 8, -size.width() / 8, -size.height() / 8);
    painter.setPen(QColor(0, 0, 0, 90));
    painter.drawText(area.translated(shortSide / 200 + 1, shortSide / 200 + 1),
                     Qt::AlignCenter | Qt::TextWordWrap, text);
    painter.setPen(Qt::white);
    painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, text);
    return card;
}

Result<std::unique_ptr<SceneComposer>> SceneComposer::prepare(const QString &imagePath, const QString &text,
                                                              const QString &caption, QSize outputSize,
                                                              Motion motion, int index)
{
    std::unique_ptr<SceneComposer> scene(new SceneComposer);
    scene->m_output = outputSize;
    scene->m_motion = motion;
    const QSize sourceSize(int(std::ceil(outputSize.width() * kMaxZoom)),
                           int(std::ceil(outputSize.height() * kMaxZoom)));
    QImage still;
    if (imagePath.isEmpty()) {
        still = drawCard(text, sourceSize, index);
    } else {
        if (!QFileInfo(imagePath).isFile())
            return Failure{
                SceneComposer::tr("the image %1 does not exist").arg(QDir::toNativeSeparators(imagePath)),
                FailureKind::BadInput};
        Result<QImage> loaded = loadCovering(imagePath, sourceSize);
        if (!loaded)
            return loaded.failure();
        still = std::move(loaded).value();
    }
    if (Status converted = scene->convertSource(still); !converted)
        return converted.failure();
    scene->m_static = motion.zoomFrom == motion.zoomTo && motion.panX == 0.0 && motion.panY == 0.0;
    if (!caption.isEmpty())
        scene->prepareCaption(caption);
    return scene;
}

Status SceneComposer::drawInto(AVFrame *frame, double progress)
{
    if (m_static && !m_staticPlanes[0].empty()) {
        for (int plane = 0; plane < 3; ++plane) {
            const int rows = plane == 0 ? m_output.height() : (m_output.height() + 1) / 2;
            const int width = plane == 0 ? m_output.width() : (m_output.width() + 1) / 2;
            for (int row = 0; row < rows; ++row)
                std::memcpy(frame->data[plane] + row * frame->linesize[plane],
                            m_staticPlanes[plane].data() + std::size_t(row) * width, width);
        }
        return {};
    }
    progress = std::clamp(progress, 0.0, 1.0);
    const int sourceWidth = m_sourceSize.width();
    const int sourceHeight = m_sourceSize.height();
    const double zoom = m_motion.zoomFrom + (m_motion.zoomTo - m_motion.zoomFrom) * progress;
    const double cropW = sourceWidth / zoom;
    const double cropH = sourceHeight / zoom;
    const double drift = 2.0 * progress - 1.0;  // -1 .. 1 across the scene
    const double centreX = sourceWidth / 2.0 + m_motion.panX * drift * (sourceWidth - cropW) / 2.0;
    const double centreY = sourceHeight / 2.0 + m_motion.panY * drift * (sourceHeight - cropH) / 2.0;
    const int width = std::clamp(int(std::lround(cropW)), 2, sourceWidth);
    const int height = std::clamp(int(std::lround(cropH)), 2, sourceHeight);
    const int left = std::clamp(int(std::lround(centreX - width / 2.0)), 0, sourceWidth - width);
    const int top = std::clamp(int(std::lround(centreY - height / 2.0)), 0, sourceHeight - height);

    // Same colour space in and out: swscale only resamples (and halves the chroma).
    m_sws =
        sws_getCachedContext(m_sws, width, height, AV_PIX_FMT_YUV444P, m_output.width(), m_output.height(),
                             AV_PIX_FMT_YUV420P, SWS_BILINEAR, nullptr, nullptr, nullptr);
    if (!m_sws)
        return Failure{SceneComposer::tr("cannot scale a %1x%2 crop").arg(width).arg(height)};
    const std::size_t offset = std::size_t(top) * std::size_t(sourceWidth) + std::size_t(left);
    const uint8_t *source[] = {m_source[0].data() + offset, m_source[1].data() + offset,
                               m_source[2].data() + offset};
    const int stride[] = {sourceWidth, sourceWidth, sourceWidth};
    sws_scale(m_sws, source, stride, 0, height, frame->data, frame->linesize);

    if (m_static) {
        for (int plane = 0; plane < 3; ++plane) {
            const int rows = plane == 0 ? m_output.height() : (m_output.height() + 1) / 2;
            const int planeWidth = plane == 0 ? m_output.width() : (m_output.width() + 1) / 2;
            m_staticPlanes[plane].resize(std::size_t(rows) * planeWidth);
            for (int row = 0; row < rows; ++row)
                std::memcpy(m_staticPlanes[plane].data() + std::size_t(row) * planeWidth,
                            frame->data[plane] + row * frame->linesize[plane], planeWidth);
        }
        for (std::vector<uint8_t> &plane : m_source)
            std::vector<uint8_t>().swap(plane);  // sampled once; the still is no longer needed
    }
    return {};
}

Status SceneComposer::convertSource(const QImage &rgb)
{
    m_sourceSize = rgb.size();
    const std::size_t planeSize = std::size_t(rgb.width()) * std::size_t(rgb.height());
    for (std::vector<uint8_t> &plane : m_source)
        plane.resize(planeSize);
    SwsContext *sws = sws_getContext(rgb.width(), rgb.height(), AV_PIX_FMT_RGB32, rgb.width(), rgb.height(),
                                     AV_PIX_FMT_YUV444P, SWS_POINT, nullptr, nullptr, nullptr);
    if (!sws)
        return Failure{SceneComposer::tr("cannot convert a %1x%2 image").arg(rgb.width()).arg(rgb.height())};
    // Full-range RGB to BT.709 limited-range YUV: what the encoder is told the video uses.
    sws_setColorspaceDetails(sws, sws_getCoefficients(SWS_CS_DEFAULT), 1, sws_getCoefficients(SWS_CS_ITU709),
                             0, 0, 1 << 16, 1 << 16);
    const uint8_t *source[] = {rgb.constBits()};
    const int sourceStride[] = {int(rgb.bytesPerLine())};
    uint8_t *planes[] = {m_source[0].data(), m_source[1].data(), m_source[2].data()};
    const int strides[] = {rgb.width(), rgb.width(), rgb.width()};
    sws_scale(sws, source, sourceStride, 0, rgb.height(), planes, strides);
    sws_freeContext(sws);
    return {};
}

void SceneComposer::prepareCaption(const QString &caption)
{
    const int width = m_output.width();
    const int shortSide = std::min(m_output.width(), m_output.height());
    const QFont font = sizedFont(shortSide / 22, false);
    const QFontMetrics metrics(font);
    const int margin = shortSide / 30;
    const int textWidth = int(width * 0.8) - 2 * margin;

    // Lay the caption out in at most three lines; the last one is elided.
    QStringList lines;
    QTextLayout layout(caption, font);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid() && lines.size() < 3;
         line = layout.createLine()) {
        line.setLineWidth(textWidth);
        const bool last = lines.size() == 2;
        const QString piece =
            last ? caption.mid(line.textStart()) : caption.mid(line.textStart(), line.textLength());
        lines << (last ? metrics.elidedText(piece.simplified(), Qt::ElideRight, textWidth) : piece.trimmed());
    }
    layout.endLayout();
    int boxWidth = 0;
    for (const QString &line : std::as_const(lines))
        boxWidth = std::max(boxWidth, metrics.horizontalAdvance(line));
    boxWidth += 2 * margin;
    const int boxHeight = int(lines.size()) * metrics.lineSpacing() + margin;
    // Even band position and height keep the 4:2:0 chroma rows aligned with the luma rows.
    m_captionHeight = (boxHeight + 1) & ~1;
    m_captionTop = (m_output.height() - m_captionHeight - shortSide / 16) & ~1;

    QImage band(width, m_captionHeight, QImage::Format_ARGB32);
    band.fill(Qt::transparent);
    {
        QPainter painter(&band);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        const QRectF box((width - boxWidth) / 2.0, 0, boxWidth, boxHeight);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0, 0, 0, 150));
        painter.drawRoundedRect(box, margin / 2.0, margin / 2.0);
        painter.setFont(font);
        painter.setPen(Qt::white);
        int y = margin / 2;
        for (const QString &line : std::as_const(lines)) {
            painter.drawText(QRect(int(box.left()), y, boxWidth, metrics.lineSpacing()), Qt::AlignCenter,
                             line);
            y += metrics.lineSpacing();
        }
    }
    const int chromaWidth = (width + 1) / 2;
    const int chromaRows = m_captionHeight / 2;
    m_captionY.assign(std::size_t(width) * m_captionHeight, 0);
    m_captionAlpha.assign(m_captionY.size(), 0);
    m_captionU.assign(std::size_t(chromaWidth) * chromaRows, 128);
    m_captionV.assign(m_captionU.size(), 128);
    m_captionChromaAlpha.assign(m_captionU.size(), 0);
    for (int y = 0; y < m_captionHeight; ++y) {
        const QRgb *row = reinterpret_cast<const QRgb *>(band.constScanLine(y));
        for (int x = 0; x < width; ++x) {
            const QRgb pixel = row[x];
            const std::size_t at = std::size_t(y) * width + x;
            m_captionY[at] = lumaOf(qRed(pixel), qGreen(pixel), qBlue(pixel));
            m_captionAlpha[at] = uint8_t(qAlpha(pixel));
        }
    }
    for (int y = 0; y < chromaRows; ++y) {
        for (int x = 0; x < chromaWidth; ++x) {
            // Average the 2x2 block, weighting colour by alpha so transparent pixels do not tint it.
            int r = 0, g = 0, b = 0, a = 0;
            for (int dy = 0; dy < 2; ++dy) {
                for (int dx = 0; dx < 2 && 2 * x + dx < width; ++dx) {
                    const QRgb pixel = band.pixel(2 * x + dx, 2 * y + dy);
                    r += qRed(pixel) * qAlpha(pixel);
                    g += qGreen(pixel) * qAlpha(pixel);
                    b += qBlue(pixel) * qAlpha(pixel);
                    a += qAlpha(pixel);
                }
            }
            const std::size_t at = std::size_t(y) * chromaWidth + x;
            m_captionChromaAlpha[at] = uint8_t(a / 4);
            if (a > 0) {
                m_captionU[at] = cbOf(r / a, g / a, b / a);
                m_captionV[at] = crOf(r / a, g / a, b / a);
            }
        }
    }
}

void SceneComposer::blendCaption(AVFrame *frame, double opacity) const
{
    if (m_captionAlpha.empty() || opacity <= 0.0)
        return;
    const int scale = int(std::lround(std::clamp(opacity, 0.0, 1.0) * 256));
    const auto blendPlane = [scale](uint8_t *dst, int dstStride, const std::vector<uint8_t> &colour,
                                    const std::vector<uint8_t> &alpha, int width, int rows) {
        for (int y = 0; y < rows; ++y) {
            uint8_t *out = dst + std::ptrdiff_t(y) * dstStride;
            const uint8_t *c = colour.data() + std::size_t(y) * width;
            const uint8_t *a = alpha.data() + std::size_t(y) * width;
            for (int x = 0; x < width; ++x) {
                const int weight = (a[x] * scale) >> 8;  // 0..255
                out[x] = uint8_t(out[x] + (((int(c[x]) - out[x]) * weight + 127) / 255));
            }
        }
    };
    const int width = m_output.width();
    const int chromaWidth = (width + 1) / 2;
    blendPlane(frame->data[0] + std::ptrdiff_t(m_captionTop) * frame->linesize[0], frame->linesize[0],
               m_captionY, m_captionAlpha, width, m_captionHeight);
    for (int plane = 1; plane < 3; ++plane) {
        blendPlane(frame->data[plane] + std::ptrdiff_t(m_captionTop / 2) * frame->linesize[plane],
                   frame->linesize[plane], plane == 1 ? m_captionU : m_captionV, m_captionChromaAlpha,
                   chromaWidth, m_captionHeight / 2);
    }
}

}  // namespace storyreel
