#include "mediawriter.h"

#include "ffmpegutil.h"
#include "mediacontrol.h"

#include <QDir>
#include <QFile>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/audio_fifo.h>
#include <libavutil/display.h>
#include <libavutil/opt.h>
#include <libavutil/pixdesc.h>
#include <libswresample/swresample.h>
#include <libswscale/swscale.h>
}

namespace storyreel {
namespace {

Failure fail(const QString &what, int error)
{
    return Failure{QStringLiteral("%1: %2").arg(what, ffmpegError(error))};
}

// VP9 has no named presets; map x264's names onto libvpx's speed knob.
int vp9CpuUsed(const QString &speed)
{
    if (speed == QLatin1String("ultrafast") || speed == QLatin1String("superfast"))
        return 8;
    if (speed == QLatin1String("veryfast") || speed == QLatin1String("faster"))
        return 6;
    if (speed == QLatin1String("fast"))
        return 5;
    return 4;
}

// swscale's name for a YUV matrix.
int swsColorspace(AVColorSpace space)
{
    switch (space) {
        case AVCOL_SPC_BT709:
            return SWS_CS_ITU709;
        case AVCOL_SPC_FCC:
            return SWS_CS_FCC;
        case AVCOL_SPC_SMPTE240M:
            return SWS_CS_SMPTE240M;
        case AVCOL_SPC_BT2020_NCL:
        case AVCOL_SPC_BT2020_CL:
            return SWS_CS_BT2020;
        default:
            return SWS_CS_DEFAULT;  // BT.601
    }
}

}  // namespace

struct MediaWriter::Impl
{
    OutputFormatPtr output;
    CodecContextPtr video;
    CodecContextPtr audio;
    AVStream *videoStream = nullptr;
    AVStream *audioStream = nullptr;
    FramePtr videoFrame;  // reused for converted video
    FramePtr audioFrame;  // reused for encoder-sized audio chunks
    PacketPtr packet;
    SwsContextPtr sws;
    // What sws was made for: a new size, format or colour description needs a new one.
    struct ScalerKey
    {
        int width = 0;
        int height = 0;
        int format = -1;
        int space = -1;
        int range = -1;
        bool operator==(const ScalerKey &) const = default;
    } scalerKey;
    SwrContextPtr swr;
    AudioFifoPtr fifo;
    std::int64_t nextVideoPts = 0;
    std::int64_t framesWritten = 0;
    std::int64_t audioSamplesSent = 0;
    const MediaControl *control = nullptr;
    bool headerWritten = false;
    bool finished = false;

