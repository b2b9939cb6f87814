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
class LibraryService;
class LookListModel;
class LookDetailsPane;
class VideosBrowser;
class NoticeBar;
class ImportRunner;
class ConflictsDialog;
struct LibraryOutcome;

// The Library workspace: the looks grid with the selected look's details (products, videos, the
// default), and every video with filters. Edits go through the library service (offline edits wait
// in its queue); media files dropped here are imported.
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

Q_SIGNALS:
    void errorOccurred(const QString &message);
    // A video started downloading or generating: the job monitor has it.
    void jobsSubmitted(int count);

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
    QPointer<ConflictsDialog> m_conflicts;
    QTimer m_lookRefresh;  // coalesces the service's change signals into one grid refresh
};

}  // namespace storyreel
