#include "thumbnailer.h"

#include "mediastore.h"

#include "ffmpegutil.h"
#include "partialfile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTransform>

#include <cmath>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/pixdesc.h>
#include <libswscale/swscale.h>
}

namespace storyreel {
namespace {

struct Thumbnailer
{
    Q_DECLARE_TR_FUNCTIONS(storyreel::Thumbnailer)
};

constexpr int kMinWidth = 16;
constexpr int kMaxWidth = 8192;
constexpr int kMaxFilmstripFrames = 100;
constexpr int kMaxBadPackets = 100;                        // consecutive undecodable packets before giving up
constexpr std::chrono::milliseconds kDecodeBudget{30000};  // seek + decode, after opening
constexpr int kLastSeek = 5;  // seek attempts: at the target, 1, 2, 4, 8 s before it, then the start

// One video stream being decoded forward from keyframe seeks. `candidate` is the latest frame at or
// before the time asked; `pending` a frame already decoded past it, kept for the next, later time.
struct Decoder
{
    MediaInput input;
    AVStream *stream = nullptr;
    CodecContextPtr codec;
    PacketPtr packet = PacketPtr(av_packet_alloc());
    FramePtr decoded = FramePtr(av_frame_alloc());
    FramePtr candidate = FramePtr(av_frame_alloc());
    FramePtr pending = FramePtr(av_frame_alloc());
    bool hasCandidate = false;
    bool hasPending = false;
    bool coverArt = false;       // one picture, queued by the demuxer when opened: nothing to seek
    bool positioned = false;     // a seek (or reading from the start) has happened
    bool awaitKeyframe = false;  // after a seek, packets before a keyframe cannot be decoded right
    bool draining = false;       // the demuxer is done; the decoder is being flushed
    int64_t origin = 0;          // time zero: the video's first timestamp
    int64_t target = 0;          // the timestamp frameAt() is after
    int64_t latest = INT64_MIN;  // the latest timestamp not after the target among packets sent
    const MediaControl *control = nullptr;
};

bool mustStop(const Decoder &decoder)
{
    return decoder.input.deadline->cancelled() || decoder.input.deadline->expired();
}

// The first real video stream; cover art only when there is nothing else.
AVStream *pickVideo(AVFormatContext *context)
{
    AVStream *coverArt = nullptr;
    for (unsigned i = 0; i < context->nb_streams; ++i) {
        AVStream *stream = context->streams[i];
        if (stream->codecpar->codec_type != AVMEDIA_TYPE_VIDEO || stream->codecpar->width <= 0)
            continue;
        if (!(stream->disposition & AV_DISPOSITION_ATTACHED_PIC))
            return stream;
        if (!coverArt)
            coverArt = stream;
    }
    return coverArt;
}

Result<Decoder> openDecoder(const QString &path, int width, const MediaControl *control)
{
    if (width < kMinWidth || width > kMaxWidth) {
        return badInput(Thumbnailer::tr("a picture must be %1 to %2 pixels wide, not %3")
                            .arg(kMinWidth)
                            .arg(kMaxWidth)
                            .arg(width));
    }
    if (control)
        control->report(0.0, Thumbnailer::tr("probing"));
    const ProbeLimits limits;
    Result<MediaInput> opened = openMediaInput(path, limits, control, StreamAnalysis::WhenNeeded);
    if (!opened)
        return opened.failure();
    Decoder decoder;
    decoder.control = control;
    decoder.input = std::move(opened).value();
    AVFormatContext *context = decoder.input.format.get();
    decoder.stream = pickVideo(context);
    if (!decoder.stream)
        return badInput(Thumbnailer::tr("%1 has no video to take a picture from").arg(displayPath(path)));
    // Only the video's packets are wanted: the demuxer skips the rest without handing them out.
    for (unsigned i = 0; i < context->nb_streams; ++i)
        context->streams[i]->discard =
            context->streams[i] == decoder.stream ? AVDISCARD_DEFAULT : AVDISCARD_ALL;
    const AVCodec *codec = avcodec_find_decoder(decoder.stream->codecpar->codec_id);
    if (!codec) {
        return badInput(Thumbnailer::tr("%1 uses the video codec %2, which cannot be decoded here")
                            .arg(displayPath(path),
                                 QString::fromLatin1(avcodec_get_name(decoder.stream->codecpar->codec_id))));
    }
    decoder.codec.reset(avcodec_alloc_context3(codec));
    if (!decoder.codec || !decoder.packet || !decoder.decoded || !decoder.candidate || !decoder.pending)
        return Failure{Thumbnailer::tr("out of memory decoding %1").arg(displayPath(path))};
    avcodec_parameters_to_context(decoder.codec.get(), decoder.stream->codecpar);
    decoder.codec->pkt_timebase = decoder.stream->time_base;
    decoder.codec->thread_count = 0;  // one per core
    decoder.codec->thread_type = FF_THREAD_FRAME | FF_THREAD_SLICE;
    decoder.codec->max_pixels = limits.maxPixels;
    if (const int error = avcodec_open2(decoder.codec.get(), codec, nullptr); error < 0)
        return inputFailure(decoder.input, error, Thumbnailer::tr("cannot decode the video of %1"));
    decoder.positioned = decoder.coverArt = decoder.stream->disposition & AV_DISPOSITION_ATTACHED_PIC;
    // Time zero is the video's first frame, so "the frame at 2 s" is frame 50 of a 25 fps clip even
    // where audio starts earlier (Matroska, MPEG-TS).
    if (decoder.stream->start_time != AV_NOPTS_VALUE)
        decoder.origin = decoder.stream->start_time;
    decoder.input.deadline->extend(kDecodeBudget);
    return decoder;
}

// Attempt 0 seeks to the keyframe before `target`; later ones start further back, for demuxers that
// land after it (MPEG-TS searches timestamps, not keyframes) or on a keyframe displayed later (B-frames).
Status seekBefore(Decoder &decoder, int64_t target, int attempt)
{
    if (decoder.control)
        decoder.control->report(decoder.control->lastFraction(), Thumbnailer::tr("seeking"));
    const int64_t second = av_rescale_q(1, AVRational{1, 1}, decoder.stream->time_base);
    const int64_t timestamp = attempt == 0          ? target
                              : attempt < kLastSeek ? target - (second << (attempt - 1))
                                                    : decoder.origin - second;
    const int sought =
        av_seek_frame(decoder.input.format.get(), decoder.stream->index, timestamp, AVSEEK_FLAG_BACKWARD);
    if (sought < 0 && (mustStop(decoder) || decoder.positioned))  // unseekable: read on from the start
        return inputFailure(decoder.input, sought, Thumbnailer::tr("cannot seek in %1"));
    avcodec_flush_buffers(decoder.codec.get());
    decoder.hasCandidate = decoder.hasPending = decoder.draining = false;
    decoder.latest = INT64_MIN;
    decoder.awaitKeyframe = decoder.positioned && attempt < kLastSeek;  // from the start: take all
    decoder.positioned = true;
    return {};
}

// Decodes the next frame into decoder.decoded; false at the end of the stream.
Result<bool> nextFrame(Decoder &decoder)
{
    if (decoder.hasPending) {
        av_frame_move_ref(decoder.decoded.get(), decoder.pending.get());
        decoder.hasPending = false;
        return true;
    }
    int badPackets = 0;
    for (;;) {
        if (mustStop(decoder))
            return inputFailure(decoder.input, AVERROR_EXIT, {});
        av_frame_unref(decoder.decoded.get());
        const int received = avcodec_receive_frame(decoder.codec.get(), decoder.decoded.get());
        if (received == 0)
            return true;
        if (received == AVERROR_EOF)
            return false;
        if (received != AVERROR(EAGAIN) && ++badPackets > kMaxBadPackets)
            return inputFailure(decoder.input, received, Thumbnailer::tr("cannot decode the video of %1"));
        if (decoder.draining)
            continue;
        const int read = av_read_frame(decoder.input.format.get(), decoder.packet.get());
        if (read == AVERROR_EOF) {
            decoder.draining = true;
            avcodec_send_packet(decoder.codec.get(), nullptr);  // flush the frames still in the decoder
            continue;
        }
        if (read < 0)
            return inputFailure(decoder.input, read, Thumbnailer::tr("cannot read %1"));
        if (decoder.awaitKeyframe && !(decoder.packet->flags & AV_PKT_FLAG_KEY))
            decoder.packet->stream_index = -1;  // skipped
        if (decoder.packet->stream_index == decoder.stream->index) {
            decoder.awaitKeyframe = false;
            // A non-reference frame followed, still before the target, by a frame already sent is
            // neither shown nor used by another: skip decoding it. (B-frames come after the frame
            // that follows them.) The target and every frame it depends on are decoded in full.
            const int64_t pts = decoder.packet->pts;
            const bool hidden = pts != AV_NOPTS_VALUE && pts < decoder.latest;
            if (pts != AV_NOPTS_VALUE && pts <= decoder.target)
                decoder.latest = std::max(decoder.latest, pts);
            decoder.codec->skip_frame = hidden ? AVDISCARD_NONREF : AVDISCARD_DEFAULT;
            // A damaged packet is skipped, as players do; only a long run of them is an error.
            const int sent = avcodec_send_packet(decoder.codec.get(), decoder.packet.get());
            if (sent < 0 && sent != AVERROR(EAGAIN) && ++badPackets > kMaxBadPackets)
                return inputFailure(decoder.input, sent, Thumbnailer::tr("cannot decode the video of %1"));
        }
        av_packet_unref(decoder.packet.get());
    }
}

// The frame shown at `target` (stream time base): the last one whose timestamp is not after it.
// `fraction(x)` maps this call's progress 0..1 to the operation's.
template <typename Progress>
Result<const AVFrame *> frameAt(Decoder &decoder, int64_t target, Progress fraction)
{
    decoder.target = target;
    const AVIndexEntry *keyframe =
        avformat_index_get_entry_from_timestamp(decoder.stream, target, AVSEEK_FLAG_BACKWARD);
    const int64_t reached = decoder.hasCandidate ? decoder.candidate->best_effort_timestamp : INT64_MIN;
    // Seek unless decoding on from here is as short: the last keyframe before the target is behind us.
    if (!decoder.coverArt &&
        (!decoder.positioned || target < reached || !keyframe || keyframe->timestamp > reached)) {
        if (Status sought = seekBefore(decoder, target, 0); !sought)
            return sought.failure();
    }
    if (decoder.control)
        decoder.control->report(fraction(0.0), Thumbnailer::tr("decoding"));
    int64_t firstPts = AV_NOPTS_VALUE;
    for (int attempt = 0;;) {
        Result<bool> more = nextFrame(decoder);
        if (!more)
            return more.failure();
        const int64_t pts = *more ? decoder.decoded->best_effort_timestamp : AV_NOPTS_VALUE;
        if (*more && (pts == AV_NOPTS_VALUE || pts <= target)) {
            av_frame_unref(decoder.candidate.get());
            av_frame_move_ref(decoder.candidate.get(), decoder.decoded.get());
            decoder.hasCandidate = true;
            if (firstPts == AV_NOPTS_VALUE)
                firstPts = pts;
            if (decoder.control && pts != AV_NOPTS_VALUE && target > firstPts)
                decoder.control->report(fraction(double(pts - firstPts) / double(target - firstPts)),
                                        Thumbnailer::tr("decoding"));
            // The frame lasts past the target: no need to decode the next one to know.
            const int64_t duration = decoder.candidate->pkt_duration;
            if (pts != AV_NOPTS_VALUE && duration > 0 && pts + duration > target)
                return decoder.candidate.get();
            continue;
        }
        if (decoder.hasCandidate) {  // the next frame is late, or there is none (asked past the end)
            if (*more) {
                av_frame_move_ref(decoder.pending.get(), decoder.decoded.get());
                decoder.hasPending = true;
            }
            return decoder.candidate.get();
        }
        // Nothing at or before the target since the seek: start further back, unless this frame is
        // the video's first (the target is before it).
        const bool first = *more && pts != AV_NOPTS_VALUE && pts <= decoder.origin;
        if (attempt < kLastSeek && !first) {
            if (Status sought = seekBefore(decoder, target, ++attempt); !sought)
                return sought.failure();
            continue;
        }
        if (!*more)
            return badInput(Thumbnailer::tr("%1 has no video frame that can be decoded")
                                .arg(displayPath(decoder.input.path)));
        av_frame_move_ref(decoder.candidate.get(), decoder.decoded.get());
        decoder.hasCandidate = true;
        return decoder.candidate.get();
    }
}

// One sws_scale from the decoder's frame straight to the display size, then the rotation.
Result<QImage> toImage(Decoder &decoder, const AVFrame *frame, int width)
{
    const AVRational sar = av_guess_sample_aspect_ratio(decoder.input.format.get(), decoder.stream,
                                                        const_cast<AVFrame *>(frame));
    const int rotation = clockwiseRotation(decoder.stream);
    double displayWidth = frame->width * (sar.num > 0 && sar.den > 0 ? av_q2d(sar) : 1.0);
    double displayHeight = frame->height;
    if (rotation % 180)
        std::swap(displayWidth, displayHeight);
    const int height = std::max(2, 2 * int(std::lround(width * displayHeight / displayWidth / 2.0)));
    const int scaledWidth = rotation % 180 ? height : width;
    const int scaledHeight = rotation % 180 ? width : height;

    const auto format = static_cast<AVPixelFormat>(frame->format);
    const AVPixFmtDescriptor *descriptor = av_pix_fmt_desc_get(format);
    if (!descriptor || frame->width <= 0 || frame->height <= 0)
        return badInput(Thumbnailer::tr("%1 has video frames in a format that cannot be converted")
                            .arg(displayPath(decoder.input.path)));
    const bool alpha = descriptor->flags & AV_PIX_FMT_FLAG_ALPHA;
    // AV_PIX_FMT_RGB32 is native-endian 0xAARRGGBB, the layout of QImage's 32-bit formats.
    QImage image(scaledWidth, scaledHeight, alpha ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    SwsContextPtr scaler(sws_getContext(frame->width, frame->height, format, scaledWidth, scaledHeight,
                                        AV_PIX_FMT_RGB32, SWS_BILINEAR, nullptr, nullptr, nullptr));
    if (image.isNull() || !scaler)
        return Failure{
            Thumbnailer::tr("cannot convert the video frames of %1").arg(displayPath(decoder.input.path))};
    if (!(descriptor->flags & AV_PIX_FMT_FLAG_RGB)) {
        // Use the frame's own matrix and range (BT.709 HD, full-range JPEG) instead of the BT.601 default.
        const bool fullRange = frame->color_range == AVCOL_RANGE_JPEG;  // decoders set it for yuvj*
        const int space = frame->colorspace == AVCOL_SPC_UNSPECIFIED ? SWS_CS_DEFAULT : frame->colorspace;
        sws_setColorspaceDetails(scaler.get(), sws_getCoefficients(space), fullRange,
                                 sws_getCoefficients(SWS_CS_DEFAULT), 1, 0, 1 << 16, 1 << 16);
    }
    uint8_t *const planes[4] = {image.bits(), nullptr, nullptr, nullptr};
    const int strides[4] = {int(image.bytesPerLine()), 0, 0, 0};
    sws_scale(scaler.get(), frame->data, frame->linesize, 0, frame->height, planes, strides);
    if (rotation != 0)
        image = image.transformed(QTransform().rotate(rotation));
    return image;
}

int64_t toStreamTime(const Decoder &decoder, double seconds)
{
    const int64_t micros = std::llround(seconds * AV_TIME_BASE);
    return decoder.origin + av_rescale_q_rnd(micros, AVRational{1, AV_TIME_BASE}, decoder.stream->time_base,
                                             AV_ROUND_NEAR_INF);
}

double durationSeconds(const Decoder &decoder)
{
    const int64_t duration = decoder.input.format->duration;  // known: openMediaInput analyses if not
    return duration != AV_NOPTS_VALUE && duration > 0 ? double(duration) / AV_TIME_BASE : 0.0;
}

}  // namespace

Result<QImage> posterFrame(const QString &videoPath, double atSeconds, int width, const MediaControl *control)
{
    Result<Decoder> opened = openDecoder(videoPath, width, control);
    if (!opened)
        return opened.failure();
    Decoder &decoder = opened.value();
    const double seconds = atSeconds >= 0.0 ? atSeconds : std::min(durationSeconds(decoder) * 0.1, 5.0);
    Result<const AVFrame *> frame =
        frameAt(decoder, toStreamTime(decoder, seconds), [](double done) { return 0.1 + 0.8 * done; });
    if (!frame)
        return frame.failure();
    if (control)
        control->report(0.9, Thumbnailer::tr("scaling"));
    Result<QImage> image = toImage(decoder, *frame, width);
    if (control && image)
        control->report(1.0, Thumbnailer::tr("scaling"));
    return image;
}

Result<QList<QImage>> filmstrip(const QString &videoPath, int count, int width, const MediaControl *control)
{
    if (count < 1 || count > kMaxFilmstripFrames)
        return badInput(
            Thumbnailer::tr("a filmstrip has 1 to %1 frames, not %2").arg(kMaxFilmstripFrames).arg(count));
    Result<Decoder> opened = openDecoder(videoPath, width, control);
    if (!opened)
        return opened.failure();
    Decoder &decoder = opened.value();
    const double duration = durationSeconds(decoder);
    if (duration <= 0.0)
        return badInput(Thumbnailer::tr("the length of %1 is unknown, so frames cannot be spread over it")
                            .arg(displayPath(videoPath)));
    QList<QImage> images;
    for (int i = 0; i < count; ++i) {
        decoder.input.deadline->extend(kDecodeBudget);  // the budget is per frame
        const auto overall = [i, count](double done) { return (i + done) / count; };
        Result<const AVFrame *> frame =
            frameAt(decoder, toStreamTime(decoder, duration * (i + 0.5) / count), overall);
        if (!frame)
            return frame.failure();
        if (control)
            control->report(overall(1.0), Thumbnailer::tr("scaling"));
        Result<QImage> image = toImage(decoder, *frame, width);
        if (!image)
            return image.failure();
        images.append(std::move(image).value());
    }
    return images;
}

PosterCache::PosterCache(QString dataRoot) : m_dataRoot(std::move(dataRoot)) {}

Result<QString> PosterCache::poster(const QString &videoPath, double atSeconds, int width,
                                    const QString &format, const MediaControl *control) const
{
    const QString extension =
        format.toLower() == QLatin1String("jpeg") ? QStringLiteral("jpg") : format.toLower();
    if (extension != QLatin1String("jpg") && extension != QLatin1String("png"))
        return badInput(Thumbnailer::tr("posters are JPEG or PNG, not %1").arg(format));
    if (width < kMinWidth || width > kMaxWidth)
        return posterFrame(videoPath, atSeconds, width).failure();  // its message
    Result<QString> hash = MediaStore::contentHash(videoPath);
    if (!hash)
        return hash.failure();
    const QString time =
        atSeconds < 0.0 ? QStringLiteral("auto") : QString::number(std::llround(atSeconds * 1000.0));
    const QString folder = QDir(m_dataRoot).filePath(QStringLiteral("media/thumbnails/") + hash->left(2));
    const QString path =
        QDir(folder).filePath(QStringLiteral("%1-%2-%3.%4").arg(*hash, time).arg(width).arg(extension));
    if (QFileInfo::exists(path))
        return path;  // written atomically, so an existing file is complete

    Result<QImage> image = posterFrame(videoPath, atSeconds, width, control);
    if (!image)
        return image.failure();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const bool jpeg = extension == QLatin1String("jpg");
    if (!image->save(&buffer, jpeg ? "JPG" : "PNG", jpeg ? 85 : -1))
        return Failure{
            Thumbnailer::tr("cannot encode the poster of %1 as %2")
                .arg(displayPath(videoPath), jpeg ? QStringLiteral("JPEG") : QStringLiteral("PNG"))};
    if (!QDir().mkpath(folder))
        return Failure{Thumbnailer::tr("cannot create the thumbnail folder %1").arg(displayPath(folder))};
    if (Status written = writeFileAtomically(path, bytes); !written)
        return written.failure();
    return path;
}

}  // namespace storyreel
