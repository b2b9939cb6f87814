#include "exporter.h"

#include "ffmpegutil.h"
#include "mediawriter.h"
#include "partialfile.h"
#include "probe.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QScopeGuard>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavfilter/avfilter.h>
#include <libavfilter/buffersink.h>
#include <libavfilter/buffersrc.h>
#include <libavformat/avformat.h>
}

Q_LOGGING_CATEGORY(lcExport, "storyreel.media.export")

namespace storyreel {
namespace {

struct Exporter
{
    Q_DECLARE_TR_FUNCTIONS(storyreel::Exporter)
};

// Bounds each blocking read, not the whole export: a stalled file (a dead network mount) fails instead
// of hanging, however long the video is. Moved forward after every packet.
constexpr std::chrono::milliseconds kReadBudget{30000};

Failure cancelled(const QString &path)
{
    return Failure{Exporter::tr("the export of %1 was cancelled").arg(displayPath(path)),
                   FailureKind::Cancelled};
}

struct GraphDeleter
{
    void operator()(AVFilterGraph *graph) const { avfilter_graph_free(&graph); }
};
using GraphPtr = std::unique_ptr<AVFilterGraph, GraphDeleter>;

// The demuxer, with the streams the export uses; the others are discarded unread.
struct Input
{
    MediaInput media;
    AVStream *video = nullptr;
    AVStream *audio = nullptr;

