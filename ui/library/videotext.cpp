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

QColor cloudColor(CloudState state)
{
    switch (state) {
        case CloudState::LocalOnly:
            break;
        case CloudState::Uploading:
        case CloudState::Downloading:
            return QColor(0x43, 0x38, 0xca);  // a transfer under way: indigo, like work in progress
        case CloudState::InCloud:
            return QColor(0x03, 0x69, 0xa1);  // sky: safe in the bucket
        case CloudState::CloudOnly:
            return QColor(0x6d, 0x28, 0xd9);  // violet: not on this computer
    }
    return QColor(0x6b, 0x72, 0x80);
}

QString cloudDescription(CloudState state)
{
    const char *context = "storyreel::videotext";
    switch (state) {
        case CloudState::LocalOnly:
            return QCoreApplication::translate(context, "On this computer only.");
        case CloudState::Uploading:
            return QCoreApplication::translate(
                context, "Being uploaded to the cloud storage; follow it in Jobs (Ctrl+3).");
        case CloudState::InCloud:
            return QCoreApplication::translate(
                context,
                "In the cloud storage and on this computer. Copy Share Link gives others a link to it.");
        case CloudState::CloudOnly:
            return QCoreApplication::translate(
                context,
                "In the cloud storage only. Download from Cloud, or Review, brings it to this computer.");
        case CloudState::Downloading:
            return QCoreApplication::translate(
                context, "Being downloaded from the cloud storage; it plays here once it has arrived.");
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
