// The storyboard's output panel under Xvfb with a running job queue: Render waits for approval (and
// says why), the render's progress shows on the panel, the version appears, and the chips carry an
// existing file's URL (the export chip makes its file first).
#include "jobqueue.h"
#include "localrunners.h"
#include "storyboardactions.h"
#include "storyboarddocument.h"
#include "storyboards/outputpanel.h"
#include "storyboardstore.h"
#include "studio.h"
#include "testcatalog.h"

#include <QDir>
#include <QFileInfo>
#include <QListWidget>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include "player/playerdialog.h"
#include "player/playerwidget.h"

#include <QPushButton>
#include <QTest>

#include <memory>

using namespace storyreel;

class TstOutputPanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rendersShowsProgressAndDragsFiles();
};

void TstOutputPanel::rendersShowsProgressAndDragsFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Result<std::unique_ptr<Studio>> opened = Studio::open(DataLocation(dir.path()));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    std::unique_ptr<Studio> studio = std::move(opened).value();
    QVERIFY(studio->ensureSampleProject().ok());
    JobQueue queue(studio->catalog(), 1);
    installLocalRunners(queue, studio->catalog(), studio->location());
    QVERIFY(queue.start(false).ok());
    StoryboardActions actions(studio->catalog(), studio->location(), queue);

    // The sample, shortened to three 2-second scenes so the render is quick but visible.
    const StoryboardStore store(studio->catalog());
    Storyboard board = store.load(store.list().value().constFirst().id).value();
    board.scenes = board.scenes.mid(0, 3);
    for (Scene &scene : board.scenes)
        scene.durationMs = 2000;
    QVERIFY(store.update(board).ok());
    StoryboardDocument document(studio->catalog());
    QVERIFY(document.open(board.id).ok());

    StoryboardOutputPanel panel(studio->catalog(), queue, actions);
    panel.resize(560, 460);
    panel.setDocument(&document);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));

    // Not approved: Render is off and the panel says why.
    QVERIFY(!panel.renderButton()->isEnabled());
    QVERIFY2(panel.statusText().contains(QStringLiteral("Approve")), qPrintable(panel.statusText()));
    QVERIFY(panel.chips().constFirst()->mimeData() == nullptr);  // nothing to drag yet

    document.approve();
    QVERIFY(panel.renderButton()->isEnabled());
    QTest::mouseClick(panel.renderButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(panel.progressBar()->isVisible(), 10000);
    QVERIFY(!panel.renderButton()->isEnabled());  // one render at a time from here
    QTRY_VERIFY_WITH_TIMEOUT(panel.progressBar()->value() > 0, 60000);
    const QString during = QDir(test::artifactsDir()).filePath(QStringLiteral("outputpanel-rendering.png"));
    QVERIFY(panel.grab().save(during));

    QTRY_COMPARE_WITH_TIMEOUT(panel.versionList()->count(), 1, 120000);
    QVERIFY(panel.progressBar()->isHidden());
    QVERIFY(panel.versionList()->item(0)->text().startsWith(QStringLiteral("v1")));

    // The video chip: a file URL that exists.
    std::unique_ptr<QMimeData> video(panel.chips().constFirst()->mimeData());
    QVERIFY(video);
    QVERIFY(video->hasUrls());
    QVERIFY(video->urls().constFirst().isLocalFile());
    QVERIFY(QFileInfo::exists(video->urls().constFirst().toLocalFile()));

    // The webm chip: pressing it makes the export (progress on the chip), then it carries the file.
    OutputChip *webm = panel.chips().at(2);
    QVERIFY(webm->mimeData() == nullptr);
    QSignalSpy ready(webm, &OutputChip::ready);
    QTest::mousePress(webm, Qt::LeftButton);
    QVERIFY(webm->isPreparing());
    QTest::mouseRelease(webm, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 120000);
    std::unique_ptr<QMimeData> exported(webm->mimeData());
    QVERIFY(exported);
    const QString path = exported->urls().constFirst().toLocalFile();
    QVERIFY2(path.endsWith(QStringLiteral(".webm")), qPrintable(path));
    QVERIFY(QFileInfo(path).size() > 0);
    QVERIFY(exported->hasFormat(QStringLiteral("text/uri-list")));

    QTest::qWait(200);
    const QString shot = QDir(test::artifactsDir()).filePath(QStringLiteral("outputpanel.png"));
    QVERIFY2(panel.grab().save(shot), qPrintable(shot));

    // Play opens the version in the studio's own player, which shows its first frame.
    panel.versionList()->setCurrentRow(0);
    auto *play = panel.findChild<QPushButton *>(QStringLiteral("playVersion"));
    QVERIFY(play && play->isEnabled());
    QTest::mouseClick(play, Qt::LeftButton);
    PlayerDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = panel.findChild<PlayerDialog *>()) != nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->player()->framesShown() > 0, 5000);
    dialog->close();
}

QTEST_MAIN(TstOutputPanel)
#include "tst_outputpanel.moc"
