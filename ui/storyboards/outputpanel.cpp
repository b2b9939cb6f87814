#include "outputpanel.h"

#include "cloudservice.h"
#include "jobqueue.h"
#include "jobstore.h"
#include "library/sharelinkdialog.h"
#include "library/videotext.h"
#include "player/playerdialog.h"
#include "storyboardactions.h"
#include "storyboarddocument.h"
#include "videoitem.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDrag>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace storyreel {

OutputChip::OutputChip(StoryboardActions &actions, QString format, QString quality, QWidget *parent)
    : QFrame(parent), m_actions(actions), m_format(std::move(format)), m_quality(std::move(quality))
{
    setMinimumSize(96, 46);
    setCursor(Qt::OpenHandCursor);
    // The keyboard's way to what the mouse does: Space makes the file, Ctrl+C copies it for a paste.
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(m_format.isEmpty() ? tr("Rendered video") : tr("%1 export").arg(m_format));
    refresh();
}

void OutputChip::setSource(const QString &sourcePath)
{
    m_source = sourcePath;
    m_error.clear();
    refresh();
}

void OutputChip::setQuality(const QString &quality)
{
    m_quality = quality;
    m_error.clear();
    refresh();
}

QString OutputChip::filePath() const
{
    if (m_source.isEmpty())
        return {};
    const QString path =
        m_format.isEmpty() ? m_source : m_actions.deliveredPath(m_source, m_format, m_quality);
    return QFileInfo::exists(path) ? path : QString();
}

QMimeData *OutputChip::mimeData() const
{
    const QString path = filePath();
    if (path.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setUrls({QUrl::fromLocalFile(path)});  // text/uri-list
    data->setText(QUrl::fromLocalFile(path).toString());
    return data;
}

void OutputChip::prepare()
{
    if (m_preparing || m_source.isEmpty() || !filePath().isEmpty())
        return;
    m_preparing = true;
    m_progress = 0.0;
    m_error.clear();
    refresh();
    QPointer<OutputChip> self(this);
    m_actions.exportForDrag(
        m_source, m_format, m_quality,
        [self](Result<QString> path) {
            if (!self)
                return;
            self->m_preparing = false;
            if (path) {
                Q_EMIT self->ready(*path);
            } else {
                self->m_error = path.error();
                Q_EMIT self->failed(path.error());
            }
            self->refresh();
        },
        [self](double fraction) {
            if (self) {
                self->m_progress = fraction;
                self->update();
            }
        });
}

void OutputChip::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QFrame::mousePressEvent(event);
    m_pressAt = event->position().toPoint();
    if (filePath().isEmpty())
        prepare();  // produced now; a drag can start once it is there
}

void OutputChip::keyPressEvent(QKeyEvent *event)
{
    const bool press =
        event->key() == Qt::Key_Space || event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (press && event->modifiers() == Qt::NoModifier) {
        prepare();
        return;
    }
    if (event->matches(QKeySequence::Copy)) {
        // What a drag would carry (text/uri-list): a file manager pastes it as the file.
        if (QMimeData *data = mimeData()) {
            QApplication::clipboard()->setMimeData(data);
            Q_EMIT copied(filePath());
        }
        return;
    }
    QFrame::keyPressEvent(event);
}

void OutputChip::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton) ||
        (event->position().toPoint() - m_pressAt).manhattanLength() < QApplication::startDragDistance())
        return;
    QMimeData *data = mimeData();
    if (!data)
        return;  // still being produced: the chip shows its progress
    auto *drag = new QDrag(this);
    drag->setMimeData(data);
    drag->setPixmap(grab());
    drag->exec(Qt::CopyAction);
}

