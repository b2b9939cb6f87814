#pragma once

#include "thumbnailcache.h"
#include "video.h"
#include "videolistmodel.h"

#include <optional>
#include <QAbstractListModel>

namespace storyreel {

class Catalog;

// The videos linked to one look, in link order, for the look's details pane. A look has few videos,
// so they are all read at once. Same roles as VideoListModel (same values, so one delegate serves
// both) plus IsDefaultRole, true on exactly one row or on none.
class LookVideosModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = VideoListModel::IdRole,
        StatusRole = VideoListModel::StatusRole,
        KindRole = VideoListModel::KindRole,
        FavoriteRole = VideoListModel::FavoriteRole,
        DurationRole = VideoListModel::DurationRole,
        OfflineRole = VideoListModel::OfflineRole,
        PosterPathRole = VideoListModel::PosterPathRole,
        SubtitleRole = VideoListModel::SubtitleRole,
        PromptRole = VideoListModel::PromptRole,
        AccountIdRole = VideoListModel::AccountIdRole,
        CloudStateRole = VideoListModel::CloudStateRole,
        IsDefaultRole
    };

    LookVideosModel(const Catalog &catalog, const QString &dataRoot, QSize thumbnailSize,
                    QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Shows the videos of this look (0: none); false (model emptied) when the catalog fails.
    bool setLook(RowId lookId);
    RowId lookId() const { return m_lookId; }
    bool reload();

    std::optional<Video> videoAt(int row) const;
    int rowOf(RowId videoId) const;
    // The row of the look's default video; -1 when it has none.
    int defaultRow() const;
    QString lastError() const { return m_lastError; }

private:
    const Catalog &m_catalog;
    ThumbnailCache m_thumbnails;
    RowId m_lookId = 0;
    RowId m_defaultVideoId = 0;
    QList<Video> m_videos;
    QString m_lastError;
};

}  // namespace storyreel
