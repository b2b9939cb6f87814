#include "storyboardcommands.h"

#include "storyboarddocument.h"

namespace storyreel {

SceneChange SceneChange::inverse() const
{
    SceneChange result = *this;
    if (kind == Kind::Insert)
        result.kind = Kind::Remove;
    else if (kind == Kind::Remove)
        result.kind = Kind::Insert;
    result.movedTo.clear();  // undoing a move restores the old order: a plain reset
    return result;
}

StoryboardCommand::StoryboardCommand(StoryboardDocument &document, Storyboard before, Storyboard after,
                                     SceneChange change, const QString &text, int mergeField, int mergeRow,
                                     bool keepRefinementCount)
    : QUndoCommand(text),
      m_document(document),
      m_before(std::move(before)),
      m_after(std::move(after)),
      m_change(std::move(change)),
      m_mergeField(mergeField),
      m_mergeRow(mergeRow),
      m_keepRefinementCount(keepRefinementCount)
{}

void StoryboardCommand::redo()
{
    applySnapshot(m_after, m_change);
}

void StoryboardCommand::undo()
{
    applySnapshot(m_before, m_change.inverse());
}

void StoryboardCommand::applySnapshot(Storyboard board, const SceneChange &change)
{
    if (m_keepRefinementCount)
        board.refinementCount = qMax(board.refinementCount, m_document.storyboard().refinementCount);
    m_document.apply(board, change);
}

bool StoryboardCommand::mergeWith(const QUndoCommand *other)
{
    // QUndoStack merges only commands of equal id(), and kMergeId is this class's alone, so the cast
    // is safe (and, unlike dynamic_cast on this final class, survives GCC 12's -O2 folding).
    if (other->id() != kMergeId)
        return false;
    const auto *next = static_cast<const StoryboardCommand *>(other);
    if (&next->m_document != &m_document || next->m_mergeField != m_mergeField ||
        next->m_mergeRow != m_mergeRow || next->m_before.id != m_after.id ||
        next->m_change.rows != m_change.rows)
        return false;
    m_after = next->m_after;
    return true;
}

}  // namespace storyreel
