// The Library workspace's cloud side: cloud states kept current, upload, download, share links and the
// refresh from the bucket, all through the cloud service; outcomes go to the workspace's notice bar.
#include "cloudservice.h"
#include "library/cloudactions.h"
#include "library/lookdetailspane.h"
#include "library/sharelinkdialog.h"
#include "library/videosbrowser.h"
#include "library/videotext.h"
#include "libraryworkspace.h"
#include "studio.h"
#include "videolistmodel.h"
#include "videostore.h"
#include "widgets/noticebar.h"

#include <QClipboard>
#include <QDateTime>
#include <QGuiApplication>
#include <QLocale>
#include <QPushButton>
#include <QToolButton>

#include <optional>

namespace storyreel {
namespace {

// The storage uploads go to: the default one, else the first (the catalog makes the first the default).
std::optional<StorageAccount> defaultStorageOf(const CloudService &cloud)
{
    Result<QList<StorageAccount>> storages = cloud.storages();
    if (!storages || storages->isEmpty())
        return std::nullopt;
    for (const StorageAccount &storage : *storages) {
        if (storage.isDefault)
            return storage;
    }
    return storages->first();
}

}  // namespace

void LibraryWorkspace::connectCloudActions()
{
    for (CloudActions *actions : {m_videos->cloudActions(), m_details->cloudActions()}) {
        connect(actions, &CloudActions::uploadRequested, this, &LibraryWorkspace::uploadToCloud);
        connect(actions, &CloudActions::downloadRequested, this, &LibraryWorkspace::downloadFromCloud);
        connect(actions, &CloudActions::shareRequested, this, &LibraryWorkspace::shareLink);
    }
}

void LibraryWorkspace::setCloudService(CloudService *cloud)
{
    if (m_cloud)
        disconnect(m_cloud, nullptr, this, nullptr);
    m_cloud = cloud;
    if (cloud)
        connect(cloud, &CloudService::cloudChanged, &m_cloudRefresh, qOverload<>(&QTimer::start));
    refreshCloud();
}

bool LibraryWorkspace::hasStorage() const
{
    return m_cloud && defaultStorageOf(*m_cloud).has_value();
}

void LibraryWorkspace::updateCloudAvailability()
{
    const bool storage = hasStorage();
    const CloudAvailability availability = !m_cloud  ? CloudAvailability::Unavailable
                                           : storage ? CloudAvailability::Ready
                                                     : CloudAvailability::NoStorage;
    m_videos->cloudActions()->setAvailability(availability);
    m_details->cloudActions()->setAvailability(availability);
    m_refreshCloud->setEnabled(m_cloud && !m_listingCloud);
    m_refreshCloud->setToolTip(
        !m_cloud  ? tr("Cloud storage is not available in this window")
        : storage ? tr("Look in the default cloud storage for videos this library does not have yet")
                  : tr("Add a cloud storage in Settings › Cloud Storage first"));
}

void LibraryWorkspace::refreshCloud()
{
    updateCloudAvailability();
    // In place: the selection and the scroll position stay.
    m_videos->model()->refreshRows();
    if (m_details->lookId() > 0)
        m_details->refresh();
    // A review waiting for a cloud-only file plays it once it is here.
    refreshOpenReviews({});
}

void LibraryWorkspace::explainNoStorage()
{
    m_notice->show(NoticeBar::Kind::Warning, tr("Add a cloud storage in Settings › Cloud Storage first."));
    m_notice->addAction(tr("Cloud Storage…"), [this] { Q_EMIT storageSettingsRequested(); })
        ->setObjectName(QStringLiteral("openStorageSettings"));
}

void LibraryWorkspace::uploadToCloud(const QList<qint64> &videoIds)
{
    if (!m_cloud || videoIds.isEmpty())
        return;
    const std::optional<StorageAccount> storage = defaultStorageOf(*m_cloud);
    if (!storage) {
        explainNoStorage();
        return;
    }
    int queued = 0;
    QStringList errors;
    for (qint64 id : videoIds) {
        Result<RowId> job = m_cloud->uploadVideo(id, storage->id);
        if (!job)
            errors.append(job.error());
        else if (*job > 0)
            ++queued;  // 0: the bucket has this content already
    }
    const QString uploading =
        tr("Uploading %n video(s) to “%1”; follow them in Jobs (Ctrl+3).", nullptr, queued)
            .arg(storage->name);
    if (!errors.isEmpty())
        m_notice->show(NoticeBar::Kind::Error, (queued > 0 ? uploading + QLatin1Char('\n') : QString()) +
                                                   errors.join(QLatin1Char('\n')));
    else if (queued > 0)
        m_notice->show(NoticeBar::Kind::Information, uploading);
    else
        m_notice->show(NoticeBar::Kind::Positive, tr("Already in “%1”.").arg(storage->name));
    if (queued > 0)
        Q_EMIT jobsSubmitted(queued);
    m_cloudRefresh.start();
}

void LibraryWorkspace::downloadFromCloud(const QList<qint64> &videoIds)
{
    if (!m_cloud || videoIds.isEmpty())
        return;
    int queued = 0;
    QStringList errors;
    for (qint64 id : videoIds) {
        Result<RowId> job = m_cloud->downloadVideo(id);
        if (job)
            ++queued;
        else
            errors.append(job.error());
    }
    const QString downloading =
        tr("Downloading %n video(s) from the cloud storage; follow them in Jobs (Ctrl+3).", nullptr, queued);
    if (!errors.isEmpty())
        m_notice->show(NoticeBar::Kind::Error, (queued > 0 ? downloading + QLatin1Char('\n') : QString()) +
                                                   errors.join(QLatin1Char('\n')));
    else
        m_notice->show(NoticeBar::Kind::Information, downloading);
    if (queued > 0)
        Q_EMIT jobsSubmitted(queued);
    m_cloudRefresh.start();
}

ShareLinkDialog *LibraryWorkspace::shareLink(RowId videoId)
{
    if (!m_cloud)
        return nullptr;
    if (!hasStorage()) {
        explainNoStorage();
        return nullptr;
    }
    Result<Video> video = VideoStore(m_studio.catalog()).load(videoId);
    if (!video) {
        m_notice->show(NoticeBar::Kind::Error, tr("Cannot read the video: %1").arg(video.error()));
        return nullptr;
    }
    const QString title = videotext::title(*video);
    if (video->cloud == CloudState::LocalOnly || video->cloud == CloudState::Uploading) {
        m_notice->show(
            NoticeBar::Kind::Warning,
            video->cloud == CloudState::Uploading
                ? tr("“%1” is still being uploaded; share it once it is in the cloud.").arg(title)
                : tr("Upload “%1” first; a link can be shared once it is in the cloud.").arg(title));
        return nullptr;
    }
    auto *dialog = new ShareLinkDialog(title, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ShareLinkDialog::chosen, this,
            [this, videoId, title](qint64 seconds) { copyShareLink(videoId, title, seconds); });
    dialog->open();
    return dialog;
}

void LibraryWorkspace::copyShareLink(RowId videoId, const QString &title, qint64 expiresSeconds)
{
    if (!m_cloud)
        return;
    // The link is signed now: it expires this long after the request.
    const QDateTime expires = QDateTime::currentDateTime().addSecs(expiresSeconds);
    m_notice->show(NoticeBar::Kind::Information, tr("Making a link to “%1”…").arg(title));
    QPointer<LibraryWorkspace> self(this);
    m_cloud->shareVideo(videoId, expiresSeconds, [self, title, expires](Result<QUrl> url) {
        if (!self)
            return;
        if (!url) {
            self->m_notice->show(NoticeBar::Kind::Error,
                                 tr("Cannot make a link to “%1”: %2").arg(title, url.error()));
            return;
        }
        QGuiApplication::clipboard()->setText(url->toString(QUrl::FullyEncoded));
        self->m_notice->show(
            NoticeBar::Kind::Positive,
            tr("Share link copied — expires %1").arg(QLocale().toString(expires, QLocale::ShortFormat)));
    });
}

void LibraryWorkspace::refreshFromCloud()
{
    if (!m_cloud || m_listingCloud)
        return;
    const std::optional<StorageAccount> storage = defaultStorageOf(*m_cloud);
    if (!storage) {
        explainNoStorage();
        return;
    }
    m_listingCloud = true;
    updateCloudAvailability();
    const QString name = storage->name;
    m_notice->show(NoticeBar::Kind::Information, tr("Looking for new videos in “%1”…").arg(name));
    QPointer<LibraryWorkspace> self(this);
    m_cloud->refreshFromStorage(storage->id, [self, name](Result<int> found) {
        if (!self)
            return;
        self->m_listingCloud = false;
        self->updateCloudAvailability();
        if (!found) {
            self->m_notice->show(NoticeBar::Kind::Error,
                                 tr("Cannot look in “%1”: %2").arg(name, found.error()));
            return;
        }
        if (*found == 0) {
            self->m_notice->show(NoticeBar::Kind::Positive,
                                 tr("No new videos in “%1”: the library knows everything there.").arg(name));
            return;
        }
        self->m_notice->show(NoticeBar::Kind::Positive,
                             tr("Found %n new video(s) in “%1”; they stay in the cloud until you download or "
                                "review them.",
                                nullptr, *found)
                                 .arg(name));
        self->m_videos->reload();
        self->m_lookRefresh.start();
    });
}

}  // namespace storyreel
