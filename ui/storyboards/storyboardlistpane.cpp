#include "storyboardlistpane.h"

#include "storyboardlistmodel.h"
#include "storyboardstore.h"
#include "widgets/twolinedelegate.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace storyreel {

StoryboardListPane::StoryboardListPane(const Catalog &catalog, QWidget *parent)
    : QWidget(parent),
      m_catalog(catalog),
      m_boards(new StoryboardListModel(catalog, this)),
      m_filter(new QSortFilterProxyModel(this)),
      m_search(new QLineEdit(this)),
      m_view(new QListView(this)),
      m_new(new QPushButton(tr("New"), this)),
      m_rename(new QPushButton(tr("Rename"), this)),
      m_duplicate(new QPushButton(tr("Duplicate"), this)),
      m_delete(new QPushButton(tr("Delete"), this)),
      m_undoBanner(new QWidget(this)),
      m_undoText(new QLabel(m_undoBanner))
{
    setObjectName(QStringLiteral("storyboardListPane"));
    auto *heading = new QLabel(tr("Storyboards"), this);
    QFont font = heading->font();
    font.setPointSize(font.pointSize() + 2);
    font.setBold(true);
    heading->setFont(font);
    m_search->setObjectName(QStringLiteral("storyboardSearch"));
    m_search->setPlaceholderText(tr("Search storyboards"));
    m_search->setAccessibleName(tr("Search storyboards"));
    m_search->setToolTip(tr("Show only the storyboards whose title contains this text"));
    m_search->setClearButtonEnabled(true);
    m_filter->setSourceModel(m_boards);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setObjectName(QStringLiteral("storyboardList"));
    m_view->setAccessibleName(tr("Storyboards"));
    m_view->setAccessibleDescription(
        tr("Selecting a storyboard opens it beside the list; Return moves to its scenes"));
    m_view->setModel(m_filter);
    m_view->setItemDelegate(new TwoLineDelegate(StoryboardListModel::SubtitleRole, m_view));
    m_view->setUniformItemSizes(true);
    m_new->setObjectName(QStringLiteral("newStoryboardButton"));
    m_rename->setObjectName(QStringLiteral("renameStoryboardButton"));
    m_duplicate->setObjectName(QStringLiteral("duplicateStoryboardButton"));
    m_delete->setObjectName(QStringLiteral("deleteStoryboardButton"));
    m_new->setToolTip(tr("Create an empty storyboard with one scene, then name it"));
    m_rename->setToolTip(tr("Rename the selected storyboard"));
    m_duplicate->setToolTip(tr("Copy the selected storyboard with all its scenes"));
    m_delete->setToolTip(tr("Delete the selected storyboard; Undo brings it back until the next deletion"));
    m_undoBanner->setObjectName(QStringLiteral("storyboardUndoBanner"));
    m_undoBanner->setAutoFillBackground(true);
    m_undoBanner->setBackgroundRole(QPalette::ToolTipBase);
    m_undoText->setForegroundRole(QPalette::ToolTipText);
    m_undoText->setWordWrap(true);
    auto *undo = new QPushButton(tr("Undo"), m_undoBanner);
    undo->setObjectName(QStringLiteral("undoDeleteStoryboard"));
    undo->setToolTip(tr("Restore the storyboard just deleted, scenes included"));
    auto *bannerLayout = new QHBoxLayout(m_undoBanner);
    bannerLayout->setContentsMargins(6, 4, 6, 4);
    bannerLayout->addWidget(m_undoText, 1);
    bannerLayout->addWidget(undo);
    m_undoBanner->setVisible(false);

    auto *buttons = new QGridLayout;
    buttons->addWidget(m_new, 0, 0);
    buttons->addWidget(m_rename, 0, 1);
    buttons->addWidget(m_duplicate, 1, 0);
    buttons->addWidget(m_delete, 1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 6, 12);
    layout->addWidget(heading);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_undoBanner);
    layout->addLayout(buttons);

    connect(m_search, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, [this] { select(currentId()); });
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, [this] { select(currentId()); });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this] { select(currentId()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateButtons();
        if (currentId() != m_shown) {
            m_shown = currentId();
            Q_EMIT currentChanged(m_shown);
        }
    });
    // Return (or a double-click) on a storyboard: on to its scenes.
    connect(m_view, &QListView::activated, this, &StoryboardListPane::openRequested);
    connect(m_new, &QPushButton::clicked, this, &StoryboardListPane::createEmpty);
    connect(m_rename, &QPushButton::clicked, this, &StoryboardListPane::renameRequested);
    connect(m_duplicate, &QPushButton::clicked, this, &StoryboardListPane::duplicateCurrent);
    connect(m_delete, &QPushButton::clicked, this, &StoryboardListPane::deleteCurrent);
    connect(undo, &QPushButton::clicked, this, &StoryboardListPane::undoDelete);
    updateButtons();
}

