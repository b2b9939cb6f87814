#include "probe.h"

#include "ffmpegutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <vector>

extern "C" {
#include <libavformat/avformat.h>
#include <libavutil/display.h>
#include <libavutil/pixdesc.h>
}

namespace storyreel {
namespace {

struct Probe
{
    Q_DECLARE_TR_FUNCTIONS(storyreel::Probe)
};

}  // namespace

struct PipeSource
{
    int fd = -1;
    AVIOContext *io = nullptr;
    const MediaDeadline *deadline = nullptr;
};

void PipeSourceDeleter::operator()(PipeSource *source) const
{
    if (!source)
        return;
    if (source->io) {
        av_freep(&source->io->buffer);
        avio_context_free(&source->io);
    }
    if (source->fd >= 0)
        ::close(source->fd);
    delete source;
}

namespace {

Failure notMedia(const QString &path)
{
    return badInput(Probe::tr("%1 is not a video or audio file FFmpeg can read").arg(displayPath(path)));
}

// A blocking read() on a FIFO with no writer never returns; poll() in short slices lets the deadline
// and a cancel stop it.
int readPipe(void *opaque, uint8_t *buffer, int size)
{
    const auto *source = static_cast<const PipeSource *>(opaque);
    for (;;) {
        if (source->deadline->cancelled() || source->deadline->expired())
            return AVERROR_EXIT;
        pollfd ready{source->fd, POLLIN, 0};
        const int polled = ::poll(&ready, 1, 50);
        if (polled < 0 && errno != EINTR)
            return AVERROR(errno);
        if (polled <= 0)
            continue;
        const ssize_t got = ::read(source->fd, buffer, static_cast<size_t>(size));
        if (got > 0)
            return static_cast<int>(got);
        if (got == 0)
            return AVERROR_EOF;
        if (errno != EAGAIN && errno != EINTR)
            return AVERROR(errno);
    }
}

Result<std::unique_ptr<PipeSource, PipeSourceDeleter>> openPipe(const QString &path,
                                                                const MediaDeadline *deadline)
{
    std::unique_ptr<PipeSource, PipeSourceDeleter> source(new PipeSource);
    source->deadline = deadline;
    // O_NONBLOCK: opening a FIFO for reading blocks until a writer appears.
    source->fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (source->fd < 0) {
        const QString why = QString::fromLocal8Bit(strerror(errno));  // before tr() may change errno
        return Failure{Probe::tr("cannot read %1: %2").arg(displayPath(path), why)};
    }
    auto *buffer = static_cast<unsigned char *>(av_malloc(64 * 1024));
    source->io = buffer ? avio_alloc_context(buffer, 64 * 1024, 0, source.get(), &readPipe, nullptr, nullptr)
                        : nullptr;
    if (!source->io) {
        av_free(buffer);
        return Failure{Probe::tr("out of memory reading %1").arg(displayPath(path))};
    }
    return source;
}

// The file must exist, be a regular file (or a FIFO) and hold something.
Status checkFile(const QString &path, bool *isFifo)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0) {
        if (errno == ENOENT || errno == ENOTDIR)
            return badInput(Probe::tr("%1 does not exist").arg(displayPath(path)));
        const QString why = QString::fromLocal8Bit(strerror(errno));  // before tr() may change errno
        return Failure{Probe::tr("cannot read %1: %2").arg(displayPath(path), why)};
    }
    *isFifo = S_ISFIFO(info.st_mode);
    if (S_ISDIR(info.st_mode))
        return badInput(Probe::tr("%1 is a folder, not a media file").arg(displayPath(path)));
    if (!S_ISREG(info.st_mode) && !*isFifo)
        return badInput(Probe::tr("%1 is not a regular file").arg(displayPath(path)));
    if (S_ISREG(info.st_mode) && info.st_size == 0)
        return badInput(Probe::tr("%1 is empty (0 bytes)").arg(displayPath(path)));
    return {};
}

