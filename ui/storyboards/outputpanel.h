#pragma once

#include "ids.h"

#include <QFrame>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QDialog;
class QLabel;
class QListWidget;
class QMimeData;
class QProgressBar;
class QPushButton;

namespace storyreel {

class Catalog;
class CloudService;
class JobQueue;
class StoryboardActions;
class StoryboardDocument;

// A draggable file chip: the rendered video, or an export preset of it. Dragging it out of the app
// gives other applications text/uri-list with the file. Behaviour chosen for a file that does not
// exist yet: the press starts producing it (progress on the chip) and no drag starts; once it is
// ready the chip says so and the next drag delivers it at once. A drag never waits (no nested
// event loop besides the drag's own).
class OutputChip final : public QFrame
{
    Q_OBJECT

public:
    // format empty: the video itself (no export).
    OutputChip(StoryboardActions &actions, QString format, QString quality, QWidget *parent = nullptr);

    void setSource(const QString &sourcePath);  // the video to deliver or export; empty disables
    void setQuality(const QString &quality);
    QString filePath() const;  // the file a drag delivers; empty until it exists
    // What a drag carries: the file's URL (and text/uri-list), or null when not ready.
    QMimeData *mimeData() const;
    // Produces the file unless it exists (what pressing the chip does).
    void prepare();
    bool isPreparing() const { return m_preparing; }

Q_SIGNALS:
    void ready(const QString &path);
    void failed(const QString &message);
    // The file went to the clipboard (Ctrl+C: the keyboard's drag).
    void copied(const QString &path);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void refresh();

    StoryboardActions &m_actions;
    QString m_format;
    QString m_quality;
    QString m_source;
    QPoint m_pressAt;
    bool m_preparing = false;
    double m_progress = 0.0;
    QString m_error;
};

// The storyboard's output: render state on the storyboard (progress and stage while its render job
// runs), Render (enabled once approved; says why when not), the versions, export choices with
// Export and Bundle…, and draggable chips of the latest version and of its exports. With the cloud
// service each version shows its cloud state and can be uploaded (into the storyboard's folder) and
// shared by a link.
class StoryboardOutputPanel final : public QWidget
{
    Q_OBJECT

public:
    StoryboardOutputPanel(const Catalog &catalog, JobQueue &queue, StoryboardActions &actions,
                          QWidget *parent = nullptr);

    void setDocument(StoryboardDocument *document);
    // Until set (or with nullptr) the cloud buttons stay disabled. The service outlives the panel.
    void setCloudService(CloudService *cloud);
    void render();
    void exportLatest();
    void exportSocialBundle();
    // The chips: 0 is the video, then mp4, webm and mov at the chosen quality.
    QList<OutputChip *> chips() const { return m_chips; }
    QListWidget *versionList() const { return m_versions; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *renderButton() const { return m_render; }
    QPushButton *uploadButton() const { return m_upload; }
    QPushButton *shareButton() const { return m_share; }
    // The selected version to the default storage, under the storyboard's title.
    void uploadSelected();
    // Asks how long the link lasts, then copies it; the dialog is returned (e.g. for a test).
    QDialog *shareSelected();
    QString statusText() const;

Q_SIGNALS:
    void messageShown(const QString &message);

private:
    void refresh();
    void reloadVersions();
    void onJobChanged(qint64 id);
    void showRunning(double fraction, const QString &stage);
    void playSelected();
    void revealSelected();
    void updateCloudButtons();
    bool hasStorage() const;
    RowId boardId() const;
    QString latestVersion() const;

    const Catalog &m_catalog;
    JobQueue &m_queue;
    StoryboardActions &m_actions;
    QPointer<StoryboardDocument> m_document;
    RowId m_runningJob = 0;
    RowId m_versionsBoard = 0;  // the storyboard whose versions the list shows
    QLabel *m_state;
    QProgressBar *m_progress;
    QPushButton *m_render;
    QListWidget *m_versions;
    QPushButton *m_play;
    QPushButton *m_reveal;
    QPushButton *m_upload;
    QPushButton *m_share;
    QPointer<CloudService> m_cloud;
    QComboBox *m_format;
    QComboBox *m_quality;
    QPushButton *m_export;
    QPushButton *m_bundle;
    QList<OutputChip *> m_chips;
};

}  // namespace storyreel
