#pragma once

#include "result.h"
#include "storyboard.h"

#include <QCoreApplication>
#include <QList>

namespace storyreel {

class Catalog;

// Storyboards and their scenes. Scene positions stay 1-based and contiguous after every write.
class StoryboardStore final
{
    Q_DECLARE_TR_FUNCTIONS(storyreel::StoryboardStore)

public:
    explicit StoryboardStore(const Catalog &catalog) : m_catalog(catalog) {}

    // Inserts the storyboard with its scenes in one transaction; returns the new id.
    Result<RowId> create(const Storyboard &storyboard) const;
    // Rewrites the storyboard's own fields and replaces its scenes, in one transaction.
    Status update(const Storyboard &storyboard) const;
    Status remove(RowId id) const;

    // One storyboard with its scenes.
    Result<Storyboard> load(RowId id) const;
    // All storyboards without their scenes, most recently changed first.
    Result<QList<Storyboard>> list() const;
    Result<QList<Scene>> scenes(RowId storyboardId) const;
    Result<int> count() const;

private:
    const Catalog &m_catalog;
};

}  // namespace storyreel
