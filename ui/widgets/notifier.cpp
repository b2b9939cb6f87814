#include "notifier.h"

#include "jobqueue.h"
#include "jobstore.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMainWindow>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace storyreel {

Notifier::Notifier(QMainWindow *window, const Catalog &catalog, JobQueue *queue)
    : QObject(window), m_window(window), m_catalog(catalog), m_hideTimer(new QTimer(this))
{
    m_hideTimer->setSingleShot(true);
    m_hideTimer->setInterval(kBannerMs);
    connect(m_hideTimer, &QTimer::timeout, this, &Notifier::hideBanner);
    if (m_window && m_window->centralWidget())
        buildBanner();  // now, not at the first notice: re-parenting the central widget later could steal
                        // focus
    connectQueue(queue);
}

Notifier::~Notifier() = default;

void Notifier::connectQueue(JobQueue *queue)
{
    if (!queue)
        return;
    connect(queue, &JobQueue::jobFinished, this, &Notifier::onJobFinished);
    connect(queue, &JobQueue::batchFinished, this, &Notifier::onBatchFinished);
}

void Notifier::onJobFinished(qint64 id, JobStatus status)
{
    if (status == JobStatus::Cancelled)
        return;
    Result<Job> job = JobStore(m_catalog).load(id);
    if (job && !job->batchId.isEmpty())
        return;  // announced with its batch
    const QString title = job && !job->title.isEmpty() ? job->title : tr("Job %1").arg(id);
    if (status == JobStatus::Failed) {
        const QString error = job ? job->error : QString();
        notify(tr("Job failed"), error.isEmpty() ? title : tr("%1: %2").arg(title, error), true);
    } else {
        notify(tr("Job finished"), title, false);
    }
}

void Notifier::onBatchFinished(const QString &, int succeeded, int failed, int cancelled)
{
    QString message = tr("Batch finished: %1 succeeded, %2 failed").arg(succeeded).arg(failed);
    if (cancelled > 0)
        message += tr(", %1 cancelled").arg(cancelled);
    notify(failed > 0 ? tr("Batch finished with failures") : tr("Batch finished"), message, failed > 0);
}

bool Notifier::useTray() const
{
    return m_trayAllowed && QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages();
}

void Notifier::notify(const QString &title, const QString &message, bool problem)
{
    m_lastTitle = title;
    m_lastMessage = message;
    ++m_count;
    if (useTray()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(m_window ? m_window->windowIcon() : QIcon(), this);
            m_tray->setToolTip(tr("Storyreel Studio"));
        }
        m_tray->show();
        m_tray->showMessage(title, message, problem ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information,
                            kBannerMs);
        m_lastChannel = Channel::Tray;
    } else if (m_window) {
        buildBanner();
        m_bannerText->setText(
            QStringLiteral("<b>%1</b>  %2").arg(title.toHtmlEscaped(), message.toHtmlEscaped()));
        m_banner->setStyleSheet(problem
                                    ? QStringLiteral("QFrame#notificationBanner { background: #fdecea; "
                                                     "color: #611a15; border-bottom: 1px solid #e57373; }")
                                    : QStringLiteral("QFrame#notificationBanner { background: #e8f4fd; "
                                                     "color: #0d3c61; border-bottom: 1px solid #64b5f6; }"));
        m_banner->show();
        m_hideTimer->start();
        m_lastChannel = Channel::Banner;
    }
    Q_EMIT notified(title, message);
}

void Notifier::buildBanner()
{
    if (m_banner || !m_window)
        return;
    // Wrap the window's central widget so the banner sits above it without the window knowing.
    QWidget *central = m_window->takeCentralWidget();
    auto *host = new QWidget(m_window);
    host->setObjectName(QStringLiteral("notificationHost"));
    auto *column = new QVBoxLayout(host);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);

    m_banner = new QFrame(host);
    m_banner->setObjectName(QStringLiteral("notificationBanner"));
    m_banner->setAccessibleName(tr("Notification"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    auto *row = new QHBoxLayout(m_banner);
    row->setContentsMargins(12, 6, 6, 6);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setObjectName(QStringLiteral("notificationText"));
    m_bannerText->setAccessibleName(tr("Notification text"));
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextFormat(Qt::RichText);
    auto *close = new QToolButton(m_banner);
    close->setObjectName(QStringLiteral("notificationClose"));
    close->setAccessibleName(tr("Dismiss notification"));
    close->setToolTip(tr("Dismiss"));
    close->setAutoRaise(true);
    close->setIcon(m_banner->style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    connect(close, &QToolButton::clicked, this, &Notifier::hideBanner);
    row->addWidget(m_bannerText, 1);
    row->addWidget(close);
    m_banner->hide();

    column->addWidget(m_banner);
    if (central)
        column->addWidget(central, 1);
    m_window->setCentralWidget(host);
}

void Notifier::hideBanner()
{
    m_hideTimer->stop();
    if (m_banner)
        m_banner->hide();
}

}  // namespace storyreel
