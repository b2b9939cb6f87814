#pragma once

#include "mediastore.h"
#include "scenelistmodel.h"
#include "storyboard.h"
#include "thumbnailcache.h"

#include <QAbstractListModel>

#include <limits>

namespace storyreel {

class StoryboardDocument;

// The scenes of the open StoryboardDocument for the editor's views: the roles of SceneListModel,
// editable (every edit goes through the document, so it is undoable), with drag and drop:
// - scenes dragged within the board move (MoveAction) or are copied (CopyAction) to the drop position;
// - image files dropped onto a scene become its image; dropped between scenes or on the empty area
//   they become new scenes there. Files go into the media store first; non-images are refused with
//   dropRefused().
// The model follows the document's signals; it never removes rows itself, so a view's "remove the
// source rows after a move" (removeRows / setItemData with empty values) changes nothing.
class SceneEditModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = SceneListModel::IdRole,
        CaptionRole = SceneListModel::CaptionRole,
        PositionRole = SceneListModel::PositionRole,
        DescriptionRole = SceneListModel::DescriptionRole,
        ImagePromptRole = SceneListModel::ImagePromptRole,
        DurationMsRole = SceneListModel::DurationMsRole,
        ImagePathRole = SceneListModel::ImagePathRole
    };

    static constexpr const char *kScenesMimeType = "application/x-storyreel-scenes";

    SceneEditModel(StoryboardDocument &document, const QString &dataRoot, QSize thumbnailSize,
                   QObject *parent = nullptr);

    StoryboardDocument &document() const { return m_document; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool setItemData(const QModelIndex &index, const QMap<int, QVariant> &roles) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    // A drop that could not be (fully) used, e.g. a file that is not an image.
    void dropRefused(const QString &message);

private:
    void reset();
    void onInserted(int row, int count);
    void onRemoved(int row, int count);
    void onChanged(int row);
    void positionsChangedFrom(int row);
    bool dropScenes(const QMimeData *data, Qt::DropAction action, int before);
    bool dropImages(const QList<QUrl> &urls, int row, const QModelIndex &parent);

    StoryboardDocument &m_document;
    MediaStore m_media;
    ThumbnailCache m_thumbnails;
    QList<Scene> m_scenes;  // the document's scenes as the views last heard of them
    int m_renumberFrom = std::numeric_limits<int>::max();
};

}  // namespace storyreel
