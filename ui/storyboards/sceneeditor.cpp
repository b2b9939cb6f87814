#include "sceneeditor.h"

#include "refinedialog.h"
#include "scenecarddelegate.h"
#include "sceneeditmodel.h"
#include "sceneform.h"
#include "sceneview.h"
#include "storyboardactions.h"
#include "storyboarddocument.h"
#include "studio.h"
#include "widgets/taborder.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSplitter>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace storyreel {
namespace {

constexpr QSize kThumbnail(224, 126);

// The storyboard's state in words: the catalog's codes ("storyboard_ready") are the providers'.
QString statusLabel(StoryboardStatus status)
{
    switch (status) {
        case StoryboardStatus::Draft:
            return SceneEditor::tr("draft");
        case StoryboardStatus::Pending:
            return SceneEditor::tr("pending");
        case StoryboardStatus::Generating:
            return SceneEditor::tr("generating");
        case StoryboardStatus::Ready:
            return SceneEditor::tr("ready");
        case StoryboardStatus::Rendering:
            return SceneEditor::tr("rendering");
        case StoryboardStatus::Completed:
            return SceneEditor::tr("completed");
        case StoryboardStatus::Failed:
            return SceneEditor::tr("failed");
    }
    return toText(status);
}

}  // namespace

SceneEditor::SceneEditor(Studio &studio, QWidget *parent)
    : QWidget(parent),
      m_studio(studio),
      m_document(new StoryboardDocument(studio.catalog(), this)),
      m_model(new SceneEditModel(*m_document, studio.location().root(), kThumbnail, this)),
      m_delegate(new SceneCardDelegate(this)),
      m_title(new QLabel(this)),
      m_titleEdit(new QLineEdit(this)),
      m_badge(new QLabel(this)),
      m_refinements(new QLabel(this)),
      m_details(new QLabel(this)),
      m_banner(new QLabel(this)),
      m_toolBar(new QToolBar(this)),
      m_view(new SceneView(this)),
      m_form(new SceneForm(this)),
      m_outputSplit(new QSplitter(Qt::Vertical, this))
{
    setObjectName(QStringLiteral("sceneEditor"));
    m_title->setObjectName(QStringLiteral("storyboardTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSize(titleFont.pointSize() + 6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setAccessibleDescription(tr("The open storyboard's title; Rename in the list changes it"));
    m_titleEdit->setObjectName(QStringLiteral("storyboardTitleEdit"));
    m_titleEdit->setFont(titleFont);
    m_titleEdit->setAccessibleName(tr("Storyboard title"));
    m_titleEdit->setToolTip(tr("The new title: Return or moving on keeps it"));
    m_titleEdit->setVisible(false);
    m_badge->setObjectName(QStringLiteral("approvalBadge"));
    m_badge->setMargin(4);
    m_refinements->setObjectName(QStringLiteral("refinementCount"));
    m_details->setObjectName(QStringLiteral("storyboardDetails"));
    m_details->setWordWrap(true);
    m_banner->setObjectName(QStringLiteral("sceneEditorBanner"));
    m_banner->setWordWrap(true);
    m_banner->setVisible(false);
    m_banner->setMargin(6);
    m_banner->setAutoFillBackground(true);
    m_banner->setBackgroundRole(QPalette::ToolTipBase);
    m_banner->setForegroundRole(QPalette::ToolTipText);
    m_toolBar->setObjectName(QStringLiteral("sceneToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setAccessibleName(tr("Scene actions"));
    m_view->setObjectName(QStringLiteral("sceneGrid"));
    m_view->setAccessibleName(tr("Scenes"));
    m_view->setAccessibleDescription(
        tr("The storyboard's scenes in order. Return edits the description on the card; the context "
           "menu (Menu key or Shift+F10) has every scene action, moving scenes included."));
    m_view->setModel(m_model);
    m_delegate->setDocument(m_document);
    m_view->setItemDelegate(m_delegate);
    m_form->setDocument(m_document);
    m_form->setMinimumWidth(260);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addWidget(m_titleEdit, 1);
    header->addStretch();
    header->addWidget(m_refinements);
    header->addWidget(m_badge);
    auto *scenes = new QSplitter(Qt::Horizontal, m_outputSplit);
    scenes->addWidget(m_view);
    scenes->addWidget(m_form);
    scenes->setStretchFactor(0, 1);
    scenes->setSizes({800, 300});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 12, 12, 12);
    layout->addLayout(header);
    layout->addWidget(m_details);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_banner);
    m_outputSplit->addWidget(scenes);
    m_outputSplit->setChildrenCollapsible(false);
    layout->addWidget(m_outputSplit, 1);
    buildToolBar();
    // Reading order: the title being renamed, the actions, the cards, then the form beside them.
    taborder::makeReachable(m_toolBar);
    taborder::chain(QList<QWidget *>{m_titleEdit} + taborder::controlsIn(m_toolBar) +
                    QList<QWidget *>{m_view} + taborder::controlsIn(m_form));

    connect(m_document, &StoryboardDocument::storyboardChanged, this, &SceneEditor::updateHeader);
    connect(m_document, &StoryboardDocument::scenesReset, this, &SceneEditor::updateHeader);
    connect(m_document, &StoryboardDocument::scenesInserted, this, &SceneEditor::updateHeader);
    connect(m_document, &StoryboardDocument::scenesRemoved, this, &SceneEditor::updateHeader);
    connect(m_document, &StoryboardDocument::sceneChanged, this, &SceneEditor::updateHeader);
    connect(m_document, &StoryboardDocument::scenesMoved, this, [this](const QList<int> &rows) {
        if (!rows.isEmpty())
            selectRows(rows, rows.first());
    });
    connect(m_document, &StoryboardDocument::saveFailed, this, [this](const QString &message) {
        showBanner(tr("Not saved: %1").arg(message));
        Q_EMIT errorOccurred(message);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_form->setRows(selectedRows());
        updateActions();
    });
    connect(m_model, &SceneEditModel::dropRefused, this, [this](const QString &message) {
        showBanner(message);
        Q_EMIT errorOccurred(message);
    });
    connect(m_titleEdit, &QLineEdit::editingFinished, this, [this] {
        if (!m_titleEdit->isVisible())
            return;
        const QString title = m_titleEdit->text().trimmed();
        m_titleEdit->setVisible(false);
        m_title->setVisible(true);
        if (!title.isEmpty() && title != m_document->storyboard().title) {
            m_document->setTitle(title);
            Q_EMIT titleChanged(m_document->id());
        }
    });
    updateHeader();
}

SceneEditor::~SceneEditor() = default;

bool SceneEditor::openStoryboard(RowId id)
{
    if (m_refineDialog)
        m_refineDialog->close();
    m_approvedBefore = false;
    m_banner->setVisible(false);
    const Status opened = m_document->open(id);
    m_form->setRows({});
    updateHeader();
    if (!opened) {
        Q_EMIT errorOccurred(tr("Cannot open the storyboard: %1").arg(opened.error()));
        return false;
    }
    if (m_document->sceneCount() > 0)
        selectRows({0}, 0);
    return true;
}

void SceneEditor::setOutputPanel(QWidget *panel)
{
    m_outputSplit->addWidget(panel);
    m_outputSplit->setStretchFactor(0, 1);
    m_outputSplit->setStretchFactor(1, 0);
    m_outputSplit->setSizes({640, 220});
    // Made after the rest of the window: Tab reaches it right after the form, not after the rail.
    const QList<QWidget *> form = taborder::controlsIn(m_form);
    taborder::chain(QList<QWidget *>{form.isEmpty() ? static_cast<QWidget *>(m_view) : form.last()} +
                    taborder::controlsIn(panel));
}

void SceneEditor::setGridMode(bool grid)
{
    m_delegate->setListMode(!grid);
    m_view->setGridMode(grid);
    if (m_listMode)
        m_listMode->setChecked(!grid);
}

bool SceneEditor::gridMode() const
{
    return m_view->gridMode();
}

void SceneEditor::startRename()
{
    if (m_document->id() <= 0)
        return;
    m_titleEdit->setText(m_document->storyboard().title);
    m_title->setVisible(false);
    m_titleEdit->setVisible(true);
    m_titleEdit->setFocus(Qt::OtherFocusReason);
    m_titleEdit->selectAll();
}

void SceneEditor::focusScenes()
{
    if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
        selectRows({0}, 0);
    m_view->setFocus(Qt::OtherFocusReason);
}

QList<int> SceneEditor::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedIndexes())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

int SceneEditor::currentRow() const
{
    return m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
}

void SceneEditor::selectRows(const QList<int> &rows, int current)
{
    QItemSelection selection;
    for (int row : rows)
        if (row >= 0 && row < m_model->rowCount())
            selection.select(m_model->index(row), m_model->index(row));
    if (current >= 0 && current < m_model->rowCount())
        m_view->selectionModel()->setCurrentIndex(m_model->index(current), QItemSelectionModel::NoUpdate);
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (current >= 0 && current < m_model->rowCount())
        m_view->scrollTo(m_model->index(current));
}

void SceneEditor::showBanner(const QString &message)
{
    m_banner->setText(message);
    m_banner->setVisible(!message.isEmpty());
}

QString SceneEditor::bannerText() const
{
    return m_banner->isVisible() ? m_banner->text() : QString();
}

void SceneEditor::updateHeader()
{
    const Storyboard &board = m_document->storyboard();
    const bool open = board.id > 0;
    m_title->setText(board.title);
    m_details->setText(open ? tr("%n scene(s) · %1 s · %2 · %3", nullptr, int(board.scenes.size()))
                                  .arg(QLocale().toString(double(board.totalDurationMs()) / 1000.0, 'f', 1),
                                       toText(board.aspect), statusLabel(board.status))
                            : QString());
    if (board.approved)
        m_approvedBefore = true;
    if (!open) {
        m_badge->clear();
        m_badge->setStyleSheet(QString());
    } else if (board.approved) {
        m_badge->setText(tr("✔ Approved"));
        m_badge->setStyleSheet(QStringLiteral(
            "QLabel { background: #1e7d3a; color: white; border-radius: 4px; font-weight: bold; }"));
    } else if (m_approvedBefore) {
        m_badge->setText(tr("Edited since approval — approve again"));
        m_badge->setStyleSheet(QStringLiteral(
            "QLabel { background: #b36b00; color: white; border-radius: 4px; font-weight: bold; }"));
    } else {
        m_badge->setText(tr("Not approved"));
        m_badge->setStyleSheet(
            QStringLiteral("QLabel { border: 1px solid palette(mid); border-radius: 4px; }"));
    }
    const int left = m_document->refinementsLeft();
    m_refinements->setText(
        open ? (left > 0 ? tr("%1 of %2 refinements left").arg(left).arg(StoryboardDocument::kMaxRefinements)
                         : tr("No refinements left"))
             : QString());
    updateActions();
}

void SceneEditor::updateActions()
{
    if (!m_add)
        return;
    const bool open = m_document->id() > 0;
    const bool any = !selectedRows().isEmpty();
    const int row = currentRow();
    m_add->setEnabled(open);
    m_insert->setEnabled(open);
    m_duplicate->setEnabled(open && any);
    m_delete->setEnabled(open && any);
    m_moveUp->setEnabled(open && row > 0);
    m_moveDown->setEnabled(open && row >= 0 && row < m_document->sceneCount() - 1);
    m_approve->setEnabled(open && !m_document->storyboard().approved && m_document->sceneCount() > 0);
    m_refine->setEnabled(open && row >= 0);
    m_refine->setToolTip(m_document->refinementsLeft() > 0
                             ? tr("Refine the scene's image prompt and description (%1 left)")
                                   .arg(m_document->refinementsLeft())
                             : tr("The refinement limit is reached for this storyboard"));
}

}  // namespace storyreel