RowId StoryboardListPane::currentId() const
{
    const QModelIndex index = m_filter->mapToSource(m_view->currentIndex());
    return index.isValid() ? m_boards->idAt(index.row()) : 0;
}

void StoryboardListPane::select(RowId id)
{
    const int sourceRow = m_boards->rowOf(id);
    QModelIndex index = sourceRow >= 0 ? m_filter->mapFromSource(m_boards->index(sourceRow)) : QModelIndex();
    if (!index.isValid())
        index = m_filter->index(0, 0);
    if (index.isValid() && index != m_view->currentIndex()) {
        m_view->setCurrentIndex(index);
    } else if (!index.isValid() && m_shown != 0) {
        m_shown = 0;
        Q_EMIT currentChanged(0);
    }
    updateButtons();
}

bool StoryboardListPane::reload()
{
    const RowId current = currentId();
    if (!m_boards->reload()) {
        Q_EMIT errorOccurred(tr("Cannot read the storyboards: %1").arg(m_boards->lastError()));
        return false;
    }
    select(current);
    return true;
}

RowId StoryboardListPane::createEmpty()
{
    Storyboard board;
    board.title = tr("Untitled storyboard");
    Scene scene;
    scene.description = tr("New scene");
    board.scenes << scene;
    Result<RowId> id = StoryboardStore(m_catalog).create(board);
    if (!id) {
        Q_EMIT errorOccurred(tr("Cannot create a storyboard: %1").arg(id.error()));
        return 0;
    }
    m_search->clear();
    reload();
    select(*id);
    Q_EMIT renameRequested();
    return *id;
}

RowId StoryboardListPane::duplicateCurrent()
{
    Result<Storyboard> board = StoryboardStore(m_catalog).load(currentId());
    if (!board) {
        Q_EMIT errorOccurred(tr("Cannot duplicate: %1").arg(board.error()));
        return 0;
    }
    Storyboard copy = *board;
    copy.id = 0;
    copy.remoteId.clear();
    copy.accountId = 0;  // the copy is local: the provider knows only the original
    copy.isSample = false;
    copy.approved = false;
    copy.approvedAt = {};
    copy.title = tr("%1 (copy)").arg(board->title);
    for (Scene &scene : copy.scenes)
        scene.id = 0;
    Result<RowId> id = StoryboardStore(m_catalog).create(copy);
    if (!id) {
        Q_EMIT errorOccurred(tr("Cannot duplicate: %1").arg(id.error()));
        return 0;
    }
    reload();
    select(*id);
    return *id;
}

RowId StoryboardListPane::deleteCurrent()
{
    const RowId id = currentId();
    Result<Storyboard> board = StoryboardStore(m_catalog).load(id);
    if (!board) {
        Q_EMIT errorOccurred(tr("Cannot delete: %1").arg(board.error()));
        return 0;
    }
    if (Status removed = StoryboardStore(m_catalog).remove(id); !removed) {
        Q_EMIT errorOccurred(tr("Cannot delete: %1").arg(removed.error()));
        return 0;
    }
    m_deleted = *board;
    reload();
    showUndoBanner(tr("Deleted “%1”.").arg(board->title));
    return id;
}

RowId StoryboardListPane::undoDelete()
{
    if (!m_deleted)
        return 0;
    Storyboard restored = *m_deleted;
    restored.id = 0;
    for (Scene &scene : restored.scenes)
        scene.id = 0;
    Result<RowId> id = StoryboardStore(m_catalog).create(restored);
    if (!id) {
        Q_EMIT errorOccurred(tr("Cannot restore “%1”: %2").arg(restored.title, id.error()));
        return 0;
    }
    m_deleted.reset();
    m_undoBanner->setVisible(false);
    m_search->clear();
    reload();
    select(*id);
    return *id;
}

void StoryboardListPane::showUndoBanner(const QString &message)
{
    m_undoText->setText(message);
    m_undoBanner->setVisible(true);
}

void StoryboardListPane::updateButtons()
{
    const bool has = currentId() > 0;
    m_rename->setEnabled(has);
    m_duplicate->setEnabled(has);
    m_delete->setEnabled(has);
}

}  // namespace storyreel
