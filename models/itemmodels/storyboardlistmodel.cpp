#include "storyboardlistmodel.h"

#include "storyboardstore.h"

namespace storyreel {

StoryboardListModel::StoryboardListModel(const Catalog &catalog, QObject *parent)
    : QAbstractListModel(parent), m_catalog(catalog)
{
    reload();
}

bool StoryboardListModel::reload()
{
    const StoryboardStore store(m_catalog);
    Result<QList<Storyboard>> listed = store.list();
    if (!listed) {
        m_lastError = listed.error();
        return false;
    }
    QList<Storyboard> boards = std::move(listed).value();
    for (Storyboard &board : boards) {
        if (Result<QList<Scene>> scenes = store.scenes(board.id))
            board.scenes = std::move(scenes).value();
    }
    beginResetModel();
    m_boards = std::move(boards);
    endResetModel();
    m_lastError.clear();
    return true;
}

int StoryboardListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_boards.size());
}

QVariant StoryboardListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Storyboard &board = m_boards.at(index.row());
    switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
            return board.title;
        case Qt::ToolTipRole:
        case SubtitleRole:
            return tr("%n scene(s) · %1 s · %2", nullptr, int(board.scenes.size()))
                .arg(QString::number(double(board.totalDurationMs()) / 1000.0, 'f', 1), toText(board.aspect));
        case Qt::AccessibleTextRole:
            return tr("Storyboard %1").arg(board.title);
        case IdRole:
            return board.id;
        case SceneCountRole:
            return int(board.scenes.size());
        case IsSampleRole:
            return board.isSample;
        default:
            return {};
    }
}

QHash<int, QByteArray> StoryboardListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "storyboardId");
    names.insert(SubtitleRole, "subtitle");
    names.insert(SceneCountRole, "sceneCount");
    names.insert(IsSampleRole, "isSample");
    return names;
}

RowId StoryboardListModel::idAt(int row) const
{
    return row >= 0 && row < m_boards.size() ? m_boards.at(row).id : 0;
}

int StoryboardListModel::rowOf(RowId id) const
{
    for (int row = 0; row < m_boards.size(); ++row) {
        if (m_boards.at(row).id == id)
            return row;
    }
    return -1;
}

}  // namespace storyreel
