#include "cloudactions.h"

#include "enums.h"
#include "shortcutbutton.h"
#include "shortcuts/shortcutregistry.h"
#include "videolistmodel.h"

#include <QMenu>
#include <QPushButton>

namespace storyreel {
namespace {

const QString kUploadKey = QStringLiteral("library.upload");
const QString kDownloadKey = QStringLiteral("library.download");
const QString kShareKey = QStringLiteral("library.share");

// The tooltip with the key the user has for the command now.
QString withKey(const QString &text, const QString &shortcutId)
{
    return ShortcutRegistry::instance().withKeys(text, shortcutId);
}

}  // namespace

CloudActions::CloudActions(QWidget *pane)
    : QObject(pane),
      m_upload(addShortcutButton(pane, tr("Upload to Cloud"), QStringLiteral("uploadToCloud"), kUploadKey)),
      m_download(addShortcutButton(pane, tr("Download from Cloud"), QStringLiteral("downloadFromCloud"),
                                   kDownloadKey)),
      m_share(addShortcutButton(pane, tr("Copy Share Link…"), QStringLiteral("copyShareLink"), kShareKey))
{
    connect(m_upload, &QPushButton::clicked, this, [this] {
        if (!m_uploadable.isEmpty())
            Q_EMIT uploadRequested(m_uploadable);
    });
    connect(m_download, &QPushButton::clicked, this, [this] {
        if (!m_downloadable.isEmpty())
            Q_EMIT downloadRequested(m_downloadable);
    });
    connect(m_share, &QPushButton::clicked, this, [this] {
        if (const qint64 id = m_shareable > 0 ? m_shareable : m_wouldShare; id > 0)
            Q_EMIT shareRequested(id);
    });
    connect(&ShortcutRegistry::instance(), &ShortcutRegistry::keysChanged, this, &CloudActions::update);
    update();
}

void CloudActions::setAvailability(CloudAvailability availability)
{
    m_availability = availability;
    update();
}

void CloudActions::setSelection(const QModelIndexList &rows)
{
    m_uploadable.clear();
    m_downloadable.clear();
    m_shareable = 0;
    m_wouldShare = 0;
    for (const QModelIndex &row : rows) {
        const qint64 id = row.data(VideoListModel::IdRole).toLongLong();
        const auto cloud = CloudState(row.data(VideoListModel::CloudStateRole).toInt());
        const bool ready = row.data(VideoListModel::StatusRole).toString() == toText(VideoStatus::Succeeded);
        const bool hasFile = row.data(VideoListModel::OfflineRole).toBool();
        if (ready && hasFile && cloud == CloudState::LocalOnly)
            m_uploadable.append(id);
        if (cloud == CloudState::CloudOnly)
            m_downloadable.append(id);
        if (rows.size() == 1 && (cloud == CloudState::InCloud || cloud == CloudState::CloudOnly))
            m_shareable = id;
        if (rows.size() == 1 && ready && hasFile && cloud == CloudState::LocalOnly)
            m_wouldShare = id;
    }
    update();
}

void CloudActions::update()
{
    const QString noStorage = tr("Add a cloud storage in Settings › Cloud Storage first");
    switch (m_availability) {
        case CloudAvailability::Unavailable:
            for (QPushButton *button : buttons()) {
                button->setEnabled(false);
                button->setToolTip(tr("Cloud storage is not available in this window"));
            }
            return;
        case CloudAvailability::NoStorage:
            // Enabled where they would act, so pressing them tells where to add a storage.
            m_upload->setEnabled(!m_uploadable.isEmpty());
            m_upload->setToolTip(noStorage);
            m_download->setEnabled(!m_downloadable.isEmpty());
            m_download->setToolTip(noStorage);
            m_share->setEnabled(m_shareable > 0 || m_wouldShare > 0);
            m_share->setToolTip(noStorage);
            return;
        case CloudAvailability::Ready:
            break;
    }
    m_upload->setEnabled(!m_uploadable.isEmpty());
    m_upload->setToolTip(
        withKey(tr("Upload the selected finished videos to the default cloud storage"), kUploadKey));
    m_download->setEnabled(!m_downloadable.isEmpty());
    m_download->setToolTip(
        withKey(tr("Bring the selected videos kept only in the cloud to this computer"), kDownloadKey));
    m_share->setEnabled(m_shareable > 0);
    m_share->setToolTip(m_wouldShare > 0
                            ? tr("Upload the video first; then a link to it can be shared")
                            : withKey(tr("Copy a link anyone can open until it expires"), kShareKey));
}

void CloudActions::addTo(QMenu *menu) const
{
    for (QPushButton *button : buttons()) {
        QAction *item = menu->addAction(button->text(), button, &QPushButton::click);
        item->setEnabled(button->isEnabled());
    }
}

}  // namespace storyreel
