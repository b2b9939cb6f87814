#pragma once

#include "result.h"
#include "video.h"

#include <optional>
#include <QList>

namespace storyreel {

class Catalog;

// Videos and their links to looks. A look has at most one default video; the catalog enforces it and
// setDefault() moves it in one transaction.
class VideoStore final
{
public:
    explicit VideoStore(const Catalog &catalog) : m_catalog(catalog) {}

    Result<RowId> create(const Video &video) const;
    Status update(const Video &video) const;
    // Its look links and review notes go with it.
    Status remove(RowId id) const;

    Result<Video> load(RowId id) const;
    // The video a provider account knows by `remoteId`; nothing when the catalog has none.
    Result<std::optional<Video>> findByRemote(RowId accountId, const QString &remoteId) const;
    // Newest first; a negative limit means all.
    Result<QList<Video>> list(int limit = -1, int offset = 0) const;
    Result<int> count() const;

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
