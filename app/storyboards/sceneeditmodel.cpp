#include "sceneeditmodel.h"

#include "storyboarddocument.h"

#include <QFileInfo>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QUrl>

#include <limits>

namespace storyreel {
namespace {

const QString kScenesMime = QLatin1String(SceneEditModel::kScenesMimeType);
const QString kUriListMime = QStringLiteral("text/uri-list");

// "sunset_over-the-bay.png" -> "sunset over the bay"
QString descriptionFromFileName(const QString &path)
{
    QString name = QFileInfo(path).completeBaseName();
    name.replace(QLatin1Char('_'), QLatin1Char(' ')).replace(QLatin1Char('-'), QLatin1Char(' '));
    return name.simplified();
}

}  // namespace

SceneEditModel::SceneEditModel(StoryboardDocument &document, const QString &dataRoot, QSize thumbnailSize,
                               QObject *parent)
    : QAbstractListModel(parent),
      m_document(document),
      m_media(dataRoot),
      m_thumbnails(dataRoot, thumbnailSize),
      m_scenes(document.scenes())
{
    connect(&document, &StoryboardDocument::scenesReset, this, &SceneEditModel::reset);
    connect(&document, &StoryboardDocument::scenesInserted, this, &SceneEditModel::onInserted);
    connect(&document, &StoryboardDocument::scenesRemoved, this, &SceneEditModel::onRemoved);
    connect(&document, &StoryboardDocument::sceneChanged, this, &SceneEditModel::onChanged);
}

void SceneEditModel::reset()
{
    beginResetModel();
    m_scenes = m_document.scenes();
    endResetModel();
}

// The document has the new scenes already; the model catches up between begin and end, so views see
// the counts they expect.
void SceneEditModel::onInserted(int row, int count)
{
    beginInsertRows({}, row, row + count - 1);
    for (int i = 0; i < count; ++i)
        m_scenes.insert(row + i, m_document.scenes().at(row + i));
    endInsertRows();
    positionsChangedFrom(row + count);
}

void SceneEditModel::onRemoved(int row, int count)
{
    beginRemoveRows({}, row, row + count - 1);
    m_scenes.remove(row, count);
    endRemoveRows();
    positionsChangedFrom(row);
}

void SceneEditModel::onChanged(int row)
{
    if (row < 0 || row >= m_scenes.size() || row >= m_document.sceneCount())
        return;
    m_scenes[row] = m_document.scenes().at(row);
    Q_EMIT dataChanged(index(row), index(row));
}

// Scenes after an insertion or removal got new numbers (and, from the store, new ids). One edit may be
// announced as several runs; the scenes are refreshed once the model has caught up with all of them.
void SceneEditModel::positionsChangedFrom(int row)
{
    m_renumberFrom = qMin(m_renumberFrom, row);
    if (m_scenes.size() != m_document.sceneCount())
        return;
    m_scenes = m_document.scenes();
    const int from = m_renumberFrom;
    m_renumberFrom = std::numeric_limits<int>::max();
    if (from < m_scenes.size())
        Q_EMIT dataChanged(index(qMax(0, from)), index(int(m_scenes.size()) - 1));
}

int SceneEditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_scenes.size());
}

QVariant SceneEditModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Scene &scene = m_scenes.at(index.row());
    if (role == Qt::EditRole)
        return scene.description;
    return SceneListModel::sceneData(scene, role, m_thumbnails);
}

bool SceneEditModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    // A null value is what a view writes to "clear" dragged-away items: never an edit.
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        !value.isValid())
        return false;
    switch (role) {
        case Qt::EditRole:
        case Qt::DisplayRole:
        case DescriptionRole:
            m_document.setSceneText(index.row(), StoryboardDocument::Field::Description, value.toString());
            return true;
        case ImagePromptRole:
            m_document.setSceneText(index.row(), StoryboardDocument::Field::ImagePrompt, value.toString());
            return true;
        case DurationMsRole: {
            bool ok = false;
            const qint64 durationMs = value.toLongLong(&ok);
            if (!ok || durationMs <= 0)
                return false;
            m_document.setDurations({index.row()}, durationMs);
            return true;
        }
        default:
            return false;
    }
}

bool SceneEditModel::setItemData(const QModelIndex &, const QMap<int, QVariant> &)
{
    return false;  // only QAbstractItemView's overwrite-after-move calls it; edits go through setData
}

Qt::ItemFlags SceneEditModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return QAbstractListModel::flags(index) | Qt::ItemIsEditable | Qt::ItemIsDragEnabled |
           Qt::ItemIsDropEnabled;
}

QHash<int, QByteArray> SceneEditModel::roleNames() const
{
    // The same roles as the read-only scene list, so views and delegates work with either.
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(SceneListModel::sceneRoleNames());
    return names;
}

Qt::DropActions SceneEditModel::supportedDragActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

Qt::DropActions SceneEditModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

QStringList SceneEditModel::mimeTypes() const
{
    return {kScenesMime, kUriListMime};
}

