#include "videotext.h"

#include <QCoreApplication>

namespace storyreel::videotext {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("storyreel::videotext", text);
}

}  // namespace

QString statusLabel(VideoStatus status)
{
    switch (status) {
        case VideoStatus::Pending:
            return tr("Pending");
        case VideoStatus::Running:
            return tr("Generating");
        case VideoStatus::Succeeded:
            return tr("Ready");
        case VideoStatus::Failed:
            return tr("Failed");
        case VideoStatus::Cancelled:
            return tr("Cancelled");
    }
    return {};
}

QString kindLabel(VideoKind kind)
{
    switch (kind) {
        case VideoKind::TextToVideo:
            return tr("Text to video");
        case VideoKind::ImageToVideo:
            return tr("Image to video");
        case VideoKind::Storyboard:
            return tr("Storyboard");
        case VideoKind::Explainer:
            return tr("Explainer");
        case VideoKind::Render:
            return tr("Render");
        case VideoKind::Import:
            return tr("Imported");
    }
    return {};
}

QString visibilityLabel(Visibility visibility)
{
    switch (visibility) {
        case Visibility::Private:
            return tr("Private");
        case Visibility::Public:
            return tr("Public");
        case Visibility::Shared:
            return tr("Shared");
    }
    return {};
}

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