    Status openVideo(const VideoEncoding &settings);
    Status openAudio(const AudioEncoding &settings);
    Status encode(AVCodecContext *codec, AVStream *stream, const AVFrame *frame);
    Status prepareScaler(const AVFrame *source);
    Status convertVideo(const AVFrame *source);
    Status pushAudio(const std::uint8_t *const *data, int samples, bool flush);
    Status drainAudioFifo(bool flush);
};

MediaWriter::MediaWriter(std::unique_ptr<Impl> impl) : d(std::move(impl)) {}
MediaWriter::~MediaWriter() = default;

Status MediaWriter::Impl::openVideo(const VideoEncoding &settings)
{
    const AVCodec *codec = avcodec_find_encoder_by_name(settings.encoder.toLatin1().constData());
    if (!codec)
        return Failure{
            MediaWriter::tr("the %1 encoder is not available in this FFmpeg").arg(settings.encoder)};
    video.reset(avcodec_alloc_context3(codec));
    AVCodecContext *context = video.get();
    context->width = settings.size.width();
    context->height = settings.size.height();
    context->pix_fmt = AV_PIX_FMT_YUV420P;
    context->framerate = AVRational{settings.fpsNum, settings.fpsDen};
    context->time_base = settings.timeBaseDen > 0 ? AVRational{settings.timeBaseNum, settings.timeBaseDen}
                                                  : AVRational{settings.fpsDen, settings.fpsNum};
    if (settings.keyframeSeconds > 0)  // else the encoder's own default, as the ffmpeg CLI leaves it
        context->gop_size = qMax(1, settings.keyframeSeconds * settings.fpsNum / qMax(1, settings.fpsDen));
    context->thread_count = 0;  // one per core
    // BT.709, limited range: what players assume for HD video; tagged so none has to guess.
    context->colorspace = settings.colorSpace >= 0 ? AVColorSpace(settings.colorSpace) : AVCOL_SPC_BT709;
    context->color_primaries =
        settings.colorPrimaries >= 0 ? AVColorPrimaries(settings.colorPrimaries) : AVCOL_PRI_BT709;
    context->color_trc =
        settings.colorTransfer >= 0 ? AVColorTransferCharacteristic(settings.colorTransfer) : AVCOL_TRC_BT709;
    context->color_range = settings.colorRange >= 0 ? AVColorRange(settings.colorRange) : AVCOL_RANGE_MPEG;
    if (output->oformat->flags & AVFMT_GLOBALHEADER)
        context->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;

    AVDictionary *options = nullptr;
    if (settings.encoder == QLatin1String("libx264")) {
        av_dict_set(&options, "preset", settings.speed.toLatin1().constData(), 0);
        av_dict_set_int(&options, "crf", settings.crf, 0);
    } else if (settings.encoder == QLatin1String("libvpx-vp9")) {
        context->bit_rate = 0;  // constant quality
        av_dict_set_int(&options, "crf", settings.crf, 0);
        av_dict_set(&options, "deadline", "good", 0);
        av_dict_set_int(&options, "cpu-used", vp9CpuUsed(settings.speed), 0);
        av_dict_set_int(&options, "row-mt", 1, 0);
    }
    const int opened = avcodec_open2(context, codec, &options);
    av_dict_free(&options);
    if (opened < 0)
        return fail(MediaWriter::tr("cannot start the %1 encoder").arg(settings.encoder), opened);

    videoStream = avformat_new_stream(output.get(), nullptr);
    if (!videoStream)
        return Failure{MediaWriter::tr("cannot add a video stream")};
    videoStream->time_base = context->time_base;
    videoStream->avg_frame_rate = context->framerate;
    avcodec_parameters_from_context(videoStream->codecpar, context);
    if (settings.rotation % 360 != 0) {
        auto *matrix = reinterpret_cast<int32_t *>(
            av_stream_new_side_data(videoStream, AV_PKT_DATA_DISPLAYMATRIX, sizeof(int32_t) * 9));
        if (matrix)
            av_display_rotation_set(matrix, double(settings.rotation));  // set() takes clockwise degrees
    }
    videoFrame = FramePtr(av_frame_alloc());
    videoFrame->format = context->pix_fmt;
    videoFrame->width = context->width;
    videoFrame->height = context->height;
    if (const int error = av_frame_get_buffer(videoFrame.get(), 0); error < 0)
        return fail(MediaWriter::tr("cannot allocate a video frame"), error);
    return {};
}

Status MediaWriter::Impl::openAudio(const AudioEncoding &settings)
{
    const AVCodec *codec = avcodec_find_encoder_by_name(settings.encoder.toLatin1().constData());
    if (!codec)
        return Failure{
            MediaWriter::tr("the %1 encoder is not available in this FFmpeg").arg(settings.encoder)};
    audio.reset(avcodec_alloc_context3(codec));
    AVCodecContext *context = audio.get();
    context->sample_fmt = codec->sample_fmts ? codec->sample_fmts[0] : AV_SAMPLE_FMT_FLTP;
    context->sample_rate = settings.sampleRate;
    av_channel_layout_default(&context->ch_layout, settings.channels);
    context->bit_rate = settings.bitRate;
    context->time_base = AVRational{1, settings.sampleRate};
    if (output->oformat->flags & AVFMT_GLOBALHEADER)
        context->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    if (const int error = avcodec_open2(context, codec, nullptr); error < 0)
        return fail(MediaWriter::tr("cannot start the %1 encoder").arg(settings.encoder), error);

    audioStream = avformat_new_stream(output.get(), nullptr);
    if (!audioStream)
        return Failure{MediaWriter::tr("cannot add an audio stream")};
    audioStream->time_base = context->time_base;
    avcodec_parameters_from_context(audioStream->codecpar, context);
    fifo.reset(av_audio_fifo_alloc(context->sample_fmt, context->ch_layout.nb_channels,
                                   qMax(1, context->frame_size) * 4));
    audioFrame = FramePtr(av_frame_alloc());
    return {};
}

Result<std::unique_ptr<MediaWriter>> MediaWriter::open(const QString &path, const QString &muxer,
                                                       const VideoEncoding &video,
                                                       const std::optional<AudioEncoding> &audio,
                                                       bool faststart)
{
    auto impl = std::make_unique<Impl>();
    AVFormatContext *raw = nullptr;
    const QByteArray encodedPath = QFile::encodeName(path);
    if (const int error = avformat_alloc_output_context2(&raw, nullptr, muxer.toLatin1().constData(),
                                                         encodedPath.constData());
        error < 0)
        return fail(MediaWriter::tr("cannot create a %1 file").arg(muxer), error);
    impl->output.reset(raw);
    impl->packet = PacketPtr(av_packet_alloc());
    if (Status status = impl->openVideo(video); !status)
        return status.failure();
    if (audio) {
        if (Status status = impl->openAudio(*audio); !status)
            return status.failure();
    }
    if (const int error = avio_open(&impl->output->pb, encodedPath.constData(), AVIO_FLAG_WRITE); error < 0)
        return fail(MediaWriter::tr("cannot write %1").arg(QDir::toNativeSeparators(path)), error);
    AVDictionary *options = nullptr;
    if (faststart)
        av_dict_set(&options, "movflags", "+faststart", 0);
    const int written = avformat_write_header(impl->output.get(), &options);
    av_dict_free(&options);
    if (written < 0)
        return fail(MediaWriter::tr("cannot write the %1 header").arg(muxer), written);
    impl->headerWritten = true;
    return std::unique_ptr<MediaWriter>(new MediaWriter(std::move(impl)));
}

Status MediaWriter::Impl::encode(AVCodecContext *codec, AVStream *stream, const AVFrame *frame)
{
    if (const int error = avcodec_send_frame(codec, frame); error < 0)
        return fail(MediaWriter::tr("encoding failed"), error);
    for (;;) {
        const int received = avcodec_receive_packet(codec, packet.get());
        if (received == AVERROR(EAGAIN) || received == AVERROR_EOF)
            return {};
        if (received < 0)
            return fail(MediaWriter::tr("encoding failed"), received);
        if (!frame && control && control->cancelled()) {
            av_packet_unref(packet.get());
            return Failure{MediaWriter::tr("cancelled"), FailureKind::Cancelled};
        }
        av_packet_rescale_ts(packet.get(), codec->time_base, stream->time_base);
        packet->stream_index = stream->index;
        if (const int error = av_interleaved_write_frame(output.get(), packet.get()); error < 0)
            return fail(MediaWriter::tr("writing the file failed"), error);
    }
}

Status MediaWriter::Impl::prepareScaler(const AVFrame *source)
{
    // Images are converted into the output's colour space. YUV frames are only scaled when they are
    // in it (or untagged): converting between YUV matrices would cost swscale a pass through RGB.
    const AVPixFmtDescriptor *format = av_pix_fmt_desc_get(AVPixelFormat(source->format));
    const bool sourceIsRgb = format && (format->flags & AV_PIX_FMT_FLAG_RGB);
    const bool keepSourceSpace = !sourceIsRgb && video->colorspace == AVCOL_SPC_UNSPECIFIED;
    const int outputSpace = swsColorspace(keepSourceSpace ? source->colorspace : video->colorspace);
    const int sourceSpace = sourceIsRgb || source->colorspace == AVCOL_SPC_UNSPECIFIED
                                ? outputSpace
                                : swsColorspace(source->colorspace);
    const int sourceRange = sourceIsRgb || source->color_range == AVCOL_RANGE_JPEG ? 1 : 0;
    const int outputRange = video->color_range == AVCOL_RANGE_JPEG ? 1 : 0;
    const ScalerKey key{source->width, source->height, source->format, sourceSpace, sourceRange};
    if (sws && key == scalerKey)
        return {};

    // Sliced over all cores, as the ffmpeg CLI's scale filter does: one thread would hold up the
    // decoder and encoder threads waiting for it.
    sws.reset(sws_alloc_context());
    SwsContext *context = sws.get();
    if (!context)
        return Failure{MediaWriter::tr("out of memory converting video")};
    av_opt_set_int(context, "srcw", source->width, 0);
    av_opt_set_int(context, "srch", source->height, 0);
    av_opt_set_int(context, "src_format", source->format, 0);
    av_opt_set_int(context, "dstw", videoFrame->width, 0);
    av_opt_set_int(context, "dsth", videoFrame->height, 0);
    av_opt_set_int(context, "dst_format", AV_PIX_FMT_YUV420P, 0);
    av_opt_set_int(context, "sws_flags", SWS_BICUBIC, 0);
    av_opt_set_int(context, "src_range", sourceRange, 0);
    av_opt_set_int(context, "dst_range", outputRange, 0);
    av_opt_set_int(context, "threads", 0, 0);  // one per core
    if (sws_init_context(context, nullptr, nullptr) < 0) {
        sws.reset();
        return Failure{MediaWriter::tr("cannot convert %1x%2 frames").arg(source->width).arg(source->height)};
    }
    sws_setColorspaceDetails(context, sws_getCoefficients(sourceSpace), sourceRange,
                             sws_getCoefficients(outputSpace), outputRange, 0, 1 << 16, 1 << 16);
    scalerKey = key;
    return {};
}

Status MediaWriter::Impl::convertVideo(const AVFrame *source)
{
    if (const int error = av_frame_make_writable(videoFrame.get()); error < 0)
        return fail(MediaWriter::tr("cannot reuse the video frame"), error);
    if (Status prepared = prepareScaler(source); !prepared)
        return prepared;
    // The frame API runs the slice threads; it needs a reference-counted source (decoded frames are),
    // while wrapped images go through the plain call.
    if (source->buf[0]) {
        if (const int error = sws_scale_frame(sws.get(), videoFrame.get(), source); error < 0)
            return fail(MediaWriter::tr("cannot convert the video"), error);
        return {};
    }
    sws_scale(sws.get(), source->data, source->linesize, 0, source->height, videoFrame->data,
              videoFrame->linesize);
    return {};
}

Status MediaWriter::writeVideoFrame(const AVFrame *frame, std::int64_t pts)
{
    if (Status converted = d->convertVideo(frame); !converted)
        return converted;
    return submitFilledFrame(pts);
}

Result<AVFrame *> MediaWriter::frameToFill()
{
    if (const int error = av_frame_make_writable(d->videoFrame.get()); error < 0)
        return fail(MediaWriter::tr("cannot reuse the video frame"), error);
    return d->videoFrame.get();
}

Status MediaWriter::submitFilledFrame(std::int64_t pts)
{
    d->videoFrame->pts = pts >= 0 ? pts : d->nextVideoPts;
    d->nextVideoPts = d->videoFrame->pts + 1;
    ++d->framesWritten;
    return d->encode(d->video.get(), d->videoStream, d->videoFrame.get());
}

Status MediaWriter::writeImage(const QImage &image)
{
    const QImage rgb = image.format() == QImage::Format_RGB32 || image.format() == QImage::Format_ARGB32
                           ? image
                           : image.convertToFormat(QImage::Format_RGB32);
    // Wrap the QImage's pixels without copying: Format_RGB32 is FFmpeg's native-endian RGB32.
    AVFrame wrapper{};
    wrapper.format = AV_PIX_FMT_RGB32;
    wrapper.width = rgb.width();
    wrapper.height = rgb.height();
    wrapper.data[0] = const_cast<uint8_t *>(rgb.constBits());
    wrapper.linesize[0] = int(rgb.bytesPerLine());
    wrapper.color_range = AVCOL_RANGE_JPEG;
    return writeVideoFrame(&wrapper);
}

Status MediaWriter::Impl::drainAudioFifo(bool flush)
{
    const int frameSize = audio->frame_size > 0 ? audio->frame_size : 1024;
    while (av_audio_fifo_size(fifo.get()) >= frameSize || (flush && av_audio_fifo_size(fifo.get()) > 0)) {
        const int samples = qMin(frameSize, av_audio_fifo_size(fifo.get()));
        av_frame_unref(audioFrame.get());
        audioFrame->nb_samples = samples;
        audioFrame->format = audio->sample_fmt;
        audioFrame->sample_rate = audio->sample_rate;
        av_channel_layout_copy(&audioFrame->ch_layout, &audio->ch_layout);
        if (const int error = av_frame_get_buffer(audioFrame.get(), 0); error < 0)
            return fail(MediaWriter::tr("cannot allocate an audio frame"), error);
        av_audio_fifo_read(fifo.get(), reinterpret_cast<void **>(audioFrame->data), samples);
        audioFrame->pts = audioSamplesSent;
        audioSamplesSent += samples;
        if (Status status = encode(audio.get(), audioStream, audioFrame.get()); !status)
            return status;
    }
    return {};
}

Status MediaWriter::Impl::pushAudio(const std::uint8_t *const *data, int samples, bool flush)
{
    // Resampled output can exceed the input by the resampler's delay; size for the worst case.
    const int capacity = swr_get_out_samples(swr.get(), samples);
    uint8_t **converted = nullptr;
    if (const int error = av_samples_alloc_array_and_samples(
            &converted, nullptr, audio->ch_layout.nb_channels, qMax(1, capacity), audio->sample_fmt, 0);
        error < 0)
        return fail(MediaWriter::tr("cannot allocate audio"), error);
    const int produced =
        swr_convert(swr.get(), converted, capacity, const_cast<const uint8_t **>(data), samples);
    Status status;
    if (produced < 0)
        status = fail(MediaWriter::tr("cannot resample the audio"), produced);
    else if (produced > 0 &&
             av_audio_fifo_write(fifo.get(), reinterpret_cast<void **>(converted), produced) < produced)
        status = Failure{MediaWriter::tr("cannot queue the audio")};
    av_freep(&converted[0]);
    av_freep(&converted);
    if (!status)
        return status;
    return drainAudioFifo(flush);
}

Status MediaWriter::writeAudio(const AVFrame *frame)
{
    if (!d->audio)
        return {};
    if (!d->swr) {
        SwrContext *raw = nullptr;
        if (const int error =
                swr_alloc_set_opts2(&raw, &d->audio->ch_layout, d->audio->sample_fmt, d->audio->sample_rate,
                                    const_cast<AVChannelLayout *>(&frame->ch_layout),  // 5.1 API lacks const
                                    AVSampleFormat(frame->format), frame->sample_rate, 0, nullptr);
            error < 0)
            return fail(MediaWriter::tr("cannot set up audio resampling"), error);
        d->swr.reset(raw);
        if (const int error = swr_init(raw); error < 0)
            return fail(MediaWriter::tr("cannot set up audio resampling"), error);
    }
    return d->pushAudio(frame->extended_data, frame->nb_samples, false);
}

Status MediaWriter::writeAudioSamples(const float *interleaved, int sampleFrames)
{
    if (!d->audio)
        return {};
    AVFrame wrapper{};
    wrapper.format = AV_SAMPLE_FMT_FLT;
    wrapper.sample_rate = d->audio->sample_rate;
    av_channel_layout_copy(&wrapper.ch_layout, &d->audio->ch_layout);
    wrapper.nb_samples = sampleFrames;
    wrapper.data[0] = reinterpret_cast<uint8_t *>(const_cast<float *>(interleaved));
    wrapper.extended_data = wrapper.data;
    const Status status = writeAudio(&wrapper);
    av_channel_layout_uninit(&wrapper.ch_layout);
    return status;
}

Status MediaWriter::finish()
{
    if (d->finished)
        return {};
    d->finished = true;
    if (d->audio) {
        if (d->swr) {
            if (Status status = d->pushAudio(nullptr, 0, true); !status)  // the resampler's tail
                return status;
        }
        if (Status status = d->drainAudioFifo(true); !status)
            return status;
        if (Status status = d->encode(d->audio.get(), d->audioStream, nullptr); !status)
            return status;
    }
    if (Status status = d->encode(d->video.get(), d->videoStream, nullptr); !status)
        return status;
    if (const int error = av_write_trailer(d->output.get()); error < 0)
        return fail(MediaWriter::tr("cannot finish the file"), error);
    if (const int error = avio_closep(&d->output->pb); error < 0)
        return fail(MediaWriter::tr("cannot close the file"), error);
    return {};
}

void MediaWriter::setControl(const MediaControl *control)
{
    d->control = control;
}

std::int64_t MediaWriter::videoFramesWritten() const
{
    return d->framesWritten;
}
bool MediaWriter::hasAudio() const
{
    return d->audio != nullptr;
}
QSize MediaWriter::videoSize() const
{
    return {d->video->width, d->video->height};
}

}  // namespace storyreel
