#pragma once

// Internal to app/media: RAII owners for FFmpeg objects and the shared way to open an input. Only
// forward declarations here, so no FFmpeg header leaks out of app/media/*.cpp.

#include "mediacontrol.h"
#include "mediainfo.h"
#include "result.h"

#include <QString>

#include <memory>

struct AVAudioFifo;
struct AVCodecContext;
struct AVFormatContext;
struct AVFrame;
struct AVPacket;
struct AVStream;
struct SwrContext;
struct SwsContext;

namespace storyreel {

struct InputFormatDeleter
{
    void operator()(AVFormatContext *context) const;  // avformat_close_input
};
struct OutputFormatDeleter
{
    void operator()(AVFormatContext *context) const;  // closes pb unless AVFMT_NOFILE, then frees
};
struct CodecContextDeleter
{
    void operator()(AVCodecContext *context) const;
};
struct FrameDeleter
{
    void operator()(AVFrame *frame) const;
};
struct PacketDeleter
{
    void operator()(AVPacket *packet) const;
};
struct SwsContextDeleter
{
    void operator()(SwsContext *context) const;
};
struct SwrContextDeleter
{
    void operator()(SwrContext *context) const;
};
struct AudioFifoDeleter
{
    void operator()(AVAudioFifo *fifo) const;
};

using InputFormatPtr = std::unique_ptr<AVFormatContext, InputFormatDeleter>;
using OutputFormatPtr = std::unique_ptr<AVFormatContext, OutputFormatDeleter>;
using CodecContextPtr = std::unique_ptr<AVCodecContext, CodecContextDeleter>;
using FramePtr = std::unique_ptr<AVFrame, FrameDeleter>;
using PacketPtr = std::unique_ptr<AVPacket, PacketDeleter>;
using SwsContextPtr = std::unique_ptr<SwsContext, SwsContextDeleter>;
using SwrContextPtr = std::unique_ptr<SwrContext, SwrContextDeleter>;
using AudioFifoPtr = std::unique_ptr<AVAudioFifo, AudioFifoDeleter>;

// av_strerror as a QString, e.g. "Invalid data found when processing input".
QString ffmpegError(int errnum);

// --- Opening inputs (defined in probe.cpp: the probe's checks are what make an input usable) ---

// The path as a message shows it, and a BadInput failure.
QString displayPath(const QString &path);
Failure badInput(QString message);

// Reads a FIFO without ever blocking in open() or read(), so the deadline can interrupt it.
struct PipeSource;
struct PipeSourceDeleter
{
    void operator()(PipeSource *source) const;
};

// An opened and checked input. Member order matters: the format context is closed first, then the
// pipe it may read from; the deadline (its interrupt callback) outlives both.
struct MediaInput
{
    QString path;
    int timeoutMs = 0;
    std::unique_ptr<MediaDeadline> deadline;
    std::unique_ptr<PipeSource, PipeSourceDeleter> pipe;
    InputFormatPtr format;
};

enum class StreamAnalysis {
    Always,      // avformat_find_stream_info, for complete stream parameters (probe)
    WhenNeeded,  // only when the header leaves the video's codec, size, start or the duration unknown
};

// Opens `path` within the limits (probe size, analyze duration, streams, pixels, time) and rejects
// what is not usable media: missing, empty, not media, an MP4/MOV whose index points past the end of
// the file. Failures are BadInput with a message naming the file; Cancelled on a cancel.
Result<MediaInput> openMediaInput(const QString &path, const ProbeLimits &limits, const MediaControl *control,
                                  StreamAnalysis analysis = StreamAnalysis::Always);

// Degrees clockwise (0, 90, 180, 270) to turn the stream's frames upright, from its display matrix.
int clockwiseRotation(const AVStream *stream);

// The failure for FFmpeg error `errnum` while working on an open input: Cancelled, timed out, or
// "<what with %1 as the file>: <FFmpeg's reason>" (e.g. tr("cannot read %1")); "<file>: <reason>"
// when `what` is empty.

Failure inputFailure(const MediaInput &input, int errnum, const QString &what);

}  // namespace storyreel