    const QString &path() const { return media.path; }
    AVFormatContext *format() const { return media.format.get(); }
    // Why a read stopped: a cancel, a stall or a broken file.
    Failure readFailure(int error) const
    {
        return inputFailure(media, error, Exporter::tr("cannot read %1"));
    }
};

Result<Input> openInput(const QString &path, const MediaInfo &info, const MediaControl *control)
{
    // The probe has analysed the streams; this second open only reads the header (MP4, Matroska).
    Result<MediaInput> opened = openMediaInput(path, ProbeLimits{}, control, StreamAnalysis::WhenNeeded);
    if (!opened)
        return opened.failure();
    Input input;
    input.media = std::move(opened).value();
    const int videoIndex = info.video() ? info.video()->index : -1;
    const int audioIndex = info.audio() ? info.audio()->index : -1;
    AVFormatContext *context = input.format();
    for (unsigned i = 0; i < context->nb_streams; ++i) {
        AVStream *stream = context->streams[i];
        if (int(i) == videoIndex)
            input.video = stream;
        else if (int(i) == audioIndex)
            input.audio = stream;
        else
            stream->discard = AVDISCARD_ALL;
    }
    if (!input.video)
        return badInput(Exporter::tr("%1 has no video stream").arg(displayPath(path)));
    return input;
}

// A demuxer can end early on a cut-off file the probe could not tell was short (Matroska has no
// index up front); the export would look complete but be short.
Status checkComplete(const Input &input, const MediaInfo &info, double reachedSeconds)
{
    const double expected = double(info.video()->durationMs) / 1000.0;
    if (expected > 0 && reachedSeconds < expected * 0.9 - 0.5) {
        return badInput(Exporter::tr("%1 is truncated: its video ends at %2 s of %3 s")
                            .arg(displayPath(input.path()))
                            .arg(reachedSeconds, 0, 'f', 1)
                            .arg(expected, 0, 'f', 1));
    }
    return {};
}

Status copyStream(AVFormatContext *output, const AVStream *source)
{
    AVStream *stream = avformat_new_stream(output, nullptr);
    if (!stream)
        return Failure{Exporter::tr("cannot add a stream to the output")};
    if (const int error = avcodec_parameters_copy(stream->codecpar, source->codecpar); error < 0)
        return Failure{Exporter::tr("cannot copy a stream: %1").arg(ffmpegError(error))};
    stream->codecpar->codec_tag = 0;  // let the muxer pick its own tag for the codec
    stream->time_base = source->time_base;
    stream->avg_frame_rate = source->avg_frame_rate;
    stream->r_frame_rate = source->r_frame_rate;
    stream->sample_aspect_ratio = source->sample_aspect_ratio;
    stream->disposition = source->disposition;
    av_dict_copy(&stream->metadata, source->metadata, 0);
    // The display matrix carries the rotation of phone videos.
    size_t size = 0;
    if (const std::uint8_t *matrix = av_stream_get_side_data(source, AV_PKT_DATA_DISPLAYMATRIX, &size)) {
        if (std::uint8_t *copy = av_stream_new_side_data(stream, AV_PKT_DATA_DISPLAYMATRIX, size))
            std::memcpy(copy, matrix, size);
    }
    return {};
}

Result<ExportOutcome> remux(Input &input, const MediaInfo &info, const ExportPreset &preset,
                            const QString &path, const MediaControl *control)
{
    const QString stage = Exporter::tr("remuxing");
    AVFormatContext *raw = nullptr;
    const QByteArray encodedPath = QFile::encodeName(path);
    const QByteArray muxer = preset.muxer().toLatin1();
    if (const int error =
            avformat_alloc_output_context2(&raw, nullptr, muxer.constData(), encodedPath.constData());
        error < 0)
        return Failure{Exporter::tr("cannot create a %1 file: %2").arg(preset.muxer(), ffmpegError(error))};
    OutputFormatPtr output(raw);
    for (const AVStream *source : {input.video, input.audio}) {
        if (!source)
            continue;
        if (Status copied = copyStream(raw, source); !copied)
            return copied.failure();
    }
    if (const int error = avio_open(&raw->pb, encodedPath.constData(), AVIO_FLAG_WRITE); error < 0)
        return Failure{Exporter::tr("cannot write %1: %2").arg(displayPath(path), ffmpegError(error))};
    AVDictionary *options = nullptr;
    if (preset.format != ExportPreset::Format::WebM)
        av_dict_set(&options, "movflags", "+faststart", 0);
    const int headerWritten = avformat_write_header(raw, &options);
    av_dict_free(&options);
    if (headerWritten < 0)
        return Failure{
            Exporter::tr("cannot write the %1 header: %2").arg(preset.muxer(), ffmpegError(headerWritten))};

    const double duration = double(info.durationMs) / 1000.0;
    const std::int64_t videoStart = input.video->start_time == AV_NOPTS_VALUE ? 0 : input.video->start_time;
    double videoEnd = 0.0;
    PacketPtr packet(av_packet_alloc());
    for (;;) {
        if (control && control->cancelled())
            return cancelled(input.path());
        input.media.deadline->extend(kReadBudget);
        const int read = av_read_frame(input.format(), packet.get());
        if (read == AVERROR_EOF)
            break;
        if (read < 0)
            return input.readFailure(read);
        const AVStream *source = input.format()->streams[packet->stream_index];
        const int target = source == input.video ? 0 : source == input.audio ? 1 : -1;
        if (target < 0) {
            av_packet_unref(packet.get());
            continue;
        }
        if (target == 0 && packet->pts != AV_NOPTS_VALUE) {
            videoEnd = std::max(
                videoEnd, double(packet->pts - videoStart + packet->duration) * av_q2d(source->time_base));
            if (control && duration > 0)
                control->report(videoEnd / duration, stage);
        }
        AVStream *destination = raw->streams[target];
        av_packet_rescale_ts(packet.get(), source->time_base, destination->time_base);
        packet->stream_index = destination->index;
        packet->pos = -1;
        if (const int error = av_interleaved_write_frame(raw, packet.get()); error < 0)
            return Failure{Exporter::tr("writing %1 failed: %2").arg(displayPath(path), ffmpegError(error))};
    }
    if (Status complete = checkComplete(input, info, videoEnd); !complete)
        return complete.failure();
    if (const int error = av_write_trailer(raw); error < 0)
        return Failure{Exporter::tr("cannot finish %1: %2").arg(displayPath(path), ffmpegError(error))};
    if (const int error = avio_closep(&raw->pb); error < 0)
        return Failure{Exporter::tr("cannot close %1: %2").arg(displayPath(path), ffmpegError(error))};
    if (control)
        control->report(1.0, stage);
    ExportOutcome outcome;
    outcome.remuxed = true;
    outcome.size = QSize(input.video->codecpar->width, input.video->codecpar->height);
    outcome.durationMs = info.durationMs;
    return outcome;
}

Result<CodecContextPtr> openDecoder(const Input &input, const AVStream *stream)
{
    const AVCodec *codec = avcodec_find_decoder(stream->codecpar->codec_id);
    if (!codec) {
        return badInput(Exporter::tr("%1 uses the %2 codec, which this FFmpeg cannot decode")
                            .arg(displayPath(input.path()),
                                 QString::fromLatin1(avcodec_get_name(stream->codecpar->codec_id))));
    }
    CodecContextPtr context(avcodec_alloc_context3(codec));
    if (!context)
        return Failure{Exporter::tr("out of memory decoding %1").arg(displayPath(input.path()))};
    avcodec_parameters_to_context(context.get(), stream->codecpar);
    context->pkt_timebase = stream->time_base;
    context->thread_count = 0;  // one per core, frame and slice threads: as fast as the ffmpeg CLI
    context->thread_type = FF_THREAD_FRAME | FF_THREAD_SLICE;
    if (const int error = avcodec_open2(context.get(), codec, nullptr); error < 0) {
        return badInput(
            Exporter::tr("cannot decode %1: %2").arg(displayPath(input.path()), ffmpegError(error)));
    }
    return context;
}

// Turns frames upright, for WebM: FFmpeg 5.1's Matroska muxer cannot record a display rotation.
class Uprighter final
{
public:
    explicit Uprighter(int rotation) : m_rotation(rotation) {}
    // The upright frame, owned by the Uprighter until the next call.
    Result<const AVFrame *> apply(const AVFrame *frame, AVRational timeBase);

private:
    Result<const AVFrame *> filter(const AVFrame *frame);

