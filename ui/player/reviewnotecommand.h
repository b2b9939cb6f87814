#pragma once

#include "records.h"
#include "result.h"

#include <QUndoCommand>

#include <functional>
#include <memory>

namespace storyreel {

class Catalog;

// A note as the undo history knows it: re-adding a deleted note gives it a new row id, so commands
// share this handle instead of holding ids (0 while the note is deleted).
struct NoteRef
{
    RowId id = 0;
};

// One undoable change to a video's review notes. The change itself is made before the command is
// pushed (so a failure is reported and nothing is pushed): the first redo does nothing.
class NoteCommand final : public QUndoCommand
{
public:
    enum class Kind { Add, Edit, Delete };

    // For Edit, `note` holds the text before and `newText` the text after. `applied` runs after
    // every undo and later redo, with how the catalog took it.
    NoteCommand(const Catalog &catalog, Kind kind, std::shared_ptr<NoteRef> ref, ReviewNote note,
                QString newText, std::function<void(const Status &)> applied);

    void redo() override;
    void undo() override;

private:
    enum class Step { Insert, Remove, SetNew, SetOld };
    void apply(Step step);

    const Catalog &m_catalog;
    Kind m_kind;
    std::shared_ptr<NoteRef> m_ref;
    ReviewNote m_note;
    QString m_newText;
    std::function<void(const Status &)> m_applied;
    bool m_firstRedo = true;
};

}  // namespace storyreel
