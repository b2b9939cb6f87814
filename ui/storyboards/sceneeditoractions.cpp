// The scene editor's toolbar actions (the widget itself is in sceneeditor.cpp).
#include "refinedialog.h"
#include "sceneeditmodel.h"
#include "sceneeditor.h"
#include "sceneform.h"
#include "sceneview.h"
#include "shortcuts/shortcutregistry.h"
#include "storyboardactions.h"
#include "storyboarddocument.h"

#include <QAction>
#include <QToolBar>

namespace storyreel {

void SceneEditor::buildToolBar()
{
    // Keys and tooltips follow the user's keys for the command (ShortcutRegistry).
    const auto make = [this](const QString &text, const QString &name, const QString &tip,
                             const QString &shortcutId, auto slot) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        ShortcutRegistry::instance().bind(action, shortcutId, tip);
        // Only while the cards have focus: Delete or Alt+Up in the form's text boxes edit text.
        action->setShortcutContext(Qt::WidgetShortcut);
        m_view->addAction(action);
        m_toolBar->addAction(action);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_add = make(tr("Add"), QStringLiteral("addScene"), tr("Add a scene at the end"),
                 QStringLiteral("scenes.add"), [this] { addScene(false); });
    m_insert = make(tr("Insert"), QStringLiteral("insertScene"), tr("Insert a scene before the current one"),
                    QStringLiteral("scenes.insert"), [this] { addScene(true); });
    m_duplicate = make(tr("Duplicate"), QStringLiteral("duplicateScenes"),
                       tr("Duplicate the selected scenes"), QStringLiteral("scenes.duplicate"), [this] {
                           const QList<int> rows = selectedRows();
                           if (rows.isEmpty())
                               return;
                           m_document->duplicateScenes(rows);
                           const int copy = rows.last() + int(rows.size());  // the last copy
                           selectRows({copy}, copy);
                       });
    m_delete = make(tr("Delete"), QStringLiteral("deleteScenes"), tr("Delete the selected scenes"),
                    QStringLiteral("scenes.delete"), [this] {
                        const QList<int> rows = selectedRows();
                        if (rows.isEmpty())
                            return;
                        m_document->removeScenes(rows);
                        const int next = qMin(rows.first(), m_document->sceneCount() - 1);
                        selectRows({next}, next);
                    });
    m_toolBar->addSeparator();
    m_moveUp = make(tr("Move Up"), QStringLiteral("moveSceneUp"), tr("Move the current scene earlier"),
                    QStringLiteral("scenes.moveUp"), [this] { moveCurrent(-1); });
    m_moveDown = make(tr("Move Down"), QStringLiteral("moveSceneDown"), tr("Move the current scene later"),
                      QStringLiteral("scenes.moveDown"), [this] { moveCurrent(1); });
    m_toolBar->addSeparator();
    m_approve = make(tr("Approve"), QStringLiteral("approveStoryboard"),
                     tr("Approve the storyboard for rendering; any edit resets the approval"),
                     QStringLiteral("scenes.approve"), [this] { m_document->approve(); });
    m_refine = make(tr("Refine…"), QStringLiteral("refineScene"), tr("Refine the current scene"),
                    QStringLiteral("scenes.refine"), [this] { showRefine(); });
    m_toolBar->addSeparator();
    m_listMode = make(tr("List View"), QStringLiteral("toggleListView"),
                      tr("Show the scenes as a list instead of a contact sheet"),
                      QStringLiteral("scenes.listView"), [this](bool list) { setGridMode(!list); });
    m_listMode->setCheckable(true);
    updateActions();
}

void SceneEditor::addScene(bool insertBefore)
{
    Scene scene;
    scene.storyboardId = m_document->id();
    scene.description = tr("New scene");
    scene.durationMs = 5000;
    const int row = insertBefore ? qMax(0, currentRow()) : m_document->sceneCount();
    m_document->insertScenes(row, {scene});
    selectRows({row}, row);
    m_form->focusDescription();
}

void SceneEditor::moveCurrent(int delta)
{
    const int row = currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_document->sceneCount())
        return;
    // moveScenes puts the row before the scene now at `before`: one further down when moving down.
    m_document->moveScenes({row}, delta < 0 ? target : target + 1);
    selectRows({target}, target);
}

RefineDialog *SceneEditor::showRefine()
{
    const int row = currentRow();
    if (row < 0 || row >= m_document->sceneCount())
        return nullptr;
    if (m_refineDialog)
        m_refineDialog->close();
    auto *dialog = new RefineDialog(row, m_document->scenes().at(row), m_document->refinementsLeft(),
                                    StoryboardDocument::kMaxRefinements, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RefineDialog::refineRequested, this, &SceneEditor::refine);
    m_refineDialog = dialog;
    dialog->open();
    return dialog;
}

void SceneEditor::refine(int row, const QString &imagePrompt, const QString &description)
{
    const RowId board = m_document->id();
    const auto finished = [this, board, row](Status status) {
        if (!status) {
            if (m_refineDialog)
                m_refineDialog->showError(status.error());
            showBanner(status.error());
            return;
        }
        if (m_refineDialog)
            m_refineDialog->accept();
        if (m_document->id() == board)
            showBanner(tr("Scene %1 refined. %2 of %3 refinements left.")
                           .arg(row + 1)
                           .arg(m_document->refinementsLeft())
                           .arg(StoryboardDocument::kMaxRefinements));
    };
    if (m_actions) {
        m_actions->refine(*m_document, row, imagePrompt, description, finished);
        return;
    }
    // No job queue (a read-only window, some tests): a text-only refinement through the document,
    // which enforces the limit with the same message.
    Scene refined = m_document->scenes().at(row);
    refined.imagePrompt = imagePrompt;
    if (!description.isEmpty())
        refined.description = description;
    finished(m_document->applyRefinement(row, refined));
}

}  // namespace storyreel
