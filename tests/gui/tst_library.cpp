#include "accountstore.h"
#include "jobqueue.h"
#include "library/conflictsdialog.h"
#include "library/lookdetailspane.h"
#include "library/videofilterbar.h"
#include "library/videosbrowser.h"
#include "libraryservice.h"
#include "looklistmodel.h"
#include "lookstore.h"
#include "lookvideosmodel.h"
#include "mediafixtures.h"
#include "mediaimport.h"
#include "memorycredentialstore.h"
#include "pendingopstore.h"
#include "player/reviewdialog.h"
#include "providerhub.h"
#include "studio.h"
#include "testcatalog.h"
#include "videolistmodel.h"
#include "videostore.h"
#include "widgets/noticebar.h"
#include "workspaces/libraryworkspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace storyreel;

// The Library workspace in a real window: the display rule and the default through the look's pane,
// unlink with confirmation, the all-videos filters and favourites, import by file list and by drop,
// review in the player. Local looks only: the provider side is tst_libraryservice's.
class TestLibrary : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_data;
    QTemporaryDir m_files;
    std::unique_ptr<Studio> m_studio;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<MemoryCredentialStore> m_credentials;
    std::unique_ptr<ProviderHub> m_hub;
    std::unique_ptr<JobQueue> m_queue;
    std::unique_ptr<LibraryService> m_service;
    std::unique_ptr<LibraryWorkspace> m_library;
    RowId m_look = 0;
    RowId m_ready = 0;     // succeeded, with a file
    RowId m_pending = 0;   // still generating
    RowId m_readyTwo = 0;  // succeeded, no file (remote copy only)
    QString m_clip;

    RowId addVideo(const QString &title, VideoStatus status, const QString &prompt, bool favorite = false)
    {
        Video video;
        video.kind = VideoKind::TextToVideo;
        video.status = status;
        video.title = title;
        video.prompt = prompt;
        video.favorite = favorite;
        video.durationMs = 2000;
        Result<RowId> id = VideoStore(m_studio->catalog()).create(video);
        return id ? *id : 0;
    }

    static void saveScreenshot(QWidget &widget, const QString &name)
    {
        QTest::qWait(250);
        const QString path = QDir(test::artifactsDir()).filePath(name);
        QVERIFY2(widget.grab().save(path), qPrintable(path));
        qInfo("screenshot: %s", qPrintable(path));
    }

    QModelIndex lookVideoRow(RowId videoId) const
    {
        LookVideosModel *model = m_library->detailsPane()->videosModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row).data(VideoListModel::IdRole).toLongLong() == videoId)
                return model->index(row);
        }
        return {};
    }

    void selectInPane(RowId videoId)
    {
        const QModelIndex index = lookVideoRow(videoId);
        QVERIFY(index.isValid());
        QListView *list = m_library->detailsPane()->videoList();
        list->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect);
        list->setCurrentIndex(index);
    }

    QPushButton *paneButton(const char *name) const
    {
        return m_library->detailsPane()->findChild<QPushButton *>(QString::fromLatin1(name));
    }

    int lookRow() const { return m_library->lookModel()->rowOf(m_look); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QGuiApplication::platformName() != QLatin1String("offscreen"),
                 "GUI tests run in a real display");
        Result<std::unique_ptr<Studio>> studio = Studio::open(DataLocation(m_data.path()));
        QVERIFY2(studio.ok(), qPrintable(studio.error()));
        m_studio = std::move(studio).value();
        QString error;
        m_clip = test::makeClip(m_files.path(), QStringLiteral("beach walk.mp4"), {}, &error);
        QVERIFY2(!m_clip.isEmpty(), qPrintable(error));

        Look look;
        look.title = QStringLiteral("Harbour Evening");
        look.visibility = Visibility::Public;
        look.products = {Product{0,
                                 0,
                                 1,
                                 QStringLiteral("Wool coat"),
                                 QStringLiteral("Nord"),
                                 QStringLiteral("Coats"),
                                 {},
                                 24900,
                                 QStringLiteral("EUR"),
                                 {}}};
        Result<RowId> lookId = LookStore(m_studio->catalog()).create(look);
        QVERIFY2(lookId.ok(), qPrintable(lookId.error()));
        m_look = *lookId;

        Result<RowId> imported = importMediaFile(m_studio->catalog(), m_studio->media(), m_clip);
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        m_ready = *imported;
        m_pending = addVideo(QStringLiteral("Harbour at dusk"), VideoStatus::Running,
                             QStringLiteral("a coat at dusk"));
        m_readyTwo = addVideo(QStringLiteral("Harbour at night"), VideoStatus::Succeeded,
                              QStringLiteral("a coat by the harbour lights"), true);
        const VideoStore videos(m_studio->catalog());
        for (RowId id : {m_ready, m_pending, m_readyTwo})
            QVERIFY(videos.linkToLook(m_look, id).ok());
        // A default that has not succeeded: the storefront keeps the look's image (seed 000).
        QVERIFY(videos.setDefault(m_look, m_pending).ok());
        for (int i = 0; i < 30; ++i)
            QVERIFY(addVideo(QStringLiteral("Draft %1").arg(i), VideoStatus::Succeeded,
                             i % 3 == 0 ? QStringLiteral("sunset over dunes %1").arg(i)
                                        : QStringLiteral("city rain %1").arg(i)) > 0);

        m_network = std::make_unique<QNetworkAccessManager>();
        m_credentials = std::make_unique<MemoryCredentialStore>();
        m_hub = std::make_unique<ProviderHub>(m_studio->catalog(), *m_credentials, m_network.get());
        m_queue = std::make_unique<JobQueue>(m_studio->catalog(), 1);
        m_service =
            std::make_unique<LibraryService>(m_studio->catalog(), *m_hub, *m_queue, m_studio->location());
        m_library = std::make_unique<LibraryWorkspace>(*m_studio);
        m_library->setLibraryService(m_service.get());
        m_library->resize(1400, 900);
        m_library->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_library.get()));
        m_library->selectLook(m_look);
        QCOMPARE(m_library->detailsPane()->lookId(), m_look);
    }

    void cleanupTestCase()
    {
        m_library.reset();
        m_service.reset();
        m_queue.reset();
        m_hub.reset();
    }

    void aPendingDefaultShowsTheLookImage()
    {
        const QModelIndex card = m_library->lookModel()->index(lookRow());
        QCOMPARE(card.data(LookListModel::ShowsVideoRole).toBool(), false);
        QCOMPARE(card.data(LookListModel::VideoCountRole).toInt(), 3);
        auto *storefront = m_library->detailsPane()->findChild<QLabel *>(QStringLiteral("lookStorefront"));
        QVERIFY2(storefront->text().contains(QStringLiteral("image")), qPrintable(storefront->text()));
        QVERIFY(lookVideoRow(m_pending).data(LookVideosModel::IsDefaultRole).toBool());
        saveScreenshot(*m_library, QStringLiteral("library-looks.png"));
    }

    void onlyAFinishedVideoCanBecomeDefault()
    {
        selectInPane(m_pending);
        QVERIFY(!paneButton("setDefaultVideo")->isEnabled());
        // Through the service too: the same rule, with words.
        std::optional<LibraryOutcome> outcome;
        m_service->setDefault(m_look, m_pending, [&outcome](LibraryOutcome result) { outcome = result; });
        QTRY_VERIFY(outcome.has_value());
        QVERIFY(outcome->kind != LibraryOutcome::Kind::Done || outcome->message.isEmpty() == false);
    }

    void setDefaultFromThePaneMovesTheOnlyDefault()
    {
        selectInPane(m_ready);
        QPushButton *setDefault = paneButton("setDefaultVideo");
        QVERIFY(setDefault->isEnabled());
        QTest::mouseClick(setDefault, Qt::LeftButton);
        QTRY_COMPARE(VideoStore(m_studio->catalog()).defaultVideo(m_look).value().value_or(Video{}).id,
                     m_ready);
        QTRY_VERIFY(lookVideoRow(m_ready).data(LookVideosModel::IsDefaultRole).toBool());
        LookVideosModel *model = m_library->detailsPane()->videosModel();
        int defaults = 0;
        for (int row = 0; row < model->rowCount(); ++row)
            defaults += model->index(row).data(LookVideosModel::IsDefaultRole).toBool() ? 1 : 0;
        QCOMPARE(defaults, 1);
        // The card now shows the default video (it has succeeded), and the pane says so.
        QTRY_VERIFY(m_library->lookModel()->index(lookRow()).data(LookListModel::ShowsVideoRole).toBool());
        auto *storefront = m_library->detailsPane()->findChild<QLabel *>(QStringLiteral("lookStorefront"));
        QVERIFY2(storefront->text().contains(QStringLiteral("default video")),
                 qPrintable(storefront->text()));
        QTRY_VERIFY2(m_library->notice()->kind() == NoticeBar::Kind::Positive,
                     qPrintable(m_library->notice()->text()));
    }

    void unlinkAsksBeforeItActs()
    {
        selectInPane(m_readyTwo);
        // First answer Cancel: nothing changes.
        QTimer::singleShot(200, this, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Cancel)->click();
        });
        QTest::mouseClick(paneButton("unlinkVideo"), Qt::LeftButton);
        QCOMPARE(VideoStore(m_studio->catalog()).links(m_look).value().size(), 3);

        selectInPane(m_readyTwo);
        QTimer::singleShot(200, this, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            QCOMPARE(box->objectName(), QStringLiteral("confirmUnlink"));
            for (QAbstractButton *button : box->buttons()) {
                if (box->buttonRole(button) == QMessageBox::AcceptRole)
                    button->click();
            }
        });
        QTest::mouseClick(paneButton("unlinkVideo"), Qt::LeftButton);
        QTRY_COMPARE(VideoStore(m_studio->catalog()).links(m_look).value().size(), 2);
        QTRY_VERIFY(!lookVideoRow(m_readyTwo).isValid());
        // The library keeps the video; only the link went.
        QVERIFY(VideoStore(m_studio->catalog()).load(m_readyTwo).ok());
    }

    void allVideosFilterAndSearch()
    {
        m_library->setPage(LibraryWorkspace::VideosPage);
        VideosBrowser *browser = m_library->videosBrowser();
        QTRY_VERIFY(browser->isVisible());
        const int all = browser->model()->rowCount();
        QCOMPARE(all, 33);
        auto *search = browser->findChild<QLineEdit *>(QStringLiteral("videoSearch"));
        QTest::keyClicks(search, QStringLiteral("sunset"));
        QTRY_COMPARE(browser->model()->rowCount(), 10);
        search->clear();
        QTRY_COMPARE(browser->model()->rowCount(), all);
        auto *status = browser->findChild<QComboBox *>(QStringLiteral("videoStatusFilter"));
        status->setCurrentIndex(status->findData(toText(VideoStatus::Running)));
        QTRY_COMPARE(browser->model()->rowCount(), 1);
        status->setCurrentIndex(0);
        auto *favorites = browser->findChild<QToolButton *>(QStringLiteral("videoFavoritesFilter"));
        favorites->setChecked(true);
        QTRY_COMPARE(browser->model()->rowCount(), 1);
        favorites->setChecked(false);
        QTRY_COMPARE(browser->model()->rowCount(), all);
        saveScreenshot(*m_library, QStringLiteral("library-videos.png"));
    }

    void favouriteFromTheList()
    {
        VideosBrowser *browser = m_library->videosBrowser();
        const int row = browser->model()->rowOf(m_pending);
        QVERIFY(row >= 0);
        browser->list()->selectionModel()->select(browser->model()->index(row),
                                                  QItemSelectionModel::ClearAndSelect);
        auto *favorite = browser->findChild<QPushButton *>(QStringLiteral("favoriteVideo"));
        QCOMPARE(favorite->text(), QStringLiteral("Favourite"));
        QTest::mouseClick(favorite, Qt::LeftButton);
        QTRY_VERIFY(VideoStore(m_studio->catalog()).load(m_pending).value().favorite);
        QTRY_VERIFY(browser->model()->index(row).data(VideoListModel::FavoriteRole).toBool());
        QTRY_COMPARE(favorite->text(), QStringLiteral("Unfavourite"));
    }

    void importRefusesWhatIsNotAVideo()
    {
        const int before = VideoStore(m_studio->catalog()).count().value();
        QString error;
        const QString second = test::makeClip(m_files.path(), QStringLiteral("pier.mov"), {}, &error);
        QVERIFY2(!second.isEmpty(), qPrintable(error));
        const QString notes =
            test::writeBytes(m_files.filePath(QStringLiteral("notes.txt")), "not a video\n");
        m_library->importFiles({second, notes});
        QTRY_VERIFY_WITH_TIMEOUT(
            m_library->notice()->kind() == NoticeBar::Kind::Warning && m_library->notice()->isVisible(),
            20000);
        const QString text = m_library->notice()->text();
        QVERIFY2(text.contains(QStringLiteral("notes.txt")), qPrintable(text));
        QCOMPARE(VideoStore(m_studio->catalog()).count().value(), before + 1);
        QTRY_COMPARE(m_library->videosBrowser()->model()->rowCount(), before + 1);
    }

    void droppedFilesAreImported()
    {
        const int before = VideoStore(m_studio->catalog()).count().value();
        QString error;
        const QString clip = test::makeClip(
            m_files.path(), QStringLiteral("dropped.webm"),
            [] {
                test::ClipSpec webm;
                webm.seconds = 1.0;
                webm.videoCodec = QStringLiteral("libvpx-vp9");
                webm.audioCodec = QStringLiteral("libopus");
                return webm;
            }(),
            &error);
        QVERIFY2(!clip.isEmpty(), qPrintable(error));
        auto *mime = new QMimeData;
        mime->setUrls({QUrl::fromLocalFile(clip)});
        const QPoint at = m_library->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_library.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_library.get(), &drop);
        QVERIFY(drop.isAccepted());
        QTRY_COMPARE_WITH_TIMEOUT(VideoStore(m_studio->catalog()).count().value(), before + 1, 20000);
        QTRY_COMPARE(m_library->notice()->kind(), NoticeBar::Kind::Positive);
        delete mime;
    }

    void aConflictIsShownUntilDismissed()
    {
        ProviderAccount account;
        account.name = QStringLiteral("Studio A");
        account.dialect = Dialect::AsyncVideos;
        account.baseUrl = QStringLiteral("http://127.0.0.1:9");
        const RowId accountId = AccountStore(m_studio->catalog()).create(account).value();
        PendingOp op;
        op.accountId = accountId;
        op.operation = QStringLiteral("favorite");
        op.payload = {{QStringLiteral("videoId"), qint64(m_ready)}, {QStringLiteral("favorite"), true}};
        const PendingOpStore ops(m_studio->catalog());
        const RowId opId = ops.enqueue(op).value();
        QVERIFY(ops.markConflict(opId, QStringLiteral("The video was deleted at the provider.")).ok());

        // A conflict from an earlier session shows as soon as the workspace has its service.
        m_library->setLibraryService(m_service.get());
        NoticeBar *banner = m_library->pendingNotice();
        QTRY_VERIFY(banner->isVisible());
        QCOMPARE(banner->kind(), NoticeBar::Kind::Warning);
        QVERIFY2(banner->text().contains(QStringLiteral("could not be applied")), qPrintable(banner->text()));
        QToolButton *review = nullptr;
        for (QToolButton *button : banner->findChildren<QToolButton *>()) {
            if (button->text().startsWith(QStringLiteral("Review")))
                review = button;
        }
        QVERIFY(review);
        review->click();
        ConflictsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_library->findChild<ConflictsDialog *>()) != nullptr);
        QCOMPARE(dialog->list()->count(), 1);
        QVERIFY(dialog->list()->item(0)->text().contains(QStringLiteral("deleted at the provider")));
        dialog->list()->item(0)->setSelected(true);
        dialog->findChild<QPushButton *>(QStringLiteral("dismissConflicts"))->click();
        QTRY_COMPARE(dialog->list()->count(), 0);
        QTRY_VERIFY(!banner->isVisible());
        dialog->close();
    }

    void reviewOpensThePlayer()
    {
        m_library->review(m_ready);
        ReviewDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_library->findChild<ReviewDialog *>()) != nullptr);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->video().id, m_ready);
        dialog->close();
    }
};

QTEST_MAIN(TestLibrary)
#include "tst_library.moc"
