#include "exportpreset.h"

#include <cmath>

namespace storyreel {
namespace {

// Nearest even number, as `scale=-2:h` does; codecs with 4:2:0 chroma need even dimensions.
int nearestEven(double value)
{
    return qMax(2, int(std::lround(value / 2.0)) * 2);
}
// Largest even number not above value: for sizes that must not grow.
int evenBelow(int value)
{
    return qMax(2, value & ~1);
}

}  // namespace

std::optional<ExportPreset::Format> ExportPreset::parseFormat(const QString &format)
{
    const QString lower = format.toLower();
    if (lower == QLatin1String("mp4"))
        return Format::Mp4;
    if (lower == QLatin1String("webm"))
        return Format::WebM;
    if (lower == QLatin1String("mov"))
        return Format::Mov;
    return std::nullopt;
}

std::optional<ExportPreset::Quality> ExportPreset::parseQuality(const QString &quality)
{
    const QString lower = quality.toLower();
    if (lower == QLatin1String("low"))
        return Quality::Low;
    if (lower == QLatin1String("medium"))
        return Quality::Medium;
    if (lower == QLatin1String("high"))
        return Quality::High;
    return std::nullopt;
}

std::optional<ExportPreset> ExportPreset::parse(const QString &format, const QString &quality)
{
    const std::optional<Format> parsedFormat = parseFormat(format);
    const std::optional<Quality> parsedQuality = parseQuality(quality);
    if (!parsedFormat || !parsedQuality)
        return std::nullopt;
    ExportPreset preset;
    preset.format = *parsedFormat;
    preset.quality = *parsedQuality;
    return preset;
}

int ExportPreset::shortSideFor(Quality quality)
{
    switch (quality) {
        case Quality::Low:
            return 480;
        case Quality::Medium:
            return 720;
        case Quality::High:
            break;
    }
    return 1080;
}

QString ExportPreset::formatName() const
{
    switch (format) {
        case Format::WebM:
            return QStringLiteral("webm");
        case Format::Mov:
            return QStringLiteral("mov");
        case Format::Mp4:
            break;
    }
    return QStringLiteral("mp4");
}

QString ExportPreset::qualityName() const
{
    switch (quality) {
        case Quality::Low:
            return QStringLiteral("low");
        case Quality::High:
            return QStringLiteral("high");
        case Quality::Medium:
            break;
    }
    return QStringLiteral("medium");
}

QString ExportPreset::key() const
{
    return formatName() + QLatin1Char('-') + qualityName() +
           (allowUpscale ? QStringLiteral("-upscale") : QString());
}

QString ExportPreset::extension() const
{
    return formatName();
}
QString ExportPreset::muxer() const
{
    return formatName();
}
QString ExportPreset::videoCodec() const
{
    return format == Format::WebM ? QStringLiteral("vp9") : QStringLiteral("h264");
}
QString ExportPreset::audioCodec() const
{
    return format == Format::WebM ? QStringLiteral("opus") : QStringLiteral("aac");
}

QString ExportPreset::videoEncoder() const
{
    return format == Format::WebM ? QStringLiteral("libvpx-vp9") : QStringLiteral("libx264");
}

QString ExportPreset::audioEncoder() const
{
    return format == Format::WebM ? QStringLiteral("libopus") : QStringLiteral("aac");
}

int ExportPreset::crf() const
{
    // x264's and libvpx's CRF scales differ; these give similar perceived quality per step.
    static constexpr int kX264[] = {26, 23, 20};
    static constexpr int kVp9[] = {36, 33, 30};
    const int index = int(quality);
    return format == Format::WebM ? kVp9[index] : kX264[index];
}

int ExportPreset::audioBitRate() const
{
    static constexpr int kAac[] = {96000, 128000, 192000};
    static constexpr int kOpus[] = {64000, 96000, 128000};
    const int index = int(quality);
    return format == Format::WebM ? kOpus[index] : kAac[index];
}

QSize ExportPreset::outputSize(QSize source) const
{
    if (source.isEmpty())
        return {};
    const int sourceShort = qMin(source.width(), source.height());
    const int target = (sourceShort <= shortSide() && !allowUpscale) ? sourceShort : shortSide();
    if (target == sourceShort)
        return {evenBelow(source.width()), evenBelow(source.height())};
    const double scale = double(target) / double(sourceShort);
    return {nearestEven(source.width() * scale), nearestEven(source.height() * scale)};
}

}  // namespace storyreel
