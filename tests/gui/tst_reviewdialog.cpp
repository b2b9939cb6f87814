// The review dialog and the compare dialog under Xvfb, on a real catalog and real H.264 files:
// notes added at the playhead land in the catalog, jumping to a note seeks, edit/delete undo, the CSV
// export's bytes, a video that is not downloaded, and the compare dialog's default choice.
#include "datalocation.h"
#include "mediafixtures.h"
#include "player/comparedialog.h"
#include "player/playerwidget.h"
#include "player/reviewdialog.h"
#include "player/reviewnotespanel.h"
#include "reviewnotestore.h"
#include "testcatalog.h"
#include "videostore.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMediaPlayer>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace storyreel;

namespace {

const bool kNoSoundServer = [] {
    qputenv("PULSE_SERVER", "unix:/nonexistent/storyreel-no-pulse");
    return true;
}();

QList<ReviewNote> notesOf(Catalog &catalog, RowId videoId)
{
    Result<QList<ReviewNote>> notes = ReviewNoteStore(catalog).forVideo(videoId);
    return notes ? *notes : QList<ReviewNote>();
}

// The screen as X shows it: unlike QWidget::grab() it includes the video pictures.
void saveScreenshot(QWidget *window, const QString &name)
{
    const QDir artifacts(test::artifactsDir());
    QVERIFY(window->grab().save(artifacts.filePath(name + QStringLiteral("-widgets.png"))));
    QScreen *screen = window->screen();
    const QRect frame = window->frameGeometry();
    const QPixmap shot = screen->grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height());
    QVERIFY(shot.save(artifacts.filePath(name + QStringLiteral(".png"))));
}

}  // namespace

class TstReviewDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void notesAtThePlayheadJumpEditDeleteUndo();
    void exportsNotesAsCsv();
    void videoNotOnThisComputer();
    void compareChoosesTheDefault();

private:
    Video addVideo(const QString &title, const QString &clip, VideoStatus status = VideoStatus::Succeeded);
    void openDialog(QDialog &dialog);

    std::unique_ptr<test::TestCatalog> m_fixture;
    std::unique_ptr<DataLocation> m_location;
    QString m_clipA;
    QString m_clipB;
};

void TstReviewDialog::initTestCase()
{
    QVERIFY(kNoSoundServer);
    m_fixture = std::make_unique<test::TestCatalog>();
    QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
    m_location = std::make_unique<DataLocation>(m_fixture->dir());
    const QString media = QDir(m_fixture->dir()).filePath(QStringLiteral("media"));
    QVERIFY(QDir().mkpath(media));
    test::ClipSpec spec;
    spec.seconds = 4.0;
    QString error;
    m_clipA = test::makeClip(media, QStringLiteral("a.mp4"), spec, &error);
    QVERIFY2(!m_clipA.isEmpty(), qPrintable(error));
    spec.audioCodec.clear();
    m_clipB = test::makeClip(media, QStringLiteral("b.mp4"), spec, &error);
    QVERIFY2(!m_clipB.isEmpty(), qPrintable(error));
    QVERIFY(!test::makeImage(media, QStringLiteral("poster.png"), 640, 360).isEmpty());
}

Video TstReviewDialog::addVideo(const QString &title, const QString &clip, VideoStatus status)
{
    Video video;
    video.title = title;
    video.prompt = QStringLiteral("linen dress on a windy rooftop");
    video.kind = VideoKind::TextToVideo;
    video.status = status;
    video.filePath = clip.isEmpty() ? QString() : m_location->relative(clip);
    video.posterPath = QStringLiteral("media/poster.png");
    video.durationMs = 4000;
    video.width = 640;
    video.height = 360;
    video.createdAt = QDateTime::currentDateTimeUtc();
    Result<RowId> id = VideoStore(m_fixture->catalog()).create(video);
    video.id = id ? *id : 0;
    return video;
}

void TstReviewDialog::openDialog(QDialog &dialog)
{
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
}

