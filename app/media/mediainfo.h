#pragma once

#include <QList>
#include <QString>

namespace storyreel {

// What probe() found in a media file. Plain data: no FFmpeg types outside app/media/*.cpp.
struct StreamInfo
{
    enum class Type { Video, Audio, Subtitle, Data, Attachment, Unknown };

    int index = 0;
    Type type = Type::Unknown;
    QString codec;          // FFmpeg codec name: "h264", "aac", "vp9", "opus", "png" ...
    qint64 bitRate = 0;     // bits per second, 0 when unknown
    qint64 durationMs = 0;  // 0 when unknown
    // video
    int width = 0;
    int height = 0;
    double frameRate = 0.0;  // average frames per second
    int rotation = 0;        // degrees clockwise to display upright: 0, 90, 180, 270
    QString pixelFormat;
    bool attachedPicture = false;  // cover art, not a real video track
    // audio
    int sampleRate = 0;
    int channels = 0;
};

struct MediaInfo
{
    QString path;
    QString container;  // FFmpeg demuxer names, e.g. "mov,mp4,m4a,3gp,3g2,mj2", "matroska,webm"
    qint64 durationMs = 0;
    qint64 bitRate = 0;
    qint64 sizeBytes = 0;
    QList<StreamInfo> streams;

    // The first real video stream (not cover art), or nullptr.
    const StreamInfo *video() const;
    const StreamInfo *audio() const;
    bool hasVideo() const { return video() != nullptr; }
    bool hasAudio() const { return audio() != nullptr; }
    // Width and height as displayed, after rotation.
    int displayWidth() const;
    int displayHeight() const;
};

// Hard limits that keep a hostile or broken file from costing unbounded time or memory.
struct ProbeLimits
{
    qint64 probeSizeBytes = 10 * 1024 * 1024;
    qint64 analyzeDurationUs = 5 * 1000 * 1000;
    int maxStreams = 32;
    qint64 maxPixels = 8192LL * 8192LL;  // per frame
    int timeoutMs = 10000;               // the whole call
};

}  // namespace storyreel
