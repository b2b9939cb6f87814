#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>

struct AVFrame;

namespace storyreel {

class MediaControl;

struct VideoEncoding
{
    QString encoder = QStringLiteral("libx264");  // or "libvpx-vp9"
    QSize size;
    int fpsNum = 30;
    int fpsDen = 1;
    // Time base of the pts passed to writeVideoFrame(); 0/0 means 1/fps (frame numbers).
    int timeBaseNum = 0;
    int timeBaseDen = 0;
    int crf = 23;
    QString speed = QStringLiteral("veryfast");  // x264 preset; VP9 maps it to cpu-used
    int keyframeSeconds = 2;  // 0: the encoder's default (x264: up to 250 frames, at scene cuts)
    int rotation = 0;         // display rotation (clockwise degrees) to record in the output
    // The colour description to record, as FFmpeg's AVColorSpace, AVColorPrimaries,
    // AVColorTransferCharacteristic and AVColorRange numbers; -1 means BT.709, limited range. YUV
    // frames are taken to be in it and only scaled, so a transcode passes the source's (as the ffmpeg
    // CLI keeps them); images are converted into it.
    int colorSpace = -1;
    int colorPrimaries = -1;
    int colorTransfer = -1;
    int colorRange = -1;
};

struct AudioEncoding
{
    QString encoder = QStringLiteral("aac");  // or "libopus"
    int sampleRate = 48000;
    int channels = 2;
    int bitRate = 128000;
};

// One output file: a muxer with a video encoder and optionally an audio encoder. Frames of any size
// and pixel format are converted for the encoder; audio of any format, rate and layout is resampled
// and re-chunked to the encoder's frame size. The caller writes into a PartialFile's path and commits
// it after finish().
class MediaWriter final
{
    Q_DECLARE_TR_FUNCTIONS(storyreel::MediaWriter)

public:
    static Result<std::unique_ptr<MediaWriter>> open(const QString &path, const QString &muxer,
                                                     const VideoEncoding &video,
                                                     const std::optional<AudioEncoding> &audio,
                                                     bool faststart);
    ~MediaWriter();
    MediaWriter(const MediaWriter &) = delete;
    MediaWriter &operator=(const MediaWriter &) = delete;

    // The next frame, timed by its position (frame n shows at n / fps).
    Status writeImage(const QImage &image);
    // A decoded frame; pts in the VideoEncoding time base, or -1 for "the next frame number".
    Status writeVideoFrame(const AVFrame *frame, std::int64_t pts = -1);
    // Zero-copy path for frames drawn in the encoder's format (YUV 4:2:0 at videoSize()): fill the
    // frame returned by frameToFill(), then submitFilledFrame(). The frame is valid until the next call.
    Result<AVFrame *> frameToFill();
    Status submitFilledFrame(std::int64_t pts = -1);
    // Decoded audio in any sample format, rate and channel layout; timed by the samples written.
    Status writeAudio(const AVFrame *frame);
    // Interleaved float samples at the encoding's rate and channel count.
    Status writeAudioSamples(const float *interleaved, int sampleFrames);

    // Polled while finish() drains the encoders, so a cancel need not wait for a long encoder tail (VP9
    // holds dozens of frames); finish() then fails with FailureKind::Cancelled.
    void setControl(const MediaControl *control);

    // Flushes the encoders and writes the trailer (and the faststart rewrite). The file is complete
    // after this; it is not fsynced (PartialFile::commit does that).
    Status finish();

    std::int64_t videoFramesWritten() const;
    bool hasAudio() const;
    QSize videoSize() const;

private:
    struct Impl;
    explicit MediaWriter(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

}  // namespace storyreel
