#pragma once

#include "ids.h"

#include <QList>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;
class QTabBar;

namespace storyreel {

class Studio;
class CloudService;
class LibraryService;
class ShareLinkDialog;
class LookListModel;
class LookDetailsPane;
class VideosBrowser;
class NoticeBar;
class ImportRunner;
class ConflictsDialog;
struct LibraryOutcome;

// The Library workspace: the looks grid with the selected look's details (products, videos, the
// default), and every video with filters. Edits go through the library service (offline edits wait
// in its queue); media files dropped here are imported. With the cloud service, videos show their
// cloud state and can be uploaded, downloaded and shared, and the bucket searched for new videos.
class LibraryWorkspace final : public QWidget
{
    Q_OBJECT

public:
    enum Page { LooksPage = 0, VideosPage = 1 };

    explicit LibraryWorkspace(Studio &studio, QWidget *parent = nullptr);
    ~LibraryWorkspace() override;

    // Editing (default, unlink, favourite, generate, offline) needs the service; until it is set the
    // library can only be browsed and reviewed. The service outlives the workspace.
    void setLibraryService(LibraryService *service);
    // Cloud states and actions (upload, download, share, refresh from the bucket) need the service;
    // until it is set they are disabled. The service outlives the workspace.
    void setCloudService(CloudService *cloud);
    // Checks again whether a storage is configured and re-reads the videos' cloud states (after the
    // storages changed, or the service said media moved).
    void refreshCloud();
    // Lists the default storage and adds the videos found there that the library does not know.
    void refreshFromCloud();
    void uploadToCloud(const QList<qint64> &videoIds);
    void downloadFromCloud(const QList<qint64> &videoIds);
    // Asks how long the link lasts (the dialog is returned, e.g. for a test to answer), then copies it.
    ShareLinkDialog *shareLink(RowId videoId);

    void reload();
    void setPage(int page);
    int page() const;
    // Imports media files off the GUI thread; refusals are listed in the notice.
    void importFiles(const QStringList &paths);
    // File ▸ Import Media… : asks for files, then imports them.
    void chooseFilesToImport();
    // Mirrors the provider accounts' looks (aistudio) into the catalog; the outcome shows in the notice.
    void syncFromProviders();
    void selectLook(RowId lookId);
    void review(RowId videoId);

    LookListModel *lookModel() const { return m_looks; }
    LookDetailsPane *detailsPane() const { return m_details; }
    VideosBrowser *videosBrowser() const { return m_videos; }
    NoticeBar *notice() const { return m_notice; }
    NoticeBar *pendingNotice() const { return m_pending; }
    QListView *lookGrid() const { return m_grid; }
    QPushButton *refreshFromCloudButton() const { return m_refreshCloud; }

Q_SIGNALS:
    void errorOccurred(const QString &message);
    // A video started downloading, uploading or generating: the job monitor has it.
    void jobsSubmitted(int count);
    // A cloud action needs a storage: the user asked to open Settings ▸ Cloud Storage.
    void storageSettingsRequested();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QWidget *buildLooksPage();
    void showLook(int row);
    void onOutcome(const LibraryOutcome &outcome, const QString &doneText);
    void setDefault(RowId lookId, RowId videoId);
    void unlink(RowId lookId, RowId videoId);
    void linkVideo(RowId lookId);
    void linkToLook(const QList<qint64> &videoIds);
    void generateFor(RowId lookId);
    void makeOffline(const QList<qint64> &videoIds);
    void setFavorite(RowId videoId, bool favorite);
    void compare(RowId leftVideoId, RowId rightVideoId);
    void refreshOpenReviews(const QList<qint64> &videoIds);
    void onPendingChanged(int pending, int conflicts);
    void onLibraryChanged();
    void showConflicts();
    // The cloud side (libraryworkspacecloud.cpp).
    void connectCloudActions();
    void updateCloudAvailability();
    bool hasStorage() const;
    void explainNoStorage();
    void copyShareLink(RowId videoId, const QString &title, qint64 expiresSeconds);

    Studio &m_studio;
    LibraryService *m_service = nullptr;
    LookListModel *m_looks;
    QTabBar *m_tabs;
    QStackedWidget *m_pages;
    QListView *m_grid;
    QLabel *m_empty;
    LookDetailsPane *m_details;
    VideosBrowser *m_videos;
    NoticeBar *m_notice;
    NoticeBar *m_pending;
    ImportRunner *m_importer;
    QPushButton *m_sync;
    QPushButton *m_refreshCloud;
    CloudService *m_cloud = nullptr;
    bool m_listingCloud = false;  // a refresh from the bucket is under way
    QPointer<ConflictsDialog> m_conflicts;
    QTimer m_lookRefresh;   // coalesces the service's change signals into one grid refresh
    QTimer m_cloudRefresh;  // coalesces the cloud service's changes into one re-read of the states
};

}  // namespace storyreel
