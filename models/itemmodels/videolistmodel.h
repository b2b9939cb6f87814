#pragma once

#include "thumbnailcache.h"
#include "video.h"
#include "videoquery.h"

#include <optional>
#include <QAbstractListModel>
#include <QCache>

namespace storyreel {

class Catalog;

// All the catalog's videos matching a VideoQuery, for the all-videos view. Lazy and windowed: setting
// the query reads only the matching ids, in order (one index scan; 800 KB for 100,000 videos); rows
// are read a page (kPageSize) at a time by id, on demand, when a view asks for them, and a bounded
// cache keeps the recently used pages. Reading a page costs the same wherever it is and whatever the
// filter and sort (no OFFSET to walk, no sort per page), so scrolling is smooth, and memory stays
// flat however far one scrolls. Posters are decoded only for the rows a view paints.
class VideoListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    // Status and kind are their stable text forms (toText()); DurationRole is milliseconds;
    // PosterPathRole is relative to the data folder; AccountIdRole is 0 for a local video;
    // CloudStateRole is the int of the video's CloudState.
    enum Role {
        IdRole = Qt::UserRole + 1,
        StatusRole,
        KindRole,
        FavoriteRole,
        DurationRole,
        OfflineRole,
        PosterPathRole,
        SubtitleRole,
        PromptRole,
        AccountIdRole,
        CloudStateRole
    };
    static constexpr int kPageSize = 200;
    static constexpr int kCachedPages = 32;  // 6,400 rows: several screens either way of the viewport
    static constexpr int kRefreshBatchLimit = 100;

    VideoListModel(const Catalog &catalog, const QString &dataRoot, QSize thumbnailSize,
                   QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Resets the model to the videos matching `query`; false (model emptied) when the catalog fails.
    bool setQuery(const VideoQuery &query);
    const VideoQuery &query() const { return m_query; }
    // Reads the matching ids again and drops the cached pages (a reset): after many changes.
    bool reload();
    // After one video was created, changed or deleted: re-reads it and updates its row in place
    // (dataChanged), moves it (rowsMoved) when its sort key changed, inserts or removes it when it
    // entered or left the result. Cheap: no reset, selections and the scroll position stay.
    void refreshVideo(RowId id);
    // refreshVideo() for each, or one reload() (a reset) for more than kRefreshBatchLimit videos.
    void refreshVideos(const QList<RowId> &ids);
    // Facts beside the query's keys changed for videos not named (the cloud states after a transfer):
    // the rows are read again as they are shown, in place (dataChanged, no reset; the same ids).
    void refreshRows();

    // The video at a row (reading its page when needed); nothing for a row out of range.
    std::optional<Video> videoAt(int row) const;
    // The row of a video in the result, whether or not its page was read; -1 when absent.
    int rowOf(RowId id) const;
    QString lastError() const { return m_lastError; }

private:
    using Page = QList<std::optional<Video>>;  // nothing: deleted since the ids were read
    const Page *page(int pageIndex) const;
    const Video *videoPtr(int row) const;
    // Where a video with these sort keys belongs among m_ids (without `skipRow`), by binary search.
    int insertionRow(const Video &video, int skipRow) const;
    bool sortsBefore(const Video &a, const Video &b) const;
    // Drops the cached pages holding rows first..last (inclusive), which changed or shifted.
    void dropPages(int first, int last);

    const Catalog &m_catalog;
    ThumbnailCache m_thumbnails;
    VideoQuery m_query;
    QList<RowId> m_ids;
    mutable QCache<int, Page> m_pages;
    mutable QString m_lastError;
};

}  // namespace storyreel