void TstReviewDialog::notesAtThePlayheadJumpEditDeleteUndo()
{
    Catalog &catalog = m_fixture->catalog();
    const Video video = addVideo(QStringLiteral("Linen look, take 2"), m_clipA);
    QVERIFY(video.id > 0);
    ReviewDialog dialog(catalog, *m_location, video);
    openDialog(dialog);
    PlayerWidget *player = dialog.player();
    ReviewNotesPanel *panel = dialog.notesPanel();
    QVERIFY(dialog.windowTitle().contains(video.title));
    QVERIFY(player->hasFocus());

    // N while playing: pauses and keeps the moment; the note is written and added with Ctrl+Return.
    player->play();
    QTRY_VERIFY_WITH_TIMEOUT(player->position() > 700, 5000);
    QTest::keyClick(player, Qt::Key_N);
    QTRY_VERIFY(!player->isPlaying());
    const qint64 at = player->position();
    QVERIFY(at > 600);
    QTRY_VERIFY(panel->textField()->hasFocus());
    QTest::keyClicks(panel->textField(), QStringLiteral("hem creases, steam it"));
    QTest::qWait(300);
    QTest::keyClick(panel->textField(), Qt::Key_Return, Qt::ControlModifier);
    QList<ReviewNote> stored = notesOf(catalog, video.id);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.at(0).atMs, at);
    QCOMPARE(stored.at(0).text, QStringLiteral("hem creases, steam it"));
    QVERIFY(panel->textField()->text().isEmpty());
    QCOMPARE(panel->list()->count(), 1);
    QCOMPARE(panel->list()->item(0)->text(),
             QStringLiteral("%1  hem creases, steam it").arg(ReviewNotesPanel::positionText(at)));

    // Typing while it plays pauses at the moment typing began.
    player->seek(2000);
    player->play();
    QTRY_VERIFY_WITH_TIMEOUT(player->position() > 2300, 5000);
    panel->textField()->setFocus();
    QTest::keyClick(panel->textField(), Qt::Key_W);
    QTRY_VERIFY(!player->isPlaying());
    const qint64 typedAt = player->position();
    QTest::keyClicks(panel->textField(), QStringLiteral("ind noise"));
    QTest::qWait(200);
    QTest::keyClick(panel->textField(), Qt::Key_Return);
    stored = notesOf(catalog, video.id);
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.at(1).atMs, typedAt);
    QCOMPARE(stored.at(1).text, QStringLiteral("wind noise"));
    QCOMPARE(panel->list()->count(), 2);  // sorted by time
    QVERIFY(panel->list()->item(0)->text().endsWith(QStringLiteral("steam it")));

    // Selecting a note jumps there (paused).
    player->seek(3500);
    QTest::mouseClick(panel->list()->viewport(), Qt::LeftButton, {},
                      panel->list()->visualItemRect(panel->list()->item(0)).center());
    QTRY_COMPARE(player->position(), at);
    QVERIFY(!player->isPlaying());
    panel->list()->setFocus();
    QTest::keyClick(panel->list(), Qt::Key_Down);
    QTRY_COMPARE(player->position(), typedAt);

    // F2 edits the text only; Ctrl+Z puts it back, Ctrl+Shift+Z again.
    QTest::keyClick(panel->list(), Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    QCOMPARE(editor->text(), QStringLiteral("wind noise"));
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("wind noise, re-record"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(notesOf(catalog, video.id).at(1).text, QStringLiteral("wind noise, re-record"));
    QTRY_VERIFY(panel->list()->item(1)->text().endsWith(QStringLiteral("wind noise, re-record")));
    panel->list()->setFocus();
    QTest::keyClick(panel->list(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(notesOf(catalog, video.id).at(1).text, QStringLiteral("wind noise"));
    QTest::keyClick(panel->list(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(notesOf(catalog, video.id).at(1).text, QStringLiteral("wind noise, re-record"));

    // Del deletes the selected note; undo brings it back at the same moment; redo deletes again.
    panel->list()->setCurrentRow(0);
    QTest::keyClick(panel->list(), Qt::Key_Delete);
    stored = notesOf(catalog, video.id);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.at(0).text, QStringLiteral("wind noise, re-record"));
    panel->undoStack()->undo();
    stored = notesOf(catalog, video.id);
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.at(0).atMs, at);
    QCOMPARE(stored.at(0).text, QStringLiteral("hem creases, steam it"));
    panel->undoStack()->redo();
    QCOMPARE(notesOf(catalog, video.id).size(), 1);
    panel->undoStack()->undo();
    QCOMPARE(notesOf(catalog, video.id).size(), 2);
    // Undo through the whole history: the edits, then both additions, follow the re-added note.
    while (panel->undoStack()->canUndo())
        panel->undoStack()->undo();
    QCOMPARE(notesOf(catalog, video.id).size(), 0);
    while (panel->undoStack()->canRedo())
        panel->undoStack()->redo();
    stored = notesOf(catalog, video.id);
    QCOMPARE(stored.size(), 1);  // the last step deleted the first note again
    QCOMPARE(stored.at(0).text, QStringLiteral("wind noise, re-record"));
    panel->undoStack()->undo();
    QCOMPARE(notesOf(catalog, video.id).size(), 2);

    player->seek(at);
    QTest::qWait(400);
    saveScreenshot(&dialog, QStringLiteral("review-dialog"));
    dialog.reject();
    QVERIFY(!player->isPlaying());
}

void TstReviewDialog::exportsNotesAsCsv()
{
    Catalog &catalog = m_fixture->catalog();
    const Video video = addVideo(QStringLiteral("Export me"), m_clipB);
    ReviewDialog dialog(catalog, *m_location, video);
    openDialog(dialog);
    ReviewNotesPanel *panel = dialog.notesPanel();
    QVERIFY(panel->addNote(61'250, QStringLiteral("collar: \"too stiff\", try linen\nsecond line")).ok());
    QVERIFY(panel->addNote(1'500, QStringLiteral("plain note")).ok());

    QTemporaryDir out;
    QVERIFY(out.isValid());
    const QString path = QDir(out.path()).filePath(QStringLiteral("notes.csv"));
    QFileDialog *chooser = panel->openExportDialog();
    QVERIFY(chooser);
    QVERIFY(chooser->isVisible());
    QCOMPARE(chooser->acceptMode(), QFileDialog::AcceptSave);
    QVERIFY(chooser->selectedFiles().value(0).endsWith(QStringLiteral("Export me review notes.csv")));
    chooser->selectFile(path);
    static_cast<QDialog *>(chooser)->accept();  // as the Save button does
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(panel->statusText()));
    QCOMPARE(file.readAll(),
             QByteArray("time,seconds,note\r\n"
                        "0:00:01.500,1.500,plain note\r\n"
                        "0:01:01.250,61.250,\"collar: \"\"too stiff\"\", try linen\nsecond line\"\r\n"));
    QVERIFY2(panel->statusText().contains(QStringLiteral("notes.csv")), qPrintable(panel->statusText()));

    // A folder that cannot be written: a clear message, and the panel says it.
    const Status failed = panel->exportCsv(path + QStringLiteral("/inside-a-file.csv"));
    QVERIFY(!failed.ok());
    QVERIFY2(panel->statusText().contains(QStringLiteral("not exported")), qPrintable(panel->statusText()));
}

void TstReviewDialog::videoNotOnThisComputer()
{
    Catalog &catalog = m_fixture->catalog();
    const Video video = addVideo(QStringLiteral("Still in the cloud"), QString());
    ReviewDialog dialog(catalog, *m_location, video);
    openDialog(dialog);
    QCOMPARE(dialog.player()->message(), PlayerWidget::notOnThisComputerMessage());
    auto *shown = dialog.findChild<QLabel *>(QStringLiteral("playerMessage"));
    QVERIFY(shown && shown->isVisible());
    QCOMPARE(shown->text(), PlayerWidget::notOnThisComputerMessage());
    // Notes still work (at the start, the only moment there is).
    QTest::keyClick(dialog.player(), Qt::Key_N);
    QTest::keyClicks(dialog.notesPanel()->textField(), QStringLiteral("ask for a re-render"));
    QTest::keyClick(dialog.notesPanel()->textField(), Qt::Key_Return);
    const QList<ReviewNote> stored = notesOf(catalog, video.id);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.at(0).atMs, 0);
    QTest::qWait(200);
    saveScreenshot(&dialog, QStringLiteral("review-dialog-not-offline"));

    // Once the download lands, the same dialog plays it.
    Video downloaded = video;
    downloaded.filePath = m_location->relative(m_clipB);
    dialog.setVideo(downloaded);
    QVERIFY(dialog.player()->message().isEmpty());
    dialog.player()->play();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.player()->framesShown() > 0, 3000);
}

void TstReviewDialog::compareChoosesTheDefault()
{
    Catalog &catalog = m_fixture->catalog();
    const Video left = addVideo(QStringLiteral("Seed 000"), m_clipA);
    const Video right = addVideo(QStringLiteral("Seed 001"), m_clipB);
    QVERIFY(
        ReviewNoteStore(catalog).add(ReviewNote{0, right.id, 500, QStringLiteral("better light"), {}}).ok());
    CompareDialog dialog(catalog, *m_location, left, right);
    QSignalSpy chosen(&dialog, &CompareDialog::defaultChosen);
    openDialog(dialog);
    dialog.setCurrentDefault(left.id);
    QVERIFY(!dialog.makeDefaultButton(0)->isEnabled());
    QVERIFY(dialog.makeDefaultButton(1)->isEnabled());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("defaultBadge0"))->isVisible());
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("defaultBadge1"))->isVisible());

    QTest::mouseClick(dialog.makeDefaultButton(1), Qt::LeftButton);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.constFirst().constFirst().toLongLong(), right.id);
    QCOMPARE(dialog.currentDefault(), left.id);  // only the owner's answer moves the mark
    dialog.setCurrentDefault(right.id);
    QVERIFY(dialog.makeDefaultButton(0)->isEnabled());
    QVERIFY(!dialog.makeDefaultButton(1)->isEnabled());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("defaultBadge1"))->isVisible());
    QTest::mouseClick(dialog.makeDefaultButton(0), Qt::LeftButton);
    QCOMPARE(chosen.size(), 2);
    QCOMPARE(chosen.at(1).constFirst().toLongLong(), left.id);

    // Space plays both, and pauses both.
    dialog.leftPlayer()->setFocus();
    QTest::keyClick(dialog.leftPlayer(), Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.leftPlayer()->isPlaying() && dialog.rightPlayer()->isPlaying(), 3000);
    QCOMPARE(dialog.playBothButton()->text(), QStringLiteral("Pause Both"));
    QTRY_VERIFY_WITH_TIMEOUT(
        dialog.leftPlayer()->framesShown() > 0 && dialog.rightPlayer()->framesShown() > 0, 3000);
    QTest::keyClick(dialog.leftPlayer(), Qt::Key_Space);
    QTRY_VERIFY(!dialog.leftPlayer()->isPlaying() && !dialog.rightPlayer()->isPlaying());

    // Synced: a step on one side moves the other to the same moment.
    QVERIFY(dialog.isSynced());
    QTest::keyClick(dialog.leftPlayer(), Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(dialog.rightPlayer()->position(), dialog.leftPlayer()->position());
    QTest::keyClick(dialog.rightPlayer(), Qt::Key_Right);
    QCOMPARE(dialog.leftPlayer()->position(), dialog.rightPlayer()->position());
    dialog.setSynced(false);
    const qint64 rightAt = dialog.rightPlayer()->position();
    QTest::keyClick(dialog.leftPlayer(), Qt::Key_Home);
    QCOMPARE(dialog.rightPlayer()->position(), rightAt);

    // A failed video cannot become the default.
    const Video failed = addVideo(QStringLiteral("Seed 002"), m_clipB, VideoStatus::Failed);
    CompareDialog other(catalog, *m_location, left, failed);
    QVERIFY(!other.makeDefaultButton(1)->isEnabled());

    // Both pictures follow a synced seek (two players at once used to stall each other).
    dialog.setSynced(true);
    const int leftFrames = dialog.leftPlayer()->framesShown();
    const int rightFrames = dialog.rightPlayer()->framesShown();
    dialog.leftPlayer()->seek(1200);
    dialog.rightPlayer()->seek(1200);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.leftPlayer()->player()->position(), 1200, 3000);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.rightPlayer()->player()->position(), 1200, 3000);
    QTRY_VERIFY_WITH_TIMEOUT(
        dialog.leftPlayer()->framesShown() > leftFrames && dialog.rightPlayer()->framesShown() > rightFrames,
        3000);
    QVERIFY(dialog.leftPlayer()->isShowingPicture() && dialog.rightPlayer()->isShowingPicture());
    QTest::qWait(300);
    saveScreenshot(&dialog, QStringLiteral("compare-dialog"));
}

QTEST_MAIN(TstReviewDialog)
#include "tst_reviewdialog.moc"
