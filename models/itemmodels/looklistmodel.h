#pragma once

#include "look.h"
#include "thumbnailcache.h"

#include <QAbstractListModel>

namespace storyreel {

class Catalog;

// The looks of the catalog for the library grid, read as summaries in one query (no products: the
// details pane loads the full Look through LookStore::load()). The picture follows the display rule
// (lookdisplay.h): the default video's poster once that video has succeeded, else the look's image,
// else a synthesized card. Pictures are decoded only when a view asks for a row's DecorationRole.
class LookListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    // VisibilityRole is the stable text form; OfflineRole is an int (OfflineState);
    // PosterPathRole is the relative path DecorationRole shows (empty: a card).
    enum Role {
        IdRole = Qt::UserRole + 1,
        SubtitleRole,
        ProductCountRole,
        VisibilityRole,
        VideoCountRole,
        DefaultVideoIdRole,
        ShowsVideoRole,
        OfflineRole,
        PosterPathRole
    };
    enum OfflineState { NoneOffline = 0, SomeOffline = 1, AllOffline = 2 };

    LookListModel(const Catalog &catalog, const QString &dataRoot, QSize thumbnailSize,
                  QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool reload();
    QString lastError() const { return m_lastError; }
    // The look at a row; nullptr for a row out of range. Valid until the next reload().
    const LookSummary *lookAt(int row) const;
    // The row of a look; -1 when it is not in the model.
    int rowOf(RowId id) const;
    // The user's word for a visibility (the stable text form stays for VisibilityRole).
    static QString visibilityLabel(Visibility visibility);

private:
    const Catalog &m_catalog;
    ThumbnailCache m_thumbnails;
    QList<LookSummary> m_looks;
    QHash<RowId, int> m_rows;
    QString m_lastError;
};

}  // namespace storyreel
