#pragma once

#include "storyboard.h"
#include "thumbnailcache.h"

#include <QAbstractListModel>

namespace storyreel {

class Catalog;

// The scenes of one storyboard in order, with their images (or a text card) as decoration.
// Display: the description; CaptionRole: "Scene 2 · 4.0 s".
class SceneListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        CaptionRole,
        PositionRole,
        DescriptionRole,
        ImagePromptRole,
        DurationMsRole,
        ImagePathRole
    };

    SceneListModel(const Catalog &catalog, const QString &dataRoot, QSize thumbnailSize,
                   QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Shows the scenes of the given storyboard (0 = none). Returns false when it cannot be read.
    bool setStoryboard(RowId storyboardId);
    RowId storyboardId() const { return m_storyboardId; }
    QString lastError() const { return m_lastError; }

    // What a scene shows for `role` (the roles above and Qt's display, decoration, tooltip and
    // accessible text): one place for every view of scenes, read-only or editable.
    static QVariant sceneData(const Scene &scene, int role, const ThumbnailCache &thumbnails);
    // The names of the scene roles above (for QML and tests), without Qt's own.
    static QHash<int, QByteArray> sceneRoleNames();

private:
    const Catalog &m_catalog;
    ThumbnailCache m_thumbnails;
    RowId m_storyboardId = 0;
    QList<Scene> m_scenes;
    QString m_lastError;
};

}  // namespace storyreel
