#include "mediainfo.h"

namespace storyreel {

const StreamInfo *MediaInfo::video() const
{
    for (const StreamInfo &stream : streams) {
        if (stream.type == StreamInfo::Type::Video && !stream.attachedPicture)
            return &stream;
    }
    return nullptr;
}

const StreamInfo *MediaInfo::audio() const
{
    for (const StreamInfo &stream : streams) {
        if (stream.type == StreamInfo::Type::Audio)
            return &stream;
    }
    return nullptr;
}

int MediaInfo::displayWidth() const
{
    const StreamInfo *stream = video();
    if (!stream)
        return 0;
    return (stream->rotation == 90 || stream->rotation == 270) ? stream->height : stream->width;
}

int MediaInfo::displayHeight() const
{
    const StreamInfo *stream = video();
    if (!stream)
        return 0;
    return (stream->rotation == 90 || stream->rotation == 270) ? stream->width : stream->height;
}

}  // namespace storyreel
