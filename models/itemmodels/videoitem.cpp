#include "videoitem.h"

#include "thumbnailcache.h"
#include "videolistmodel.h"

#include <QCoreApplication>
#include <QImage>

namespace storyreel::videoitem {
namespace {

struct VideoItem
{
    Q_DECLARE_TR_FUNCTIONS(storyreel::videoitem::VideoItem)
};

// Minutes and seconds: videos are seconds to a few minutes long.
QString durationText(qint64 ms)
{
    const qint64 seconds = (ms + 500) / 1000;
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString displayText(const Video &video)
{
    if (!video.title.isEmpty())
        return video.title;
    // A generated video often has no title: its prompt's first line stands in, kept short.
    const QString prompt = video.prompt.section(QLatin1Char('\n'), 0, 0).simplified();
    if (prompt.isEmpty())
        return VideoItem::tr("Video %1").arg(video.id);
    constexpr int kMaxChars = 60;
    return prompt.size() <= kMaxChars ? prompt : prompt.left(kMaxChars - 1) + QChar(0x2026);
}

}  // namespace

QString statusLabel(VideoStatus status)
{
    switch (status) {
        case VideoStatus::Pending:
            return VideoItem::tr("Pending");
        case VideoStatus::Running:
            return VideoItem::tr("Generating");
        case VideoStatus::Succeeded:
            return VideoItem::tr("Ready");
        case VideoStatus::Failed:
            return VideoItem::tr("Failed");
        case VideoStatus::Cancelled:
            return VideoItem::tr("Cancelled");
    }
    return {};
}

QString kindLabel(VideoKind kind)
{
    switch (kind) {
        case VideoKind::TextToVideo:
            return VideoItem::tr("Text to video");
        case VideoKind::ImageToVideo:
            return VideoItem::tr("Image to video");
        case VideoKind::Storyboard:
            return VideoItem::tr("Storyboard");
        case VideoKind::Explainer:
            return VideoItem::tr("Explainer");
        case VideoKind::Render:
            return VideoItem::tr("Render");
        case VideoKind::Import:
            return VideoItem::tr("Imported");
    }
    return {};
}

QString cloudLabel(CloudState state)
{
    switch (state) {
        case CloudState::LocalOnly:
            return {};
        case CloudState::Uploading:
            return VideoItem::tr("Uploading");
        case CloudState::InCloud:
            return VideoItem::tr("In cloud");
        case CloudState::CloudOnly:
            return VideoItem::tr("Cloud only");
        case CloudState::Downloading:
            return VideoItem::tr("Downloading");
    }
    return {};
}

QVariant data(const Video &video, int role, const ThumbnailCache &thumbnails)
{
    using R = VideoListModel::Role;
    switch (role) {
        case Qt::DisplayRole:
            return displayText(video);
        case Qt::DecorationRole: {
            QImage poster = thumbnails.image(video.posterPath);
            return poster.isNull() ? thumbnails.card(displayText(video), int(video.id)) : poster;
        }
        case Qt::ToolTipRole:
            return video.prompt.isEmpty() ? displayText(video) : video.prompt;
        case Qt::AccessibleTextRole: {
            const QString cloud = cloudLabel(video.cloud);
            return cloud.isEmpty()
                       ? VideoItem::tr("Video %1, %2").arg(displayText(video), statusLabel(video.status))
                       : VideoItem::tr("Video %1, %2, %3")
                             .arg(displayText(video), statusLabel(video.status), cloud.toLower());
        }
        case R::IdRole:
            return video.id;
        case R::StatusRole:
            return toText(video.status);
        case R::KindRole:
            return toText(video.kind);
        case R::FavoriteRole:
            return video.favorite;
        case R::DurationRole:
            return video.durationMs;
        case R::OfflineRole:
            return !video.filePath.isEmpty();
        case R::PosterPathRole:
            return video.posterPath;
        case R::SubtitleRole: {
            QString subtitle = statusLabel(video.status);
            if (video.durationMs > 0)
                subtitle += QStringLiteral(" · ") + durationText(video.durationMs);
            return subtitle + QStringLiteral(" · ") + kindLabel(video.kind);
        }
        case R::PromptRole:
            return video.prompt;
        case R::AccountIdRole:
            return video.accountId;
        case R::CloudStateRole:
            return int(video.cloud);
        default:
            return {};
    }
}

void addRoleNames(QHash<int, QByteArray> &names)
{
    using R = VideoListModel::Role;
    names.insert(R::IdRole, "videoId");
    names.insert(R::StatusRole, "status");
    names.insert(R::KindRole, "kind");
    names.insert(R::FavoriteRole, "favorite");
    names.insert(R::DurationRole, "durationMs");
    names.insert(R::OfflineRole, "offline");
    names.insert(R::PosterPathRole, "posterPath");
    names.insert(R::SubtitleRole, "subtitle");
    names.insert(R::PromptRole, "prompt");
    names.insert(R::AccountIdRole, "accountId");
    names.insert(R::CloudStateRole, "cloudState");
}

}  // namespace storyreel::videoitem
