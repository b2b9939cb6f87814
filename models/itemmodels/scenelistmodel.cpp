#include "scenelistmodel.h"

#include "storyboardstore.h"

namespace storyreel {

SceneListModel::SceneListModel(const Catalog &catalog, const QString &dataRoot, QSize thumbnailSize,
                               QObject *parent)
    : QAbstractListModel(parent), m_catalog(catalog), m_thumbnails(dataRoot, thumbnailSize)
{}

bool SceneListModel::setStoryboard(RowId storyboardId)
{
    QList<Scene> scenes;
    if (storyboardId > 0) {
        Result<QList<Scene>> loaded = StoryboardStore(m_catalog).scenes(storyboardId);
        if (!loaded) {
            m_lastError = loaded.error();
            return false;
        }
        scenes = std::move(loaded).value();
    }
    beginResetModel();
    m_storyboardId = storyboardId;
    m_scenes = std::move(scenes);
    endResetModel();
    m_lastError.clear();
    return true;
}

int SceneListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_scenes.size());
}

QVariant SceneListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return sceneData(m_scenes.at(index.row()), role, m_thumbnails);
}

QVariant SceneListModel::sceneData(const Scene &scene, int role, const ThumbnailCache &thumbnails)
{
    const QString seconds = QString::number(double(scene.durationMs) / 1000.0, 'f', 1);
    switch (role) {
        case Qt::DisplayRole:
        case DescriptionRole:
            return scene.description;
        case CaptionRole:
            return tr("Scene %1 · %2 s").arg(scene.position).arg(seconds);
        case Qt::DecorationRole: {
            QImage image = thumbnails.image(scene.imagePath);
            return image.isNull() ? thumbnails.card(scene.description, scene.position) : image;
        }
        case Qt::ToolTipRole:
            return tr("Scene %1: %2\nImage prompt: %3")
                .arg(scene.position)
                .arg(scene.description, scene.imagePrompt);
        case Qt::AccessibleTextRole:
            return tr("Scene %1, %2 seconds: %3").arg(scene.position).arg(seconds, scene.description);
        case IdRole:
            return scene.id;
        case PositionRole:
            return scene.position;
        case ImagePromptRole:
            return scene.imagePrompt;
        case DurationMsRole:
            return scene.durationMs;
        case ImagePathRole:
            return scene.imagePath;
        default:
            return {};
    }
}

QHash<int, QByteArray> SceneListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(sceneRoleNames());
    return names;
}

QHash<int, QByteArray> SceneListModel::sceneRoleNames()
{
    QHash<int, QByteArray> names;
    names.insert(IdRole, "sceneId");
    names.insert(CaptionRole, "caption");
    names.insert(PositionRole, "position");
    names.insert(DescriptionRole, "description");
    names.insert(ImagePromptRole, "imagePrompt");
    names.insert(DurationMsRole, "durationMs");
    names.insert(ImagePathRole, "imagePath");
    return names;
}

}  // namespace storyreel