void OutputChip::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(1, 1, -1, -1);
    const bool readyNow = !filePath().isEmpty();
    painter.setPen(palette().color(QPalette::Mid));
    painter.setBrush(palette().color(isEnabled() ? QPalette::Button : QPalette::Window));
    painter.drawRoundedRect(area, 8, 8);
    if (m_preparing) {
        QRectF done = area;
        done.setWidth(area.width() * qBound(0.0, m_progress, 1.0));
        painter.setPen(Qt::NoPen);
        painter.setBrush(palette().color(QPalette::Highlight));
        painter.setOpacity(0.35);
        painter.drawRoundedRect(done, 8, 8);
        painter.setOpacity(1.0);
    }
    const QString name =
        m_format.isEmpty() ? tr("Video") : QStringLiteral("%1 · %2").arg(m_format, m_quality);
    const QString state = m_source.isEmpty()   ? tr("render first")
                          : m_preparing        ? tr("making… %1 %").arg(qRound(m_progress * 100))
                          : readyNow           ? tr("ready: drag out")
                          : !m_error.isEmpty() ? tr("failed")
                                               : tr("press to make");
    // Two lines: what it is, then its state.
    const QRectF text = area.adjusted(10, 4, -10, -4);
    painter.setPen(palette().color(isEnabled() ? QPalette::ButtonText : QPalette::PlaceholderText));
    painter.drawText(text, Qt::AlignTop | Qt::AlignLeft, name);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    painter.setFont(small);
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(text, Qt::AlignBottom | Qt::AlignLeft, state);
}

void OutputChip::refresh()
{
    setEnabled(!m_source.isEmpty());
    setToolTip(m_source.isEmpty()   ? tr("Render the storyboard first.")
               : !m_error.isEmpty() ? m_error
               : filePath().isEmpty()
                   ? tr("Press (or Space) to make this export; drag it out once it is ready.")
                   : tr("Drag into a file manager or another application, or copy it with Ctrl+C: %1")
                         .arg(filePath()));
    setMinimumWidth(m_format.isEmpty() ? 110 : 150);
    update();
}