    int m_rotation;
    GraphPtr m_graph;
    AVFilterContext *m_source = nullptr;
    AVFilterContext *m_sink = nullptr;
    FramePtr m_out{av_frame_alloc()};
};

Result<const AVFrame *> Uprighter::apply(const AVFrame *frame, AVRational timeBase)
{
    if (m_graph)
        return filter(frame);
    // Made for the first frame; later frames of another size or format would fail in the buffer source.
    m_graph.reset(avfilter_graph_alloc());
    const QByteArray args = QStringLiteral("video_size=%1x%2:pix_fmt=%3:time_base=%4/%5:pixel_aspect=1/1")
                                .arg(frame->width)
                                .arg(frame->height)
                                .arg(frame->format)
                                .arg(timeBase.num)
                                .arg(timeBase.den)
                                .toLatin1();
    const char *turn = m_rotation == 90    ? "transpose=clock"
                       : m_rotation == 270 ? "transpose=cclock"
                                           : "hflip,vflip";
    AVFilterInOut *outputs = avfilter_inout_alloc();
    AVFilterInOut *inputs = avfilter_inout_alloc();
    int error = m_graph && outputs && inputs ? 0 : AVERROR(ENOMEM);
    if (error >= 0)
        error = avfilter_graph_create_filter(&m_source, avfilter_get_by_name("buffer"), "in",
                                             args.constData(), nullptr, m_graph.get());
    if (error >= 0)
        error = avfilter_graph_create_filter(&m_sink, avfilter_get_by_name("buffersink"), "out", nullptr,
                                             nullptr, m_graph.get());
    if (error >= 0) {
        outputs->name = av_strdup("in");
        outputs->filter_ctx = m_source;
        inputs->name = av_strdup("out");
        inputs->filter_ctx = m_sink;
        error = avfilter_graph_parse_ptr(m_graph.get(), turn, &inputs, &outputs, nullptr);
    }
    if (error >= 0)
        error = avfilter_graph_config(m_graph.get(), nullptr);
    avfilter_inout_free(&inputs);
    avfilter_inout_free(&outputs);
    if (error < 0)
        return Failure{Exporter::tr("cannot set up rotating the video: %1").arg(ffmpegError(error))};
    return filter(frame);
}

Result<const AVFrame *> Uprighter::filter(const AVFrame *frame)
{
    av_frame_unref(m_out.get());
    int error =
        av_buffersrc_add_frame_flags(m_source, const_cast<AVFrame *>(frame), AV_BUFFERSRC_FLAG_KEEP_REF);
    if (error >= 0)
        error = av_buffersink_get_frame(m_sink, m_out.get());
    if (error < 0)
        return Failure{Exporter::tr("rotating the video failed: %1").arg(ffmpegError(error))};
    return static_cast<const AVFrame *>(m_out.get());
}

AVRational frameRateOf(const AVStream *stream)
{
    for (const AVRational rate : {stream->avg_frame_rate, stream->r_frame_rate}) {
        if (rate.num > 0 && rate.den > 0 && av_q2d(rate) <= 1000.0)
            return rate;
    }
    return AVRational{30, 1};
}

// The AAC encoder takes the MPEG-4 rates only; others are resampled to 48 kHz.
int aacSampleRate(int rate)
{
    static constexpr int kRates[] = {96000, 88200, 64000, 48000, 44100, 32000,
                                     24000, 22050, 16000, 12000, 11025, 8000};
    return std::find(std::begin(kRates), std::end(kRates), rate) != std::end(kRates) ? rate : 48000;
}

// Runs the scaling and encoding of decoded frames on a thread of its own, so the reader can decode
// the next frames meanwhile (the ffmpeg CLI of FFmpeg 5.1 does these steps one after another).
// Frames are passed as references, never copied; the queue is short so memory stays flat.
class EncodeStage final
{
public:
    using Work = std::function<Status(const AVFrame *frame, bool video, std::int64_t pts)>;