Status checkLimits(const QString &path, const AVFormatContext *context, const ProbeLimits &limits)
{
    if (context->nb_streams > static_cast<unsigned>(limits.maxStreams)) {
        return badInput(Probe::tr("%1 has %2 streams, more than the %3 allowed")
                            .arg(displayPath(path))
                            .arg(context->nb_streams)
                            .arg(limits.maxStreams));
    }
    for (unsigned i = 0; i < context->nb_streams; ++i) {
        const AVCodecParameters *codec = context->streams[i]->codecpar;
        if (codec->codec_type == AVMEDIA_TYPE_VIDEO &&
            qint64(codec->width) * codec->height > limits.maxPixels) {
            return badInput(Probe::tr("%1 has %2x%3 frames, more than the %4 pixels allowed")
                                .arg(displayPath(path))
                                .arg(codec->width)
                                .arg(codec->height)
                                .arg(limits.maxPixels));
        }
    }
    return {};
}

// An MP4/MOV cut short keeps its index (the moov at the front with +faststart) while the samples it
// points to are gone; the demuxer opens it happily and decoding fails later, so compare the two.
Status checkTruncation(const QString &path, AVFormatContext *context)
{
    if (!std::strstr(context->iformat->name, "mov") || !context->pb)
        return {};
    const int64_t fileSize = avio_size(context->pb);
    if (fileSize <= 0)
        return {};  // not seekable (a pipe): nothing to compare with
    int64_t indexEnd = 0;
    for (unsigned i = 0; i < context->nb_streams; ++i) {
        AVStream *stream = context->streams[i];
        const int entries = avformat_index_get_entries_count(stream);
        for (int entry = 0; entry < entries; ++entry) {
            const AVIndexEntry *sample = avformat_index_get_entry(stream, entry);
            indexEnd = std::max(indexEnd, sample->pos + sample->size);
        }
    }
    if (indexEnd > fileSize) {
        return badInput(Probe::tr("%1 is truncated: it ends at byte %2 but its index points to byte %3")
                            .arg(displayPath(path))
                            .arg(fileSize)
                            .arg(indexEnd));
    }
    return {};
}

bool usable(const AVCodecParameters *codec)
{
    if (codec->codec_id == AV_CODEC_ID_NONE)
        return false;
    if (codec->codec_type == AVMEDIA_TYPE_VIDEO)
        return codec->width > 0 && codec->height > 0;
    if (codec->codec_type == AVMEDIA_TYPE_AUDIO)
        return codec->sample_rate > 0 && codec->ch_layout.nb_channels > 0;
    return false;
}

bool hasUsableStream(const AVFormatContext *context)
{
    for (unsigned i = 0; i < context->nb_streams; ++i) {
        if (usable(context->streams[i]->codecpar))
            return true;
    }
    return false;
}

// Whether the header alone leaves something a poster needs unknown: the video's codec, size and
// first timestamp, and the duration (MP4 says it all; Matroska and MPEG-TS do not).
bool needsAnalysis(const AVFormatContext *context)
{
    if ((context->ctx_flags & AVFMTCTX_NOHEADER) || context->duration == AV_NOPTS_VALUE)
        return true;
    for (unsigned i = 0; i < context->nb_streams; ++i) {
        const AVStream *stream = context->streams[i];
        if (stream->codecpar->codec_type == AVMEDIA_TYPE_VIDEO && usable(stream->codecpar) &&
            stream->start_time != AV_NOPTS_VALUE)
            return false;
    }
    return true;
}

Status findStreamInfo(MediaInput &input, const ProbeLimits &limits)
{
    AVFormatContext *context = input.format.get();
    // Decoders opened while analysing get the pixel limit too, for formats whose size shows only then.
    std::vector<AVDictionary *> options(context->nb_streams, nullptr);
    for (AVDictionary *&streamOptions : options)
        av_dict_set_int(&streamOptions, "max_pixels", limits.maxPixels, 0);
    const int analysed = avformat_find_stream_info(context, options.data());
    for (AVDictionary *&streamOptions : options)
        av_dict_free(&streamOptions);
    if (analysed < 0)
        return inputFailure(input, analysed, Probe::tr("cannot read the streams of %1"));
    return {};
}

