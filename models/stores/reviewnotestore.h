#pragma once

#include "records.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>

namespace storyreel {

class Catalog;

// Timestamped review notes on a video; they go when the video goes.
class ReviewNoteStore final
{
    Q_DECLARE_TR_FUNCTIONS(storyreel::ReviewNoteStore)

public:
    explicit ReviewNoteStore(const Catalog &catalog) : m_catalog(catalog) {}

    Result<RowId> add(const ReviewNote &note) const;
    Status updateText(RowId id, const QString &text) const;
    Status remove(RowId id) const;
    // In playback order (by position in the video).
    Result<QList<ReviewNote>> forVideo(RowId videoId) const;

private:
    const Catalog &m_catalog;
};

}  // namespace storyreel
