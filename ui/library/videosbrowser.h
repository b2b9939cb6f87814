#pragma once

#include "ids.h"

#include <QList>
#include <QWidget>

class QLabel;
class QListView;
class QPushButton;

namespace storyreel {

class Catalog;
class CloudActions;
class VideoFilterBar;
class VideoListModel;

// Every video of the library: filters, search, sort, and a lazily loaded list that stays smooth with
// 100,000 rows. Asks the workspace to act (review, favourite, offline, link, the cloud actions) through
// signals.
class VideosBrowser final : public QWidget
{
    Q_OBJECT

public:
    VideosBrowser(const Catalog &catalog, const QString &dataRoot, QWidget *parent = nullptr);

    void reload();
    void refreshVideos(const QList<qint64> &videoIds);
    QList<RowId> selectedVideos() const;
    VideoListModel *model() const { return m_videos; }
    VideoFilterBar *filterBar() const { return m_filters; }
    QListView *list() const { return m_list; }
    // Upload, download and share for the selection; the workspace connects to its requests.
    CloudActions *cloudActions() const { return m_cloud; }
    void setEditingEnabled(bool enabled);

Q_SIGNALS:
    void reviewRequested(qint64 videoId);
    void favoriteRequested(qint64 videoId, bool favorite);
    void offlineRequested(QList<qint64> videoIds);
    void linkToLookRequested(QList<qint64> videoIds);
    void errorOccurred(const QString &message);

private:
    void updateCount();
    void updateActions();

    VideoFilterBar *m_filters;
    VideoListModel *m_videos;
    QLabel *m_count;
    QListView *m_list;
    QLabel *m_empty;
    QPushButton *m_review;
    QPushButton *m_favorite;
    QPushButton *m_offline;
    QPushButton *m_link;
    CloudActions *m_cloud;
    bool m_editing = true;
};

}  // namespace storyreel
