#include "newvideodialog.h"

#include "widgets/imagedroparea.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace storyreel {

NewVideoDialog::NewVideoDialog(ProviderHub &hub, GenerationService &generation, QWidget *parent)
    : GenerationDialog(hub, generation, JobKind::GenerateText, parent),
      m_fromText(new QRadioButton(tr("From &text"), this)),
      m_fromImage(new QRadioButton(tr("From an &image"), this)),
      m_prompt(new QPlainTextEdit(this)),
      m_imageRow(new QWidget(this)),
      m_drop(new ImageDropArea(m_imageRow)),
      m_seconds(new QSpinBox(this)),
      m_aspect(makeAspectBox(this)),
      m_resolution(new QComboBox(this))
{
    setObjectName(QStringLiteral("newVideoDialog"));
    setWindowTitle(tr("New Video"));

    auto *modes = new QButtonGroup(this);
    modes->addButton(m_fromText);
    modes->addButton(m_fromImage);
    m_fromText->setChecked(true);
    m_fromText->setObjectName(QStringLiteral("fromText"));
    m_fromImage->setObjectName(QStringLiteral("fromImage"));
    m_fromText->setToolTip(tr("The video is made from the prompt alone"));
    m_fromImage->setToolTip(tr("The video starts from your image and follows the prompt"));
    auto *modeRow = new QHBoxLayout;
    modeRow->addWidget(m_fromText);
    modeRow->addWidget(m_fromImage);
    modeRow->addStretch(1);

    m_prompt->setObjectName(QStringLiteral("videoPrompt"));
    m_prompt->setAccessibleName(tr("Prompt"));
    m_prompt->setToolTip(tr("Describe what happens; Tab moves on"));
    m_prompt->setPlaceholderText(tr("What happens in the video: subject, action, setting, camera, light…"));
    m_prompt->setTabChangesFocus(true);
    m_prompt->setFixedHeight(m_prompt->fontMetrics().lineSpacing() * 5 + 12);

    auto *choose = new QPushButton(tr("&Choose…"), m_imageRow);
    choose->setObjectName(QStringLiteral("chooseImage"));
    choose->setToolTip(tr("Pick the image from a file"));
    auto *imageLayout = new QHBoxLayout(m_imageRow);
    imageLayout->setContentsMargins(0, 0, 0, 0);
    imageLayout->addWidget(m_drop, 1);
    imageLayout->addWidget(choose, 0, Qt::AlignTop);

    m_seconds->setObjectName(QStringLiteral("videoSeconds"));
    m_seconds->setRange(1, 120);
    m_seconds->setValue(8);
    m_seconds->setSuffix(tr(" s"));
    m_seconds->setToolTip(tr("How long the video lasts"));
    m_aspect->setObjectName(QStringLiteral("videoAspect"));
    m_resolution->setObjectName(QStringLiteral("videoResolution"));
    m_resolution->setToolTip(tr("The picture's height in pixels: higher costs more and takes longer"));
    for (const char *resolution : {"480p", "720p", "1080p"})
        m_resolution->addItem(QLatin1String(resolution), QLatin1String(resolution));
    m_resolution->setCurrentIndex(1);

    form()->addRow(tr("Start:"), modeRow);
    form()->addRow(tr("P&rompt:"), m_prompt);
    form()->addRow(tr("Image:"), m_imageRow);
    form()->addRow(tr("&Duration:"), m_seconds);
    form()->addRow(tr("&Aspect:"), m_aspect);
    form()->addRow(tr("Re&solution:"), m_resolution);

    connect(m_fromImage, &QRadioButton::toggled, this, &NewVideoDialog::updateMode);
    connect(m_prompt, &QPlainTextEdit::textChanged, this, &NewVideoDialog::refresh);
    connect(m_seconds, &QSpinBox::valueChanged, this, &NewVideoDialog::refresh);
    connect(m_aspect, &QComboBox::currentIndexChanged, this, &NewVideoDialog::refresh);
    connect(m_resolution, &QComboBox::currentIndexChanged, this, &NewVideoDialog::refresh);
    connect(choose, &QPushButton::clicked, this, &NewVideoDialog::chooseImage);
    connect(m_drop, &ImageDropArea::chooseRequested, this, &NewVideoDialog::chooseImage);
    // A dropped image says what the user wants: image-to-video.
    connect(m_drop, &ImageDropArea::imageChosen, this, [this] {
        setImageMode(true);
        refresh();
    });
    connect(m_drop, &ImageDropArea::rejected, this, &NewVideoDialog::refresh);
    updateMode();
}

bool NewVideoDialog::imageMode() const
{
    return m_fromImage->isChecked();
}

void NewVideoDialog::setImageMode(bool on)
{
    (on ? m_fromImage : m_fromText)->setChecked(true);
}

bool NewVideoDialog::setImagePath(const QString &path)
{
    return m_drop->setImagePath(path);
}

void NewVideoDialog::updateMode()
{
    m_imageRow->setEnabled(imageMode());
    setKind(imageMode() ? JobKind::GenerateImage : JobKind::GenerateText);
    refresh();
}

void NewVideoDialog::chooseImage()
{
    auto *dialog = new QFileDialog(this, tr("Choose an Image"),
                                   QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
                                   tr("Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif)"));
    dialog->setObjectName(QStringLiteral("chooseImageDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &NewVideoDialog::setImagePath);
    dialog->open();
}

Result<GenerationPlan> NewVideoDialog::currentPlan() const
{
    if (imageMode() && m_drop->imagePath().isEmpty())
        return Failure{tr("Choose an image, or drop one onto the image area."), FailureKind::BadInput};
    VideoForm form;
    form.prompt = m_prompt->toPlainText();
    form.imagePath = imageMode() ? m_drop->imagePath() : QString();
    form.seconds = m_seconds->value();
    form.aspect = aspectOf(m_aspect);
    form.resolution = m_resolution->currentData().toString();
    return GenerationService::plan(form);
}

}  // namespace storyreel
