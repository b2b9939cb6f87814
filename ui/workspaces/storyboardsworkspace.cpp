#include "storyboardsworkspace.h"

#include "storyboarddocument.h"
#include "storyboardlistmodel.h"
#include "storyboards/outputpanel.h"
#include "storyboards/sceneeditor.h"
#include "storyboards/storyboardlistpane.h"
#include "studio.h"

#include <QLabel>
#include <QSplitter>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace storyreel {

StoryboardsWorkspace::StoryboardsWorkspace(Studio &studio, JobQueue *queue, QWidget *parent)
    : QWidget(parent),
      m_studio(studio),
      m_queue(queue),
      m_list(new StoryboardListPane(studio.catalog(), this)),
      m_editor(new SceneEditor(studio, this)),
      m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("storyboardsWorkspace"));
    m_empty->setObjectName(QStringLiteral("storyboardsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("No storyboards yet. Storyboards you create or generate will appear here."));
    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_editor, 1);
    detailLayout->addWidget(m_empty, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_list);
    splitter->addWidget(detail);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({280, 1000});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_list, &StoryboardListPane::currentChanged, this, &StoryboardsWorkspace::showStoryboard);
    connect(m_list, &StoryboardListPane::renameRequested, m_editor, &SceneEditor::startRename);
    connect(m_list, &StoryboardListPane::openRequested, m_editor, &SceneEditor::focusScenes);
    connect(m_list, &StoryboardListPane::errorOccurred, this, &StoryboardsWorkspace::errorOccurred);
    connect(m_editor, &SceneEditor::errorOccurred, this, &StoryboardsWorkspace::errorOccurred);
    // The list shows titles, scene counts and durations: keep it current with the document, once
    // per burst of edits (typing changes a scene per keystroke).
    auto *refresh = new QTimer(this);
    refresh->setSingleShot(true);
    refresh->setInterval(250);
    connect(refresh, &QTimer::timeout, m_list, &StoryboardListPane::reload);
    const auto later = [refresh] { refresh->start(); };
    StoryboardDocument *document = m_editor->document();
    connect(document, &StoryboardDocument::storyboardChanged, this, later);
    connect(document, &StoryboardDocument::scenesReset, this, later);
    connect(document, &StoryboardDocument::scenesInserted, this, later);
    connect(document, &StoryboardDocument::scenesRemoved, this, later);
    connect(document, &StoryboardDocument::sceneChanged, this, later);
    reload();
    if (m_list->currentId() <= 0)
        showStoryboard(0);
}

StoryboardsWorkspace::~StoryboardsWorkspace() = default;

StoryboardListModel *StoryboardsWorkspace::storyboardModel() const
{
    return m_list->model();
}

QUndoStack *StoryboardsWorkspace::undoStack() const
{
    return m_editor->document()->undoStack();
}

void StoryboardsWorkspace::reload()
{
    m_list->reload();
}

void StoryboardsWorkspace::selectStoryboard(RowId id)
{
    m_list->select(id);
}

void StoryboardsWorkspace::setStoryboardActions(StoryboardActions *actions)
{
    m_editor->setStoryboardActions(actions);
    // Render and export need the scheduler: without one (read-only window, tests) no panel.
    delete m_output;  // it holds the previous actions
    m_output = nullptr;
    if (actions && m_queue) {
        auto *output = new StoryboardOutputPanel(m_studio.catalog(), *m_queue, *actions, m_editor);
        output->setDocument(m_editor->document());
        connect(output, &StoryboardOutputPanel::messageShown, this, &StoryboardsWorkspace::messageShown);
        m_editor->setOutputPanel(output);
        m_output = output;
    }
}

void StoryboardsWorkspace::showStoryboard(RowId id)
{
    const bool opened = id > 0 && m_editor->openStoryboard(id);
    m_editor->setVisible(opened);
    m_empty->setVisible(!opened);
}

}  // namespace storyreel
