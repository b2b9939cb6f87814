#include "imagedroparea.h"

#include <QApplication>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QImageReader>
#include <QKeyEvent>
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
    // The keyboard's way in: Space or Return chooses a file, Ctrl+V pastes one copied in a file manager.
    setFocusPolicy(Qt::StrongFocus);
    setToolTip(tr("Drop an image file here, or press Space to choose one (Ctrl+V pastes a copied file)"));
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
        showText(problem);
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
    showText(QFileInfo(path).fileName());
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
    showText(tr("Drop an image here, or choose one."));
}

void ImageDropArea::showText(const QString &text)
{
    m_text->setText(text);
    // What a screen reader says when the area gets focus: its state, and how to fill it.
    setAccessibleDescription(tr("%1 Space chooses a file; Ctrl+V pastes a copied one.").arg(text));
}

void ImageDropArea::keyPressEvent(QKeyEvent *event)
{
    const bool press =
        event->key() == Qt::Key_Space || event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (press && event->modifiers() == Qt::NoModifier) {
        Q_EMIT chooseRequested();
        return;
    }
    if (event->matches(QKeySequence::Paste)) {
        const QString path = localFileOf(QApplication::clipboard()->mimeData());
        if (path.isEmpty()) {
            const QString why = tr("Copy one image file (in a file manager) to paste it here.");
            showText(why);
            Q_EMIT rejected(why);
        } else {
            setImagePath(path);
        }
        return;
    }
    QFrame::keyPressEvent(event);
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
        showText(why);
        Q_EMIT rejected(why);
        return;
    }
    event->acceptProposedAction();
    setImagePath(path);
}

}  // namespace storyreel
