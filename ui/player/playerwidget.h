#pragma once

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QPointer>
#include <QWidget>

class QAudioOutput;
class QMediaPlayer;
class QTimer;
class QVideoFrame;
class QVideoSink;
class QVideoWidget;

Q_DECLARE_LOGGING_CATEGORY(lcPlayer)

namespace storyreel {

class PlayerControls;
class PosterView;

// A video player for offline review: QMediaPlayer into a QVideoWidget, with a poster shown until the
// first frame arrives, transport controls under the picture and editor-style keys while it has focus
// (Space, J/K/L, arrows, Home/End, F, Esc). Works with no audio device: the audio output is attached
// only while the system has one.
class PlayerWidget final : public QWidget
{
    Q_OBJECT

public:
    // How long a file may stay "loading" before it is called broken (some damaged files never error).
    static constexpr int kLoadTimeoutMs = 5000;

    explicit PlayerWidget(QWidget *parent = nullptr);
    ~PlayerWidget() override;

    // An empty or missing path shows the poster and says the video is not on this computer.
    void setSource(const QString &absolutePath, const QString &posterPath = {});
    QString source() const { return m_source; }

    void play();
    void pause();
    void stop();
    void togglePlayPause();
    bool isPlaying() const;
    // A file is loaded and no message (missing, broken) stands in for it.
    bool isPlayable() const;
    void seek(qint64 positionMs);
    // Pauses, then moves by `frames` frames (negative: back).
    void stepFrames(int frames);
    // Moves by `deltaMs`, clamped to the video; keeps playing or paused.
    void skip(qint64 deltaMs);
    qint64 position() const;
    qint64 duration() const;
    // One frame at the stream's frame rate (metadata, else measured, else 1/30 s).
    qint64 frameDurationMs() const;

    void setLooping(bool looping);
    bool isLooping() const;
    // One of playbackRates(); others are taken as the nearest.
    void setPlaybackRate(double rate);
    double playbackRate() const;
    static QList<double> playbackRates();

    // J: rewinds by seek steps of one second (faster on each call) until K, Space or play().
    void startRewind();
    void stopRewind();
    bool isRewinding() const;

    void setFullScreenPlayback(bool on);
    void toggleFullScreenPlayback();
    bool isFullScreenPlayback() const;

    // The text shown over the poster (missing file, decoder error); empty while the video shows.
    QString message() const { return m_message; }
    bool hasVideo() const;
    // The picture has replaced the poster (a frame came and no message stands in for it).
    bool isShowingPicture() const { return m_showingPicture; }
    // Frames delivered to the video sink since the last setSource().
    int framesShown() const { return m_framesShown; }

    QMediaPlayer *player() const { return m_player; }
    QVideoSink *videoSink() const;
    QVideoWidget *videoWidget() const { return m_video; }
    PlayerControls *controls() const { return m_controls; }
    // Handles one of the player's keys; false when the key is not one of them.
    bool handleKey(int key, Qt::KeyboardModifiers modifiers);

    static QString notOnThisComputerMessage();
    static QString damagedMessage(const QString &detail);

Q_SIGNALS:
    void positionChanged(qint64 positionMs);
    void durationChanged(qint64 durationMs);
    // Emitted once per source, when its first frame reached the video sink.
    void firstFrameShown();
    // Emitted when playback stopped at the end (never while looping).
    void endReached();
    // Emitted when a file could not be played (not for a missing file: message() says that).
    void errorOccurred(const QString &message);
    void playingChanged(bool playing);
    // Emitted when the user moved the playhead (scrubber, keys, frame step), not for seek() calls.
    void userSeeked(qint64 positionMs);
    void fullScreenChanged(bool fullScreen);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    void connectPlayer();
    void attachAudioOutput();
    void onFrame(const QVideoFrame &frame);
    void onMediaStatus();
    void onPlayerError();
    void onMetaData();
    void showMessage(const QString &message);
    void showPoster();
    void layoutStage();
    void userSeek(qint64 positionMs);
    void setPauseOnFrame(bool on);
    void settle(bool force);
    qint64 seekDelay() const;
    bool pipelineSettled() const;
    void armPictureWatchdog();
    void onPictureTimeout();
    bool recoverFromError();
    void reload(bool playAfter);
    void onLoadTimeout();
    void emitPlayingChanged();
    void rewindStep();
    void speedUp();
    qint64 clamped(qint64 positionMs) const;

    QMediaPlayer *m_player;
    QAudioOutput *m_audio = nullptr;
    QWidget *m_surface;  // picture + controls: what goes full screen
    QWidget *m_stage;    // the poster or the picture
    PosterView *m_poster;
    QVideoWidget *m_video;
    PlayerControls *m_controls;
    QPointer<QWidget> m_fullScreenHost;
    QTimer *m_rewind;
    QTimer *m_settleTimer;  // gives up waiting for the first picture
    QTimer *m_seekRetry;    // the next moment a waiting seek may go
    QTimer *m_loadWatchdog;
    QTimer *m_pictureWatchdog;  // a loaded file that never shows its first picture
    QString m_source;
    QString m_message;
    int m_framesShown = 0;
    qint64 m_lastFrameStartUs = -1;
    qint64 m_measuredFrameUs = 0;
    double m_metaFrameRate = 0.0;
    bool m_showingPicture = false;
    bool m_lastPlaying = false;

    // Transport state (playertransport.cpp).
    bool m_prerolled = false;       // a picture came since the pipeline last started
    bool m_pauseOnFrame = false;    // playing only to reach the first picture, then pausing
    bool m_wantPlaying = false;     // what was asked for last: play, or pause/stop
    qint64 m_pendingSeek = -1;      // a seek waiting for its moment
    qint64 m_heldTarget = -1;       // the last seek made while paused: where the next step starts
    qint64 m_lastGoodPosition = 0;  // where playback was, for a reload
    double m_rate = 1.0;
    bool m_rateDirty = false;          // m_rate still to be given to the player
    int m_recoveries = 0;              // reloads of this source (see reload())
    QElapsedTimer m_sinceLoaded;       // since loading last ended
    QElapsedTimer m_sinceReload;       // since the last reload
    QElapsedTimer m_sinceStateChange;  // since the last play or pause reached the pipeline
    QElapsedTimer m_seekInFlight;      // since the last seek, until its picture arrives
};

}  // namespace storyreel
