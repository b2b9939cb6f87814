#include "playerwidget.h"

#include "playercontrols.h"
#include "posterview.h"

#include <QAudioDevice>
#include <QAudioOutput>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMediaDevices>
#include <QMediaMetaData>
#include <QMediaPlayer>
#include <QMouseEvent>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>
#include <QVideoFrame>
#include <QVideoSink>
#include <QVideoWidget>

#include <cmath>

Q_LOGGING_CATEGORY(lcPlayer, "storyreel.ui.player")

namespace storyreel {

namespace {
constexpr double kFallbackFrameRate = 30.0;
}  // namespace

PlayerWidget::PlayerWidget(QWidget *parent)
    : QWidget(parent),
      m_player(new QMediaPlayer(this)),
      m_surface(new QWidget(this)),
      m_stage(new QWidget(m_surface)),
      m_poster(new PosterView(m_stage)),
      m_video(new QVideoWidget(m_stage)),
      m_controls(new PlayerControls(m_surface)),
      m_rewind(new QTimer(this)),
      m_settleTimer(new QTimer(this)),
      m_seekRetry(new QTimer(this)),
      m_loadWatchdog(new QTimer(this)),
      m_pictureWatchdog(new QTimer(this))
{
    setObjectName(QStringLiteral("player"));
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Video player"));
    setToolTip(
        tr("Space play/pause · J/K/L rewind, pause, play faster · Left/Right frame (5 s while "
           "playing) · Shift+Left/Right 1 s · Home/End · F full screen"));
    buildUi();
    connectPlayer();
    attachAudioOutput();
    // Audio devices come and go (a headset is plugged in); the output follows them.
    auto *devices = new QMediaDevices(this);
    connect(devices, &QMediaDevices::audioOutputsChanged, this, &PlayerWidget::attachAudioOutput);
    connect(m_rewind, &QTimer::timeout, this, &PlayerWidget::rewindStep);
    // Should no picture come (a file without video), the waiting pause and seek go ahead anyway.
    m_settleTimer->setSingleShot(true);
    m_settleTimer->setInterval(4000);  // after the picture watchdog has had its go
    connect(m_settleTimer, &QTimer::timeout, this, [this] { settle(true); });
    m_seekRetry->setSingleShot(true);
    connect(m_seekRetry, &QTimer::timeout, this, [this] { settle(false); });
    // Some damaged files leave GStreamer loading forever without an error: give up and say so.
    m_loadWatchdog->setSingleShot(true);
    m_loadWatchdog->setInterval(kLoadTimeoutMs);
    connect(m_loadWatchdog, &QTimer::timeout, this, &PlayerWidget::onLoadTimeout);
    m_pictureWatchdog->setSingleShot(true);
    connect(m_pictureWatchdog, &QTimer::timeout, this, &PlayerWidget::onPictureTimeout);
    m_controls->setMediaAvailable(false);
}

PlayerWidget::~PlayerWidget()
{
    // The full-screen host holds the surface: bring it home so it is deleted with us.
    setFullScreenPlayback(false);
    m_player->stop();
}

void PlayerWidget::buildUi()
{
    // The picture's window exists from the start, a pixel in the corner under the poster, and
    // takes the stage at the first frame: creating it then stalls playback for about a second
    // (measured with two players), and a native window cannot be covered by the poster.
    m_stage->setMinimumSize(240, 135);
    m_stage->installEventFilter(this);
    m_video->setGeometry(0, 0, 1, 1);
    m_video->setAccessibleName(tr("Video picture"));
    m_video->installEventFilter(this);
    connect(m_poster, &PosterView::doubleClicked, this, &PlayerWidget::toggleFullScreenPlayback);

    auto *surfaceLayout = new QVBoxLayout(m_surface);
    surfaceLayout->setContentsMargins(0, 0, 0, 0);
    surfaceLayout->setSpacing(0);
    surfaceLayout->addWidget(m_stage, 1);
    surfaceLayout->addWidget(m_controls);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_surface);
}

