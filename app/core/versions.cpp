#include "versions.h"

extern "C" {
#include <libavutil/avutil.h>
}

namespace storyreel {

QString ffmpegVersion()
{
    return QString::fromLatin1(av_version_info());
}
QString qtVersion()
{
    return QString::fromLatin1(qVersion());
}

}  // namespace storyreel
