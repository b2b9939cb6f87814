#pragma once

#include "enums.h"
#include "ids.h"

#include <optional>
#include <QDate>
#include <QString>

namespace storyreel {

// What the all-videos view asks the catalog for: every set field narrows the result (AND); the
// defaults match every video. VideoStore::query() and countMatching() read it.
struct VideoQuery
{
    std::optional<VideoStatus> status;
    bool favoritesOnly = false;
    std::optional<VideoKind> kind;
    std::optional<RowId> accountId;  // 0 = made locally
    std::optional<RowId> lookId;     // linked to this look
    bool offlineOnly = false;        // has a file in the media store
    QDate from, to;                  // created date range, inclusive; invalid = open
    QString text;                    // case-insensitive search over prompt and title
    // By created time; Title A to Z ignoring ASCII case; Duration longest first. Ties: by id.
    enum class Sort { Newest, Oldest, Title, Duration } sort = Sort::Newest;

    friend bool operator==(const VideoQuery &, const VideoQuery &) = default;
};

}  // namespace storyreel
