// PlayerWidget under Xvfb with real H.264 files made by the ffmpeg CLI, and no audio device (no
// sound server: PULSE_SERVER points nowhere). Frames are counted on the QVideoSink, never read from
// the widget (QVideoWidget::grab() does not capture them).
#include "mediafixtures.h"
#include "player/playercontrols.h"
#include "player/playerwidget.h"
#include "testcatalog.h"

#include <QAudioDevice>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QMediaDevices>
#include <QMediaPlayer>
#include <QPointer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QVideoFrame>
#include <QVideoSink>
#include <QVideoWidget>

#include <cmath>

using namespace storyreel;

namespace {

// Before QApplication: no sound server can be reached, whatever the machine has.
const bool kNoSoundServer = [] {
    qputenv("PULSE_SERVER", "unix:/nonexistent/storyreel-no-pulse");
    return true;
}();

// Counts what reaches the sink, independently of the widget's own bookkeeping.
struct FrameCounter
{
    explicit FrameCounter(QVideoSink *sink)
    {
        QObject::connect(sink, &QVideoSink::videoFrameChanged, &context, [this](const QVideoFrame &frame) {
            if (!frame.isValid())
                return;
            ++count;
            last = frame;
        });
    }
    QObject context;
    int count = 0;
    QVideoFrame last;
};

// Mean absolute difference of two pictures, both scaled to 96×54 grey: 0 when identical.
double difference(const QImage &a, const QImage &b)
{
    const QSize size(96, 54);
    const QImage x = a.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                         .convertToFormat(QImage::Format_Grayscale8);
    const QImage y = b.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                         .convertToFormat(QImage::Format_Grayscale8);
    double sum = 0;
    for (int row = 0; row < size.height(); ++row) {
        const uchar *p = x.constScanLine(row);
        const uchar *q = y.constScanLine(row);
        for (int column = 0; column < size.width(); ++column)
            sum += std::abs(int(p[column]) - int(q[column]));
    }
    return sum / (size.width() * size.height());
}

// Which frame of `path` the picture is, among the expected one and its neighbours, as the ffmpeg
// CLI decodes them (independent of the player): the start of that frame in ms, -1 if none decoded.
qint64 matchingFrame(const QImage &shown, const QString &path, qint64 expectedMs, qint64 frameMs)
{
    qint64 best = -1;
    double bestDifference = 1e9;
    for (qint64 ms : {expectedMs - frameMs, expectedMs, expectedMs + frameMs}) {
        if (ms < 0)
            continue;
        const QImage reference = test::frameAt(path, double(ms) / 1000.0);
        if (reference.isNull())
            continue;
        if (const double d = difference(shown, reference); d < bestDifference) {
            bestDifference = d;
            best = ms;
        }
    }
    return best;
}

}  // namespace

class TstPlayer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void firstFrameThenEnd_data();
    void firstFrameThenEnd();
    void loopWrapsInsteadOfEnding();
    void frameStepMovesOneFrame();
    void keysDriveTransport();
    void rewindStepsBackUntilStopped();
    void speedSetsPlaybackRate();
    void fullScreenAndBack();
    void missingFileSaysSo();
    void corruptFileReportsAnError_data();
    void corruptFileReportsAnError();
    void seeksBeforeLoadedAreKept();

private:
    void showPlayer(PlayerWidget &player);
    QTemporaryDir m_dir;
    QString m_withAudio;
    QString m_silent;
    QString m_long;
    QString m_poster;
};

