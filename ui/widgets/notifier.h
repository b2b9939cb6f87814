#pragma once

#include "enums.h"

#include <QObject>
#include <QPointer>

class QFrame;
class QLabel;
class QMainWindow;
class QSystemTrayIcon;
class QTimer;

namespace storyreel {

class Catalog;
class JobQueue;

// Tells the user when work finishes: a system tray message where the desktop has a tray, otherwise a
// banner across the top of the window's central area that closes itself after a few seconds. Jobs of
// a batch are announced once, as a batch, when the whole batch is done; a job the user cancelled
// alone is not announced (they know).
class Notifier final : public QObject
{
    Q_OBJECT

public:
    enum class Channel { None, Tray, Banner };
    static constexpr int kBannerMs = 8000;

    // The banner lives in `window`'s central area; jobs are looked up in `catalog` for their titles.
    Notifier(QMainWindow *window, const Catalog &catalog, JobQueue *queue = nullptr);
    ~Notifier() override;

    void connectQueue(JobQueue *queue);
    // Tests and headless sessions: always use the banner, even where a tray exists.
    void setTrayAllowed(bool allowed) { m_trayAllowed = allowed; }

    QString lastTitle() const { return m_lastTitle; }
    QString lastMessage() const { return m_lastMessage; }
    Channel lastChannel() const { return m_lastChannel; }
    int noticeCount() const { return m_count; }
    QFrame *banner() const { return m_banner; }

public Q_SLOTS:
    // A job reached Succeeded, Failed or Cancelled (JobQueue::jobFinished). Jobs with a batch id are
    // left to onBatchFinished.
    void onJobFinished(qint64 id, storyreel::JobStatus status);
    // Every job of a batch finished (JobQueue::batchFinished): one notice for the batch.
    void onBatchFinished(const QString &batchId, int succeeded, int failed, int cancelled);
    void notify(const QString &title, const QString &message, bool problem);
    void hideBanner();

Q_SIGNALS:
    // After a notice was shown (through either channel).
    void notified(const QString &title, const QString &message);

private:
    void buildBanner();
    bool useTray() const;

    QPointer<QMainWindow> m_window;
    const Catalog &m_catalog;
    QSystemTrayIcon *m_tray = nullptr;
    QFrame *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QTimer *m_hideTimer;
    bool m_trayAllowed = true;
    QString m_lastTitle;
    QString m_lastMessage;
    Channel m_lastChannel = Channel::None;
    int m_count = 0;
};

}  // namespace storyreel
