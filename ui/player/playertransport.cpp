// PlayerWidget's transport: play, pause, stop and seek, scheduled around Qt 6.4's GStreamer player.
// Measured here: its pause and seek wait on the GUI thread for a state change to finish, while the
// change waits on the GUI thread to start or feed the video surface, so the call stalls (about 1 s)
// and the picture is lost ("Failed to start video surface due to main thread blocked", then
// "Internal data stream error"); and it drops seeks until the media has loaded. So the widget
// never pauses a pipeline that has not shown its first picture, and a seek waits until the media
// has loaded, the last play or pause has landed and the last seek has its picture.
#include "playercontrols.h"
#include "playerwidget.h"

#include <QAudioOutput>
#include <QMediaPlayer>
#include <QTimer>
#include <QUrl>

namespace storyreel {

namespace {
constexpr qint64 kStateLandsMs = 250;  // a play or pause settles in the pipeline
constexpr qint64 kSeekLandsMs = 500;   // at most this long for a seek's picture
constexpr int kNotReadyRetryMs = 40;
constexpr int kFirstPictureMs = 1200;  // a loaded file shows its first picture well within this
constexpr int kRecoveries = 2;         // reloads per source, for a stuck or tripped pipeline
}  // namespace

bool PlayerWidget::isPlayable() const
{
    // A missing or broken file shows its message and nothing moves.
    return !m_player->source().isEmpty() && m_message.isEmpty();
}

bool PlayerWidget::isPlaying() const
{
    return m_player->playbackState() == QMediaPlayer::PlayingState && !m_pauseOnFrame && m_message.isEmpty();
}

void PlayerWidget::play()
{
    stopRewind();
    if (!isPlayable())
        return;
    m_wantPlaying = true;
    setPauseOnFrame(false);
    m_player->play();
    m_sinceStateChange.start();
    armPictureWatchdog();
    emitPlayingChanged();
}

void PlayerWidget::pause()
{
    if (!isPlayable())
        return;
    m_wantPlaying = false;
    if (!pipelineSettled()) {
        // Before the first picture it plays, muted, and pauses on that picture once loaded.
        qCDebug(lcPlayer) << "pause on the first picture";
        setPauseOnFrame(true);
        if (m_player->playbackState() != QMediaPlayer::PlayingState) {
            m_player->play();
            m_sinceStateChange.start();
        }
        armPictureWatchdog();
        emitPlayingChanged();
        return;
    }
    setPauseOnFrame(false);
    if (m_player->playbackState() != QMediaPlayer::PausedState) {
        m_player->pause();
        m_sinceStateChange.start();
    }
    emitPlayingChanged();
}

void PlayerWidget::stop()
{
    stopRewind();
    m_wantPlaying = false;
    m_pendingSeek = -1;
    setPauseOnFrame(false);
    m_player->stop();
    emitPlayingChanged();
}

void PlayerWidget::togglePlayPause()
{
    if (isPlaying())
        pause();
    else
        play();
}

bool PlayerWidget::pipelineSettled() const
{
    // The first picture arrived and loading ended a moment ago: pausing during the load stalls the
    // pipeline, and pausing as it ends trips it ("Internal data stream error", measured).
    const QMediaPlayer::MediaStatus status = m_player->mediaStatus();
    return m_prerolled && status != QMediaPlayer::LoadingMedia && status != QMediaPlayer::NoMedia &&
           m_sinceLoaded.isValid() && m_sinceLoaded.elapsed() >= kStateLandsMs;
}

void PlayerWidget::setPauseOnFrame(bool on)
{
    m_pauseOnFrame = on;
    if (m_audio)
        m_audio->setMuted(on);
    if (on)
        m_settleTimer->start();
    else if (m_pendingSeek < 0)
        m_settleTimer->stop();
}

void PlayerWidget::seek(qint64 positionMs)
{
    if (!isPlayable())
        return;
    const qint64 target = clamped(positionMs);
    m_heldTarget = isPlaying() ? -1 : target;
    m_controls->setPosition(target);
    // The newest target replaces one still waiting: dragging the scrubber sends many.
    m_pendingSeek = target;
    if (m_player->playbackState() == QMediaPlayer::StoppedState)
        pause();  // from a stop, the picture at the target is shown paused
    // Only the wait for a first picture (or for the media to load) can be endless: that one ends.
    if ((!pipelineSettled() || !m_player->isSeekable()) && !m_settleTimer->isActive())
        m_settleTimer->start();
    settle(false);
}

qint64 PlayerWidget::seekDelay() const
{
    if (!pipelineSettled() || m_pauseOnFrame || !m_player->isSeekable())
        return kNotReadyRetryMs;
    qint64 delay = 0;
    if (m_sinceStateChange.isValid())
        delay = qMax(delay, kStateLandsMs - m_sinceStateChange.elapsed());
    if (m_seekInFlight.isValid())
        delay = qMax(delay, kSeekLandsMs - m_seekInFlight.elapsed());
    return delay;
}

void PlayerWidget::settle(bool force)
{
    // The first picture is there (or the wait is over): pause on it.
    if (m_pauseOnFrame && (pipelineSettled() || force)) {
        qCDebug(lcPlayer) << "pausing on the first picture" << (force ? "(gave up waiting)" : "");
        setPauseOnFrame(false);
        m_player->pause();
        m_sinceStateChange.start();
    }
    if (m_rateDirty && isPlayable()) {
        const qint64 delay = force ? 0 : seekDelay();
        if (delay > 0) {
            m_seekRetry->start(int(delay));
            emitPlayingChanged();
            return;  // the seek after it waits too
        }
        m_rateDirty = false;
        m_seekInFlight.start();
        m_player->setPlaybackRate(m_rate);
    }
    if (m_pendingSeek >= 0) {
        const qint64 delay = force ? 0 : seekDelay();
        if (delay > 0) {
            m_seekRetry->start(int(delay));
        } else {
            const qint64 target = m_pendingSeek;
            m_pendingSeek = -1;
            m_seekInFlight.start();
            qCDebug(lcPlayer) << "seek" << target << (force ? "(gave up waiting)" : "");
            m_player->setPosition(target);
        }
    }
    if (!m_pauseOnFrame && m_pendingSeek < 0 && !m_rateDirty)
        m_settleTimer->stop();
    emitPlayingChanged();
}

void PlayerWidget::armPictureWatchdog()
{
    if (!m_prerolled && !m_pictureWatchdog->isActive())
        m_pictureWatchdog->start(kFirstPictureMs);
}

void PlayerWidget::onPictureTimeout()
{
    // Measured: now and then (two players, one just paused) a loaded pipeline never hands its
    // first picture to the video sink and waits forever. Loading it again gets it going.
    const QMediaPlayer::MediaStatus status = m_player->mediaStatus();
    if (m_prerolled || !isPlayable() || m_player->playbackState() == QMediaPlayer::StoppedState ||
        status == QMediaPlayer::LoadingMedia || status == QMediaPlayer::NoMedia || !m_player->hasVideo() ||
        m_recoveries >= kRecoveries)
        return;
    qCWarning(lcPlayer) << "no picture" << kFirstPictureMs << "ms after loading:" << m_source;
    reload(m_wantPlaying);
}

bool PlayerWidget::recoverFromError()
{
    // A file that loaded (or showed pictures) is not broken: an error now is the pipeline
    // tripping over a state change (measured: "Internal data stream error" as loading ends, now
    // and then). It is loaded again where it was, as it was, once or twice; damaged files fail
    // while loading and keep their message.
    if ((m_framesShown == 0 && !m_sinceLoaded.isValid()) || m_recoveries >= kRecoveries)
        return false;
    if (m_pendingSeek < 0)
        m_pendingSeek = m_heldTarget >= 0 ? m_heldTarget : m_lastGoodPosition;
    qCWarning(lcPlayer) << "recovering from a playback error at" << m_pendingSeek << "ms:" << m_source;
    reload(m_wantPlaying);
    return true;
}

void PlayerWidget::reload(bool playAfter)
{
    ++m_recoveries;
    m_sinceReload.start();
    const qint64 pendingSeek = m_pendingSeek;
    const QUrl url = m_player->source();
    m_player->stop();
    m_player->setSource(QUrl());
    m_player->setSource(url);
    m_prerolled = false;
    m_loadWatchdog->start();
    m_pendingSeek = pendingSeek;
    if (playAfter) {
        setPauseOnFrame(false);
        m_player->play();
        m_sinceStateChange.start();
        armPictureWatchdog();
    } else {
        pause();
    }
    if (m_pendingSeek >= 0 && !m_settleTimer->isActive())
        m_settleTimer->start();
    emitPlayingChanged();
}

void PlayerWidget::emitPlayingChanged()
{
    const bool playing = isPlaying();
    m_controls->setPlaying(playing);
    if (playing == m_lastPlaying)
        return;
    m_lastPlaying = playing;
    Q_EMIT playingChanged(playing);
}

qint64 PlayerWidget::position() const
{
    return m_pendingSeek >= 0 ? m_pendingSeek : m_player->position();
}

}  // namespace storyreel