void TstPlayer::initTestCase()
{
    QVERIFY(kNoSoundServer);
    QVERIFY(m_dir.isValid());
    // The scenario under test: no audio device at all.
    QVERIFY2(QMediaDevices::audioOutputs().isEmpty(), "this test expects no audio device");
    test::ClipSpec clip;
    clip.width = 640;
    clip.height = 360;
    clip.seconds = 2.0;
    clip.fps = 25;
    QString error;
    m_withAudio = test::makeClip(m_dir.path(), QStringLiteral("with-audio.mp4"), clip, &error);
    QVERIFY2(!m_withAudio.isEmpty(), qPrintable(error));
    clip.audioCodec.clear();
    m_silent = test::makeClip(m_dir.path(), QStringLiteral("silent.mp4"), clip, &error);
    QVERIFY2(!m_silent.isEmpty(), qPrintable(error));
    QVERIFY(test::ffprobeStream(test::ffprobe(m_withAudio), QStringLiteral("audio")).size() > 0);
    QVERIFY(test::ffprobeStream(test::ffprobe(m_silent), QStringLiteral("audio")).isEmpty());
    clip.width = 320;
    clip.height = 180;
    clip.seconds = 12.0;
    m_long = test::makeClip(m_dir.path(), QStringLiteral("long.mp4"), clip, &error);
    QVERIFY2(!m_long.isEmpty(), qPrintable(error));
    m_poster = test::makeImage(m_dir.path(), QStringLiteral("poster.png"), 640, 360);
    QVERIFY(!m_poster.isEmpty());
}

void TstPlayer::showPlayer(PlayerWidget &player)
{
    player.resize(720, 460);
    player.show();
    QVERIFY(QTest::qWaitForWindowExposed(&player));
    player.activateWindow();
    player.setFocus();
}

void TstPlayer::firstFrameThenEnd_data()
{
    QTest::addColumn<bool>("audio");
    QTest::newRow("with audio track") << true;
    QTest::newRow("without audio track") << false;
}

void TstPlayer::firstFrameThenEnd()
{
    QFETCH(bool, audio);
    PlayerWidget player;
    showPlayer(player);
    QVERIFY(player.player()->audioOutput() == nullptr);  // no device: played without an output
    FrameCounter frames(player.videoSink());
    QSignalSpy first(&player, &PlayerWidget::firstFrameShown);
    QSignalSpy ended(&player, &PlayerWidget::endReached);
    QSignalSpy failed(&player, &PlayerWidget::errorOccurred);
    player.setSource(audio ? m_withAudio : m_silent, m_poster);
    // Loading: the poster is up, no picture yet.
    QVERIFY(!player.isShowingPicture());
    QCOMPARE(frames.count, 0);
    QVERIFY(player.message().isEmpty());

    QElapsedTimer clock;
    clock.start();
    player.play();
    // Whether the picture comes, not how fast: the time is reported (a loaded machine takes longer).
    QTRY_VERIFY_WITH_TIMEOUT(frames.count > 0, 10000);
    qInfo("first frame after %lld ms", clock.elapsed());
    QTRY_COMPARE_WITH_TIMEOUT(first.size(), 1, 500);
    QVERIFY(player.isShowingPicture());  // the poster made way for the picture
    QVERIFY(player.isPlaying());

    QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 6000);
    QVERIFY2(failed.isEmpty(),
             failed.isEmpty() ? "" : qPrintable(failed.constFirst().constFirst().toString()));
    QVERIFY(!player.isPlaying());
    QVERIFY2(frames.count >= 10, qPrintable(QString::number(frames.count)));  // it played, not one still
    QCOMPARE(first.size(), 1);
    QCOMPARE(player.frameDurationMs(), 40);  // 25 fps from the stream's metadata

    // After the end: Left shows the frame before the end, and Space plays again from the start of
    // that last stretch to the end.
    const int framesAtEnd = frames.count;
    QTest::keyClick(&player, Qt::Key_Left);
    QTRY_VERIFY_WITH_TIMEOUT(frames.count > framesAtEnd, 3000);
    QVERIFY2(player.position() >= 1900 && player.position() < 2000,
             qPrintable(QString::number(player.position())));
    QTest::keyClick(&player, Qt::Key_Home);
    QTRY_COMPARE(player.position(), 0);
    QTest::keyClick(&player, Qt::Key_Space);
    QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 2, 6000);
    QVERIFY(failed.isEmpty());

    const QImage frame = frames.last.toImage();
    QCOMPARE(frame.size(), QSize(640, 360));
    const QDir artifacts(test::artifactsDir());
    const QString suffix = audio ? QStringLiteral("audio") : QStringLiteral("silent");
    QVERIFY(frame.save(artifacts.filePath(QStringLiteral("player-lastframe-%1.png").arg(suffix))));
    QVERIFY(player.grab().save(artifacts.filePath(QStringLiteral("player-chrome-%1.png").arg(suffix))));
}

