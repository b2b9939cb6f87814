#include "videolistmodel.h"

#include "videoitem.h"
#include "videostore.h"

namespace storyreel {
namespace {

// SQLite's NOCASE collation: UTF-8 bytes compared with ASCII letters folded, nothing else.
QByteArray nocaseKey(const QString &text)
{
    QByteArray key = text.toUtf8();
    for (char &c : key) {
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    }
    return key;
}

}  // namespace

VideoListModel::VideoListModel(const Catalog &catalog, const QString &dataRoot, QSize thumbnailSize,
                               QObject *parent)
    : QAbstractListModel(parent),
      m_catalog(catalog),
      m_thumbnails(dataRoot, thumbnailSize),
      m_pages(kCachedPages)
{
    reload();
}

bool VideoListModel::setQuery(const VideoQuery &query)
{
    m_query = query;
    return reload();
}

bool VideoListModel::reload()
{
    Result<QList<RowId>> ids = VideoStore(m_catalog).queryIds(m_query);
    beginResetModel();
    m_pages.clear();
    m_ids = ids ? std::move(ids).value() : QList<RowId>();
    endResetModel();
    m_lastError = ids.error();
    return ids.ok();
}

int VideoListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

const VideoListModel::Page *VideoListModel::page(int pageIndex) const
{
    if (const Page *cached = m_pages.object(pageIndex))
        return cached;
    const QList<RowId> ids = m_ids.mid(qsizetype(pageIndex) * kPageSize, kPageSize);
    Result<QList<Video>> loaded = VideoStore(m_catalog).loadMany(ids);
    if (!loaded) {
        // Not cached: the next paint tries again, and lastError() says why the rows are blank.
        m_lastError = loaded.error();
        return nullptr;
    }
    QList<Video> read = std::move(loaded).value();
    auto *fresh = new Page(ids.size());
    int next = 0;  // loadMany keeps the order and leaves out only deleted videos
    for (Video &video : read) {
        while (ids.at(next) != video.id)
            ++next;
        (*fresh)[next++] = std::move(video);
    }
    m_pages.insert(pageIndex, fresh);  // cost 1 per page: the cache holds kCachedPages pages
    return fresh;
}

const Video *VideoListModel::videoPtr(int row) const
{
    if (row < 0 || row >= m_ids.size())
        return nullptr;
    const Page *rows = page(row / kPageSize);
    const std::optional<Video> *slot = rows ? &rows->at(row % kPageSize) : nullptr;
    return slot && slot->has_value() ? &**slot : nullptr;
}

QVariant VideoListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Video *video = videoPtr(index.row());
    return video ? videoitem::data(*video, role, m_thumbnails) : QVariant();
}

QHash<int, QByteArray> VideoListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    videoitem::addRoleNames(names);
    return names;
}

std::optional<Video> VideoListModel::videoAt(int row) const
{
    const Video *video = videoPtr(row);
    return video ? std::optional<Video>(*video) : std::nullopt;
}

int VideoListModel::rowOf(RowId id) const
{
    return int(m_ids.indexOf(id));
}

// The SQL order of store::videoOrderSql(), in C++: both must agree for refreshVideo() to place a row.
bool VideoListModel::sortsBefore(const Video &a, const Video &b) const
{
    switch (m_query.sort) {
        case VideoQuery::Sort::Oldest: {
            const qint64 ta = a.createdAt.toMSecsSinceEpoch(), tb = b.createdAt.toMSecsSinceEpoch();
            return ta != tb ? ta < tb : a.id < b.id;
        }
        case VideoQuery::Sort::Title: {
            const int order = nocaseKey(a.title).compare(nocaseKey(b.title));
            return order != 0 ? order < 0 : a.id < b.id;
        }
        case VideoQuery::Sort::Duration:
            return a.durationMs != b.durationMs ? a.durationMs > b.durationMs : a.id > b.id;
        case VideoQuery::Sort::Newest:
            break;
    }
    const qint64 ta = a.createdAt.toMSecsSinceEpoch(), tb = b.createdAt.toMSecsSinceEpoch();
    return ta != tb ? ta > tb : a.id > b.id;
}

int VideoListModel::insertionRow(const Video &video, int skipRow) const
{
    // Over the rows without skipRow; an unreadable row (deleted meanwhile) counts as sorting before.
    int low = 0, high = int(m_ids.size()) - (skipRow >= 0 ? 1 : 0);
    while (low < high) {
        const int mid = (low + high) / 2;
        const int row = skipRow >= 0 && mid >= skipRow ? mid + 1 : mid;
        const Video *other = videoPtr(row);
        if (!other || sortsBefore(*other, video))
            low = mid + 1;
        else
            high = mid;
    }
    return low;
}

void VideoListModel::dropPages(int first, int last)
{
    for (int pageIndex = first / kPageSize; pageIndex <= last / kPageSize; ++pageIndex)
        m_pages.remove(pageIndex);
}

void VideoListModel::refreshVideos(const QList<RowId> &ids)
{
    // Each refresh reads its video; past a batch this size one new snapshot is cheaper.
    if (ids.size() > kRefreshBatchLimit) {
        reload();
        return;
    }
    for (const RowId id : ids)
        refreshVideo(id);
}

void VideoListModel::refreshRows()
{
    if (m_ids.isEmpty())
        return;
    m_pages.clear();
    Q_EMIT dataChanged(index(0), index(int(m_ids.size()) - 1));
}

void VideoListModel::refreshVideo(RowId id)
{
    const VideoStore store(m_catalog);
    const Result<bool> matching = store.matches(id, m_query);
    const Result<Video> fresh = matching && *matching ? store.load(id) : Result<Video>(Failure{});
    if (!matching || (*matching && !fresh)) {
        m_lastError = matching ? fresh.error() : matching.error();
        return;
    }
    const int row = rowOf(id);
    const int last = int(m_ids.size()) - 1;
    if (!*matching) {
        if (row < 0)
            return;  // neither shown before nor now
        beginRemoveRows({}, row, row);
        m_ids.removeAt(row);
        dropPages(row, last);
        endRemoveRows();
        return;
    }
    if (row < 0) {
        const int to = insertionRow(*fresh, -1);
        beginInsertRows({}, to, to);
        m_ids.insert(to, id);
        dropPages(to, last + 1);
        endInsertRows();
        return;
    }
    // Usually its sort key did not change: its neighbours still bracket it, no search needed.
    const std::optional<Video> previous = videoAt(row - 1);  // copies: reading a page may evict another
    const std::optional<Video> next = videoAt(row + 1);
    const bool inPlace = (row == 0 || (previous && sortsBefore(*previous, *fresh))) &&
                         (row == last || (next && sortsBefore(*fresh, *next)));
    const int to = inPlace ? row : insertionRow(*fresh, row);
    if (to != row) {
        // Qt counts the destination in rows before the move: one more when moving down.
        beginMoveRows({}, row, row, {}, to > row ? to + 1 : to);
        m_ids.move(row, to);
        dropPages(qMin(row, to), qMax(row, to));
        endMoveRows();
    } else {
        dropPages(row, row);
    }
    const QModelIndex changed = index(to);
    Q_EMIT dataChanged(changed, changed);
}

}  // namespace storyreel
