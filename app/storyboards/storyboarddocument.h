#pragma once

#include "result.h"
#include "storyboard.h"

#include <QList>
#include <QObject>

class QUndoStack;

namespace storyreel {

class Catalog;
struct SceneChange;

// The storyboard being edited: every edit is an undoable command (QUndoStack) that changes the
// in-memory storyboard, saves it to the catalog at once and announces itself. Any edit of content
// (title, scenes, order, durations, images, prompts) resets approval (seed 003: "any edit resets
// approval"); approve() is itself undoable. Typing merges: consecutive edits of the same field of the
// same scene become one command.
class StoryboardDocument final : public QObject
{
    Q_OBJECT

public:
    enum class Field { Description, ImagePrompt, Duration, Image };

    explicit StoryboardDocument(const Catalog &catalog, QObject *parent = nullptr);
    ~StoryboardDocument() override;

    // Loads storyboard `id` (0 closes) and clears the undo history.
    Status open(RowId id);
    RowId id() const { return m_board.id; }
    const Storyboard &storyboard() const { return m_board; }
    const QList<Scene> &scenes() const { return m_board.scenes; }
    int sceneCount() const { return int(m_board.scenes.size()); }
    QUndoStack *undoStack() const { return m_undo; }

    // Edits. Rows are 0-based indexes into scenes(); invalid rows are ignored (nothing pushed).
    void setTitle(const QString &title);                           // a blank title is ignored
    void setSceneText(int row, Field field, const QString &text);  // Description or ImagePrompt
    void setDurations(const QList<int> &rows, qint64 durationMs);  // one row or a batch
    void setImage(int row, const QString &mediaPath);              // relative to the data folder
    void insertScenes(int row, const QList<Scene> &scenes);        // row == sceneCount() appends
    void removeScenes(const QList<int> &rows);
    void duplicateScenes(const QList<int> &rows);  // copies go right after each
    // Moves `rows` (any order, not necessarily contiguous) so they land, in their order, before the
    // scene now at `before` (sceneCount() = the end), like QAbstractItemModel::moveRows.
    void moveScenes(const QList<int> &rows, int before);
    void approve();
    // A provider's refinement replaced a scene's prompt/description/image (counts towards the limit).
    // At the limit nothing changes and the failure says so (check refinementsLeft() before asking a
    // provider). Undo restores the scene but not the count: the provider's refinement was spent.
    Status applyRefinement(int row, const Scene &refined);

    static constexpr int kMaxRefinements = 5;  // per storyboard (seed 003)
    int refinementsLeft() const { return qMax(0, kMaxRefinements - m_board.refinementCount); }

Q_SIGNALS:
    // After the catalog has the change. Views reset on scenesReset(); finer signals for the rest.
    void scenesReset();
    void scenesInserted(int row, int count);
    void scenesRemoved(int row, int count);
    void sceneChanged(int row);
    // After a move (announced as scenesReset()): where the moved scenes are now, for the selection.
    void scenesMoved(const QList<int> &rows);
    // Title, approval, refinement count or status changed.
    void storyboardChanged();
    // The catalog refused a write: the edit stays in memory and undo history; the message says why.
    void saveFailed(const QString &message);

private:
    friend class StoryboardCommand;  // the undo commands apply their changes through here
    void replace(const Storyboard &board, bool scenesChangedShape);
    // Takes `board`, saves it, then announces `change` (see storyboardcommands.h).
    void apply(const Storyboard &board, const SceneChange &change);
    void pushEdit(Storyboard after, const SceneChange &change, const QString &text, int mergeField,
                  int mergeRow);

    const Catalog &m_catalog;
    QUndoStack *m_undo;
    Storyboard m_board;
};

}  // namespace storyreel
