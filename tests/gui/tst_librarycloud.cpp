#include "awscli.h"
#include "cloudobjectstore.h"
#include "cloudservice.h"
#include "jobqueue.h"
#include "jobstore.h"
#include "library/cloudactions.h"
#include "library/lookdetailspane.h"
#include "library/sharelinkdialog.h"
#include "library/videosbrowser.h"
#include "library/videotext.h"
#include "lookstore.h"
#include "lookvideosmodel.h"
#include "mediafixtures.h"
#include "mediaimport.h"
#include "memorycredentialstore.h"
#include "player/reviewdialog.h"
#include "s3rverprocess.h"
#include "storyboardactions.h"
#include "storyboarddocument.h"
#include "storyboards/outputpanel.h"
#include "storyboardstore.h"
#include "studio.h"
#include "testcatalog.h"
#include "videoitem.h"
#include "videolistmodel.h"
#include "videostore.h"
#include "widgets/noticebar.h"
#include "workspaces/libraryworkspace.h"

#include <QApplication>
#include <QClipboard>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHelpEvent>
#include <QListView>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QToolTip>
#include <QUrlQuery>

using namespace storyreel;

// The Library's cloud side in a real window, against s3rver on 127.0.0.1: actions that explain
// themselves while no storage is configured, a badge for each cloud state in both video lists (made by
// writing cloud objects and transfer jobs straight into the catalog), the actions each state allows, a
// share link (presigned, on the clipboard, and it downloads the file), an upload and a download run
// through the job queue, Refresh from Cloud finding a new object, and Review fetching a cloud-only video.
class TestLibraryCloud : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_data;
    QTemporaryDir m_files;
    std::unique_ptr<Studio> m_studio;
    std::unique_ptr<test::S3rverProcess> m_s3;
    std::unique_ptr<test::AwsCli> m_aws;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<MemoryCredentialStore> m_credentials;
    std::unique_ptr<JobQueue> m_queue;
    std::unique_ptr<CloudService> m_cloud;
    std::unique_ptr<LibraryWorkspace> m_library;
    RowId m_look = 0;
    RowId m_storage = 0;
    RowId m_local = 0;        // ready, with a file, only here
    RowId m_inCloud = 0;      // with a file, stored in the bucket
    RowId m_cloudOnly = 0;    // stored in the bucket, no file here
    RowId m_uploading = 0;    // an upload job waits
    RowId m_downloading = 0;  // a download job waits
    QString m_cloudClip;      // the bytes of m_cloudOnly's object
    QString m_arrivalClip;    // an object only the bucket has, found by Refresh from Cloud

    RowId addVideo(const QString &title, const QString &filePath, const QString &sha256 = {})
    {
        Video video;
        video.kind = VideoKind::TextToVideo;
        video.status = VideoStatus::Succeeded;
        video.title = title;
        video.filePath = filePath;
        video.mediaSha256 = sha256;
        video.durationMs = 2000;
        Result<RowId> id = VideoStore(m_studio->catalog()).create(video);
        return id ? *id : 0;
    }

    static QString sha256Of(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(&file);
        return QString::fromLatin1(hash.result().toHex());
    }

    RowId heldJob(JobKind kind, const QString &title)
    {
        Job job;
        job.kind = kind;
        job.status = JobStatus::Held;  // waits in the queue: the state stays while the test looks
        job.title = title;
        Result<RowId> id = JobStore(m_studio->catalog()).create(job);
        return id ? *id : 0;
    }

    bool recordObject(RowId videoId, const QString &key, CloudObject::State state, RowId jobId = 0,
                      const QString &file = {})
    {
        CloudObject object;
        object.storageId = m_storage;
        object.key = key;
        object.videoId = videoId;
        object.state = state;
        object.jobId = jobId;
        if (!file.isEmpty()) {
            object.sha256 = sha256Of(file);
            object.sizeBytes = QFileInfo(file).size();
            object.contentType = QStringLiteral("video/mp4");
        }
        return CloudObjectStore(m_studio->catalog()).upsert(object).ok();
    }

    static void saveScreenshot(QWidget &widget, const QString &name)
    {
        QTest::qWait(250);
        const QString path = QDir(test::artifactsDir()).filePath(name);
        QVERIFY2(widget.grab().save(path), qPrintable(path));
        qInfo("screenshot: %s", qPrintable(path));
    }

    static QModelIndex rowOf(QAbstractItemModel *model, RowId videoId)
    {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(VideoListModel::IdRole).toLongLong() == videoId)
                return model->index(row, 0);
        }
        return {};
    }

    static CloudState stateIn(QAbstractItemModel *model, RowId videoId)
    {
        return CloudState(rowOf(model, videoId).data(VideoListModel::CloudStateRole).toInt());
    }

    void select(QListView *list, RowId videoId)
    {
        const QModelIndex index = rowOf(list->model(), videoId);
        QVERIFY(index.isValid());
        list->scrollTo(index);
        list->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect);
        list->setCurrentIndex(index);
    }

    QPushButton *button(QWidget *pane, const char *name) const
    {
        return pane->findChild<QPushButton *>(QString::fromLatin1(name));
    }

    // The tooltip the row's delegate gives somewhere along its marks (the right end of its first line).
    static QStringList markTooltips(QListView *list, const QModelIndex &index)
    {
        QStringList texts;
        const QRect rect = list->visualRect(index);
        for (int x = rect.right() - 4; x > rect.right() - 360; x -= 3) {
            const QPoint at(x, rect.top() + 14);
            QHelpEvent help(QEvent::ToolTip, at, list->viewport()->mapToGlobal(at));
            QApplication::sendEvent(list->viewport(), &help);
            if (const QString text = QToolTip::text(); !text.isEmpty() && !texts.contains(text))
                texts.append(text);
        }
        QToolTip::hideText();
        return texts;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QGuiApplication::platformName() != QLatin1String("offscreen"),
                 "GUI tests run in a real display");
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        Result<std::unique_ptr<Studio>> studio = Studio::open(DataLocation(m_data.path()));
        QVERIFY2(studio.ok(), qPrintable(studio.error()));
        m_studio = std::move(studio).value();
        m_s3 = std::make_unique<test::S3rverProcess>();
        QVERIFY2(m_s3->start(), qPrintable(m_s3->errorString()));
        m_aws = std::make_unique<test::AwsCli>(*m_s3);

        QString error;
        const QString localClip =
            test::makeClip(m_files.path(), QStringLiteral("local walk.mp4"), {}, &error);
        QVERIFY2(!localClip.isEmpty(), qPrintable(error));
        test::ClipSpec small;
        small.width = 320;
        small.height = 180;
        const QString sharedClip =
            test::makeClip(m_files.path(), QStringLiteral("shared.mp4"), small, &error);
        QVERIFY2(!sharedClip.isEmpty(), qPrintable(error));
        test::ClipSpec other;
        other.width = 480;
        other.height = 270;
        m_cloudClip = test::makeClip(m_files.path(), QStringLiteral("cloud.mp4"), other, &error);
        QVERIFY2(!m_cloudClip.isEmpty(), qPrintable(error));
        test::ClipSpec arrival;
        arrival.width = 400;
        arrival.height = 224;
        m_arrivalClip = test::makeClip(m_files.path(), QStringLiteral("arrival.mp4"), arrival, &error);
        QVERIFY2(!m_arrivalClip.isEmpty(), qPrintable(error));

        Look look;
        look.title = QStringLiteral("Cloud Look");
        look.visibility = Visibility::Public;
        Result<RowId> lookId = LookStore(m_studio->catalog()).create(look);
        QVERIFY2(lookId.ok(), qPrintable(lookId.error()));
        m_look = *lookId;
        Result<RowId> local = importMediaFile(m_studio->catalog(), m_studio->media(), localClip);
        QVERIFY2(local.ok(), qPrintable(local.error()));
        m_local = *local;
        Result<RowId> shared = importMediaFile(m_studio->catalog(), m_studio->media(), sharedClip);
        QVERIFY2(shared.ok(), qPrintable(shared.error()));
        m_inCloud = *shared;
        m_cloudOnly = addVideo(QStringLiteral("Walk kept in the cloud"), {}, sha256Of(m_cloudClip));
        m_uploading = addVideo(QStringLiteral("Walk going up"), QStringLiteral("media/going-up.mp4"));
        m_downloading = addVideo(QStringLiteral("Walk coming down"), {});
        const VideoStore videos(m_studio->catalog());
        for (RowId id : {m_local, m_inCloud, m_cloudOnly, m_uploading, m_downloading}) {
            QVERIFY(id > 0);
            QVERIFY(videos.linkToLook(m_look, id).ok());
        }

        m_network = std::make_unique<QNetworkAccessManager>();
        m_credentials = std::make_unique<MemoryCredentialStore>();
        m_queue = std::make_unique<JobQueue>(m_studio->catalog(), 1);
        m_cloud = std::make_unique<CloudService>(m_studio->catalog(), *m_queue, *m_credentials,
                                                 m_studio->location(), m_network.get());
        QVERIFY(m_queue->start(false));

        m_library = std::make_unique<LibraryWorkspace>(*m_studio);
        m_library->resize(1500, 900);
        m_library->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_library.get()));
        m_library->selectLook(m_look);
        QCOMPARE(m_library->detailsPane()->lookId(), m_look);
    }

    void cleanupTestCase()
    {
        m_library.reset();
        m_cloud.reset();
        m_queue.reset();
    }

    void withoutAStorageTheActionsExplain()
    {
        // No cloud service: nothing to press.
        QWidget *pane = m_library->detailsPane();
        select(m_library->detailsPane()->videoList(), m_local);
        QVERIFY(!button(pane, "uploadToCloud")->isEnabled());
        QVERIFY(!m_library->refreshFromCloudButton()->isEnabled());

        // The service but no storage: Upload and Share stay pressable and say where to add a storage.
        m_library->setCloudService(m_cloud.get());
        select(m_library->detailsPane()->videoList(), m_local);
        QPushButton *upload = button(pane, "uploadToCloud");
        QPushButton *share = button(pane, "copyShareLink");
        QVERIFY(upload->isEnabled());
        QVERIFY(share->isEnabled());
        QVERIFY(!button(pane, "downloadFromCloud")->isEnabled());
        QVERIFY2(upload->toolTip().contains(QStringLiteral("Settings › Cloud Storage")),
                 qPrintable(upload->toolTip()));
        QCOMPARE(upload->accessibleName(), QStringLiteral("Upload to Cloud"));
        const int jobsBefore = int(JobStore(m_studio->catalog()).list().value().size());

        QSignalSpy settingsAsked(m_library.get(), &LibraryWorkspace::storageSettingsRequested);
        for (QPushButton *pressed : {upload, share, m_library->refreshFromCloudButton()}) {
            m_library->notice()->dismiss();
            QTest::mouseClick(pressed, Qt::LeftButton);
            QVERIFY(m_library->notice()->isVisible());
            QCOMPARE(m_library->notice()->kind(), NoticeBar::Kind::Warning);
            QCOMPARE(m_library->notice()->text(),
                     QStringLiteral("Add a cloud storage in Settings › Cloud Storage first."));
        }
        auto *open = m_library->notice()->findChild<QToolButton *>(QStringLiteral("openStorageSettings"));
        QVERIFY(open);
        open->click();
        QCOMPARE(settingsAsked.size(), 1);
        QCOMPARE(int(JobStore(m_studio->catalog()).list().value().size()), jobsBefore);
        QVERIFY(m_library->findChild<ShareLinkDialog *>() == nullptr);
        // The keyboard reaches it too: Ctrl+U in the pane.
        m_library->notice()->dismiss();
        QVERIFY(!m_library->notice()->isVisible());
        m_library->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_library.get()));
        m_library->detailsPane()->videoList()->setFocus();
        QTest::keyClick(m_library->detailsPane()->videoList(), Qt::Key_U, Qt::ControlModifier);
        QVERIFY(m_library->notice()->isVisible());
        QCOMPARE(m_library->notice()->kind(), NoticeBar::Kind::Warning);
        // The shortcut took the key press, and QTest leaves the application thinking Ctrl is still down
        // (a later click would toggle the selection): a plain key event sets the modifiers straight.
        QTest::keyClick(m_library->detailsPane()->videoList(), Qt::Key_Shift);
        QCOMPARE(QGuiApplication::keyboardModifiers(), Qt::NoModifier);
        saveScreenshot(*m_library, QStringLiteral("library-cloud-no-storage.png"));
    }

    void eachCloudStateShowsItsBadge()
    {
        StorageAccount storage;
        storage.name = QStringLiteral("Studio bucket");
        storage.endpoint = m_s3->endpoint();
        storage.bucket = m_s3->bucket();
        storage.prefix = QStringLiteral("studio");
        std::optional<Result<RowId>> added;
        m_cloud->addStorage(storage, {test::S3rverProcess::accessKey(), test::S3rverProcess::secretKey()},
                            [&added](Result<RowId> id) { added = id; });
        QTRY_VERIFY(added.has_value());
        QVERIFY2(added->ok(), qPrintable(added->error()));
        m_storage = **added;

        // The in-cloud and cloud-only objects are really in the bucket (for the share link and the download).
        const QString sharedPath =
            m_studio->location().absolute(VideoStore(m_studio->catalog()).load(m_inCloud)->filePath);
        const QString sharedKey = QStringLiteral("studio/cloud-look/shared.mp4");
        const QString cloudKey = QStringLiteral("studio/cloud-look/kept-in-the-cloud.mp4");
        for (const auto &[key, file] : {std::pair{sharedKey, sharedPath}, std::pair{cloudKey, m_cloudClip}}) {
            const test::AwsResult<QString> put = m_aws->putObject(m_s3->bucket(), key, file);
            QVERIFY2(put.ok(), qPrintable(put.error));
        }
        QVERIFY(recordObject(m_inCloud, sharedKey, CloudObject::State::Stored, 0, sharedPath));
        QVERIFY(recordObject(m_cloudOnly, cloudKey, CloudObject::State::Stored, 0, m_cloudClip));
        QVERIFY(recordObject(m_uploading, QStringLiteral("studio/cloud-look/going-up.mp4"),
                             CloudObject::State::Pending,
                             heldJob(JobKind::Upload, QStringLiteral("Upload going-up"))));
        QVERIFY(recordObject(m_downloading, QStringLiteral("studio/cloud-look/coming-down.mp4"),
                             CloudObject::State::Stored,
                             heldJob(JobKind::Download, QStringLiteral("Download"))));
        // What the window does when Settings ▸ Cloud Storage changed something.
        m_library->refreshCloud();

        const struct
        {
            RowId video;
            CloudState state;
            QString label;
        } expected[] = {{m_local, CloudState::LocalOnly, QString()},
                        {m_inCloud, CloudState::InCloud, QStringLiteral("In cloud")},
                        {m_cloudOnly, CloudState::CloudOnly, QStringLiteral("Cloud only")},
                        {m_uploading, CloudState::Uploading, QStringLiteral("Uploading")},
                        {m_downloading, CloudState::Downloading, QStringLiteral("Downloading")}};
        QListView *paneList = m_library->detailsPane()->videoList();
        QListView *allList = m_library->videosBrowser()->list();
        for (const auto &row : expected) {
            for (QListView *list : {paneList, allList}) {
                const QModelIndex index = rowOf(list->model(), row.video);
                QVERIFY(index.isValid());
                QCOMPARE(CloudState(index.data(VideoListModel::CloudStateRole).toInt()), row.state);
                QCOMPARE(videoitem::cloudLabel(row.state), row.label);
                const QString spoken = index.data(Qt::AccessibleTextRole).toString();
                QVERIFY2(row.label.isEmpty() || spoken.contains(row.label.toLower()), qPrintable(spoken));
            }
            // The badge explains itself; a video only here has no badge (and so no such tooltip).
            select(paneList, row.video);
            const QStringList tips = markTooltips(paneList, rowOf(paneList->model(), row.video));
            if (row.label.isEmpty())
                QVERIFY2(!tips.contains(videotext::cloudDescription(CloudState::LocalOnly)),
                         qPrintable(tips.join(QLatin1Char('|'))));
            else
                QVERIFY2(tips.contains(videotext::cloudDescription(row.state)),
                         qPrintable(tips.join(QLatin1Char('|'))));
        }
        select(paneList, m_inCloud);
        saveScreenshot(*m_library, QStringLiteral("library-cloud-badges.png"));
        m_library->setPage(LibraryWorkspace::VideosPage);
        select(allList, m_cloudOnly);
        saveScreenshot(*m_library, QStringLiteral("library-cloud-all-videos.png"));
        m_library->setPage(LibraryWorkspace::LooksPage);
    }

    void theActionsFollowTheState()
    {
        QWidget *pane = m_library->detailsPane();
        QListView *list = m_library->detailsPane()->videoList();
        const struct
        {
            RowId video;
            bool upload, download, share;
        } cases[] = {{m_local, true, false, false},
                     {m_inCloud, false, false, true},
                     {m_cloudOnly, false, true, true},
                     {m_uploading, false, false, false},
                     {m_downloading, false, false, false}};
        for (const auto &expected : cases) {
            select(list, expected.video);
            QCOMPARE(button(pane, "uploadToCloud")->isEnabled(), expected.upload);
            QCOMPARE(button(pane, "downloadFromCloud")->isEnabled(), expected.download);
            QCOMPARE(button(pane, "copyShareLink")->isEnabled(), expected.share);
        }
        // A local video's Share says what to do first.
        select(list, m_local);
        QVERIFY2(button(pane, "copyShareLink")->toolTip().contains(QStringLiteral("Upload the video first")),
                 qPrintable(button(pane, "copyShareLink")->toolTip()));
        // The All Videos browser offers the same for a selection of several: upload takes the local ones.
        m_library->setPage(LibraryWorkspace::VideosPage);
        QListView *all = m_library->videosBrowser()->list();
        all->clearSelection();
        for (RowId id : {m_local, m_inCloud})
            all->selectionModel()->select(rowOf(all->model(), id), QItemSelectionModel::Select);
        QVERIFY(button(m_library->videosBrowser(), "uploadToCloud")->isEnabled());
        QVERIFY(!button(m_library->videosBrowser(), "copyShareLink")->isEnabled());  // one at a time
        m_library->setPage(LibraryWorkspace::LooksPage);
    }

    void copyShareLinkPutsAPresignedUrlOnTheClipboard()
    {
        QGuiApplication::clipboard()->clear();
        select(m_library->detailsPane()->videoList(), m_inCloud);
        QTest::mouseClick(button(m_library->detailsPane(), "copyShareLink"), Qt::LeftButton);
        auto *dialog = m_library->findChild<ShareLinkDialog *>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QCOMPARE(dialog->expiresSeconds(), ShareLinkDialog::kDay);
        dialog->findChild<QRadioButton *>(QStringLiteral("expiresHour"))->click();
        QCOMPARE(dialog->expiresSeconds(), ShareLinkDialog::kHour);
        saveScreenshot(*dialog, QStringLiteral("share-link-dialog.png"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("copyLink")), Qt::LeftButton);

        QTRY_VERIFY_WITH_TIMEOUT(!QGuiApplication::clipboard()->text().isEmpty(), 10000);
        const QUrl url(QGuiApplication::clipboard()->text());
        QVERIFY2(url.toString().startsWith(m_s3->endpoint()), qPrintable(url.toString()));
        QVERIFY2(url.path().endsWith(QStringLiteral("/studio/cloud-look/shared.mp4")),
                 qPrintable(url.path()));
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(QStringLiteral("X-Amz-Algorithm")), QStringLiteral("AWS4-HMAC-SHA256"));
        QCOMPARE(query.queryItemValue(QStringLiteral("X-Amz-Expires")), QStringLiteral("3600"));
        QVERIFY(!query.queryItemValue(QStringLiteral("X-Amz-Signature")).isEmpty());
        QCOMPARE(m_library->notice()->kind(), NoticeBar::Kind::Positive);
        QVERIFY2(m_library->notice()->text().startsWith(QStringLiteral("Share link copied — expires ")),
                 qPrintable(m_library->notice()->text()));

        // Anyone can open it: the file comes back byte for byte.
        QNetworkAccessManager stranger;
        std::unique_ptr<QNetworkReply> reply(stranger.get(QNetworkRequest(url)));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 20000);
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        const QByteArray body = reply->readAll();
        const QString sharedPath =
            m_studio->location().absolute(VideoStore(m_studio->catalog()).load(m_inCloud)->filePath);
        QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex()),
                 sha256Of(sharedPath));
    }

    void uploadRunsAsAJobAndTheBadgeFollows()
    {
        m_library->setPage(LibraryWorkspace::VideosPage);
        QListView *all = m_library->videosBrowser()->list();
        select(all, m_local);
        QSignalSpy submitted(m_library.get(), &LibraryWorkspace::jobsSubmitted);
        QTest::mouseClick(button(m_library->videosBrowser(), "uploadToCloud"), Qt::LeftButton);
        QCOMPARE(submitted.size(), 1);
        QVERIFY2(m_library->notice()->text().contains(QStringLiteral("Uploading 1 video")),
                 qPrintable(m_library->notice()->text()));
        bool queued = false;
        for (const Job &job : JobStore(m_studio->catalog()).list().value())
            queued = queued || (job.kind == JobKind::Upload &&
                                job.params.value(QStringLiteral("videoId")).toInteger() == m_local);
        QVERIFY(queued);
        // Uploading while it runs (the row may already be done on a fast machine), then In cloud.
        QTRY_VERIFY_WITH_TIMEOUT(stateIn(all->model(), m_local) == CloudState::InCloud, 60000);
        QCOMPARE(stateIn(m_library->detailsPane()->videosModel(), m_local), CloudState::InCloud);
        const test::AwsResult<QStringList> keys =
            m_aws->listKeys(m_s3->bucket(), QStringLiteral("studio/cloud-look/"));
        QVERIFY2(keys.ok(), qPrintable(keys.error));
        QCOMPARE(keys.value.size(), 3);  // shared, kept in the cloud, and the upload
        m_library->setPage(LibraryWorkspace::LooksPage);
    }

    void downloadFromCloudBringsTheFileHere()
    {
        QListView *list = m_library->detailsPane()->videoList();
        select(list, m_cloudOnly);
        QTest::mouseClick(button(m_library->detailsPane(), "downloadFromCloud"), Qt::LeftButton);
        QVERIFY2(m_library->notice()->text().contains(QStringLiteral("Downloading 1 video")),
                 qPrintable(m_library->notice()->text()));
        QTRY_VERIFY_WITH_TIMEOUT(
            stateIn(m_library->detailsPane()->videosModel(), m_cloudOnly) == CloudState::InCloud, 60000);
        const Video video = VideoStore(m_studio->catalog()).load(m_cloudOnly).value();
        QVERIFY(!video.filePath.isEmpty());
        QCOMPARE(sha256Of(m_studio->location().absolute(video.filePath)), sha256Of(m_cloudClip));
        QVERIFY(rowOf(m_library->detailsPane()->videosModel(), m_cloudOnly)
                    .data(VideoListModel::OfflineRole)
                    .toBool());
    }

    void refreshFromCloudFindsNewObjectsAndReviewFetchesThem()
    {
        const test::AwsResult<QString> put = m_aws->putObject(
            m_s3->bucket(), QStringLiteral("studio/cloud-look/new-arrival.mp4"), m_arrivalClip);
        QVERIFY2(put.ok(), qPrintable(put.error));
        const int videosBefore = m_library->videosBrowser()->model()->rowCount();
        QTest::mouseClick(m_library->refreshFromCloudButton(), Qt::LeftButton);
        QVERIFY(!m_library->refreshFromCloudButton()->isEnabled());  // one listing at a time
        QTRY_VERIFY_WITH_TIMEOUT(m_library->refreshFromCloudButton()->isEnabled(), 30000);
        QCOMPARE(m_library->notice()->kind(), NoticeBar::Kind::Positive);
        QVERIFY2(m_library->notice()->text().startsWith(QStringLiteral("Found 1 new video")),
                 qPrintable(m_library->notice()->text()));
        QCOMPARE(m_library->videosBrowser()->model()->rowCount(), videosBefore + 1);
        // It joined the look whose folder it is in, as a cloud-only video.
        QTRY_COMPARE(m_library->detailsPane()->videosModel()->rowCount(), 6);
        RowId arrival = 0;
        LookVideosModel *model = m_library->detailsPane()->videosModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row).data(Qt::DisplayRole).toString() == QStringLiteral("new arrival"))
                arrival = model->index(row).data(VideoListModel::IdRole).toLongLong();
        }
        QVERIFY(arrival > 0);
        QCOMPARE(stateIn(model, arrival), CloudState::CloudOnly);
        // Nothing new the second time.
        QTest::mouseClick(m_library->refreshFromCloudButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_library->notice()->text().startsWith(QStringLiteral("No new videos")),
                                 30000);

        // Review of a cloud-only video fetches it; the open player gets the file when it is here.
        m_library->review(arrival);
        auto *review = m_library->findChild<ReviewDialog *>();
        QVERIFY(review);
        QVERIFY2(m_library->notice()->text().contains(QStringLiteral("Downloading 1 video")),
                 qPrintable(m_library->notice()->text()));
        QTRY_VERIFY_WITH_TIMEOUT(!review->video().filePath.isEmpty(), 60000);
        QCOMPARE(sha256Of(m_studio->location().absolute(review->video().filePath)), sha256Of(m_arrivalClip));
        QTRY_COMPARE(stateIn(model, arrival), CloudState::InCloud);
        review->close();
    }

    void theOutputPanelUploadsAndSharesARenderVersion()
    {
        Storyboard board;
        board.title = QStringLiteral("Harbour Story");
        Result<RowId> boardId = StoryboardStore(m_studio->catalog()).create(board);
        QVERIFY2(boardId.ok(), qPrintable(boardId.error()));
        // A finished render of it, as the render job leaves it.
        QVERIFY(QDir().mkpath(m_studio->location().absolute(QStringLiteral("renders"))));
        const QString render = m_studio->location().absolute(QStringLiteral("renders/harbour-story-v1.mp4"));
        QVERIFY(QFile::copy(m_arrivalClip, render));
        Job job;
        job.kind = JobKind::Render;
        job.status = JobStatus::Succeeded;
        job.title = QStringLiteral("Render Harbour Story");
        job.outputPath = render;
        job.params = QJsonObject{{QStringLiteral("storyboardId"), *boardId},
                                 {QStringLiteral("version"), 1},
                                 {QStringLiteral("aspect"), QStringLiteral("16:9")}};
        job.finishedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(JobStore(m_studio->catalog()).create(job).ok());

        StoryboardActions actions(m_studio->catalog(), m_studio->location(), *m_queue);
        StoryboardDocument document(m_studio->catalog());
        QVERIFY(document.open(*boardId).ok());
        StoryboardOutputPanel panel(m_studio->catalog(), *m_queue, actions);
        panel.setDocument(&document);
        panel.resize(700, 420);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QCOMPARE(panel.versionList()->count(), 1);
        QVERIFY(!panel.uploadButton()->isEnabled());  // no cloud service yet
        panel.setCloudService(m_cloud.get());
        QVERIFY(panel.uploadButton()->isEnabled());
        QVERIFY(!panel.shareButton()->isEnabled());

        QSignalSpy messages(&panel, &StoryboardOutputPanel::messageShown);
        QTest::mouseClick(panel.uploadButton(), Qt::LeftButton);
        QVERIFY(!messages.isEmpty());
        QVERIFY2(messages.last().at(0).toString().startsWith(QStringLiteral("Uploading")),
                 qPrintable(messages.last().at(0).toString()));
        // The version says where it is; once in the cloud it can be shared.
        QTRY_VERIFY_WITH_TIMEOUT(panel.versionList()->item(0)->text().endsWith(QStringLiteral("In cloud")),
                                 60000);
        QVERIFY(!panel.uploadButton()->isEnabled());
        QVERIFY(panel.shareButton()->isEnabled());
        saveScreenshot(panel, QStringLiteral("output-panel-cloud.png"));
        QGuiApplication::clipboard()->clear();
        QDialog *dialog = panel.shareSelected();
        QVERIFY(dialog);
        dialog->findChild<QRadioButton *>(QStringLiteral("expiresWeek"))->click();
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("copyLink")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!QGuiApplication::clipboard()->text().isEmpty(), 10000);
        const QUrl url(QGuiApplication::clipboard()->text());
        // The storyboard's files go to a folder named after it.
        QVERIFY2(url.path().endsWith(QStringLiteral("/studio/harbour-story/harbour-story-v1.mp4")),
                 qPrintable(url.path()));
        QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("X-Amz-Expires")), QStringLiteral("604800"));
        QVERIFY2(messages.last().at(0).toString().startsWith(QStringLiteral("Share link copied — expires ")),
                 qPrintable(messages.last().at(0).toString()));
    }
};

QTEST_MAIN(TestLibraryCloud)
#include "tst_librarycloud.moc"
