#pragma once

#include "ids.h"

#include <QList>
#include <QWidget>

class QLabel;
class QListView;
class QPushButton;
class QTreeWidget;

namespace storyreel {

class Catalog;
class CloudActions;
class LookVideosModel;

// The selected look: title, what its storefront shows (the display rule), products, and its videos
// with status and cloud badges and the default marked. The buttons (and the list's context menu) ask;
// the workspace does (through the library and cloud services), so this pane never changes the catalog.
class LookDetailsPane final : public QWidget
{
    Q_OBJECT

public:
    LookDetailsPane(const Catalog &catalog, const QString &dataRoot, QWidget *parent = nullptr);

    // 0 clears the pane. Reloads the look and its videos from the catalog.
    void showLook(RowId lookId);
    RowId lookId() const { return m_lookId; }
    // Re-reads the current look (after a change made elsewhere), keeping the selected video.
    void refresh();
    QList<RowId> selectedVideos() const;
    void selectVideo(RowId videoId);
    LookVideosModel *videosModel() const { return m_videos; }
    QListView *videoList() const { return m_videoList; }
    // Upload, download and share for the selected videos; the workspace connects to its requests.
    CloudActions *cloudActions() const { return m_cloud; }
    // Edits need the library service; without it the look can only be browsed and reviewed.
    void setEditingEnabled(bool enabled);

Q_SIGNALS:
    void reviewRequested(qint64 videoId);
    void setDefaultRequested(qint64 lookId, qint64 videoId);
    void compareRequested(qint64 leftVideoId, qint64 rightVideoId);
    void unlinkRequested(qint64 lookId, qint64 videoId);
    void linkRequested(qint64 lookId);
    void generateRequested(qint64 lookId);
    void offlineRequested(QList<qint64> videoIds);
    void errorOccurred(const QString &message);

private:
    void updateActions();
    void updateStorefrontLine();

    const Catalog &m_catalog;
    RowId m_lookId = 0;
    bool m_remoteLook = false;
    bool m_editing = true;
    LookVideosModel *m_videos;
    QLabel *m_title;
    QLabel *m_details;
    QLabel *m_storefront;
    QTreeWidget *m_products;
    QListView *m_videoList;
    QLabel *m_noVideos;
    QPushButton *m_review;
    QPushButton *m_setDefault;
    QPushButton *m_compare;
    QPushButton *m_unlink;
    QPushButton *m_link;
    QPushButton *m_generate;
    QPushButton *m_offline;
    CloudActions *m_cloud;
};

}  // namespace storyreel
