#include "imagedroparea.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QImageReader>
#include <QLabel>
#include <QMimeData>
#include <QVBoxLayout>

namespace storyreel {
namespace {

constexpr int kPreviewLimit = 640;  // decoded at most this large: a 50-megapixel photo stays cheap

// The one local file of a drag, or nothing.
QString localFileOf(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1 || !mime->urls().first().isLocalFile())
        return {};
    return mime->urls().first().toLocalFile();
}

}  // namespace

ImageDropArea::ImageDropArea(QWidget *parent)
    : QFrame(parent), m_preview(new QLabel(this)), m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("imageDropArea"));
    setAccessibleName(tr("Image for the video"));
    setAcceptDrops(true);
    setFrameShape(QFrame::StyledPanel);
    setFrameShadow(QFrame::Sunken);
    setMinimumHeight(120);
    m_preview->setAlignment(Qt::AlignCenter);
    // Ignored: the pixmap follows the area's size instead of growing it.
    m_preview->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_preview->hide();
    m_text->setObjectName(QStringLiteral("imageDropText"));
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_text);
    clear();
}

QString ImageDropArea::message() const
{
    return m_text->text();
}

QString ImageDropArea::problemWith(const QString &path)
{
    const QFileInfo file(path);
    if (path.isEmpty() || !file.exists())
        return tr("The file %1 does not exist.").arg(path);
    if (!file.isFile() || !file.isReadable())
        return tr("%1 is not a readable file.").arg(file.fileName());
    // The content decides, not the name: a text file renamed .png is refused.
    if (!QImageReader(path).canRead())
        return tr("“%1” is not an image. Drop a PNG, JPEG or WebP file.").arg(file.fileName());
    return {};
}

bool ImageDropArea::setImagePath(const QString &path)
{
    if (const QString problem = problemWith(path); !problem.isEmpty()) {
        m_text->setText(problem);
        Q_EMIT rejected(problem);
        return false;
    }
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid() && (size.width() > kPreviewLimit || size.height() > kPreviewLimit))
        reader.setScaledSize(size.scaled(kPreviewLimit, kPreviewLimit, Qt::KeepAspectRatio));
    m_image = reader.read();
    m_path = QFileInfo(path).absoluteFilePath();
    m_text->setText(QFileInfo(path).fileName());
    m_preview->show();
    showPreview();
    Q_EMIT imageChosen(m_path);
    return true;
}

void ImageDropArea::clear()
{
    m_path.clear();
    m_image = QImage();
    m_preview->clear();
    m_preview->hide();
    m_text->setText(tr("Drop an image here, or choose one."));
}

void ImageDropArea::showPreview()
{
    if (m_image.isNull())
        return;
    const QSize room = m_preview->size().boundedTo(QSize(kPreviewLimit, kPreviewLimit));
    m_preview->setPixmap(QPixmap::fromImage(
        m_image.scaled(room.expandedTo(QSize(32, 32)), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

void ImageDropArea::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    showPreview();
}

void ImageDropArea::setHighlighted(bool on)
{
    setFrameShadow(on ? QFrame::Raised : QFrame::Sunken);
    setLineWidth(on ? 2 : 1);
}

void ImageDropArea::dragEnterEvent(QDragEnterEvent *event)
{
    // Any file is welcome here; what it is gets checked on drop, so a refusal can say why.
    if (event->mimeData()->hasUrls()) {
        event->acceptProposedAction();
        setHighlighted(true);
    }
}

void ImageDropArea::dragLeaveEvent(QDragLeaveEvent *event)
{
    setHighlighted(false);
    QFrame::dragLeaveEvent(event);
}

void ImageDropArea::dropEvent(QDropEvent *event)
{
    setHighlighted(false);
    const QString path = localFileOf(event->mimeData());
    if (path.isEmpty()) {
        const QString why = tr("Drop one image file from this computer.");
        m_text->setText(why);
        Q_EMIT rejected(why);
        return;
    }
    event->acceptProposedAction();
    setImagePath(path);
}

}  // namespace storyreel