void PlayerWidget::connectPlayer()
{
    m_player->setVideoOutput(m_video);
    connect(videoSink(), &QVideoSink::videoFrameChanged, this, &PlayerWidget::onFrame);
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, &PlayerWidget::onMediaStatus);
    connect(m_player, &QMediaPlayer::errorOccurred, this, &PlayerWidget::onPlayerError);
    connect(m_player, &QMediaPlayer::metaDataChanged, this, &PlayerWidget::onMetaData);
    connect(m_player, &QMediaPlayer::positionChanged, this, [this](qint64 ms) {
        if (m_pendingSeek >= 0 || m_pauseOnFrame)
            return;  // on the way to a still picture: the target is what counts
        m_lastGoodPosition = ms;
        m_controls->setPosition(ms);
        Q_EMIT positionChanged(ms);
    });
    connect(m_player, &QMediaPlayer::durationChanged, this, [this](qint64 ms) {
        m_controls->setDuration(ms);
        Q_EMIT durationChanged(ms);
    });
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, [this] {
        if (isPlaying())
            m_heldTarget = -1;
        if (m_player->playbackState() == QMediaPlayer::StoppedState)
            m_prerolled = false;  // the video surface stops with the pipeline
        emitPlayingChanged();
    });
    connect(m_player, &QMediaPlayer::seekableChanged, this, [this](bool seekable) {
        if (seekable && m_pendingSeek >= 0)
            m_seekRetry->start(0);
    });

    connect(m_controls, &PlayerControls::playPauseClicked, this, [this] {
        stopRewind();
        togglePlayPause();
    });
    connect(m_controls, &PlayerControls::frameStepClicked, this, &PlayerWidget::stepFrames);
    connect(m_controls, &PlayerControls::seekRequested, this, &PlayerWidget::userSeek);
    connect(m_controls, &PlayerControls::loopToggled, this, &PlayerWidget::setLooping);
    connect(m_controls, &PlayerControls::rateChosen, this, &PlayerWidget::setPlaybackRate);
    connect(m_controls, &PlayerControls::fullScreenClicked, this, &PlayerWidget::toggleFullScreenPlayback);
}

void PlayerWidget::attachAudioOutput()
{
    // With no device (a headless session, no sound server) playing into an audio output is at best
    // silent and at worst fatal for some backends, so the video plays without one.
    const bool haveDevice = !QMediaDevices::audioOutputs().isEmpty();
    if (haveDevice && !m_audio) {
        m_audio = new QAudioOutput(this);
        m_player->setAudioOutput(m_audio);
    } else if (!haveDevice && m_audio) {
        m_player->setAudioOutput(nullptr);
        delete m_audio;
        m_audio = nullptr;
    }
    if (m_audio)
        m_audio->setDevice(QMediaDevices::defaultAudioOutput());
    qCDebug(lcPlayer) << "audio output" << (m_audio ? "attached" : "none (no audio device)");
}

void PlayerWidget::setSource(const QString &absolutePath, const QString &posterPath)
{
    stopRewind();
    m_source = absolutePath;
    m_framesShown = 0;
    m_lastFrameStartUs = -1;
    m_measuredFrameUs = 0;
    m_heldTarget = -1;
    m_prerolled = false;
    m_pendingSeek = -1;
    m_sinceStateChange.invalidate();
    m_seekInFlight.invalidate();
    m_rateDirty = m_rate != m_player->playbackRate();
    m_recoveries = 0;
    m_wantPlaying = false;
    m_lastGoodPosition = 0;
    m_sinceLoaded.invalidate();
    m_sinceReload.invalidate();
    m_pictureWatchdog->stop();
    setPauseOnFrame(false);
    m_metaFrameRate = 0.0;
    m_poster->setPoster(posterPath);
    showPoster();
    m_message.clear();
    m_poster->setMessage(QString());
    const bool present = !absolutePath.isEmpty() && QFileInfo(absolutePath).isFile();
    m_player->setSource(present ? QUrl::fromLocalFile(absolutePath) : QUrl());
    m_controls->setMediaAvailable(present);
    m_controls->setDuration(0);
    m_controls->setPosition(0);
    if (!present) {
        m_loadWatchdog->stop();
        showMessage(notOnThisComputerMessage());
    } else {
        m_loadWatchdog->start();
    }
}

