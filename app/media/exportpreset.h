#pragma once

#include <optional>
#include <QSize>
#include <QString>

namespace storyreel {

// The export presets of seed 003: mp4 (H.264 + AAC, faststart), webm (VP9 + Opus) and mov (H.264 +
// AAC), each at low/medium/high = 480p/720p/1080p. "480p" is the short side, so a 9:16 video exports
// at 480x854 and a 16:9 one at 854x480.
struct ExportPreset
{
    enum class Format { Mp4, WebM, Mov };
    enum class Quality { Low, Medium, High };

    Format format = Format::Mp4;
    Quality quality = Quality::Medium;
    bool allowUpscale = false;

    static std::optional<ExportPreset> parse(const QString &format, const QString &quality);
    static std::optional<Format> parseFormat(const QString &format);
    static std::optional<Quality> parseQuality(const QString &quality);
    static int shortSideFor(Quality quality);

    QString key() const;  // "mp4-medium", the export cache key together with the source hash
    QString formatName() const;
    QString qualityName() const;
    QString extension() const;
    QString muxer() const;         // libavformat muxer name
    QString videoCodec() const;    // codec name as probe() reports it: "h264", "vp9"
    QString audioCodec() const;    // "aac", "opus"
    QString videoEncoder() const;  // "libx264", "libvpx-vp9"
    QString audioEncoder() const;  // "aac", "libopus"
    int shortSide() const { return shortSideFor(quality); }
    int crf() const;
    int audioBitRate() const;  // bits per second

    // The output frame size for a source of `source` display size: aspect kept, even dimensions,
    // never larger than the source unless allowUpscale.
    QSize outputSize(QSize source) const;
};

}  // namespace storyreel
