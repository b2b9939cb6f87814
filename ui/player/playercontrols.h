#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QSlider;
class QToolButton;

namespace storyreel {

// The transport row under the picture: play/pause, frame back/forward, the scrubber between the
// current and total time, loop, speed and full screen. Only widgets and their signals: PlayerWidget
// does the playing. Buttons take focus by Tab only, so clicking them leaves the keys on the player.
class PlayerControls final : public QWidget
{
    Q_OBJECT

public:
    explicit PlayerControls(QWidget *parent = nullptr);

    void setPlaying(bool playing);
    void setDuration(qint64 ms);
    // Ignored while the scrubber is held, so it does not jump under the mouse.
    void setPosition(qint64 ms);
    void setLooping(bool looping);
    void setRate(double rate);
    void setFullScreen(bool fullScreen);
    void setMediaAvailable(bool available);
    bool isScrubbing() const;

    // "1:05" or "1:02:05"; with tenths when asked.
    static QString timeText(qint64 ms, bool tenths = false);

    QToolButton *playButton() const { return m_play; }
    QToolButton *frameBackButton() const { return m_back; }
    QToolButton *frameForwardButton() const { return m_forward; }
    QSlider *scrubber() const { return m_scrubber; }
    QLabel *currentLabel() const { return m_current; }
    QLabel *totalLabel() const { return m_total; }
    QToolButton *loopButton() const { return m_loop; }
    QComboBox *speedBox() const { return m_speed; }
    QToolButton *fullScreenButton() const { return m_fullScreen; }

Q_SIGNALS:
    void playPauseClicked();
    void frameStepClicked(int frames);
    // Emitted while the scrubber is dragged and when it is clicked or moved by its keys.
    void seekRequested(qint64 ms);
    void loopToggled(bool looping);
    void rateChosen(double rate);
    void fullScreenClicked();

private:
    QToolButton *m_play;
    QToolButton *m_back;
    QToolButton *m_forward;
    QLabel *m_current;
    QSlider *m_scrubber;
    QLabel *m_total;
    QToolButton *m_loop;
    QComboBox *m_speed;
    QToolButton *m_fullScreen;
    bool m_playing = false;
    qint64 m_position = 0;
};

}  // namespace storyreel
