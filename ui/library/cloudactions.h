#pragma once

#include <QList>
#include <QModelIndexList>
#include <QObject>

class QMenu;
class QPushButton;
class QWidget;

namespace storyreel {

// Whether the cloud actions can do anything: no cloud service (a read-only window, tests), a service
// with no storage configured yet (the actions explain where to add one), or ready.
enum class CloudAvailability { Unavailable, NoStorage, Ready };

// The cloud buttons of a video pane: Upload to Cloud (Ctrl+U), Download from Cloud (Ctrl+Shift+D) and
// Copy Share Link… (Ctrl+Shift+C), enabled for what the selected rows allow (the roles of
// VideoListModel). They ask through signals; the workspace acts. With no storage, Upload and Share stay
// enabled for a video that could go up, so pressing them says where to add a storage.
class CloudActions final : public QObject
{
    Q_OBJECT

public:
    explicit CloudActions(QWidget *pane);

    QList<QPushButton *> buttons() const { return {m_upload, m_download, m_share}; }
    void setAvailability(CloudAvailability availability);
    CloudAvailability availability() const { return m_availability; }
    // The rows now selected decide what is enabled and which videos each action takes.
    void setSelection(const QModelIndexList &rows);
    // The actions as menu entries (for a context menu), enabled like the buttons.
    void addTo(QMenu *menu) const;

Q_SIGNALS:
    void uploadRequested(QList<qint64> videoIds);
    void downloadRequested(QList<qint64> videoIds);
    void shareRequested(qint64 videoId);

private:
    void update();

    QPushButton *m_upload;
    QPushButton *m_download;
    QPushButton *m_share;
    CloudAvailability m_availability = CloudAvailability::Unavailable;
    QList<qint64> m_uploadable;    // ready, with a file, not in the cloud
    QList<qint64> m_downloadable;  // in the cloud only
    qint64 m_shareable = 0;        // the one selected video, in the cloud
    qint64 m_wouldShare = 0;       // the one selected video, could be shared once uploaded
};

}  // namespace storyreel
