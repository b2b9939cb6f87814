#pragma once

#include <QColor>
#include <QImage>
#include <QJsonObject>
#include <QRect>
#include <QString>
#include <QStringList>

// Test media made with the ffmpeg CLI, and outputs checked with ffprobe: both independent of the
// engine under test, so a test cannot pass because the engine agrees with itself.
namespace storyreel::test {

struct ClipSpec
{
    int width = 640;
    int height = 360;
    double seconds = 2.0;
    int fps = 25;
    QString videoCodec = QStringLiteral("libx264");  // empty: no video
    QString audioCodec = QStringLiteral("aac");      // empty: no audio
    QString pixelFormat = QStringLiteral("yuv420p");
    int rotation = 0;       // clockwise degrees to display upright, written as display-matrix metadata
    QStringList extraArgs;  // output options appended before the file name
};

// Makes `dir/name` (container from the extension); returns its path, or an empty string with the
// CLI's output in *error.
QString makeClip(const QString &dir, const QString &name, const ClipSpec &spec = {},
                 QString *error = nullptr);

// makeClip once per name in `dir`: a second call returns the existing file. Logs why on failure.
QString cachedClip(const QString &dir, const QString &name, const ClipSpec &spec);

// Writes a still image (PNG/JPEG by extension) of the given size with a test pattern.
QString makeImage(const QString &dir, const QString &name, int width, int height);

// ffprobe -show_format -show_streams as JSON; an empty object when ffprobe fails.
QJsonObject ffprobe(const QString &path);
// The first stream of codec_type "video" or "audio" in an ffprobe result; empty when none.
QJsonObject ffprobeStream(const QJsonObject &probe, const QString &codecType);
double ffprobeDurationSeconds(const QJsonObject &probe);
// Counts decodable video frames with ffprobe -count_frames (slow on long files).
int ffprobeFrameCount(const QString &path);

// The frame shown at `seconds`, decoded by the ffmpeg CLI (accurate seek); null on failure.
QImage frameAt(const QString &path, double seconds);
// Mean colour of a rectangle of an image.
QColor meanColour(const QImage &image, const QRect &area);
// Writes a solid-colour PNG.
QString makeSolidImage(const QString &dir, const QString &name, QSize size, const QColor &colour);

// Keeps only the first `keepBytes` of a copy of `source`; returns the copy's path.
QString truncatedCopy(const QString &source, const QString &destination, qint64 keepBytes);
QString writeBytes(const QString &path, const QByteArray &bytes);

}  // namespace storyreel::test
