#include "jobdetailspane.h"

#include "jobtext.h"
#include "thumbnailer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QImageReader>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QThreadPool>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace storyreel {
namespace {

constexpr int kPosterWidth = 320;

bool isImageFile(const QString &path)
{
    const QByteArray suffix = QFileInfo(path).suffix().toLower().toLatin1();
    return !suffix.isEmpty() && QImageReader::supportedImageFormats().contains(suffix);
}

// Runs on a pool thread: decoding a frame or a large image must not stall the UI.
QImage makePoster(const QString &dataRoot, const QString &path)
{
    if (!QFileInfo::exists(path))
        return {};
    if (isImageFile(path)) {
        QImageReader reader(path);
        reader.setAutoTransform(true);
        const QSize size = reader.size();
        if (size.isValid() && size.width() > kPosterWidth)
            reader.setScaledSize(size.scaled(kPosterWidth, kPosterWidth * 4, Qt::KeepAspectRatio));
        return reader.read();
    }
    Result<QString> poster = PosterCache(dataRoot).poster(path, -1, kPosterWidth);
    return poster ? QImage(*poster) : QImage();
}

}  // namespace

JobDetailsPane::JobDetailsPane(QString dataRoot, QWidget *parent)
    : QWidget(parent),
      m_dataRoot(std::move(dataRoot)),
      m_placeholder(new QLabel(tr("Select a job to see its parameters, events and output."), this)),
      m_content(new QWidget(this)),
      m_title(new QLabel(m_content)),
      m_summary(new QLabel(m_content)),
      m_errorHeading(nullptr),
      m_error(new QLabel(m_content)),
      m_outputHeading(nullptr),
      m_output(new QLabel(m_content)),
      m_poster(new QLabel(m_content)),
      m_params(new QPlainTextEdit(m_content)),
      m_events(new QTreeWidget(m_content))
{
    setObjectName(QStringLiteral("jobDetails"));
    setAccessibleName(tr("Job details"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(6, 0, 0, 0);
    m_placeholder->setObjectName(QStringLiteral("jobDetailsPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    outer->addWidget(m_placeholder, 1);
    outer->addWidget(m_content, 1);

    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title->setObjectName(QStringLiteral("jobDetailsTitle"));
    m_title->setAccessibleName(tr("Job title"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSize(titleFont.pointSize() + 1);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("jobDetailsSummary"));
    m_summary->setAccessibleName(tr("Job summary"));
    m_summary->setAccessibleDescription(tr("Status, kind, provider and stage of the job"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);

    m_errorHeading = sectionLabel(tr("Error"));
    m_error->setObjectName(QStringLiteral("jobError"));
    m_error->setAccessibleName(tr("Error"));
    m_error->setAccessibleDescription(tr("Why the job failed"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    layout->addWidget(m_errorHeading);
    layout->addWidget(m_error);

    m_outputHeading = sectionLabel(tr("Output"));
    m_output->setObjectName(QStringLiteral("jobOutput"));
    m_output->setAccessibleName(tr("Output file"));
    m_output->setAccessibleDescription(tr("Where the job wrote its result"));
    m_output->setWordWrap(true);
    m_output->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_poster->setObjectName(QStringLiteral("jobPoster"));
    m_poster->setAccessibleName(tr("Output preview"));
    m_poster->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_outputHeading);
    layout->addWidget(m_output);
    layout->addWidget(m_poster);

    layout->addWidget(sectionLabel(tr("Parameters")));
    m_params->setObjectName(QStringLiteral("jobParams"));
    m_params->setAccessibleName(tr("Parameters"));
    m_params->setAccessibleDescription(tr("What the job was asked to do, as JSON (read only)"));
    m_params->setReadOnly(true);
    m_params->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_params->setFont(QFont(QStringLiteral("monospace")));
    layout->addWidget(m_params, 1);

    layout->addWidget(sectionLabel(tr("Events")));
    m_events->setObjectName(QStringLiteral("jobEvents"));
    m_events->setAccessibleName(tr("Event log"));
    m_events->setAccessibleDescription(tr("When the job changed state, and why"));
    m_events->setHeaderLabels({tr("Time"), tr("Status"), tr("Message")});
    m_events->setRootIsDecorated(false);
    m_events->setUniformRowHeights(true);
    m_events->header()->setStretchLastSection(true);
    m_events->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);  // a handful of rows
    m_events->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    layout->addWidget(m_events, 1);
    clear();
}

QLabel *JobDetailsPane::sectionLabel(const QString &text)
{
    auto *label = new QLabel(text, m_content);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

void JobDetailsPane::clear()
{
    m_jobId = 0;
    m_posterSource.clear();
    ++m_posterRequest;
    m_poster->clear();
    m_content->hide();
    m_placeholder->show();
}

QString JobDetailsPane::absoluteOutputPath(const Job &job) const
{
    return job.outputPath.isEmpty() ? QString() : QDir(m_dataRoot).absoluteFilePath(job.outputPath);
}

void JobDetailsPane::showJob(const Job &job, const QString &providerName, const QList<JobEvent> &events)
{
    const QLocale locale;
    const bool sameJob = job.id == m_jobId;
    m_jobId = job.id;
    m_title->setText(job.title.isEmpty() ? tr("Job %1").arg(job.id) : job.title);
    QStringList summary{jobtext::statusLabel(job.status), jobtext::kindLabel(job.kind), providerName};
    if (job.attempt > 1)
        summary << tr("attempt %1").arg(job.attempt);
    if (!job.batchId.isEmpty())
        summary << tr("batch %1").arg(job.batchId.left(8));
    if (!job.stage.isEmpty() && !isTerminal(job.status))
        summary << job.stage;
    m_summary->setText(summary.join(QStringLiteral("  ·  ")));

    m_error->setText(job.error);
    m_errorHeading->setVisible(!job.error.isEmpty());
    m_error->setVisible(!job.error.isEmpty());

    const QString output = absoluteOutputPath(job);
    m_output->setText(QDir::toNativeSeparators(output));
    m_outputHeading->setVisible(!output.isEmpty());
    m_output->setVisible(!output.isEmpty());
    const QString posterSource = job.status == JobStatus::Succeeded ? output : QString();
    if (posterSource != m_posterSource || !sameJob) {
        m_posterSource = posterSource;
        m_poster->clear();
        m_poster->setVisible(!posterSource.isEmpty());
        if (!posterSource.isEmpty())
            requestPoster(job);
        else
            ++m_posterRequest;
    }

    const QString params = QString::fromUtf8(QJsonDocument(job.params).toJson(QJsonDocument::Indented));
    if (m_params->toPlainText() != params)
        m_params->setPlainText(params);

    // Progress ticks re-show the job: keep the log (and where it is scrolled) unless it grew.
    if (!sameJob || events.size() != m_events->topLevelItemCount()) {
        m_events->clear();
        QList<QTreeWidgetItem *> items;
        items.reserve(events.size());
        for (const JobEvent &event : events) {
            items << new QTreeWidgetItem(
                QStringList{locale.toString(event.at.toLocalTime(), QLocale::ShortFormat),
                            jobtext::statusLabel(event.status), event.message});
        }
        m_events->addTopLevelItems(items);
    }
    m_placeholder->hide();
    m_content->show();
}

void JobDetailsPane::requestPoster(const Job &job)
{
    const quint64 request = ++m_posterRequest;
    const qint64 jobId = job.id;
    // The pointer is only dereferenced back on the UI thread, so a pane closed meanwhile is skipped.
    QPointer<JobDetailsPane> self(this);
    QThreadPool::globalInstance()->start(
        [self = std::move(self), dataRoot = m_dataRoot, path = m_posterSource, request, jobId]() mutable {
            QImage image = makePoster(dataRoot, path);
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [self = std::move(self), image = std::move(image), request, jobId] {
                    if (self)
                        self->setPoster(request, jobId, image);
                },
                Qt::QueuedConnection);
        });
}

void JobDetailsPane::setPoster(quint64 request, qint64 jobId, const QImage &image)
{
    if (request != m_posterRequest || jobId != m_jobId)
        return;
    if (image.isNull())
        m_poster->setText(tr("No preview available"));
    else
        m_poster->setPixmap(QPixmap::fromImage(image));
    Q_EMIT posterShown(jobId, image);
}

}  // namespace storyreel