void TstPlayer::loopWrapsInsteadOfEnding()
{
    PlayerWidget player;
    showPlayer(player);
    QSignalSpy ended(&player, &PlayerWidget::endReached);
    player.setSource(m_silent);
    player.setLooping(true);
    QVERIFY(player.controls()->loopButton()->isChecked());
    QCOMPARE(player.player()->loops(), int(QMediaPlayer::Infinite));
    player.play();
    QTRY_VERIFY_WITH_TIMEOUT(player.position() > 1500, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(player.position() < 1000, 4000);  // wrapped to the start
    QVERIFY(player.isPlaying());
    QCOMPARE(ended.size(), 0);

    // Off again: the next end ends.
    QTest::mouseClick(player.controls()->loopButton(), Qt::LeftButton);
    QVERIFY(!player.isLooping());
    QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 5000);
}

void TstPlayer::frameStepMovesOneFrame()
{
    PlayerWidget player;
    showPlayer(player);
    FrameCounter frames(player.videoSink());
    player.setSource(m_silent);
    player.play();
    QTRY_VERIFY_WITH_TIMEOUT(player.position() > 400, 4000);
    QTest::keyClick(&player, Qt::Key_K);
    QTRY_VERIFY(!player.isPlaying());
    QTest::qWait(300);
    const qint64 before = player.position();
    const int framesBefore = frames.count;

    QTest::keyClick(&player, Qt::Key_Right);
    QVERIFY(!player.isPlaying());
    const qint64 after = player.position();
    QCOMPARE(after, (qRound(before / 40.0) + 1) * 40);  // the next frame on the 25 fps grid
    QTRY_VERIFY_WITH_TIMEOUT(frames.count > framesBefore, 2000);
    QTest::qWait(300);
    // The picture is that frame, as ffmpeg decodes it, not its neighbour.
    QCOMPARE(matchingFrame(frames.last.toImage(), m_silent, after, 40), after);

    QTest::keyClick(&player, Qt::Key_Right);
    QCOMPARE(player.position(), after + 40);
    QTest::keyClick(&player, Qt::Key_Left);
    QTest::keyClick(&player, Qt::Key_Left);
    QCOMPARE(player.position(), after - 40);  // quick presses add up before the pictures come
    QTest::qWait(900);
    QCOMPARE(player.player()->position(), after - 40);
    QCOMPARE(matchingFrame(frames.last.toImage(), m_silent, after - 40, 40), after - 40);
    // The buttons do the same.
    QTest::mouseClick(player.controls()->frameForwardButton(), Qt::LeftButton);
    QCOMPARE(player.position(), after);
    QVERIFY(player.hasFocus());  // clicking a control leaves the keys on the player
}

