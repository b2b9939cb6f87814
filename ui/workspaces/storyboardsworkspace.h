#pragma once

#include "ids.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QUndoStack;

namespace storyreel {

class Studio;
class JobQueue;
class StoryboardActions;
class StoryboardListModel;
class StoryboardListPane;
class SceneEditor;
class ScriptDialog;

// The Storyboards workspace: the storyboard list (search, create, rename, duplicate, delete with
// undo) on the left, the open storyboard's editor on the right. File ▸ New from Script, Open and
// Save As .storyreel act here.
class StoryboardsWorkspace final : public QWidget
{
    Q_OBJECT

public:
    explicit StoryboardsWorkspace(Studio &studio, JobQueue *queue = nullptr, QWidget *parent = nullptr);
    ~StoryboardsWorkspace() override;

    void reload();
    StoryboardListModel *storyboardModel() const;
    StoryboardListPane *listPane() const { return m_list; }
    SceneEditor *editor() const { return m_editor; }
    // The open storyboard's undo history (the Edit menu follows it while this workspace is shown).
    QUndoStack *undoStack() const;
    void selectStoryboard(RowId id);
    // Refine, and with a job queue the render/export panel, go through these (they outlive this).
    void setStoryboardActions(StoryboardActions *actions);

    // File menu. The dialogs are window-modal and opened with open(); results arrive later.
    ScriptDialog *showNewFromScript();
    void showOpenStoryboardFile();
    void showSaveStoryboardAs();
    // What those dialogs end in (also for tests): the new storyboard's id, or 0 and errorOccurred.
    RowId createFromScript(const QString &title, const QString &script);
    RowId openStoryboardFile(const QString &path);
    bool saveStoryboardFile(const QString &path);

Q_SIGNALS:
    // Emitted when the catalog could not be read or written, with a message for the status bar.
    void errorOccurred(const QString &message);
    // Informational message for the status bar.
    void messageShown(const QString &message);

private:
    void showStoryboard(RowId id);

    Studio &m_studio;
    JobQueue *m_queue;
    QPointer<QWidget> m_output;  // the render/export panel, once there are actions and a queue
    StoryboardListPane *m_list;
    SceneEditor *m_editor;
    QLabel *m_empty;
    QPointer<ScriptDialog> m_scriptDialog;
};

}  // namespace storyreel