// {"storyboardId": 3, "rows": [0, 2], "scenes": [{...}]}: rows for a move within the board, the
// scenes themselves so a copy can land in another storyboard.
QMimeData *SceneEditModel::mimeData(const QModelIndexList &indexes) const
{
    QList<int> rows;
    for (const QModelIndex &index : indexes)
        if (index.isValid() && index.model() == this && !rows.contains(index.row()))
            rows << index.row();
    if (rows.isEmpty())
        return nullptr;
    std::sort(rows.begin(), rows.end());
    QJsonArray rowArray;
    QJsonArray sceneArray;
    QStringList text;
    for (int row : rows) {
        const Scene &scene = m_scenes.at(row);
        rowArray << row;
        sceneArray << QJsonObject{{QStringLiteral("description"), scene.description},
                                  {QStringLiteral("image_prompt"), scene.imagePrompt},
                                  {QStringLiteral("duration_ms"), scene.durationMs},
                                  {QStringLiteral("image_path"), scene.imagePath}};
        text << scene.description;
    }
    auto *mime = new QMimeData;
    mime->setData(kScenesMime, QJsonDocument(QJsonObject{{QStringLiteral("storyboardId"), m_document.id()},
                                                         {QStringLiteral("rows"), rowArray},
                                                         {QStringLiteral("scenes"), sceneArray}})
                                   .toJson(QJsonDocument::Compact));
    mime->setText(text.join(QLatin1Char('\n')));
    return mime;
}

bool SceneEditModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                     const QModelIndex &) const
{
    if (!data || m_document.id() <= 0 || !(action & (Qt::MoveAction | Qt::CopyAction)))
        return false;
    return data->hasFormat(kScenesMime) || data->hasUrls();
}

bool SceneEditModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                  const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    if (data->hasFormat(kScenesMime)) {
        // Onto a scene: before it; between scenes: at row; on the empty area (row -1): at the end.
        const int before = parent.isValid() ? parent.row() : (row < 0 ? rowCount() : qMin(row, rowCount()));
        return dropScenes(data, action, before);
    }
    return dropImages(data->urls(), row, parent);
}

bool SceneEditModel::dropScenes(const QMimeData *data, Qt::DropAction action, int before)
{
    const QJsonObject payload = QJsonDocument::fromJson(data->data(kScenesMime)).object();
    const RowId source = payload.value(QStringLiteral("storyboardId")).toInteger();
    if (action == Qt::MoveAction && source == m_document.id()) {
        QList<int> rows;
        for (const QJsonValue &value : payload.value(QStringLiteral("rows")).toArray())
            rows << value.toInt(-1);
        // The move is done here; a source view's removal of the "moved away" rows afterwards finds
        // removeRows() unimplemented and changes nothing.
        m_document.moveScenes(rows, before);
        return true;
    }
    // A copy, or scenes from another storyboard: insert copies of them.
    QList<Scene> scenes;
    for (const QJsonValue &value : payload.value(QStringLiteral("scenes")).toArray()) {
        const QJsonObject object = value.toObject();
        Scene scene;
        scene.description = object.value(QStringLiteral("description")).toString();
        scene.imagePrompt = object.value(QStringLiteral("image_prompt")).toString();
        scene.durationMs = qMax<qint64>(100, object.value(QStringLiteral("duration_ms")).toInteger(5000));
        scene.imagePath = object.value(QStringLiteral("image_path")).toString();
        scenes << scene;
    }
    if (scenes.isEmpty())
        return false;
    m_document.insertScenes(before, scenes);
    return true;
}

bool SceneEditModel::dropImages(const QList<QUrl> &urls, int row, const QModelIndex &parent)
{
    QStringList refused;
    QList<Scene> added;
    for (const QUrl &url : urls) {
        const QString path = url.toLocalFile();
        if (path.isEmpty() || !QFileInfo(path).isFile()) {
            refused << tr("%1 is not a local file").arg(url.toDisplayString());
            continue;
        }
        QImageReader reader(path);
        if (!reader.canRead()) {
            refused << tr("%1 is not an image").arg(QFileInfo(path).fileName());
            continue;
        }
        Result<QString> stored = m_media.addFile(path);
        if (!stored) {
            refused << tr("%1 could not be added: %2").arg(QFileInfo(path).fileName(), stored.error());
            continue;
        }
        Scene scene;
        scene.description = descriptionFromFileName(path);
        scene.imagePath = *stored;
        added << scene;
    }
    if (!refused.isEmpty())
        Q_EMIT dropRefused(
            tr("Only image files can be dropped here: %1.").arg(refused.join(QStringLiteral("; "))));
    if (added.isEmpty())
        return false;
    if (parent.isValid() && row < 0) {
        // Onto a scene: the first image becomes its image, any others new scenes right after it.
        m_document.setImage(parent.row(), added.takeFirst().imagePath);
        if (!added.isEmpty())
            m_document.insertScenes(parent.row() + 1, added);
        return true;
    }
    const int at = parent.isValid() ? parent.row() : (row < 0 ? rowCount() : qMin(row, rowCount()));
    m_document.insertScenes(at, added);
    return true;
}

}  // namespace storyreel
