#pragma once

#include "storyboard.h"

#include <QList>
#include <QUndoCommand>

namespace storyreel {

class StoryboardDocument;

// What an edit did to the scene list, so the document can announce it finely: the rows of an
// insertion are those of the inserted scenes afterwards, the rows of a removal those they had before.
// Undoing an insertion is the removal of the same rows and the other way round.
struct SceneChange
{
    enum class Kind { Board, Rows, Insert, Remove, Reset };
    Kind kind = Kind::Board;
    QList<int> rows;     // ascending
    QList<int> movedTo;  // Reset by a move: where the moved scenes are afterwards

    SceneChange inverse() const;
};

// One undoable edit of the open storyboard, kept as the storyboard before and after it (scenes are a
// few hundred bytes each, and typing is merged, so snapshots stay small). Every kind of edit is one of
// these; mergeField >= 0 makes consecutive edits of the same field of the same scene(s) one command.
class StoryboardCommand final : public QUndoCommand
{
public:
    static constexpr int kMergeId = 0x5b0a;

    StoryboardCommand(StoryboardDocument &document, Storyboard before, Storyboard after, SceneChange change,
                      const QString &text, int mergeField = -1, int mergeRow = -1,
                      bool keepRefinementCount = false);

    void redo() override;
    void undo() override;
    int id() const override { return m_mergeField >= 0 ? kMergeId : -1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    void applySnapshot(Storyboard board, const SceneChange &change);

    StoryboardDocument &m_document;
    Storyboard m_before;
    Storyboard m_after;
    SceneChange m_change;
    int m_mergeField;
    int m_mergeRow;
    bool m_keepRefinementCount;  // a spent refinement is not given back by undo
};

}  // namespace storyreel
