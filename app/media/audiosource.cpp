#include "audiosource.h"

#include "ffmpegutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstring>
#include <vector>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libswresample/swresample.h>
}

namespace storyreel {

struct AudioSource::Impl
{
    InputFormatPtr input;
    CodecContextPtr decoder;
    SwrContextPtr swr;
    PacketPtr packet = PacketPtr(av_packet_alloc());
    FramePtr frame = FramePtr(av_frame_alloc());
    int streamIndex = -1;
    int sampleRate = 48000;
    int channels = 2;
    std::vector<float> pending;  // converted samples not read yet (interleaved)
    std::size_t pendingOffset = 0;
    bool demuxerDone = false;
    bool decoderDone = false;
    QString path;

    // Decodes the next frame into `pending`; false at the end of the stream.
    Result<bool> decodeMore();
    Status convert(const AVFrame *decoded);
};

AudioSource::AudioSource(std::unique_ptr<Impl> impl) : d(std::move(impl)) {}
AudioSource::~AudioSource() = default;

Result<std::unique_ptr<AudioSource>> AudioSource::open(const QString &path, int sampleRate, int channels)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (!QFileInfo(path).isFile())
        return Failure{AudioSource::tr("the soundtrack %1 does not exist").arg(shown), FailureKind::BadInput};
    auto impl = std::make_unique<Impl>();
    impl->path = shown;
    impl->sampleRate = sampleRate;
    impl->channels = channels;
    AVFormatContext *raw = nullptr;
    if (const int error = avformat_open_input(&raw, QFile::encodeName(path).constData(), nullptr, nullptr);
        error < 0)
        return Failure{AudioSource::tr("the soundtrack %1 cannot be read: %2").arg(shown, ffmpegError(error)),
                       FailureKind::BadInput};
    impl->input.reset(raw);
    if (const int error = avformat_find_stream_info(raw, nullptr); error < 0)
        return Failure{AudioSource::tr("the soundtrack %1 cannot be read: %2").arg(shown, ffmpegError(error)),
                       FailureKind::BadInput};
    const AVCodec *codec = nullptr;
    impl->streamIndex = av_find_best_stream(raw, AVMEDIA_TYPE_AUDIO, -1, -1, &codec, 0);
    if (impl->streamIndex < 0 || !codec)
        return Failure{AudioSource::tr("%1 has no audio to use as a soundtrack").arg(shown),
                       FailureKind::BadInput};
    for (unsigned i = 0; i < raw->nb_streams; ++i)
        raw->streams[i]->discard = int(i) == impl->streamIndex ? AVDISCARD_DEFAULT : AVDISCARD_ALL;
    impl->decoder.reset(avcodec_alloc_context3(codec));
    avcodec_parameters_to_context(impl->decoder.get(), raw->streams[impl->streamIndex]->codecpar);
    if (const int error = avcodec_open2(impl->decoder.get(), codec, nullptr); error < 0)
        return Failure{
            AudioSource::tr("the soundtrack %1 cannot be decoded: %2").arg(shown, ffmpegError(error)),
            FailureKind::BadInput};
    return std::unique_ptr<AudioSource>(new AudioSource(std::move(impl)));
}

Status AudioSource::Impl::convert(const AVFrame *decoded)
{
    if (!swr) {
        AVChannelLayout outLayout;
        av_channel_layout_default(&outLayout, channels);
        SwrContext *raw = nullptr;
        const int error =
            swr_alloc_set_opts2(&raw, &outLayout, AV_SAMPLE_FMT_FLT, sampleRate,
                                const_cast<AVChannelLayout *>(&decoded->ch_layout),  // 5.1 lacks const
                                AVSampleFormat(decoded->format), decoded->sample_rate, 0, nullptr);
        swr.reset(raw);
        if (error < 0 || swr_init(raw) < 0)
            return Failure{AudioSource::tr("cannot resample the soundtrack %1").arg(path)};
    }
    const int capacity = swr_get_out_samples(swr.get(), decoded ? decoded->nb_samples : 0);
    if (capacity <= 0)
        return {};
    // Keep what is still unread, append the new samples.
    pending.erase(pending.begin(), pending.begin() + std::ptrdiff_t(pendingOffset));
    pendingOffset = 0;
    const std::size_t before = pending.size();
    pending.resize(before + std::size_t(capacity) * std::size_t(channels));
    uint8_t *out[] = {reinterpret_cast<uint8_t *>(pending.data() + before)};
    const int produced = swr_convert(swr.get(), out, capacity,
                                     decoded ? const_cast<const uint8_t **>(decoded->extended_data) : nullptr,
                                     decoded ? decoded->nb_samples : 0);
    if (produced < 0)
        return Failure{AudioSource::tr("cannot resample the soundtrack %1").arg(path)};
    pending.resize(before + std::size_t(produced) * std::size_t(channels));
    return {};
}

Result<bool> AudioSource::Impl::decodeMore()
{
    while (!decoderDone) {
        const int received = avcodec_receive_frame(decoder.get(), frame.get());
        if (received == 0) {
            const Status converted = convert(frame.get());
            av_frame_unref(frame.get());
            if (!converted)
                return converted.failure();
            return true;
        }
        if (received == AVERROR_EOF) {
            decoderDone = true;
            if (swr) {
                if (Status flushed = convert(nullptr); !flushed)
                    return flushed.failure();
            }
            return true;
        }
        if (received != AVERROR(EAGAIN))
            return Failure{
                AudioSource::tr("the soundtrack %1 is corrupt: %2").arg(path, ffmpegError(received))};
        if (demuxerDone) {
            avcodec_send_packet(decoder.get(), nullptr);
            continue;
        }
        const int read = av_read_frame(input.get(), packet.get());
        if (read == AVERROR_EOF) {
            demuxerDone = true;
            avcodec_send_packet(decoder.get(), nullptr);
            continue;
        }
        if (read < 0)
            return Failure{
                AudioSource::tr("the soundtrack %1 cannot be read: %2").arg(path, ffmpegError(read))};
        if (packet->stream_index == streamIndex)
            avcodec_send_packet(decoder.get(), packet.get());  // a bad packet is skipped, like players do
        av_packet_unref(packet.get());
    }
    return false;
}

Result<int> AudioSource::read(float *interleaved, int frames)
{
    int written = 0;
    while (written < frames) {
        const std::size_t available = (d->pending.size() - d->pendingOffset) / std::size_t(d->channels);
        if (available == 0) {
            Result<bool> more = d->decodeMore();
            if (!more)
                return more.failure();
            if (!*more)
                break;
            continue;
        }
        const std::size_t take = std::min<std::size_t>(available, std::size_t(frames - written));
        std::memcpy(interleaved + std::size_t(written) * std::size_t(d->channels),
                    d->pending.data() + d->pendingOffset, take * std::size_t(d->channels) * sizeof(float));
        d->pendingOffset += take * std::size_t(d->channels);
        written += int(take);
    }
    return written;
}

bool AudioSource::atEnd() const
{
    return d->decoderDone && d->pendingOffset >= d->pending.size();
}

}  // namespace storyreel
