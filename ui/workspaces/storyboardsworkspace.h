#pragma once

#include "ids.h"

#include <QWidget>

class QLabel;
class QListView;

namespace storyreel {

class Studio;
class StoryboardListModel;
class SceneListModel;

// The Storyboards workspace: the catalog's storyboards on the left, the selected one's scenes as a
// contact sheet on the right.
class StoryboardsWorkspace final : public QWidget
{
    Q_OBJECT

public:
    explicit StoryboardsWorkspace(Studio &studio, QWidget *parent = nullptr);

    void reload();
    StoryboardListModel *storyboardModel() const { return m_boards; }
    SceneListModel *sceneModel() const { return m_scenes; }
    void selectStoryboard(RowId id);

Q_SIGNALS:
    // Emitted when the catalog could not be read, with a message for the status bar.
    void errorOccurred(const QString &message);

private:
    void showStoryboard(RowId id);

    Studio &m_studio;
    StoryboardListModel *m_boards;
    SceneListModel *m_scenes;
    QListView *m_boardList;
    QListView *m_sceneGrid;
    QLabel *m_title;
    QLabel *m_details;
    QLabel *m_empty;
};

}  // namespace storyreel
