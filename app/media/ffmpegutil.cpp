#include "ffmpegutil.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/audio_fifo.h>
#include <libswresample/swresample.h>
#include <libswscale/swscale.h>
}

namespace storyreel {

void InputFormatDeleter::operator()(AVFormatContext *context) const
{
    avformat_close_input(&context);
}

void OutputFormatDeleter::operator()(AVFormatContext *context) const
{
    if (context && context->pb && !(context->oformat->flags & AVFMT_NOFILE))
        avio_closep(&context->pb);
    avformat_free_context(context);
}

void CodecContextDeleter::operator()(AVCodecContext *context) const
{
    avcodec_free_context(&context);
}
void FrameDeleter::operator()(AVFrame *frame) const
{
    av_frame_free(&frame);
}
void PacketDeleter::operator()(AVPacket *packet) const
{
    av_packet_free(&packet);
}
void SwsContextDeleter::operator()(SwsContext *context) const
{
    sws_freeContext(context);
}
void SwrContextDeleter::operator()(SwrContext *context) const
{
    swr_free(&context);
}
void AudioFifoDeleter::operator()(AVAudioFifo *fifo) const
{
    av_audio_fifo_free(fifo);
}

QString ffmpegError(int errnum)
{
    char buffer[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(errnum, buffer, sizeof buffer);
    return QString::fromUtf8(buffer);
}

}  // namespace storyreel
