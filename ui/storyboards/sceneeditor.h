#pragma once

#include "ids.h"
#include "storyboardactions.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QSplitter;
class QToolBar;

namespace storyreel {

class Studio;
class StoryboardDocument;
class SceneEditModel;
class SceneView;
class SceneForm;
class SceneCardDelegate;
class RefineDialog;

// The open storyboard: its title, approval badge and refinement count, a toolbar, the scene cards
// (grid or list, drag and drop) and the form editing the selected scenes. Every change goes through
// the StoryboardDocument, so it is one undo command and saved at once.
class SceneEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit SceneEditor(Studio &studio, QWidget *parent = nullptr);
    ~SceneEditor() override;

    // Opens storyboard `id` (0 = none). False (and errorOccurred) if it cannot be read.
    bool openStoryboard(RowId id);
    StoryboardDocument *document() const { return m_document; }
    SceneEditModel *model() const { return m_model; }
    SceneView *view() const { return m_view; }
    SceneForm *form() const { return m_form; }
    // Refine goes through the actions (the provider for a remote storyboard) once set.
    void setStoryboardActions(StoryboardActions *actions) { m_actions = actions; }
    // The render/export panel, placed below the scenes (a splitter: the cards keep most room).
    void setOutputPanel(QWidget *panel);

    void setGridMode(bool grid);
    bool gridMode() const;
    void startRename();
    // Keyboard focus to the scene cards, on the current scene (Return on a storyboard in the list).
    void focusScenes();
    QList<int> selectedRows() const;
    int currentRow() const;
    RefineDialog *showRefine();
    // A message over the cards (drop refused, save failed, refinement result).
    void showBanner(const QString &message);
    QString bannerText() const;
    QLabel *approvalBadge() const { return m_badge; }

Q_SIGNALS:
    void errorOccurred(const QString &message);
    void titleChanged(RowId id);

private:
    void buildToolBar();
    void updateHeader();
    void updateActions();
    void selectRows(const QList<int> &rows, int current);
    void addScene(bool insertBefore);
    void moveCurrent(int delta);
    void refine(int row, const QString &imagePrompt, const QString &description);

    Studio &m_studio;
    StoryboardDocument *m_document;
    SceneEditModel *m_model;
    QPointer<StoryboardActions> m_actions;
    QPointer<RefineDialog> m_refineDialog;
    SceneCardDelegate *m_delegate;
    QLabel *m_title;
    QLineEdit *m_titleEdit;
    QLabel *m_badge;
    QLabel *m_refinements;
    QLabel *m_details;
    QLabel *m_banner;
    QToolBar *m_toolBar;
    SceneView *m_view;
    SceneForm *m_form;
    QSplitter *m_outputSplit;  // the scenes above, the render/export panel below
    QAction *m_add = nullptr;
    QAction *m_insert = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_moveUp = nullptr;
    QAction *m_moveDown = nullptr;
    QAction *m_approve = nullptr;
    QAction *m_refine = nullptr;
    QAction *m_listMode = nullptr;
    bool m_approvedBefore = false;  // approved since it was opened: an edit now shows "approve again"
};

}  // namespace storyreel