StoryboardOutputPanel::StoryboardOutputPanel(const Catalog &catalog, JobQueue &queue,
                                             StoryboardActions &actions, QWidget *parent)
    : QWidget(parent),
      m_catalog(catalog),
      m_queue(queue),
      m_actions(actions),
      m_state(new QLabel(this)),
      m_progress(new QProgressBar(this)),
      m_render(new QPushButton(tr("Render"), this)),
      m_versions(new QListWidget(this)),
      m_play(new QPushButton(tr("Play"), this)),
      m_reveal(new QPushButton(tr("Reveal"), this)),
      m_upload(new QPushButton(tr("Upload to Cloud"), this)),
      m_share(new QPushButton(tr("Copy Share Link…"), this)),
      m_format(new QComboBox(this)),
      m_quality(new QComboBox(this)),
      m_export(new QPushButton(tr("Export"), this)),
      m_bundle(new QPushButton(tr("Bundle…"), this))
{
    setObjectName(QStringLiteral("storyboardOutput"));
    m_state->setWordWrap(true);
    m_state->setObjectName(QStringLiteral("outputState"));
    m_progress->setRange(0, 1000);
    m_progress->hide();
    m_format->addItems({QStringLiteral("mp4"), QStringLiteral("webm"), QStringLiteral("mov")});
    m_quality->addItems({QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high")});
    m_quality->setCurrentIndex(1);
    m_render->setObjectName(QStringLiteral("renderButton"));
    m_versions->setObjectName(QStringLiteral("versionList"));
    m_versions->setAccessibleName(tr("Rendered versions"));
    m_versions->setAccessibleDescription(tr("Newest first; Return plays the selected version"));
    m_reveal->setObjectName(QStringLiteral("revealVersion"));
    m_reveal->setToolTip(tr("Shows the selected version's file in the file manager"));
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->setAccessibleName(tr("Export format"));
    m_format->setToolTip(tr("The file type Export makes from the latest version"));
    m_quality->setObjectName(QStringLiteral("exportQuality"));
    m_quality->setAccessibleName(tr("Export quality"));
    m_quality->setToolTip(tr("Higher quality makes larger files"));
    m_export->setObjectName(QStringLiteral("exportVersion"));
    m_export->setToolTip(tr("Export the latest version in this format and quality (follow it in Jobs)"));
    m_bundle->setObjectName(QStringLiteral("exportBundle"));
    m_bundle->setToolTip(tr("Render and export several sizes at once, for social media"));
    m_play->setObjectName(QStringLiteral("playVersion"));
    m_play->setToolTip(tr("Plays the selected version in the studio's player"));
    m_upload->setObjectName(QStringLiteral("uploadVersion"));
    m_upload->setAccessibleName(tr("Upload the selected version to the cloud"));
    m_share->setObjectName(QStringLiteral("shareVersion"));
    m_share->setAccessibleName(tr("Copy a share link to the selected version"));
    auto *bundleMenu = new QMenu(m_bundle);
    bundleMenu->addAction(tr("Social bundle: 16:9 mp4 high, 9:16 mp4 medium, 16:9 webm low"), this,
                          &StoryboardOutputPanel::exportSocialBundle);
    m_bundle->setMenu(bundleMenu);

    auto *layout = new QVBoxLayout(this);
    auto *renderRow = new QHBoxLayout;
    renderRow->addWidget(m_render);
    renderRow->addWidget(m_progress, 1);
    layout->addLayout(renderRow);
    layout->addWidget(m_state);
    layout->addWidget(new QLabel(tr("Versions"), this));
    layout->addWidget(m_versions, 1);
    auto *versionRow = new QHBoxLayout;
    versionRow->addWidget(m_play);
    versionRow->addWidget(m_reveal);
    versionRow->addStretch();
    versionRow->addWidget(m_upload);
    versionRow->addWidget(m_share);
    layout->addLayout(versionRow);
    auto *exportRow = new QHBoxLayout;
    exportRow->addWidget(m_format);
    exportRow->addWidget(m_quality);
    exportRow->addWidget(m_export);
    exportRow->addWidget(m_bundle);
    layout->addLayout(exportRow);
    auto *chipRow = new QHBoxLayout;
    m_chips << new OutputChip(actions, QString(), QString(), this);
    for (const QString &format : {QStringLiteral("mp4"), QStringLiteral("webm"), QStringLiteral("mov")})
        m_chips << new OutputChip(actions, format, m_quality->currentText(), this);
    for (OutputChip *chip : std::as_const(m_chips)) {
        chip->setObjectName(QStringLiteral("outputChip%1").arg(m_chips.indexOf(chip)));
        chipRow->addWidget(chip);
        connect(chip, &OutputChip::failed, this, &StoryboardOutputPanel::messageShown);
        connect(chip, &OutputChip::copied, this, [this](const QString &path) {
            Q_EMIT messageShown(tr("Copied %1: paste it into a file manager or another application.")
                                    .arg(QFileInfo(path).fileName()));
        });
    }
    chipRow->addStretch();
    layout->addWidget(new QLabel(tr("Drag out"), this));
    layout->addLayout(chipRow);

    connect(m_render, &QPushButton::clicked, this, &StoryboardOutputPanel::render);
    connect(m_export, &QPushButton::clicked, this, &StoryboardOutputPanel::exportLatest);
    connect(m_play, &QPushButton::clicked, this, &StoryboardOutputPanel::playSelected);
    connect(m_reveal, &QPushButton::clicked, this, &StoryboardOutputPanel::revealSelected);
    connect(m_upload, &QPushButton::clicked, this, &StoryboardOutputPanel::uploadSelected);
    connect(m_share, &QPushButton::clicked, this, &StoryboardOutputPanel::shareSelected);
    connect(m_versions, &QListWidget::currentRowChanged, this, &StoryboardOutputPanel::updateCloudButtons);
    // Double-click, or Return for the keyboard.
    connect(m_versions, &QListWidget::itemActivated, this, &StoryboardOutputPanel::playSelected);
    connect(m_quality, &QComboBox::currentTextChanged, this, [this](const QString &quality) {
        for (OutputChip *chip : std::as_const(m_chips).mid(1))
            chip->setQuality(quality);
    });
    connect(&m_queue, &JobQueue::jobChanged, this, &StoryboardOutputPanel::onJobChanged);
    connect(&m_actions, &StoryboardActions::remoteRenderProgress, this,
            [this](qint64 id, double fraction, const QString &stage) {
                if (id == boardId())
                    showRunning(fraction, stage);
            });
    connect(&m_actions, &StoryboardActions::remoteRenderFinished, this,
            [this](qint64 id, const QString &, const QString &error) {
                if (id != boardId())
                    return;
                m_progress->hide();
                reloadVersions();
                if (!error.isEmpty())
                    m_state->setText(tr("The provider's render failed: %1").arg(error));
            });
    refresh();
}

void StoryboardOutputPanel::setDocument(StoryboardDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_runningJob = 0;
    m_progress->hide();
    if (document)
        connect(document, &StoryboardDocument::storyboardChanged, this, [this] {
            // The document is reused when another storyboard opens: its versions replace the list.
            if (boardId() != m_versionsBoard)
                reloadVersions();
            refresh();
        });
    // A render already under way (started before, or from another window) shows at once.
    if (const RowId id = boardId(); id > 0) {
        Result<QList<Job>> jobs = JobStore(m_catalog).list();
        for (const Job &job : jobs ? *jobs : QList<Job>()) {
            if (job.kind == JobKind::Render &&
                job.params.value(QStringLiteral("storyboardId")).toInteger() == id &&
                (job.status == JobStatus::Running || job.status == JobStatus::Queued))
                onJobChanged(job.id);
        }
    }
    reloadVersions();
}

RowId StoryboardOutputPanel::boardId() const
{
    return m_document ? m_document->id() : 0;
}

QString StoryboardOutputPanel::statusText() const
{
    return m_state->text();
}

void StoryboardOutputPanel::refresh()
{
    const QString refusal = m_document ? StoryboardActions::renderRefusal(m_document->storyboard())
                                       : tr("Open a storyboard to render it.");
    const bool running = m_progress->isVisible();
    m_render->setEnabled(refusal.isEmpty() && !running);
    m_render->setToolTip(refusal.isEmpty() ? tr("Render the approved storyboard into a new version")
                                           : refusal);
    if (!running)
        m_state->setText(!refusal.isEmpty()          ? refusal
                         : latestVersion().isEmpty() ? tr("Approved: ready to render.")
                                                     : tr("Approved. The latest render is listed below."));
    const bool hasVideo = !latestVersion().isEmpty();
    m_export->setEnabled(hasVideo);
    m_play->setEnabled(m_versions->currentItem() != nullptr);
    m_reveal->setEnabled(m_versions->currentItem() != nullptr);
    m_bundle->setEnabled(refusal.isEmpty() && m_document && m_document->storyboard().accountId == 0);
    updateCloudButtons();
}

void StoryboardOutputPanel::setCloudService(CloudService *cloud)
{
    if (m_cloud)
        disconnect(m_cloud, nullptr, this, nullptr);
    m_cloud = cloud;
    if (cloud)
        connect(cloud, &CloudService::cloudChanged, this, &StoryboardOutputPanel::reloadVersions);
    reloadVersions();
}

bool StoryboardOutputPanel::hasStorage() const
{
    Result<QList<StorageAccount>> storages =
        m_cloud ? m_cloud->storages() : Result<QList<StorageAccount>>(Failure{});
    return storages && !storages->isEmpty();
}

void StoryboardOutputPanel::updateCloudButtons()
{
    const QListWidgetItem *item = m_versions->currentItem();
    const auto cloud = CloudState(item ? item->data(Qt::UserRole + 1).toInt() : 0);
    const bool storage = m_cloud && hasStorage();
    const bool inCloud = cloud == CloudState::InCloud || cloud == CloudState::CloudOnly;
    // With no storage both stay pressable for a version, and say where to add one.
    m_upload->setEnabled(m_cloud && item && (!storage || cloud == CloudState::LocalOnly));
    m_share->setEnabled(m_cloud && item && (!storage || inCloud));
    const QString noStorage = tr("Add a cloud storage in Settings › Cloud Storage first");
    m_upload->setToolTip(!m_cloud   ? tr("Cloud storage is not available in this window")
                         : !storage ? noStorage
                                    : tr("Upload the selected version to the default cloud storage"));
    m_share->setToolTip(!m_cloud           ? tr("Cloud storage is not available in this window")
                        : !storage         ? noStorage
                        : inCloud || !item ? tr("Copy a link anyone can open until it expires")
                                           : tr("Upload the version first; then a link to it can be shared"));
}

void StoryboardOutputPanel::uploadSelected()
{
    const QListWidgetItem *item = m_versions->currentItem();
    if (!m_cloud || !item || !m_document)
        return;
    if (!hasStorage()) {
        Q_EMIT messageShown(tr("Add a cloud storage in Settings › Cloud Storage first."));
        return;
    }
    const QString path = item->data(Qt::UserRole).toString();
    // The storyboard's files share a folder in the bucket: its title.
    Result<RowId> job = m_cloud->uploadFile(path, m_document->storyboard().title);
    Q_EMIT messageShown(
        !job ? tr("Cannot upload %1: %2").arg(QFileInfo(path).fileName(), job.error())
        : *job == 0
            ? tr("%1 is in the cloud already.").arg(QFileInfo(path).fileName())
            : tr("Uploading %1 to the cloud (job %2; see Jobs).").arg(QFileInfo(path).fileName()).arg(*job));
    reloadVersions();
}

QDialog *StoryboardOutputPanel::shareSelected()
{
    const QListWidgetItem *item = m_versions->currentItem();
    if (!m_cloud || !item)
        return nullptr;
    if (!hasStorage()) {
        Q_EMIT messageShown(tr("Add a cloud storage in Settings › Cloud Storage first."));
        return nullptr;
    }
    const QString path = item->data(Qt::UserRole).toString();
    auto *dialog = new ShareLinkDialog(QFileInfo(path).fileName(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ShareLinkDialog::chosen, this, [this, path](qint64 seconds) {
        if (!m_cloud)
            return;
        const QDateTime expires = QDateTime::currentDateTime().addSecs(seconds);
        QPointer<StoryboardOutputPanel> self(this);
        m_cloud->shareFile(path, seconds, [self, path, expires](Result<QUrl> url) {
            if (!self)
                return;
            if (!url) {
                Q_EMIT self->messageShown(
                    tr("Cannot make a link to %1: %2").arg(QFileInfo(path).fileName(), url.error()));
                return;
            }
            QGuiApplication::clipboard()->setText(url->toString(QUrl::FullyEncoded));
            Q_EMIT self->messageShown(
                tr("Share link copied — expires %1").arg(QLocale().toString(expires, QLocale::ShortFormat)));
        });
    });
    dialog->open();
    return dialog;
}

QString StoryboardOutputPanel::latestVersion() const
{
    return m_versions->count() > 0 ? m_versions->item(0)->data(Qt::UserRole).toString() : QString();
}

void StoryboardOutputPanel::reloadVersions()
{
    const QString selected =
        m_versions->currentItem() ? m_versions->currentItem()->data(Qt::UserRole).toString() : QString();
    m_versions->clear();
    m_versionsBoard = boardId();
    if (const RowId id = boardId(); id > 0) {
        Result<QList<RenderVersion>> versions = m_actions.versions(id);
        if (!versions)
            m_state->setText(versions.error());
        for (const RenderVersion &version : versions ? *versions : QList<RenderVersion>()) {
            auto *item = new QListWidgetItem(
                tr("v%1 · %2 · %3")
                    .arg(version.number)
                    .arg(toText(version.aspect))
                    .arg(QLocale().toString(version.finishedAt.toLocalTime(), QLocale::ShortFormat)),
                m_versions);
            item->setData(Qt::UserRole, version.path);
            item->setToolTip(version.path);
            if (m_cloud) {
                const CloudState cloud = m_cloud->stateOfFile(version.path);
                item->setData(Qt::UserRole + 1, int(cloud));
                if (const QString label = videoitem::cloudLabel(cloud); !label.isEmpty()) {
                    item->setText(item->text() + QStringLiteral(" · ") + label);
                    item->setToolTip(version.path + QLatin1Char('\n') + videotext::cloudDescription(cloud));
                }
            }
            if (version.path == selected)
                m_versions->setCurrentItem(item);
        }
    }
    if (m_versions->count() > 0 && !m_versions->currentItem())
        m_versions->setCurrentRow(0);
    for (OutputChip *chip : std::as_const(m_chips))
        chip->setSource(latestVersion());
    refresh();
}

void StoryboardOutputPanel::showRunning(double fraction, const QString &stage)
{
    m_progress->show();
    m_progress->setValue(qRound(qBound(0.0, fraction, 1.0) * 1000));
    m_progress->setFormat(tr("%1 — %p%").arg(stage.isEmpty() ? tr("rendering") : stage));
    m_state->setText(stage == tr("queued") ? tr("The render waits for its turn in the queue.")
                                           : tr("Rendering this storyboard; the new version appears below."));
    refresh();
}

void StoryboardOutputPanel::onJobChanged(qint64 id)
{
    const RowId board = boardId();
    if (board == 0)
        return;
    Result<Job> job = JobStore(m_catalog).load(id);
    if (!job || job->kind != JobKind::Render ||
        job->params.value(QStringLiteral("storyboardId")).toInteger() != board)
        return;
    if (job->status == JobStatus::Running || job->status == JobStatus::Queued) {
        m_runningJob = id;
        showRunning(job->progress, job->status == JobStatus::Queued ? tr("queued") : job->stage);
        return;
    }
    if (id != m_runningJob && m_progress->isHidden())
        return;
    m_runningJob = 0;
    m_progress->hide();
    reloadVersions();
    if (job->status == JobStatus::Failed)
        m_state->setText(tr("The render failed: %1").arg(job->error));
    else if (job->status == JobStatus::Succeeded)
        Q_EMIT messageShown(tr("Rendered %1").arg(QFileInfo(job->outputPath).fileName()));
}

void StoryboardOutputPanel::render()
{
    if (!m_document)
        return;
    Result<RowId> started = m_actions.render(m_document->id());
    if (!started) {
        m_state->setText(started.error());
        return;
    }
    if (*started > 0)
        onJobChanged(*started);
}

void StoryboardOutputPanel::exportLatest()
{
    const QString source = latestVersion();
    if (source.isEmpty())
        return;
    Result<RowId> job = m_actions.exportFile(source, m_format->currentText(), m_quality->currentText());
    Q_EMIT messageShown(
        job ? tr("Export queued: %1 %2 (see Jobs)").arg(m_format->currentText(), m_quality->currentText())
            : job.error());
}

void StoryboardOutputPanel::exportSocialBundle()
{
    if (!m_document)
        return;
    Result<BundleJobs> bundle = m_actions.exportBundle(m_document->id(), StoryboardActions::socialBundle());
    Q_EMIT messageShown(
        bundle ? tr("Social bundle queued: %1 jobs").arg(bundle->renders.size() + bundle->exports.size())
               : bundle.error());
}

void StoryboardOutputPanel::playSelected()
{
    const QListWidgetItem *item = m_versions->currentItem();
    if (!item)
        return;
    auto *dialog = new PlayerDialog(item->data(Qt::UserRole).toString(), item->text(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->activateWindow();  // the keyboard goes with it, also where the WM would not give it
}

void StoryboardOutputPanel::revealSelected()
{
    const QListWidgetItem *item = m_versions->currentItem();
    if (!item)
        return;
    QDesktopServices::openUrl(
        QUrl::fromLocalFile(QFileInfo(item->data(Qt::UserRole).toString()).absolutePath()));
}

}  // namespace storyreel
