#include "reviewnotecommand.h"

#include "reviewnotestore.h"

#include <QCoreApplication>

namespace storyreel {

NoteCommand::NoteCommand(const Catalog &catalog, Kind kind, std::shared_ptr<NoteRef> ref, ReviewNote note,
                         QString newText, std::function<void(const Status &)> applied)
    : m_catalog(catalog),
      m_kind(kind),
      m_ref(std::move(ref)),
      m_note(std::move(note)),
      m_newText(std::move(newText)),
      m_applied(std::move(applied))
{
    setText(kind == Kind::Add    ? QCoreApplication::translate("storyreel::ReviewNotesPanel", "Add Note")
            : kind == Kind::Edit ? QCoreApplication::translate("storyreel::ReviewNotesPanel", "Edit Note")
                                 : QCoreApplication::translate("storyreel::ReviewNotesPanel", "Delete Note"));
}

void NoteCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    apply(m_kind == Kind::Add ? Step::Insert : m_kind == Kind::Edit ? Step::SetNew : Step::Remove);
}

void NoteCommand::undo()
{
    apply(m_kind == Kind::Add ? Step::Remove : m_kind == Kind::Edit ? Step::SetOld : Step::Insert);
}

void NoteCommand::apply(Step step)
{
    const ReviewNoteStore store(m_catalog);
    Status status;
    if (step == Step::Insert) {
        // Back with its moment, text and creation time; the catalog gives it a new id.
        Result<RowId> id = store.add(m_note);
        if (id)
            m_ref->id = *id;
        else
            status = id.failure();
    } else if (step == Step::Remove) {
        status = store.remove(m_ref->id);
        m_ref->id = 0;
    } else {
        status = store.updateText(m_ref->id, step == Step::SetNew ? m_newText : m_note.text);
    }
    if (m_applied)
        m_applied(status);
}

}  // namespace storyreel
