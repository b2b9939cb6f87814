#include "videotext.h"

#include <QCoreApplication>

namespace storyreel::videotext {
QColor statusColor(VideoStatus status)
{
    switch (status) {
        case VideoStatus::Pending:
            return QColor(0x6b, 0x72, 0x80);
        case VideoStatus::Running:
            return QColor(0x25, 0x63, 0xeb);
        case VideoStatus::Succeeded:
            return QColor(0x15, 0x80, 0x3d);
        case VideoStatus::Failed:
            return QColor(0xb9, 0x1c, 0x1c);
        case VideoStatus::Cancelled:
            return QColor(0x92, 0x40, 0x0e);
    }
    return {};
}

QString title(const Video &video)
{
    if (!video.title.trimmed().isEmpty())
        return video.title.trimmed();
    if (!video.prompt.trimmed().isEmpty())
        return video.prompt.trimmed().left(60);
    return QCoreApplication::translate("storyreel::videotext", "Untitled video");
}

QString duration(qint64 ms)
{
    const qint64 seconds = (ms + 500) / 1000;
    const qint64 hours = seconds / 3600;
    const QString minutesSeconds = QStringLiteral("%1:%2")
                                       .arg(hours ? (seconds / 60) % 60 : seconds / 60)
                                       .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    if (!hours)
        return minutesSeconds;
    return QStringLiteral("%1:%2").arg(hours).arg(minutesSeconds.rightJustified(5, QLatin1Char('0')));
}

}  // namespace storyreel::videotext