void TstPlayer::keysDriveTransport()
{
    PlayerWidget player;
    showPlayer(player);
    QSignalSpy seeked(&player, &PlayerWidget::userSeeked);
    player.setSource(m_long);
    QTRY_VERIFY_WITH_TIMEOUT(player.duration() > 11000, 4000);

    QTest::keyClick(&player, Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(player.isPlaying(), 2000);
    QTest::keyClick(&player, Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(!player.isPlaying(), 2000);

    // L plays, then speeds up; K pauses.
    QTest::keyClick(&player, Qt::Key_L);
    QTRY_VERIFY_WITH_TIMEOUT(player.isPlaying(), 2000);
    QCOMPARE(player.playbackRate(), 1.0);
    QTest::keyClick(&player, Qt::Key_L);
    QCOMPARE(player.playbackRate(), 1.5);
    QTest::keyClick(&player, Qt::Key_L);
    QCOMPARE(player.playbackRate(), 2.0);
    QTest::keyClick(&player, Qt::Key_L);
    QCOMPARE(player.playbackRate(), 2.0);  // the fastest
    QCOMPARE(player.controls()->speedBox()->currentData().toDouble(), 2.0);
    QTest::keyClick(&player, Qt::Key_K);
    QTRY_VERIFY_WITH_TIMEOUT(!player.isPlaying(), 2000);
    QTest::keyClick(&player, Qt::Key_L);
    QCOMPARE(player.playbackRate(), 1.0);  // L from a pause starts at normal speed
    QTRY_VERIFY_WITH_TIMEOUT(player.position() > 300, 3000);

    // While playing, arrows jump 5 s; with Shift 1 s.
    qint64 at = player.position();
    QTest::keyClick(&player, Qt::Key_Right);
    QVERIFY2(player.position() >= at + 4900, qPrintable(QString::number(player.position() - at)));
    at = player.position();
    QTest::keyClick(&player, Qt::Key_Left);
    QVERIFY2(qAbs(player.position() - (at - 5000)) < 300,
             qPrintable(QString::number(player.position() - at)));
    at = player.position();
    QTest::keyClick(&player, Qt::Key_Right, Qt::ShiftModifier);
    QVERIFY2(qAbs(player.position() - (at + 1000)) < 300,
             qPrintable(QString::number(player.position() - at)));
    QVERIFY(player.isPlaying());

    QTest::keyClick(&player, Qt::Key_K);
    QTRY_VERIFY(!player.isPlaying());
    at = player.position();
    QTest::keyClick(&player, Qt::Key_Left, Qt::ShiftModifier);
    QCOMPARE(player.position(), at - 1000);

    QTest::keyClick(&player, Qt::Key_End);
    QVERIFY(!player.isPlaying());
    QCOMPARE(player.position(), player.duration() - 40);
    QTest::keyClick(&player, Qt::Key_Home);
    QCOMPARE(player.position(), 0);
    QVERIFY(seeked.size() >= 6);
    QCOMPARE(seeked.constLast().constFirst().toLongLong(), 0);

    // Ctrl combinations are not the player's.
    QVERIFY(!player.handleKey(Qt::Key_Space, Qt::ControlModifier));
    QVERIFY(!player.handleKey(Qt::Key_Escape, Qt::NoModifier));  // not full screen: the dialog's
}

void TstPlayer::rewindStepsBackUntilStopped()
{
    PlayerWidget player;
    showPlayer(player);
    player.setSource(m_long);
    QTRY_VERIFY_WITH_TIMEOUT(player.duration() > 11000, 4000);
    player.seek(9000);
    QTest::keyClick(&player, Qt::Key_J);
    QVERIFY(player.isRewinding());
    QVERIFY(!player.isPlaying());
    QCOMPARE(player.position(), 8000);  // one step at once
    QTRY_VERIFY_WITH_TIMEOUT(player.position() <= 7000, 1500);
    QTest::keyClick(&player, Qt::Key_J);  // faster
    QTRY_VERIFY_WITH_TIMEOUT(player.position() <= 4000, 2500);
    QTest::keyClick(&player, Qt::Key_K);
    QVERIFY(!player.isRewinding());
    const qint64 stopped = player.position();
    QTest::qWait(900);
    QCOMPARE(player.position(), stopped);  // K stopped it

    QTest::keyClick(&player, Qt::Key_J);
    QVERIFY(player.isRewinding());
    QTest::keyClick(&player, Qt::Key_Space);  // Space stops rewinding (and stays paused)
    QVERIFY(!player.isRewinding());
    QVERIFY(!player.isPlaying());

    // Rewinding stops by itself at the start.
    player.seek(1500);
    QTest::keyClick(&player, Qt::Key_J);
    QTRY_VERIFY_WITH_TIMEOUT(!player.isRewinding(), 2000);
    QCOMPARE(player.position(), 0);
}

void TstPlayer::speedSetsPlaybackRate()
{
    PlayerWidget player;
    showPlayer(player);
    player.setSource(m_long);
    QComboBox *speed = player.controls()->speedBox();
    QCOMPARE(speed->count(), 5);
    for (int index = 0; index < speed->count(); ++index) {
        speed->setCurrentIndex(index);
        Q_EMIT speed->activated(index);  // as a choice in the menu
        QCOMPARE(player.playbackRate(), PlayerWidget::playbackRates().at(index));
    }
    player.setPlaybackRate(0.4);  // the nearest offered
    QCOMPARE(player.playbackRate(), 0.5);
    QCOMPARE(speed->currentData().toDouble(), 0.5);

    // 2× really plays faster than real time.
    player.setPlaybackRate(2.0);
    player.play();

    QTRY_VERIFY_WITH_TIMEOUT(player.position() > 200, 4000);
    const qint64 from = player.position();
    QElapsedTimer clock;
    clock.start();
    QTest::qWait(1500);
    const double ratio = double(player.position() - from) / double(clock.elapsed());
    qInfo("2x played at %.2fx", ratio);
    QCOMPARE(player.player()->playbackRate(), 2.0);  // the player got it once it could take it
    QVERIFY2(ratio > 1.4, qPrintable(QString::number(ratio)));
}

void TstPlayer::fullScreenAndBack()
{
    PlayerWidget player;
    showPlayer(player);
    player.setSource(m_silent, m_poster);
    QSignalSpy changed(&player, &PlayerWidget::fullScreenChanged);
    QTest::keyClick(&player, Qt::Key_F);
    QVERIFY(player.isFullScreenPlayback());
    QPointer<QWidget> host = player.videoWidget()->window();
    QVERIFY(host != player.window());
    QTRY_VERIFY_WITH_TIMEOUT(host->isFullScreen(), 2000);
    QVERIFY(QTest::qWaitForWindowExposed(host));
    // The keys still work there; Esc comes back.
    QTest::keyClick(host, Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(player.isPlaying(), 2000);
    QTest::keyClick(host, Qt::Key_K);
    QTRY_VERIFY(!player.isPlaying());
    QTest::keyClick(host, Qt::Key_Escape);
    QVERIFY(!player.isFullScreenPlayback());
    QCOMPARE(player.videoWidget()->window(), player.window());
    QTRY_VERIFY(host.isNull());  // the full-screen window is gone
    QCOMPARE(changed.size(), 2);

    // Double-click on the picture toggles it too; so does the button.
    QTRY_VERIFY(player.isShowingPicture());
    QTest::mouseDClick(player.videoWidget(), Qt::LeftButton);
    QVERIFY(player.isFullScreenPlayback());
    QTest::mouseClick(player.controls()->fullScreenButton(), Qt::LeftButton);
    QVERIFY(!player.isFullScreenPlayback());
    QCOMPARE(changed.size(), 4);
}

void TstPlayer::missingFileSaysSo()
{
    PlayerWidget player;
    showPlayer(player);
    QSignalSpy failed(&player, &PlayerWidget::errorOccurred);
    const QString missing = QDir(m_dir.path()).filePath(QStringLiteral("not-downloaded.mp4"));
    player.setSource(missing, m_poster);
    QCOMPARE(player.message(), PlayerWidget::notOnThisComputerMessage());
    QVERIFY(player.message().contains(QStringLiteral("Make it available offline")));
    QVERIFY(!player.isShowingPicture());
    QVERIFY(!player.controls()->playButton()->isEnabled());
    player.play();
    for (Qt::Key key :
         {Qt::Key_Space, Qt::Key_L, Qt::Key_J, Qt::Key_Right, Qt::Key_Left, Qt::Key_End, Qt::Key_Home})
        QTest::keyClick(&player, key);
    player.stepFrames(1);
    QTest::qWait(300);
    QVERIFY(!player.isPlaying());
    QVERIFY(!player.isRewinding());
    QCOMPARE(player.message(), PlayerWidget::notOnThisComputerMessage());
    QVERIFY(failed.isEmpty());  // a state, not a failure
    QVERIFY(player.grab().save(QDir(test::artifactsDir()).filePath(QStringLiteral("player-missing.png"))));

    // The same widget then plays a file that is there, and the message goes.
    player.setSource(m_silent);
    QVERIFY(player.message().isEmpty());
    QVERIFY(player.controls()->playButton()->isEnabled());
}

void TstPlayer::corruptFileReportsAnError_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("garbage bytes") << QStringLiteral("garbage");
    QTest::newRow("truncated mp4") << QStringLiteral("truncated");
    QTest::newRow("empty file") << QStringLiteral("empty");
}

void TstPlayer::corruptFileReportsAnError()
{
    QFETCH(QString, kind);
    QString path;
    if (kind == QStringLiteral("garbage")) {
        QByteArray bytes(200'000, Qt::Uninitialized);
        QRandomGenerator generator(7);
        for (char &byte : bytes)
            byte = char(generator.bounded(256));
        path = test::writeBytes(QDir(m_dir.path()).filePath(QStringLiteral("garbage.mp4")), bytes);
    } else if (kind == QStringLiteral("truncated")) {
        path = test::truncatedCopy(m_withAudio, QDir(m_dir.path()).filePath(QStringLiteral("truncated.mp4")),
                                   QFileInfo(m_withAudio).size() / 2);
    } else {
        path = test::writeBytes(QDir(m_dir.path()).filePath(QStringLiteral("empty.mp4")), QByteArray());
    }
    QVERIFY(QFileInfo::exists(path));
    PlayerWidget player;
    showPlayer(player);
    QSignalSpy failed(&player, &PlayerWidget::errorOccurred);
    QSignalSpy ended(&player, &PlayerWidget::endReached);
    player.setSource(path, m_poster);
    player.play();
    QTRY_VERIFY2_WITH_TIMEOUT(!failed.isEmpty(),
                              qPrintable(QStringLiteral("status %1, state %2, has video %3")
                                             .arg(int(player.player()->mediaStatus()))
                                             .arg(int(player.player()->playbackState()))
                                             .arg(player.player()->hasVideo())),
                              8000);
    QVERIFY(!player.message().isEmpty());
    QCOMPARE(failed.constFirst().constFirst().toString(), player.message());
    QVERIFY(ended.isEmpty());  // never mistaken for a video that played to its end
    QVERIFY(!player.isShowingPicture());
    qInfo("%s: %s", qPrintable(kind), qPrintable(player.message()));
    // Poking it further does not crash.
    player.play();
    QTest::keyClick(&player, Qt::Key_Right);
    QTest::keyClick(&player, Qt::Key_J);
    QTest::qWait(300);
    QTest::keyClick(&player, Qt::Key_K);
    QVERIFY(player.grab().save(
        QDir(test::artifactsDir()).filePath(QStringLiteral("player-corrupt-%1.png").arg(kind))));
}

void TstPlayer::seeksBeforeLoadedAreKept()
{
    // Jumping to a note in a video that was never played: a paused picture at that moment.
    PlayerWidget player;
    showPlayer(player);
    FrameCounter frames(player.videoSink());
    player.setSource(m_long);
    player.seek(1520);
    QCOMPARE(player.position(), 1520);
    QTRY_VERIFY_WITH_TIMEOUT(frames.count > 0, 3000);
    QTRY_COMPARE_WITH_TIMEOUT(player.player()->position(), 1520, 3000);
    QTest::qWait(300);
    QCOMPARE(matchingFrame(frames.last.toImage(), m_long, 1520, 40), 1520);
    QVERIFY(!player.isPlaying());
    QCOMPARE(player.player()->playbackState(), QMediaPlayer::PausedState);
    QCOMPARE(player.position(), 1520);
    QCOMPARE(player.controls()->scrubber()->value(), 1520);

    // Paused and moved while it is still loading (QMediaPlayer drops seeks until then).
    PlayerWidget second;
    showPlayer(second);
    FrameCounter secondFrames(second.videoSink());
    second.setSource(m_silent);
    second.play();
    QTRY_VERIFY_WITH_TIMEOUT(secondFrames.count > 0, 3000);
    second.pause();
    second.seek(1000);
    QTRY_COMPARE_WITH_TIMEOUT(second.player()->position(), 1000, 3000);
    QTest::qWait(300);
    QCOMPARE(matchingFrame(secondFrames.last.toImage(), m_silent, 1000, 40), 1000);
    QVERIFY(!second.isPlaying());
}

QTEST_MAIN(TstPlayer)
#include "tst_player.moc"