    explicit EncodeStage(Work work) : m_work(std::move(work)), m_thread([this] { loop(); }) {}
    // Abandons what is still queued (a cancel or an error ended the export) and stops the thread.
    ~EncodeStage()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_queue.clear();
            m_space.notify_all();
        }
        (void)close();
    }

    // Queues a reference to the frame; fails (at once) once the worker has failed.
    Status push(const AVFrame *frame, bool video, std::int64_t pts)
    {
        std::unique_lock lock(m_mutex);
        m_space.wait(lock, [this] { return m_queue.size() < kDepth || m_failure; });
        if (m_failure)
            return *m_failure;
        m_queue.push_back(Item{FramePtr(av_frame_clone(frame)), video, pts});
        m_ready.notify_one();
        return {};
    }
    // Waits until every queued frame is encoded; the first failure, if any.
    Status close()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_closed = true;
            m_ready.notify_one();
        }
        if (m_thread.joinable())
            m_thread.join();
        return m_failure ? Status(*m_failure) : Status();
    }

private:
    struct Item
    {
        FramePtr frame;
        bool video = true;
        std::int64_t pts = 0;
    };
    static constexpr std::size_t kDepth = 8;

    void loop()
    {
        for (;;) {
            Item item;
            {
                std::unique_lock lock(m_mutex);
                m_ready.wait(lock, [this] { return !m_queue.empty() || m_closed; });
                if (m_queue.empty())
                    return;
                item = std::move(m_queue.front());
                m_queue.pop_front();
                m_space.notify_one();
            }
            if (Status status = m_work(item.frame.get(), item.video, item.pts); !status) {
                const std::lock_guard lock(m_mutex);
                m_failure = status.failure();
                m_queue.clear();
                m_space.notify_all();
                return;
            }
        }
    }

    Work m_work;
    std::mutex m_mutex;  // protects m_queue, m_closed, m_failure
    std::condition_variable m_ready;
    std::condition_variable m_space;
    std::deque<Item> m_queue;
    bool m_closed = false;
    std::optional<Failure> m_failure;
    std::thread m_thread;  // last: starts after the members it uses exist
};

