#pragma once

#include "look.h"
#include "thumbnailcache.h"

#include <QAbstractListModel>

namespace storyreel {

class Catalog;

// The looks of the catalog with their images and products.
class LookListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, SubtitleRole, ProductCountRole, VisibilityRole };

    LookListModel(const Catalog &catalog, const QString &dataRoot, QSize thumbnailSize,
                  QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool reload();
    QString lastError() const { return m_lastError; }
    // The look at a row, with its products; nullptr for a row out of range.
    const Look *lookAt(int row) const;

private:
    const Catalog &m_catalog;
    ThumbnailCache m_thumbnails;
    QList<Look> m_looks;
    QString m_lastError;
};

}  // namespace storyreel
