#include "lookvideosmodel.h"

#include "videoitem.h"
#include "videostore.h"

namespace storyreel {

LookVideosModel::LookVideosModel(const Catalog &catalog, const QString &dataRoot, QSize thumbnailSize,
                                 QObject *parent)
    : QAbstractListModel(parent), m_catalog(catalog), m_thumbnails(dataRoot, thumbnailSize)
{}

bool LookVideosModel::setLook(RowId lookId)
{
    m_lookId = lookId;
    return reload();
}

bool LookVideosModel::reload()
{
    QList<Video> videos;
    RowId defaultId = 0;
    QString error;
    if (m_lookId != 0) {
        const VideoStore store(m_catalog);
        Result<QList<Video>> linked = store.videosForLook(m_lookId);
        Result<QList<LookVideoLink>> links =
            linked ? store.links(m_lookId) : Result<QList<LookVideoLink>>(linked.failure());
        if (links) {
            videos = std::move(linked).value();
            for (const LookVideoLink &link : *links) {
                if (link.isDefault)
                    defaultId = link.videoId;
            }
        } else {
            error = links.error();
        }
    }
    beginResetModel();
    m_videos = std::move(videos);
    m_defaultVideoId = defaultId;
    endResetModel();
    m_lastError = error;
    return error.isEmpty();
}

int LookVideosModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_videos.size());
}

QVariant LookVideosModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Video &video = m_videos.at(index.row());
    if (role == IsDefaultRole)
        return m_defaultVideoId != 0 && video.id == m_defaultVideoId;
    return videoitem::data(video, role, m_thumbnails);
}

QHash<int, QByteArray> LookVideosModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    videoitem::addRoleNames(names);
    names.insert(IsDefaultRole, "isDefault");
    return names;
}

std::optional<Video> LookVideosModel::videoAt(int row) const
{
    return row >= 0 && row < m_videos.size() ? std::optional<Video>(m_videos.at(row)) : std::nullopt;
}

int LookVideosModel::rowOf(RowId videoId) const
{
    for (int row = 0; row < m_videos.size(); ++row) {
        if (m_videos.at(row).id == videoId)
            return row;
    }
    return -1;
}

int LookVideosModel::defaultRow() const
{
    return m_defaultVideoId != 0 ? rowOf(m_defaultVideoId) : -1;
}

}  // namespace storyreel
