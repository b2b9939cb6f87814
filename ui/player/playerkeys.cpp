// PlayerWidget's keys (editor-style J/K/L, arrows, Home/End), rewinding and full screen.
#include "playercontrols.h"
#include "playerwidget.h"
#include "shortcuts/shortcutregistry.h"

#include <QKeyEvent>
#include <QMediaPlayer>
#include <QTimer>
#include <QVBoxLayout>
#include <QVideoWidget>

namespace storyreel {

namespace {
constexpr int kRewindStepMs = 1000;
constexpr int kRewindIntervalMs = 400;
constexpr int kFastestRewindIntervalMs = 100;
constexpr int kSkipWhilePlayingMs = 5000;
constexpr int kSkipShiftMs = 1000;
}  // namespace

bool PlayerWidget::handleKey(int key, Qt::KeyboardModifiers modifiers)
{
    if (key == Qt::Key_Escape && !(modifiers & ~Qt::KeypadModifier)) {
        if (!isFullScreenPlayback())
            return false;  // the dialog's Esc closes it
        setFullScreenPlayback(false);
        return true;
    }
    // The keys are the user's (Help › Keyboard Shortcuts, "Player"); with Shift, a key that has no Shift
    // command of its own does what it does alone. Other keys belong to the window (undo, menus).
    const ShortcutRegistry &shortcuts = ShortcutRegistry::instance();
    const QString scope = QStringLiteral("player");
    QString command = shortcuts.match(scope, key, modifiers);
    if (command.isEmpty() && (modifiers & Qt::ShiftModifier))
        command = shortcuts.match(scope, key, modifiers & ~Qt::ShiftModifier);
    if (command == QLatin1String("player.playPause")) {
        if (isRewinding()) {
            stopRewind();
            pause();
        } else {
            togglePlayPause();
        }
    } else if (command == QLatin1String("player.pause")) {
        stopRewind();
        pause();
    } else if (command == QLatin1String("player.faster")) {
        speedUp();
    } else if (command == QLatin1String("player.rewind")) {
        startRewind();
    } else if (command == QLatin1String("player.back") || command == QLatin1String("player.forward")) {
        const int direction = command == QLatin1String("player.back") ? -1 : 1;
        stopRewind();
        if (isPlaying())
            skip(direction * kSkipWhilePlayingMs);
        else
            stepFrames(direction);
    } else if (command == QLatin1String("player.secondBack") ||
               command == QLatin1String("player.secondForward")) {
        stopRewind();
        skip((command == QLatin1String("player.secondBack") ? -1 : 1) * kSkipShiftMs);
    } else if (command == QLatin1String("player.start")) {
        stopRewind();
        userSeek(0);
    } else if (command == QLatin1String("player.end")) {
        // The last frame, paused: seeking to the very end would only end playback.
        stopRewind();
        pause();
        userSeek(qMax<qint64>(0, duration() - frameDurationMs()));
    } else if (command == QLatin1String("player.fullScreen")) {
        toggleFullScreenPlayback();
    } else {
        return false;
    }
    return true;
}

void PlayerWidget::keyPressEvent(QKeyEvent *event)
{
    if (handleKey(event->key(), event->modifiers()))
        event->accept();
    else
        QWidget::keyPressEvent(event);
}

void PlayerWidget::speedUp()
{
    stopRewind();
    if (!isPlaying()) {
        setPlaybackRate(1.0);
        play();
        return;
    }
    const double rate = playbackRate();
    setPlaybackRate(rate < 1.0 ? 1.0 : rate < 1.5 ? 1.5 : 2.0);
}

void PlayerWidget::startRewind()
{
    if (!isPlayable())
        return;
    if (m_rewind->isActive()) {
        // J again rewinds faster: the same one-second steps, more often.
        m_rewind->setInterval(qMax(kFastestRewindIntervalMs, m_rewind->interval() / 2));
        return;
    }
    // GStreamer's negative rates are unreliable, so rewinding is a paused picture stepping back.
    pause();
    m_rewind->setInterval(kRewindIntervalMs);
    m_rewind->start();
    rewindStep();
}

void PlayerWidget::rewindStep()
{
    const qint64 target = position() - kRewindStepMs;
    if (target <= 0) {
        stopRewind();
        userSeek(0);
        return;
    }
    userSeek(target);
}

void PlayerWidget::stopRewind()
{
    m_rewind->stop();
}

bool PlayerWidget::isRewinding() const
{
    return m_rewind->isActive();
}

bool PlayerWidget::isFullScreenPlayback() const
{
    return !m_fullScreenHost.isNull();
}

void PlayerWidget::toggleFullScreenPlayback()
{
    setFullScreenPlayback(!isFullScreenPlayback());
}

void PlayerWidget::setFullScreenPlayback(bool on)
{
    if (on == isFullScreenPlayback())
        return;
    if (on) {
        // The picture and controls move into a window of their own; this widget keeps its place
        // in the dialog and takes them back when full screen ends.
        auto *host = new QWidget(this, Qt::Window);
        host->setObjectName(QStringLiteral("playerFullScreen"));
        host->setWindowTitle(window()->windowTitle());
        host->setFocusPolicy(Qt::StrongFocus);
        host->setAccessibleName(tr("Video player, full screen"));
        host->installEventFilter(this);
        auto *layout = new QVBoxLayout(host);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_surface);
        m_surface->show();
        m_fullScreenHost = host;
        host->showFullScreen();
        host->activateWindow();
        host->setFocus(Qt::OtherFocusReason);
    } else {
        QWidget *host = m_fullScreenHost;
        m_fullScreenHost.clear();
        host->removeEventFilter(this);
        layout()->addWidget(m_surface);
        m_surface->show();
        host->hide();
        host->deleteLater();
        activateWindow();
        setFocus(Qt::OtherFocusReason);
    }
    m_controls->setFullScreen(on);
    Q_EMIT fullScreenChanged(on);
}

bool PlayerWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_stage && event->type() == QEvent::Resize)
        layoutStage();
    if (watched == m_fullScreenHost) {
        if (event->type() == QEvent::KeyPress) {
            auto *key = static_cast<QKeyEvent *>(event);
            if (handleKey(key->key(), key->modifiers()))
                return true;
        } else if (event->type() == QEvent::Close) {
            // Closing the full-screen window (window manager, Alt+F4) only leaves full screen.
            event->ignore();
            QTimer::singleShot(0, this, [this] { setFullScreenPlayback(false); });
            return true;
        }
    } else if (watched == m_video) {
        if (event->type() == QEvent::MouseButtonDblClick) {
            toggleFullScreenPlayback();
            return true;
        }
        if (event->type() == QEvent::MouseButtonPress) {
            QWidget *owner = m_fullScreenHost ? m_fullScreenHost.data() : static_cast<QWidget *>(this);
            owner->setFocus(Qt::MouseFocusReason);
        }
    }
    return QWidget::eventFilter(watched, event);
}

}  // namespace storyreel