// Decodes, scales once (inside MediaWriter) and encodes; every decoded frame is handed on without a copy.
class Transcoder final
{
public:
    Transcoder(Input &input, const MediaInfo &info, const MediaControl *control)
        : m_input(input), m_info(info), m_control(control)
    {}
    Result<ExportOutcome> run(const ExportPreset &preset, const QString &path);

private:
    Status decode(AVCodecContext *decoder, const AVPacket *packet);
    Status writeVideo(const AVFrame *frame);
    // Runs on the encode stage's thread: the only code that touches m_writer and m_uprighter meanwhile.
    Status encode(const AVFrame *frame, bool video, std::int64_t pts);

    Input &m_input;
    const MediaInfo &m_info;
    const MediaControl *m_control;
    CodecContextPtr m_videoDecoder;
    CodecContextPtr m_audioDecoder;
    std::unique_ptr<MediaWriter> m_writer;
    std::unique_ptr<Uprighter> m_uprighter;
    std::unique_ptr<EncodeStage> m_stage;
    FramePtr m_frame{av_frame_alloc()};
    std::int64_t m_firstPts = AV_NOPTS_VALUE;
    std::int64_t m_lastPts = -1;
    std::int64_t m_videoFrames = 0;
    int m_decodeErrors = 0;
    double m_videoEnd = 0.0;
};

Status Transcoder::writeVideo(const AVFrame *frame)
{
    const AVStream *stream = m_input.video;
    std::int64_t ts = frame->best_effort_timestamp;
    if (ts == AV_NOPTS_VALUE)
        ts = m_lastPts < 0 ? 0 : m_firstPts + m_lastPts + 1;
    if (m_firstPts == AV_NOPTS_VALUE)
        m_firstPts = ts;
    // Encoders and muxers need strictly increasing timestamps; a broken source may repeat one.
    const std::int64_t pts = std::max(ts - m_firstPts, m_lastPts + 1);
    m_lastPts = pts;
    ++m_videoFrames;
    m_videoEnd = double(pts + std::max<std::int64_t>(frame->pkt_duration, 0)) * av_q2d(stream->time_base);
    if (m_control && m_info.durationMs > 0)
        m_control->report(m_videoEnd * 1000.0 / double(m_info.durationMs), Exporter::tr("encoding"));
    return m_stage->push(frame, true, pts);
}

Status Transcoder::encode(const AVFrame *frame, bool video, std::int64_t pts)
{
    if (!video)
        return m_writer->writeAudio(frame);
    if (m_uprighter) {
        Result<const AVFrame *> upright = m_uprighter->apply(frame, m_input.video->time_base);
        if (!upright)
            return upright.failure();
        return m_writer->writeVideoFrame(*upright, pts);
    }
    return m_writer->writeVideoFrame(frame, pts);
}

Status Transcoder::decode(AVCodecContext *decoder, const AVPacket *packet)
{
    const int sent = avcodec_send_packet(decoder, packet);
    // Like the ffmpeg CLI, a damaged packet costs a frame, not the export.
    if (sent == AVERROR_INVALIDDATA)
        ++m_decodeErrors;
    else if (sent < 0 && sent != AVERROR_EOF)
        return badInput(
            Exporter::tr("cannot decode %1: %2").arg(displayPath(m_input.path()), ffmpegError(sent)));
    for (;;) {
        const int received = avcodec_receive_frame(decoder, m_frame.get());
        if (received == AVERROR(EAGAIN) || received == AVERROR_EOF)
            return {};
        if (received == AVERROR_INVALIDDATA) {
            ++m_decodeErrors;
            continue;
        }
        if (received < 0)
            return badInput(
                Exporter::tr("cannot decode %1: %2").arg(displayPath(m_input.path()), ffmpegError(received)));
        const Status written = decoder == m_videoDecoder.get() ? writeVideo(m_frame.get())
                                                               : m_stage->push(m_frame.get(), false, 0);
        av_frame_unref(m_frame.get());
        if (!written)
            return written;
        if (m_control && m_control->cancelled())
            return cancelled(m_input.path());
    }
}