qint64 PlayerWidget::clamped(qint64 positionMs) const
{
    const qint64 end = duration();
    return end > 0 ? qBound<qint64>(0, positionMs, end) : qMax<qint64>(0, positionMs);
}

void PlayerWidget::userSeek(qint64 positionMs)
{
    seek(positionMs);
    Q_EMIT userSeeked(clamped(positionMs));
}

qint64 PlayerWidget::duration() const
{
    return m_player->duration();
}

qint64 PlayerWidget::frameDurationMs() const
{
    if (m_metaFrameRate > 0.0)
        return qMax<qint64>(1, qRound64(1000.0 / m_metaFrameRate));
    if (m_measuredFrameUs > 0)
        return qMax<qint64>(1, (m_measuredFrameUs + 500) / 1000);
    return qRound64(1000.0 / kFallbackFrameRate);
}

void PlayerWidget::stepFrames(int frames)
{
    if (!isPlayable() || frames == 0)
        return;
    stopRewind();
    // On the frame grid of the stream: frame k starts at k × frame. Rounding up to whole
    // milliseconds keeps the target inside frame k (at 29.97 fps frame 1 starts at 33.37 ms).
    const double frame = m_metaFrameRate > 0.0 ? 1000.0 / m_metaFrameRate : double(frameDurationMs());
    // From the frame on screen. After a pause the clock trails or leads the picture by part of a
    // frame (measured: 188 ms with the 200 ms frame shown, 443 ms with 440 ms still on its way), so
    // the nearest frame boundary is the picture; after a seek it is the seek's target. Taken
    // before pausing: pausing at the end restarts the pipeline from the start.
    const qint64 now = m_player->mediaStatus() == QMediaPlayer::EndOfMedia ? duration() : position();
    const qint64 from =
        m_heldTarget >= 0 ? m_heldTarget : qint64(std::ceil(std::round(double(now) / frame) * frame - 1e-3));
    const double index = std::floor(double(from) / frame + 1e-3);
    const qint64 target = qint64(std::ceil((index + frames) * frame - 1e-3));
    pause();
    userSeek(qBound<qint64>(0, target, qMax<qint64>(0, duration() - 1)));
}

void PlayerWidget::skip(qint64 deltaMs)
{
    if (!isPlayable())
        return;
    userSeek(position() + deltaMs);
}

void PlayerWidget::setLooping(bool looping)
{
    m_player->setLoops(looping ? QMediaPlayer::Infinite : QMediaPlayer::Once);
    m_controls->setLooping(looping);
}

bool PlayerWidget::isLooping() const
{
    return m_player->loops() == QMediaPlayer::Infinite;
}

QList<double> PlayerWidget::playbackRates()
{
    return {0.25, 0.5, 1.0, 1.5, 2.0};
}

void PlayerWidget::setPlaybackRate(double rate)
{
    double nearest = 1.0;
    for (double candidate : playbackRates()) {
        if (std::abs(candidate - rate) < std::abs(nearest - rate))
            nearest = candidate;
    }
    m_rate = nearest;
    m_controls->setRate(nearest);
    // A rate change is a seek inside the player: it waits for the same moment a seek would.
    m_rateDirty = m_rate != m_player->playbackRate();
    if (m_rateDirty && isPlayable()) {
        if (!pipelineSettled() && !m_settleTimer->isActive())
            m_settleTimer->start();
        settle(false);
    }
}

double PlayerWidget::playbackRate() const
{
    return m_rate;
}

bool PlayerWidget::hasVideo() const
{
    return m_player->hasVideo();
}

QVideoSink *PlayerWidget::videoSink() const
{
    return m_video->videoSink();
}

void PlayerWidget::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    QWidget::mousePressEvent(event);
}

}  // namespace storyreel