StreamInfo::Type typeOf(AVMediaType type)
{
    switch (type) {
        case AVMEDIA_TYPE_VIDEO:
            return StreamInfo::Type::Video;
        case AVMEDIA_TYPE_AUDIO:
            return StreamInfo::Type::Audio;
        case AVMEDIA_TYPE_SUBTITLE:
            return StreamInfo::Type::Subtitle;
        case AVMEDIA_TYPE_DATA:
            return StreamInfo::Type::Data;
        case AVMEDIA_TYPE_ATTACHMENT:
            return StreamInfo::Type::Attachment;
        default:
            return StreamInfo::Type::Unknown;
    }
}

StreamInfo describe(const AVStream *stream)
{
    const AVCodecParameters *codec = stream->codecpar;
    StreamInfo info;
    info.index = stream->index;
    info.type = typeOf(codec->codec_type);
    info.codec = QString::fromLatin1(avcodec_get_name(codec->codec_id));
    info.bitRate = codec->bit_rate;
    if (stream->duration != AV_NOPTS_VALUE && stream->duration > 0)
        info.durationMs = av_rescale_q(stream->duration, stream->time_base, AVRational{1, 1000});
    if (codec->codec_type == AVMEDIA_TYPE_VIDEO) {
        info.width = codec->width;
        info.height = codec->height;
        const AVRational rate =
            stream->avg_frame_rate.num > 0 ? stream->avg_frame_rate : stream->r_frame_rate;
        info.frameRate = rate.num > 0 && rate.den > 0 ? av_q2d(rate) : 0.0;
        info.rotation = clockwiseRotation(stream);
        if (const char *format = av_get_pix_fmt_name(static_cast<AVPixelFormat>(codec->format)))
            info.pixelFormat = QString::fromLatin1(format);
        info.attachedPicture = (stream->disposition & AV_DISPOSITION_ATTACHED_PIC) != 0;
    } else if (codec->codec_type == AVMEDIA_TYPE_AUDIO) {
        info.sampleRate = codec->sample_rate;
        info.channels = codec->ch_layout.nb_channels;
    }
    return info;
}

}  // namespace

QString displayPath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

Failure badInput(QString message)
{
    return Failure{std::move(message), FailureKind::BadInput};
}

int clockwiseRotation(const AVStream *stream)
{
    size_t size = 0;
    const uint8_t *matrix = av_stream_get_side_data(stream, AV_PKT_DATA_DISPLAYMATRIX, &size);
    if (!matrix || size < 9 * sizeof(int32_t))
        return 0;
    // av_display_rotation_get() answers counterclockwise (as ffprobe prints it); NaN for a degenerate matrix.
    const double counterclockwise = av_display_rotation_get(reinterpret_cast<const int32_t *>(matrix));
    if (std::isnan(counterclockwise))
        return 0;
    const long quarterTurns = std::lround(-counterclockwise / 90.0);
    return static_cast<int>(((quarterTurns % 4) + 4) % 4) * 90;
}

Failure inputFailure(const MediaInput &input, int errnum, const QString &what)
{
    if (input.deadline->cancelled())
        return Failure{Probe::tr("cancelled while reading %1").arg(displayPath(input.path)),
                       FailureKind::Cancelled};
    if (input.deadline->expired()) {
        return Failure{Probe::tr("%1 could not be read within %2 ms (timed out)")
                           .arg(displayPath(input.path))
                           .arg(input.timeoutMs)};
    }
    const QString message = (what.isEmpty() ? displayPath(input.path) : what.arg(displayPath(input.path))) +
                            QStringLiteral(": ") + ffmpegError(errnum);

    // Errors of the system are not the file's fault; everything else FFmpeg reports here is the content.
    const bool systemError = errnum == AVERROR(EIO) || errnum == AVERROR(EACCES) ||
                             errnum == AVERROR(EPERM) || errnum == AVERROR(ENOMEM) ||
                             errnum == AVERROR(ENOSPC);
    return Failure{message, systemError ? FailureKind::Failed : FailureKind::BadInput};
}