Result<ExportOutcome> Transcoder::run(const ExportPreset &preset, const QString &path)
{
    Result<CodecContextPtr> video = openDecoder(m_input, m_input.video);
    if (!video)
        return video.failure();
    m_videoDecoder = std::move(video).value();
    if (m_input.audio) {
        Result<CodecContextPtr> audio = openDecoder(m_input, m_input.audio);
        if (!audio)
            return audio.failure();
        m_audioDecoder = std::move(audio).value();
    }

    const int rotation = m_info.video()->rotation;
    const bool quarterTurn = rotation == 90 || rotation == 270;
    const QSize display(m_info.displayWidth(), m_info.displayHeight());
    const QSize upright = preset.outputSize(display);
    VideoEncoding encoding;
    encoding.encoder = preset.videoEncoder();
    encoding.crf = preset.crf();
    encoding.speed = QStringLiteral("veryfast");
    encoding.keyframeSeconds = 0;  // the encoder's default, like the ffmpeg CLI
    const AVRational rate = frameRateOf(m_input.video);
    encoding.fpsNum = rate.num;
    encoding.fpsDen = rate.den;
    encoding.timeBaseNum = m_input.video->time_base.num;
    encoding.timeBaseDen = m_input.video->time_base.den;
    // The source's colours are kept as they are, like the ffmpeg CLI: frames are scaled, not re-matrixed.
    if (const AVCodecParameters *codec = m_input.video->codecpar; codec->color_space != AVCOL_SPC_RGB) {
        encoding.colorSpace = codec->color_space;
        encoding.colorPrimaries = codec->color_primaries;
        encoding.colorTransfer = codec->color_trc;
        encoding.colorRange = codec->color_range;
    }
    if (preset.format == ExportPreset::Format::WebM) {
        encoding.size = upright;  // the pixels are turned, nothing to record
        if (rotation != 0)
            m_uprighter = std::make_unique<Uprighter>(rotation);
    } else {
        // Scaled in the stored orientation; the rotation stays metadata, as the source had it.
        encoding.size = quarterTurn ? upright.transposed() : upright;
        encoding.rotation = rotation;
    }
    std::optional<AudioEncoding> audioEncoding;
    if (m_audioDecoder) {
        AudioEncoding audio;
        audio.encoder = preset.audioEncoder();
        audio.bitRate = preset.audioBitRate();
        audio.sampleRate =
            preset.format == ExportPreset::Format::WebM ? 48000 : aacSampleRate(m_audioDecoder->sample_rate);
        audio.channels =
            std::clamp(m_audioDecoder->ch_layout.nb_channels, 1, 2);  // sharing presets are stereo
        audioEncoding = audio;
    }
    Result<std::unique_ptr<MediaWriter>> writer = MediaWriter::open(
        path, preset.muxer(), encoding, audioEncoding, preset.format != ExportPreset::Format::WebM);
    if (!writer)
        return writer.failure();
    m_writer = std::move(writer).value();
    m_writer->setControl(m_control);
    m_stage = std::make_unique<EncodeStage>(
        [this](const AVFrame *frame, bool isVideo, std::int64_t pts) { return encode(frame, isVideo, pts); });
    // Whatever way run() ends, the stage stops before the writer it feeds is destroyed.
    const auto stopStage = qScopeGuard([this] { m_stage.reset(); });

    PacketPtr packet(av_packet_alloc());
    for (;;) {
        if (m_control && m_control->cancelled())
            return cancelled(m_input.path());
        m_input.media.deadline->extend(kReadBudget);
        const int read = av_read_frame(m_input.format(), packet.get());
        if (read == AVERROR_EOF)
            break;
        if (read < 0)
            return m_input.readFailure(read);
        AVCodecContext *decoder = packet->stream_index == m_input.video->index ? m_videoDecoder.get()
                                  : m_input.audio && packet->stream_index == m_input.audio->index
                                      ? m_audioDecoder.get()
                                      : nullptr;
        const Status decoded = decoder ? decode(decoder, packet.get()) : Status();
        av_packet_unref(packet.get());
        if (!decoded)
            return decoded.failure();
    }
    for (AVCodecContext *decoder : {m_videoDecoder.get(), m_audioDecoder.get()}) {
        if (!decoder)
            continue;
        if (Status flushed = decode(decoder, nullptr); !flushed)
            return flushed.failure();
    }
    if (Status encoded = m_stage->close(); !encoded)
        return encoded.failure();
    if (m_decodeErrors > 0)
        qCWarning(lcExport) << m_decodeErrors << "damaged packets skipped in" << m_input.path();
    if (m_videoFrames == 0)
        return badInput(
            Exporter::tr("no video frame of %1 could be decoded").arg(displayPath(m_input.path())));
    if (Status complete = checkComplete(m_input, m_info, m_videoEnd); !complete)
        return complete.failure();
    if (m_control)
        m_control->report(1.0, Exporter::tr("encoding"));
    if (Status finished = m_writer->finish(); !finished)  // a cancel while the encoders drain ends it too
        return finished.errorKind() == FailureKind::Cancelled ? cancelled(m_input.path())
                                                              : finished.failure();
    ExportOutcome outcome;
    outcome.size = m_writer->videoSize();
    outcome.durationMs = m_info.durationMs;
    return outcome;
}

}  // namespace

