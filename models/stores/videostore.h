#pragma once

#include "result.h"
#include "video.h"
#include "videoquery.h"

#include <optional>
#include <QCoreApplication>
#include <QList>

namespace storyreel {

class Catalog;

// Videos and their links to looks. A look has at most one default video; the catalog enforces it and
// setDefault() moves it in one transaction.
class VideoStore final
{
    Q_DECLARE_TR_FUNCTIONS(storyreel::VideoStore)

public:
    explicit VideoStore(const Catalog &catalog) : m_catalog(catalog) {}

    Result<RowId> create(const Video &video) const;
    Status update(const Video &video) const;
    // Its look links and review notes go with it.
    Status remove(RowId id) const;

    Result<Video> load(RowId id) const;
    // The video a provider account knows by `remoteId`; nothing when the catalog has none.
    Result<std::optional<Video>> findByRemote(RowId accountId, const QString &remoteId) const;
    // The oldest video whose file has this content (SHA-256); nothing when none has.
    Result<std::optional<Video>> findByMedia(const QString &mediaSha256) const;
    // Newest first; a negative limit means all.
    Result<QList<Video>> list(int limit = -1, int offset = 0) const;
    Result<int> count() const;

    // The videos matching `query` in its sort order (ties broken by id, so pages never overlap);
    // a negative limit means all. One prepared statement; the text is matched literally (% and _ too).
    Result<QList<Video>> query(const VideoQuery &query, int limit, int offset) const;
    Result<int> countMatching(const VideoQuery &query) const;
    // The ids of all the videos matching `query`, in its sort order: what a windowed list snapshots
    // (100,000 ids are 800 KB and one index scan) to then read its rows by id, a page at a time.
    Result<QList<RowId>> queryIds(const VideoQuery &query) const;
    // Whether the video exists and matches `query`.
    Result<bool> matches(RowId id, const VideoQuery &query) const;
    // The videos with these ids, in the order given; ids with no video are left out.
    Result<QList<Video>> loadMany(const QList<RowId> &ids) const;
    // Changes only the favourite flag (and updated_at); fails when the video does not exist.
    Status setFavorite(RowId id, bool favorite) const;
    // The looks this video is linked to, in link order.
    Result<QList<RowId>> looksOf(RowId videoId) const;

    // Linking an already linked video changes nothing (its default flag and linked time stay).
    Status linkToLook(RowId lookId, RowId videoId) const;
    Status unlinkFromLook(RowId lookId, RowId videoId) const;
    // The look's links, oldest first.
    Result<QList<LookVideoLink>> links(RowId lookId) const;
    // The look's videos in link order.
    Result<QList<Video>> videosForLook(RowId lookId) const;

    // Makes a linked video the look's only default; fails, changing nothing, when it is not linked.
    Status setDefault(RowId lookId, RowId videoId) const;
    Status clearDefault(RowId lookId) const;
    // Nothing when the look has no default video.
    Result<std::optional<Video>> defaultVideo(RowId lookId) const;

private:
    const Catalog &m_catalog;
};

}  // namespace storyreel
