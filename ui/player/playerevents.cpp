// PlayerWidget's side of the media pipeline: frames reaching the sink, metadata, status and errors,
// and the message that stands in for the picture.
#include "playercontrols.h"
#include "playerwidget.h"
#include "posterview.h"

#include <QLoggingCategory>
#include <QMediaMetaData>
#include <QMediaPlayer>
#include <QTimer>
#include <QVideoFrame>
#include <QVideoWidget>

namespace storyreel {

namespace {
constexpr qint64 kStaleVerdictMs = 1000;
}  // namespace

QString PlayerWidget::notOnThisComputerMessage()
{
    return tr("This video is not on this computer yet. Make it available offline to watch it here.");
}

void PlayerWidget::onLoadTimeout()
{
    const QMediaPlayer::MediaStatus status = m_player->mediaStatus();
    if (m_framesShown > 0 || !m_message.isEmpty() ||
        (status != QMediaPlayer::LoadingMedia && status != QMediaPlayer::StalledMedia))
        return;
    qCWarning(lcPlayer) << "still loading after" << kLoadTimeoutMs << "ms:" << m_source;
    stopRewind();
    m_pendingSeek = -1;
    setPauseOnFrame(false);
    showMessage(damagedMessage(tr("It did not finish loading.")));
    Q_EMIT errorOccurred(m_message);
}

void PlayerWidget::onFrame(const QVideoFrame &frame)
{
    if (!frame.isValid() || m_player->source().isEmpty())
        return;
    ++m_framesShown;
    m_prerolled = true;
    m_loadWatchdog->stop();
    m_pictureWatchdog->stop();
    // The stream's frame interval, for files whose frame rate is not in the metadata.
    if (frame.startTime() >= 0 && m_lastFrameStartUs >= 0 && frame.startTime() > m_lastFrameStartUs &&
        isPlaying() && m_measuredFrameUs == 0)
        m_measuredFrameUs = frame.startTime() - m_lastFrameStartUs;
    m_lastFrameStartUs = frame.startTime();
    m_seekInFlight.invalidate();  // the last seek has its picture
    // A waiting pause or seek goes on, but not from inside this signal: the pipeline's streaming
    // thread waits for it to return, and pausing or seeking now would wait for that thread.
    if (m_pauseOnFrame || m_pendingSeek >= 0)
        m_seekRetry->start(0);
    if (m_framesShown == 1) {
        m_showingPicture = true;
        layoutStage();
        Q_EMIT firstFrameShown();
    }
}

void PlayerWidget::onMetaData()
{
    const QVariant rate = m_player->metaData().value(QMediaMetaData::VideoFrameRate);
    bool ok = false;
    const double value = rate.toDouble(&ok);
    // Containers sometimes carry nonsense (0, 90000): only a plausible rate replaces the fallback.
    m_metaFrameRate = ok && value >= 1.0 && value <= 240.0 ? value : 0.0;
}

void PlayerWidget::onMediaStatus()
{
    const QMediaPlayer::MediaStatus status = m_player->mediaStatus();
    if (status == QMediaPlayer::LoadingMedia || status == QMediaPlayer::NoMedia)
        m_sinceLoaded.invalidate();
    else if (!m_sinceLoaded.isValid())
        m_sinceLoaded.start();
    if (m_pauseOnFrame || m_pendingSeek >= 0)
        m_seekRetry->start(0);  // loading may have been all a waiting pause or seek needed
    if (m_player->mediaStatus() != QMediaPlayer::LoadingMedia &&
        m_player->mediaStatus() != QMediaPlayer::StalledMedia)
        m_loadWatchdog->stop();
    switch (m_player->mediaStatus()) {
        case QMediaPlayer::EndOfMedia:
            if (m_framesShown == 0 && m_message.isEmpty()) {
                // Some damaged files end "normally" without a picture: say so instead of a black box.
                showMessage(tr("This video could not be shown: the file looks incomplete or damaged."));
                Q_EMIT errorOccurred(m_message);
                return;
            }
            Q_EMIT endReached();
            break;
        case QMediaPlayer::InvalidMedia:
            // Right after a reload this is the old pipeline's verdict, already dealt with.
            if (m_sinceReload.isValid() && m_sinceReload.elapsed() < kStaleVerdictMs)
                break;
            if (m_message.isEmpty() && !recoverFromError()) {
                showMessage(damagedMessage(m_player->errorString()));
                Q_EMIT errorOccurred(m_message);
            }
            break;
        default:
            break;
    }
}

QString PlayerWidget::damagedMessage(const QString &detail)
{
    const QString why =
        tr("This video cannot be played: the file is damaged or not a video this "
           "computer can decode.");
    return detail.isEmpty() ? why : tr("%1 (%2)").arg(why, detail);
}

void PlayerWidget::onPlayerError()
{
    if (m_player->error() == QMediaPlayer::NoError)
        return;
    stopRewind();
    const QString detail = m_player->errorString().isEmpty() ? tr("unknown error") : m_player->errorString();
    qCWarning(lcPlayer) << "playback error" << m_player->error() << detail << m_source;
    if (m_sinceReload.isValid() && m_sinceReload.elapsed() < kStaleVerdictMs)
        return;  // the old pipeline's last word, already dealt with by the reload
    if (m_message.isEmpty() && recoverFromError())
        return;
    if (!m_message.isEmpty())
        return;  // the first error says why; what follows it ("internal data stream error") does not
    showMessage(m_player->error() == QMediaPlayer::FormatError ||
                        m_player->error() == QMediaPlayer::ResourceError
                    ? damagedMessage(detail)
                    : tr("This video cannot be played: %1").arg(detail));
    Q_EMIT errorOccurred(m_message);
}

void PlayerWidget::showMessage(const QString &message)
{
    m_message = message;
    m_poster->setMessage(message);
    showPoster();
    // Nothing to play: the transport stays visible but off, at the start.
    m_controls->setMediaAvailable(false);
    m_controls->setPosition(0);
    emitPlayingChanged();
}

void PlayerWidget::layoutStage()
{
    const QRect area = m_stage->rect();
    m_poster->setGeometry(area);
    m_poster->setVisible(!m_showingPicture);
    m_poster->raise();
    m_video->setGeometry(m_showingPicture ? area : QRect(0, 0, 1, 1));
}

void PlayerWidget::showPoster()
{
    m_showingPicture = false;
    layoutStage();
}

}  // namespace storyreel
