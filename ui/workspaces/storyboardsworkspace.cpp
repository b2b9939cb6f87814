#include "storyboardsworkspace.h"

#include "scenelistmodel.h"
#include "storyboardlistmodel.h"
#include "storyboardstore.h"
#include "studio.h"
#include "widgets/thumbnaildelegate.h"
#include "widgets/twolinedelegate.h"

#include <QLabel>
#include <QListView>
#include <QSplitter>
#include <QVBoxLayout>

namespace storyreel {
namespace {

constexpr QSize kSceneThumbnail(256, 144);

QLabel *headingLabel(const QString &text, int pointSizeDelta, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSize(font.pointSize() + pointSizeDelta);
    font.setBold(true);
    label->setFont(font);
    return label;
}

}  // namespace

StoryboardsWorkspace::StoryboardsWorkspace(Studio &studio, QWidget *parent)
    : QWidget(parent),
      m_studio(studio),
      m_boards(new StoryboardListModel(studio.catalog(), this)),
      m_scenes(new SceneListModel(studio.catalog(), studio.location().root(), kSceneThumbnail, this)),
      m_boardList(new QListView(this)),
      m_sceneGrid(new QListView(this)),
      m_title(headingLabel(QString(), 6, this)),
      m_details(new QLabel(this)),
      m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("storyboardsWorkspace"));
    auto *splitter = new QSplitter(Qt::Horizontal, this);

    auto *listPane = new QWidget(splitter);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(12, 12, 6, 12);
    listLayout->addWidget(headingLabel(tr("Storyboards"), 2, listPane));
    m_boardList->setObjectName(QStringLiteral("storyboardList"));
    m_boardList->setAccessibleName(tr("Storyboards"));
    m_boardList->setModel(m_boards);
    m_boardList->setItemDelegate(new TwoLineDelegate(StoryboardListModel::SubtitleRole, m_boardList));
    m_boardList->setUniformItemSizes(true);
    listLayout->addWidget(m_boardList);

    auto *detailPane = new QWidget(splitter);
    auto *detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(6, 12, 12, 12);
    m_title->setObjectName(QStringLiteral("storyboardTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setObjectName(QStringLiteral("storyboardDetails"));
    m_details->setWordWrap(true);
    detailLayout->addWidget(m_title);
    detailLayout->addWidget(m_details);
    m_sceneGrid->setObjectName(QStringLiteral("sceneGrid"));
    m_sceneGrid->setAccessibleName(tr("Scenes"));
    m_sceneGrid->setModel(m_scenes);
    m_sceneGrid->setViewMode(QListView::IconMode);
    m_sceneGrid->setMovement(QListView::Static);
    m_sceneGrid->setResizeMode(QListView::Adjust);
    m_sceneGrid->setItemDelegate(
        new ThumbnailDelegate(kSceneThumbnail, SceneListModel::CaptionRole, Qt::DisplayRole, 2, m_sceneGrid));
    m_sceneGrid->setUniformItemSizes(true);
    m_sceneGrid->setSpacing(6);
    m_sceneGrid->setMouseTracking(true);
    m_sceneGrid->setSelectionMode(QAbstractItemView::ExtendedSelection);
    detailLayout->addWidget(m_sceneGrid, 1);
    m_empty->setObjectName(QStringLiteral("storyboardsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("No storyboards yet. Storyboards you create or generate will appear here."));
    detailLayout->addWidget(m_empty, 1);

    splitter->addWidget(listPane);
    splitter->addWidget(detailPane);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 900});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_boardList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showStoryboard(m_boards->idAt(current.row())); });
    connect(m_boards, &QAbstractItemModel::modelReset, this, [this] {
        if (m_boards->rowCount() > 0 && !m_boardList->currentIndex().isValid())
            m_boardList->setCurrentIndex(m_boards->index(0));
        else if (m_boards->rowCount() == 0)
            showStoryboard(0);
    });
    reload();
}

void StoryboardsWorkspace::reload()
{
    const RowId current = m_boards->idAt(m_boardList->currentIndex().row());
    if (!m_boards->reload()) {
        Q_EMIT errorOccurred(tr("Cannot read the storyboards: %1").arg(m_boards->lastError()));
        return;
    }
    selectStoryboard(current);
}

void StoryboardsWorkspace::selectStoryboard(RowId id)
{
    const int row = m_boards->rowOf(id);
    if (row >= 0)
        m_boardList->setCurrentIndex(m_boards->index(row));
    else if (m_boards->rowCount() > 0)
        m_boardList->setCurrentIndex(m_boards->index(0));
    else
        showStoryboard(0);
}

void StoryboardsWorkspace::showStoryboard(RowId id)
{
    if (!m_scenes->setStoryboard(id))
        Q_EMIT errorOccurred(tr("Cannot read the scenes: %1").arg(m_scenes->lastError()));
    Result<Storyboard> board =
        id > 0 ? StoryboardStore(m_studio.catalog()).load(id) : Result<Storyboard>(Storyboard{});
    const bool hasBoard = id > 0 && board.ok();
    m_sceneGrid->setVisible(hasBoard);
    m_title->setVisible(hasBoard);
    m_details->setVisible(hasBoard);
    m_empty->setVisible(!hasBoard);
    if (!hasBoard)
        return;
    m_title->setText(board->title);
    m_details->setText(tr("%n scene(s) · %1 s · %2 · %3%4", nullptr, int(board->scenes.size()))
                           .arg(QString::number(double(board->totalDurationMs()) / 1000.0, 'f', 1),
                                toText(board->aspect), toText(board->status),
                                board->approved ? tr(" · approved") : QString()));
}

}  // namespace storyreel
