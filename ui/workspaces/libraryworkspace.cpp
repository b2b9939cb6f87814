#include "libraryworkspace.h"

#include "accountstore.h"
#include "cloudservice.h"
#include "library/cloudactions.h"
#include "library/conflictsdialog.h"
#include "library/generateforlookdialog.h"
#include "library/importrunner.h"
#include "library/lookcarddelegate.h"
#include "library/lookdetailspane.h"
#include "library/lookpickerdialog.h"
#include "library/videopickerdialog.h"
#include "library/videosbrowser.h"
#include "libraryservice.h"
#include "looklistmodel.h"
#include "lookstore.h"
#include "player/comparedialog.h"
#include "player/reviewdialog.h"
#include "shortcuts/shortcutregistry.h"
#include "studio.h"
#include "videostore.h"
#include "widgets/noticebar.h"
#include "widgets/taborder.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabBar>
#include <QVBoxLayout>

namespace storyreel {
namespace {

constexpr QSize kLookThumbnail(176, 220);

QFont headingFont(QFont font)
{
    font.setPointSize(font.pointSize() + 2);
    font.setBold(true);
    return font;
}

}  // namespace

LibraryWorkspace::LibraryWorkspace(Studio &studio, QWidget *parent)
    : QWidget(parent),
      m_studio(studio),
      m_looks(new LookListModel(studio.catalog(), studio.location().root(), kLookThumbnail, this)),
      m_tabs(new QTabBar(this)),
      m_pages(new QStackedWidget(this)),
      m_grid(new QListView(this)),
      m_empty(new QLabel(this)),
      m_details(new LookDetailsPane(studio.catalog(), studio.location().root(), this)),
      m_videos(new VideosBrowser(studio.catalog(), studio.location().root(), this)),
      m_notice(new NoticeBar(this)),
      m_pending(new NoticeBar(this)),
      m_importer(new ImportRunner(studio.catalog(), studio.media(), this)),
      m_sync(new QPushButton(tr("Sync from Providers"), this)),
      m_refreshCloud(new QPushButton(tr("Refresh from Cloud"), this))
{
    setObjectName(QStringLiteral("libraryWorkspace"));
    setAcceptDrops(true);
    m_tabs->setObjectName(QStringLiteral("libraryTabs"));
    m_tabs->setAccessibleName(tr("Library view"));
    m_tabs->addTab(tr("Looks"));
    m_tabs->addTab(tr("All Videos"));
    m_tabs->setTabToolTip(LooksPage, tr("Looks with their products and videos"));
    m_tabs->setTabToolTip(VideosPage, tr("Every video of the library, with filters"));
    m_tabs->setAccessibleDescription(tr("Looks, or all videos; Left and Right switch"));
    m_tabs->setDrawBase(false);
    m_notice->setObjectName(QStringLiteral("libraryNotice"));
    m_pending->setObjectName(QStringLiteral("pendingNotice"));

    auto *heading = new QLabel(tr("Library"), this);
    heading->setFont(headingFont(heading->font()));
    auto *import = new QPushButton(tr("Import Media…"), this);
    import->setObjectName(QStringLiteral("importMedia"));
    import->setToolTip(ShortcutRegistry::instance().withKeys(
        tr("Import video files into the library, or drop them here"), QStringLiteral("file.importMedia")));
    m_sync->setObjectName(QStringLiteral("syncLooks"));
    m_sync->setToolTip(tr("Bring your provider accounts' looks and their videos into the library"));
    m_refreshCloud->setObjectName(QStringLiteral("refreshFromCloud"));
    m_refreshCloud->setAccessibleName(tr("Refresh from Cloud"));
    auto *header = new QHBoxLayout;
    header->setContentsMargins(12, 10, 12, 0);
    header->addWidget(heading);
    header->addSpacing(16);
    header->addWidget(m_tabs);
    header->addStretch(1);
    header->addWidget(m_refreshCloud);
    header->addWidget(m_sync);
    header->addWidget(import);

    m_pages->addWidget(buildLooksPage());
    m_pages->addWidget(m_videos);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    auto *notices = new QVBoxLayout;
    notices->setContentsMargins(12, 6, 12, 0);
    notices->addWidget(m_pending);
    notices->addWidget(m_notice);
    layout->addLayout(notices);
    layout->addWidget(m_pages, 1);

    // Reading order: the header's tabs and buttons, the looks' filter and grid, the look's details;
    // the all-videos page after them (one of the two pages shows at a time).
    taborder::chain(QList<QWidget *>{m_tabs, m_refreshCloud, m_sync, import,
                                     findChild<QLineEdit *>(QStringLiteral("lookFilter")), m_grid} +
                    taborder::controlsIn(m_details) + taborder::controlsIn(m_videos));

    connect(m_tabs, &QTabBar::currentChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(import, &QPushButton::clicked, this, &LibraryWorkspace::chooseFilesToImport);
    connect(m_sync, &QPushButton::clicked, this, &LibraryWorkspace::syncFromProviders);
    connect(m_refreshCloud, &QPushButton::clicked, this, &LibraryWorkspace::refreshFromCloud);
    connect(m_details, &LookDetailsPane::reviewRequested, this, &LibraryWorkspace::review);
    connect(m_details, &LookDetailsPane::setDefaultRequested, this, &LibraryWorkspace::setDefault);
    connect(m_details, &LookDetailsPane::unlinkRequested, this, &LibraryWorkspace::unlink);
    connect(m_details, &LookDetailsPane::linkRequested, this, &LibraryWorkspace::linkVideo);
    connect(m_details, &LookDetailsPane::generateRequested, this, &LibraryWorkspace::generateFor);
    connect(m_details, &LookDetailsPane::offlineRequested, this, &LibraryWorkspace::makeOffline);
    connect(m_details, &LookDetailsPane::compareRequested, this, &LibraryWorkspace::compare);
    connect(m_details, &LookDetailsPane::errorOccurred, this, &LibraryWorkspace::errorOccurred);
    connect(m_videos, &VideosBrowser::reviewRequested, this, &LibraryWorkspace::review);
    connect(m_videos, &VideosBrowser::favoriteRequested, this, &LibraryWorkspace::setFavorite);
    connect(m_videos, &VideosBrowser::offlineRequested, this, &LibraryWorkspace::makeOffline);
    connect(m_videos, &VideosBrowser::linkToLookRequested, this, &LibraryWorkspace::linkToLook);
    connect(m_videos, &VideosBrowser::errorOccurred, this, &LibraryWorkspace::errorOccurred);

    connect(m_importer, &ImportRunner::progressed, this, [this](int done, int total, const QString &name) {
        m_notice->show(NoticeBar::Kind::Information,
                       tr("Importing %1 (%2 of %3)…").arg(name).arg(qMin(done + 1, total)).arg(total));
    });
    auto refusals = std::make_shared<QStringList>();
    connect(m_importer, &ImportRunner::fileImported, this,
            [refusals](qint64 id, const QString &, const QString &error) {
                if (id == 0)
                    refusals->append(error);
            });
    connect(m_importer, &ImportRunner::finished, this, [this, refusals](int imported, int refused) {
        m_videos->reload();
        if (refused == 0) {
            m_notice->show(NoticeBar::Kind::Positive, tr("Imported %n video(s).", nullptr, imported));
        } else {
            m_notice->show(NoticeBar::Kind::Warning,
                           tr("Imported %n video(s).", nullptr, imported) + QLatin1Char(' ') +
                               tr("%n file(s) refused:", nullptr, refused) + QStringLiteral("\n") +
                               refusals->join(QLatin1Char('\n')));
        }
        refusals->clear();
    });
    // One edit announces its videos and its look: the 10,000-look grid is re-read once for both.
    m_lookRefresh.setSingleShot(true);
    m_lookRefresh.setInterval(0);
    connect(&m_lookRefresh, &QTimer::timeout, this, &LibraryWorkspace::onLibraryChanged);
    // A batch of transfers announces itself job by job: the states are read again once for all.
    m_cloudRefresh.setSingleShot(true);
    m_cloudRefresh.setInterval(100);
    connect(&m_cloudRefresh, &QTimer::timeout, this, &LibraryWorkspace::refreshCloud);
    connectCloudActions();
    setLibraryService(nullptr);
    reload();
}

LibraryWorkspace::~LibraryWorkspace() = default;

QWidget *LibraryWorkspace::buildLooksPage()
{
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *gridPane = new QWidget(splitter);
    auto *gridLayout = new QVBoxLayout(gridPane);
    gridLayout->setContentsMargins(12, 6, 6, 12);
    auto *filter = new QLineEdit(gridPane);
    filter->setObjectName(QStringLiteral("lookFilter"));
    filter->setPlaceholderText(tr("Filter looks by title…"));
    filter->setAccessibleName(tr("Filter looks"));
    filter->setClearButtonEnabled(true);
    gridLayout->addWidget(filter);

    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_looks);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(filter, &QLineEdit::textChanged, proxy, &QSortFilterProxyModel::setFilterFixedString);
    m_grid->setParent(gridPane);
    m_grid->setObjectName(QStringLiteral("lookGrid"));
    m_grid->setAccessibleName(tr("Looks"));
    m_grid->setAccessibleDescription(
        tr("The selected look's details show beside the grid; Return moves to them"));
    m_grid->setModel(proxy);
    m_grid->setViewMode(QListView::IconMode);
    m_grid->setMovement(QListView::Static);
    m_grid->setResizeMode(QListView::Adjust);
    m_grid->setItemDelegate(new LookCardDelegate(kLookThumbnail, m_grid));
    m_grid->setUniformItemSizes(true);
    m_grid->setSpacing(6);
    m_grid->setMouseTracking(true);
    m_grid->setLayoutMode(QListView::Batched);  // 10,000 looks lay out without freezing the window
    m_grid->setBatchSize(200);
    gridLayout->addWidget(m_grid, 1);
    m_empty->setParent(gridPane);
    m_empty->setObjectName(QStringLiteral("looksEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("No looks yet. Looks you create or sync from a provider will appear here."));
    gridLayout->addWidget(m_empty, 1);

    splitter->addWidget(gridPane);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    // Return (or a double-click) on a look: on to its details, its videos first.
    connect(m_grid, &QListView::activated, this, [this] {
        const QList<QWidget *> details = taborder::controlsIn(m_details);
        QWidget *target = m_details->videoList()->isVisible() ? m_details->videoList() : details.value(0);
        if (target)
            target->setFocus(Qt::OtherFocusReason);
    });
    connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this, proxy](const QModelIndex &current) { showLook(proxy->mapToSource(current).row()); });
    return splitter;
}

void LibraryWorkspace::setLibraryService(LibraryService *service)
{
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    m_details->setEditingEnabled(service != nullptr);
    m_sync->setEnabled(service != nullptr);
    m_videos->setEditingEnabled(service != nullptr);
    if (!service)
        return;
    connect(service, &LibraryService::videosChanged, this, [this](const QList<qint64> &ids) {
        // No ids: anything may have changed (a sync from the provider).
        if (ids.isEmpty())
            m_videos->reload();
        else
            m_videos->refreshVideos(ids);
        refreshOpenReviews(ids);
        m_lookRefresh.start();
    });
    connect(service, &LibraryService::looksChanged, &m_lookRefresh, qOverload<>(&QTimer::start));
    connect(service, &LibraryService::pendingChanged, this, &LibraryWorkspace::onPendingChanged);
    // Changes left waiting or refused in an earlier session show at once.
    onPendingChanged(service->pendingCount(), service->conflictCount());
}

void LibraryWorkspace::syncFromProviders()
{
    if (!m_service)
        return;
    m_sync->setEnabled(false);
    m_notice->show(NoticeBar::Kind::Information, tr("Syncing looks from your provider accounts…"));
    QPointer<LibraryWorkspace> self(this);
    m_service->syncAccounts([self](const LibraryOutcome &outcome) {
        if (!self)
            return;
        self->m_sync->setEnabled(true);
        self->onOutcome(outcome, {});
    });
}

void LibraryWorkspace::reload()
{
    const RowId current = m_details->lookId();
    if (!m_looks->reload())
        Q_EMIT errorOccurred(tr("Cannot read the looks: %1").arg(m_looks->lastError()));
    const bool empty = m_looks->rowCount() == 0;
    m_grid->setVisible(!empty);
    m_empty->setVisible(empty);
    if (empty)
        m_details->showLook(0);
    else
        selectLook(current > 0 && m_looks->rowOf(current) >= 0 ? current : m_looks->lookAt(0)->id);
    m_videos->reload();
    updateCloudAvailability();
}

void LibraryWorkspace::onLibraryChanged()
{
    // Counts, badges and posters of the grid, and the open look's videos; the selection stays.
    const RowId current = m_details->lookId();
    m_looks->reload();
    if (current > 0 && m_looks->rowOf(current) >= 0) {
        selectLook(current);
        m_details->refresh();
    }
}

void LibraryWorkspace::setPage(int page)
{
    m_tabs->setCurrentIndex(page);
}

int LibraryWorkspace::page() const
{
    return m_tabs->currentIndex();
}

void LibraryWorkspace::selectLook(RowId lookId)
{
    const int row = m_looks->rowOf(lookId);
    if (row < 0)
        return;
    auto *proxy = static_cast<QSortFilterProxyModel *>(m_grid->model());
    const QModelIndex index = proxy->mapFromSource(m_looks->index(row));
    if (index.isValid() && m_grid->currentIndex() != index)
        m_grid->setCurrentIndex(index);
    else if (m_details->lookId() != lookId)
        m_details->showLook(lookId);
}

void LibraryWorkspace::showLook(int row)
{
    const LookSummary *look = m_looks->lookAt(row);
    m_details->showLook(look ? look->id : 0);
}

void LibraryWorkspace::review(RowId videoId)
{
    Result<Video> video = VideoStore(m_studio.catalog()).load(videoId);
    if (!video) {
        m_notice->show(NoticeBar::Kind::Error, tr("Cannot open the video: %1").arg(video.error()));
        return;
    }
    // Cloud-only media come down on demand; the open review plays the file once it has arrived.
    if (m_cloud && video->cloud == CloudState::CloudOnly)
        downloadFromCloud({videoId});
    auto *dialog = new ReviewDialog(m_studio.catalog(), m_studio.location(), *video, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->activateWindow();  // the keyboard goes with it, also where the WM would not give it
}

void LibraryWorkspace::refreshOpenReviews(const QList<qint64> &videoIds)
{
    // A download that finished while its review was open: the dialog plays the file now.
    for (ReviewDialog *dialog : findChildren<ReviewDialog *>()) {
        if (!videoIds.isEmpty() && !videoIds.contains(dialog->video().id))
            continue;
        if (Result<Video> video = VideoStore(m_studio.catalog()).load(dialog->video().id))
            dialog->setVideo(*video);
    }
}

void LibraryWorkspace::compare(RowId leftVideoId, RowId rightVideoId)
{
    const VideoStore videos(m_studio.catalog());
    Result<Video> left = videos.load(leftVideoId);
    Result<Video> right = videos.load(rightVideoId);
    if (!left || !right) {
        m_notice->show(NoticeBar::Kind::Error,
                       tr("Cannot open the videos: %1").arg(left ? right.error() : left.error()));
        return;
    }
    const RowId lookId = m_details->lookId();
    auto *dialog = new CompareDialog(m_studio.catalog(), m_studio.location(), *left, *right, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (Result<std::optional<Video>> current = videos.defaultVideo(lookId); current && current->has_value())
        dialog->setCurrentDefault((*current)->id);
    QPointer<CompareDialog> guard(dialog);
    connect(dialog, &CompareDialog::defaultChosen, this, [this, lookId, guard](qint64 videoId) {
        if (!m_service)
            return;
        QPointer<LibraryWorkspace> self(this);
        m_service->setDefault(lookId, videoId, [self, guard, videoId](const LibraryOutcome &outcome) {
            if (self)
                self->onOutcome(outcome, tr("Default video changed."));
            // The mark moves only when the library took the change (now, or queued for the provider).
            if (guard && outcome.kind != LibraryOutcome::Kind::Failed)
                guard->setCurrentDefault(videoId);
        });
    });
    dialog->show();
    dialog->activateWindow();  // the keyboard goes with it, also where the WM would not give it
}

void LibraryWorkspace::onOutcome(const LibraryOutcome &outcome, const QString &doneText)
{
    switch (outcome.kind) {
        case LibraryOutcome::Kind::Done:
            m_notice->show(NoticeBar::Kind::Positive, outcome.message.isEmpty() ? doneText : outcome.message);
            break;
        case LibraryOutcome::Kind::Queued:
            m_notice->show(
                NoticeBar::Kind::Information,
                outcome.message.isEmpty()
                    ? tr("Saved here; the provider is unreachable, so the change will be sent when "
                         "it is back.")
                    : outcome.message);
            break;
        case LibraryOutcome::Kind::Failed:
            m_notice->show(NoticeBar::Kind::Error, outcome.message);
            break;
    }
}

void LibraryWorkspace::setDefault(RowId lookId, RowId videoId)
{
    if (!m_service)
        return;
    QPointer<LibraryWorkspace> self(this);
    m_service->setDefault(lookId, videoId, [self](const LibraryOutcome &outcome) {
        if (self)
            self->onOutcome(outcome, tr("Default video changed."));
    });
}

void LibraryWorkspace::unlink(RowId lookId, RowId videoId)
{
    if (!m_service)
        return;
    Result<Look> look = LookStore(m_studio.catalog()).load(lookId);
    const bool remote = look && look->accountId > 0;
    QMessageBox box(QMessageBox::Question, tr("Unlink Video"),
                    remote ? tr("Remove this video from “%1”? The provider deletes the video itself; a copy "
                                "made available offline stays in your library.")
                                 .arg(look->title)
                           : tr("Unlink this video from “%1”? The video stays in your library.")
                                 .arg(look ? look->title : QString()),
                    QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("confirmUnlink"));
    QPushButton *confirm =
        box.addButton(remote ? tr("Delete at Provider") : tr("Unlink"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != confirm)
        return;
    QPointer<LibraryWorkspace> self(this);
    m_service->unlink(lookId, videoId, [self](const LibraryOutcome &outcome) {
        if (self)
            self->onOutcome(outcome, tr("Video unlinked."));
    });
}

void LibraryWorkspace::linkVideo(RowId lookId)
{
    if (!m_service)
        return;
    auto *picker = new VideoPickerDialog(m_studio.catalog(), m_studio.location().root(), this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &VideoPickerDialog::videoChosen, this, [this, lookId](qint64 videoId) {
        if (Status linked = m_service->link(lookId, videoId); !linked)
            m_notice->show(NoticeBar::Kind::Error, linked.error());
        else
            m_notice->show(NoticeBar::Kind::Positive, tr("Video linked to the look."));
    });
    picker->open();
}

void LibraryWorkspace::linkToLook(const QList<qint64> &videoIds)
{
    if (!m_service)
        return;
    auto *picker = new LookPickerDialog(m_studio.catalog(), this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->setLocalOnly(true);
    connect(
        picker, &LookPickerDialog::lookChosen, this, [this, videoIds](qint64 lookId, const QString &title) {
            QStringList errors;
            for (qint64 videoId : videoIds) {
                if (Status linked = m_service->link(lookId, videoId); !linked)
                    errors.append(linked.error());
            }
            if (errors.isEmpty())
                m_notice->show(NoticeBar::Kind::Positive,
                               tr("Linked %n video(s) to “%1”.", nullptr, int(videoIds.size())).arg(title));
            else
                m_notice->show(NoticeBar::Kind::Error, errors.join(QLatin1Char('\n')));
        });
    picker->open();
}

void LibraryWorkspace::generateFor(RowId lookId)
{
    if (!m_service)
        return;
    Result<Look> look = LookStore(m_studio.catalog()).load(lookId);
    if (!look) {
        m_notice->show(NoticeBar::Kind::Error, look.error());
        return;
    }
    QStringList products;
    for (const Product &product : look->products)
        products.append(product.name);
    const QString suggested = products.isEmpty() ? tr("%1: a model walks toward the camera").arg(look->title)
                                                 : tr("%1 — %2: a model walks toward the camera")
                                                       .arg(look->title, products.join(QStringLiteral(", ")));
    QString where = tr("Made on this computer by the local provider as a draft; free.");
    if (look->accountId > 0) {
        Result<ProviderAccount> account = AccountStore(m_studio.catalog()).load(look->accountId);
        where = tr("Made by %1 for this look: 50 tokens, charged when the provider accepts it.")
                    .arg(account ? account->name : tr("its provider account"));
    }
    auto *dialog = new GenerateForLookDialog(look->title, suggested, where, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &GenerateForLookDialog::submitted, this,
            [this, lookId](const QString &prompt, int seconds) {
                Result<RowId> job = m_service->generateForLook(lookId, prompt, seconds);
                if (!job) {
                    m_notice->show(NoticeBar::Kind::Error, job.error());
                    return;
                }
                m_notice->show(NoticeBar::Kind::Information,
                               tr("Generating (job %1). It joins the look when it is ready; follow it in %2.")
                                   .arg(*job)
                                   .arg(jobsWithKeys()));
                Q_EMIT jobsSubmitted(1);
            });
    dialog->open();
}

void LibraryWorkspace::makeOffline(const QList<qint64> &requested)
{
    // Videos kept only in the cloud come from the bucket; the others from their provider.
    QList<qint64> videoIds;
    QList<qint64> fromCloud;
    const VideoStore videos(m_studio.catalog());
    for (qint64 id : requested) {
        Result<Video> video = videos.load(id);
        (m_cloud && video && video->cloud == CloudState::CloudOnly ? fromCloud : videoIds).append(id);
    }
    if (!fromCloud.isEmpty()) {
        downloadFromCloud(fromCloud);
        if (videoIds.isEmpty())
            return;
    }
    if (!m_service)
        return;
    Result<int> submitted = m_service->makeAvailableOffline(QList<RowId>(videoIds.begin(), videoIds.end()));
    if (!submitted) {
        m_notice->show(NoticeBar::Kind::Error, submitted.error());
        return;
    }
    if (*submitted == 0) {
        m_notice->show(NoticeBar::Kind::Positive, tr("Already available offline."));
        return;
    }
    m_notice->show(NoticeBar::Kind::Information,
                   tr("Downloading %n video(s) for offline review; follow them in %1.", nullptr, *submitted)
                       .arg(jobsWithKeys()));
    Q_EMIT jobsSubmitted(*submitted);
}

void LibraryWorkspace::setFavorite(RowId videoId, bool favorite)
{
    if (!m_service)
        return;
    QPointer<LibraryWorkspace> self(this);
    m_service->setFavorite(videoId, favorite, [self, favorite](const LibraryOutcome &outcome) {
        if (!self)
            return;
        // Favouriting is frequent and visible on the row: only a queue or a failure needs words.
        if (outcome.kind != LibraryOutcome::Kind::Done)
            self->onOutcome(outcome, {});
        else
            self->m_notice->dismiss();
        Q_UNUSED(favorite);
    });
}

void LibraryWorkspace::onPendingChanged(int pending, int conflicts)
{
    if (pending == 0 && conflicts == 0) {
        m_pending->dismiss();
        return;
    }
    QStringList parts;
    if (pending > 0)
        parts.append(tr("%n change(s) made offline wait for the provider.", nullptr, pending));
    if (conflicts > 0)
        parts.append(tr("%n change(s) could not be applied by the provider.", nullptr, conflicts));
    m_pending->show(conflicts > 0 ? NoticeBar::Kind::Warning : NoticeBar::Kind::Information,
                    parts.join(QLatin1Char(' ')));
    if (pending > 0)
        m_pending->addAction(tr("Retry Now"), [this] {
            if (m_service)
                m_service->replayPending();
        });
    if (conflicts > 0)
        m_pending->addAction(tr("Review…"), [this] { showConflicts(); });
}

void LibraryWorkspace::showConflicts()
{
    if (!m_service)
        return;
    if (!m_conflicts) {
        m_conflicts = new ConflictsDialog(*m_service, this);
        m_conflicts->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_conflicts->show();
    m_conflicts->raise();
    m_conflicts->activateWindow();  // the keyboard goes with it
}

void LibraryWorkspace::chooseFilesToImport()
{
    const QStringList files =
        QFileDialog::getOpenFileNames(this, tr("Import Media"), QString(),
                                      tr("Videos (*.mp4 *.mov *.webm *.mkv *.m4v *.avi);;All files (*)"));
    importFiles(files);
}

void LibraryWorkspace::importFiles(const QStringList &paths)
{
    if (!paths.isEmpty())
        m_importer->start(paths);
}

void LibraryWorkspace::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (mime->hasUrls()) {
        for (const QUrl &url : mime->urls()) {
            if (url.isLocalFile()) {
                event->acceptProposedAction();
                return;
            }
        }
    }
    QWidget::dragEnterEvent(event);
}

void LibraryWorkspace::dropEvent(QDropEvent *event)
{
    QStringList files;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            files.append(url.toLocalFile());
    }
    if (files.isEmpty()) {
        m_notice->show(NoticeBar::Kind::Warning, tr("Only files can be imported; folders are not opened."));
        return;
    }
    event->acceptProposedAction();
    setPage(VideosPage);
    importFiles(files);
}

}  // namespace storyreel