Result<MediaInput> openMediaInput(const QString &path, const ProbeLimits &limits, const MediaControl *control,
                                  StreamAnalysis analysis)
{
    bool isFifo = false;
    if (Status file = checkFile(path, &isFifo); !file)
        return file.failure();
    MediaInput input;
    input.path = path;
    input.timeoutMs = limits.timeoutMs;
    input.deadline = std::make_unique<MediaDeadline>(control, std::chrono::milliseconds(limits.timeoutMs));

    AVFormatContext *context = avformat_alloc_context();
    if (!context)
        return Failure{Probe::tr("out of memory opening %1").arg(displayPath(path))};
    context->interrupt_callback = AVIOInterruptCB{&MediaDeadline::interrupt, input.deadline.get()};
    context->probesize = std::max<int64_t>(limits.probeSizeBytes, 32);
    context->max_analyze_duration = limits.analyzeDurationUs;
    if (isFifo) {
        auto pipe = openPipe(path, input.deadline.get());
        if (!pipe) {
            avformat_free_context(context);
            return pipe.failure();
        }
        input.pipe = std::move(pipe).value();
        context->pb = input.pipe->io;
    }
    // Only local files: a playlist (HLS, concat ...) must not make us fetch URLs or other protocols.
    AVDictionary *options = nullptr;
    av_dict_set(&options, "protocol_whitelist", "file", 0);
    const QByteArray url = isFifo ? QByteArray("pipe:") : QByteArray("file:") + QFile::encodeName(path);
    const int opened = avformat_open_input(&context, url.constData(), nullptr, &options);
    av_dict_free(&options);
    if (opened < 0) {  // avformat_open_input freed the context
        if (input.deadline->cancelled() || input.deadline->expired())
            return inputFailure(input, opened, {});
        if (opened == AVERROR(EIO) || opened == AVERROR(EACCES))
            return inputFailure(input, opened, Probe::tr("cannot read %1"));
        return notMedia(path);
    }
    input.format.reset(context);
    if (!std::strcmp(context->iformat->name, "tty"))  // any text file "plays" as ANSI art
        return notMedia(path);
    if (Status limited = checkLimits(path, context, limits); !limited)
        return limited.failure();
    if (Status complete = checkTruncation(path, context); !complete)
        return complete.failure();
    if (analysis == StreamAnalysis::Always || needsAnalysis(context)) {
        if (Status analysed = findStreamInfo(input, limits); !analysed)
            return analysed.failure();
        if (Status limited = checkLimits(path, context, limits); !limited)  // streams may appear late
            return limited.failure();
    }
    if (input.deadline->cancelled() || input.deadline->expired())
        return inputFailure(input, AVERROR_EXIT, {});
    if (!hasUsableStream(context))
        return notMedia(path);
    return input;
}

Result<MediaInfo> probeMedia(const QString &path, const ProbeLimits &limits, const MediaControl *control)
{
    if (control)
        control->report(0.0, Probe::tr("probing"));
    Result<MediaInput> opened = openMediaInput(path, limits, control, StreamAnalysis::Always);
    if (!opened)
        return opened.failure();
    const AVFormatContext *context = opened->format.get();

    MediaInfo info;
    info.path = path;
    info.container = QString::fromLatin1(context->iformat->name);
    if (context->duration != AV_NOPTS_VALUE && context->duration > 0)
        info.durationMs = av_rescale(context->duration, 1000, AV_TIME_BASE);
    info.sizeBytes = context->pb ? std::max<int64_t>(avio_size(context->pb), 0) : 0;
    info.bitRate = context->bit_rate;
    if (info.bitRate <= 0 && info.sizeBytes > 0 && info.durationMs > 0)
        info.bitRate = info.sizeBytes * 8 * 1000 / info.durationMs;
    for (unsigned i = 0; i < context->nb_streams; ++i)
        info.streams.append(describe(context->streams[i]));
    if (control)
        control->report(1.0, Probe::tr("probing"));
    return info;
}

}  // namespace storyreel
