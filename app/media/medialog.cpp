#include "medialog.h"

#include <QLoggingCategory>

#include <cstdarg>
#include <cstdio>

extern "C" {
#include <libavutil/log.h>
}

Q_LOGGING_CATEGORY(lcFfmpeg, "storyreel.media.ffmpeg", QtWarningMsg)

namespace storyreel {
namespace {

void logCallback(void *context, int level, const char *format, va_list arguments)
{
    if (level > av_log_get_level())
        return;
    const bool important = level <= AV_LOG_ERROR;
    if (important ? !lcFfmpeg().isWarningEnabled() : !lcFfmpeg().isDebugEnabled())
        return;
    char line[1024];
    int prefix = 1;
    av_log_format_line2(context, level, format, arguments, line, sizeof line, &prefix);
    QByteArray text(line);
    while (text.endsWith('\n'))
        text.chop(1);
    if (text.isEmpty())
        return;
    if (important)
        qCWarning(lcFfmpeg, "%s", text.constData());
    else
        qCDebug(lcFfmpeg, "%s", text.constData());
}

}  // namespace

void installFfmpegLogging()
{
    av_log_set_callback(logCallback);
}

}  // namespace storyreel