bool satisfiesPreset(const MediaInfo &source, const ExportPreset &preset)
{
    const StreamInfo *video = source.video();
    if (!video || video->codec != preset.videoCodec())
        return false;
    // 8-bit 4:2:0 is what every player decodes; 10-bit or 4:4:4 is re-encoded.
    if (video->pixelFormat != QLatin1String("yuv420p") && video->pixelFormat != QLatin1String("yuvj420p"))
        return false;
    if (preset.format == ExportPreset::Format::WebM && video->rotation != 0)
        return false;  // WebM cannot keep the rotation, so the pixels must be turned
    if (const StreamInfo *audio = source.audio(); audio && audio->codec != preset.audioCodec())
        return false;
    const QSize display(source.displayWidth(), source.displayHeight());
    return preset.outputSize(display) == display;
}

Result<ExportOutcome> exportVideo(const QString &sourcePath, const ExportPreset &preset,
                                  const QString &destination, const MediaControl *control)
{
    const QFileInfo folder(QFileInfo(destination).absolutePath());
    if (!folder.isDir()) {
        return Failure{Exporter::tr("cannot export to %1: the folder %2 does not exist")
                           .arg(displayPath(destination), displayPath(folder.filePath()))};
    }
    if (const QFileInfo file(sourcePath); file.exists() && !file.isFile() && !file.isDir())
        return badInput(Exporter::tr("%1 is not a regular file").arg(displayPath(sourcePath)));
    Result<MediaInfo> info = probeMedia(sourcePath, ProbeLimits{}, control);
    if (!info)
        return info.failure();
    if (!info->hasVideo())
        return badInput(Exporter::tr("%1 has no video stream").arg(displayPath(sourcePath)));
    Result<Input> input = openInput(sourcePath, *info, control);
    if (!input)
        return input.failure();

    PartialFile output(destination);
    Result<ExportOutcome> outcome =
        satisfiesPreset(*info, preset)
            ? remux(input.value(), *info, preset, output.partialPath(), control)
            : Transcoder(input.value(), *info, control).run(preset, output.partialPath());
    if (!outcome)
        return outcome;
    if (control && control->cancelled())
        return cancelled(sourcePath);
    if (Status committed = output.commit(); !committed)
        return committed.failure();
    ExportOutcome done = std::move(outcome).value();
    done.path = destination;
    return done;
}

}  // namespace storyreel
