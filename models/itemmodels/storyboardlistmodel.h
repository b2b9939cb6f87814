#pragma once

#include "storyboard.h"

#include <QAbstractListModel>
#include <QList>

namespace storyreel {

class Catalog;

// The storyboards of the catalog, most recently changed first. Display: title; ToolTip and
// SubtitleRole: "5 scenes · 23.0 s · 16:9".
class StoryboardListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, SubtitleRole, SceneCountRole, IsSampleRole };

    explicit StoryboardListModel(const Catalog &catalog, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Re-reads the catalog. Returns false (and keeps the old rows) when the catalog cannot be read.
    bool reload();
    QString lastError() const { return m_lastError; }
    RowId idAt(int row) const;
    int rowOf(RowId id) const;

private:
    const Catalog &m_catalog;
    QList<Storyboard> m_boards;  // with scenes, so counts and durations are exact
    QString m_lastError;
};

}  // namespace storyreel
