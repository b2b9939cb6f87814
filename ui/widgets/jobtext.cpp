#include "jobtext.h"

#include <QCoreApplication>

namespace storyreel::jobtext {

QString statusLabel(JobStatus status)
{
    switch (status) {
        case JobStatus::Queued:
            return QCoreApplication::translate("storyreel::JobText", "Queued");
        case JobStatus::Held:
            return QCoreApplication::translate("storyreel::JobText", "Held");
        case JobStatus::Running:
            return QCoreApplication::translate("storyreel::JobText", "Running");
        case JobStatus::Succeeded:
            return QCoreApplication::translate("storyreel::JobText", "Succeeded");
        case JobStatus::Failed:
            return QCoreApplication::translate("storyreel::JobText", "Failed");
        case JobStatus::Cancelled:
            return QCoreApplication::translate("storyreel::JobText", "Cancelled");
        case JobStatus::Interrupted:
            return QCoreApplication::translate("storyreel::JobText", "Interrupted");
    }
    return {};
}

QString kindLabel(JobKind kind)
{
    switch (kind) {
        case JobKind::GenerateText:
            return QCoreApplication::translate("storyreel::JobText", "Text to video");
        case JobKind::GenerateImage:
            return QCoreApplication::translate("storyreel::JobText", "Image to video");
        case JobKind::GenerateStoryboard:
            return QCoreApplication::translate("storyreel::JobText", "Storyboard generation");
        case JobKind::GenerateExplainer:
            return QCoreApplication::translate("storyreel::JobText", "Explainer");
        case JobKind::Refine:
            return QCoreApplication::translate("storyreel::JobText", "Refine scene");
        case JobKind::Render:
            return QCoreApplication::translate("storyreel::JobText", "Render");
        case JobKind::Export:
            return QCoreApplication::translate("storyreel::JobText", "Export");
        case JobKind::ThumbnailBatch:
            return QCoreApplication::translate("storyreel::JobText", "Thumbnails");
        case JobKind::Upload:
            return QCoreApplication::translate("storyreel::JobText", "Upload");
        case JobKind::Download:
            return QCoreApplication::translate("storyreel::JobText", "Download");
    }
    return {};
}

QColor statusColor(JobStatus status)
{
    switch (status) {
        case JobStatus::Queued:
            return QColor(0x5f, 0x6b, 0x7a);
        case JobStatus::Held:
            return QColor(0x9a, 0x6b, 0x00);
        case JobStatus::Running:
            return QColor(0x1f, 0x6f, 0xd1);
        case JobStatus::Succeeded:
            return QColor(0x1e, 0x84, 0x49);
        case JobStatus::Failed:
            return QColor(0xc6, 0x28, 0x28);
        case JobStatus::Cancelled:
            return QColor(0x75, 0x75, 0x75);
        case JobStatus::Interrupted:
            return QColor(0xb3, 0x4d, 0x00);
    }
    return QColor(Qt::gray);
}

}  // namespace storyreel::jobtext
