#include "reviewdialog.h"

#include "datalocation.h"
#include "library/videotext.h"
#include "playerwidget.h"
#include "reviewnotespanel.h"
#include "widgets/dialogbuttons.h"

#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace storyreel {

ReviewDialog::ReviewDialog(const Catalog &catalog, const DataLocation &location, const Video &video,
                           QWidget *parent)
    : QDialog(parent),
      m_location(location),
      m_video(video),
      m_title(new QLabel(this)),
      m_details(new QLabel(this)),
      m_player(new PlayerWidget(this)),
      m_notes(new ReviewNotesPanel(catalog, video.id, m_player, this))
{
    setObjectName(QStringLiteral("reviewDialog"));
    setModal(false);
    setSizeGripEnabled(true);
    m_title->setObjectName(QStringLiteral("reviewTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setAccessibleDescription(tr("The video under review"));
    m_details->setObjectName(QStringLiteral("reviewDetails"));
    m_details->setForegroundRole(QPalette::PlaceholderText);
    m_notes->setMinimumWidth(280);
    addActions(m_notes->windowActions());

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_player);
    splitter->addWidget(m_notes);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setSizes({760, 320});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    describeStandardButtons(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(m_player, &PlayerWidget::fullScreenChanged, this, [this](bool on) {
        if (!on)
            m_player->setFocus();
    });
    loadVideo();
    resize(1120, 640);
    m_player->setFocus();
}

void ReviewDialog::setVideo(const Video &video)
{
    const bool fileChanged = video.filePath != m_video.filePath || video.posterPath != m_video.posterPath;
    m_video = video;
    if (fileChanged) {
        loadVideo();
    } else {
        m_title->setText(videotext::title(m_video));
        setWindowTitle(tr("Review: %1").arg(videotext::title(m_video)));
    }
}

void ReviewDialog::loadVideo()
{
    const QString title = videotext::title(m_video);
    m_title->setText(title);
    setWindowTitle(tr("Review: %1").arg(title));
    m_notes->setVideoTitle(title);
    QStringList details;
    if (m_video.durationMs > 0)
        details << tr("%1 s").arg(QLocale().toString(m_video.durationMs / 1000.0, 'f', 1));
    if (m_video.width > 0 && m_video.height > 0)
        details << QStringLiteral("%1 × %2").arg(m_video.width).arg(m_video.height);
    if (m_video.createdAt.isValid())
        details << QLocale().toString(m_video.createdAt.toLocalTime(), QLocale::ShortFormat);
    details << (m_video.filePath.isEmpty() ? tr("not on this computer") : tr("on this computer"));
    m_details->setText(details.join(QStringLiteral("  ·  ")));
    m_player->setSource(m_location.absolute(m_video.filePath), m_location.absolute(m_video.posterPath));
}

void ReviewDialog::closeEvent(QCloseEvent *event)
{
    m_player->stop();
    QDialog::closeEvent(event);
}

void ReviewDialog::done(int result)
{
    // Closing by Esc or the Close button: the video must not keep playing behind the library.
    m_player->setFullScreenPlayback(false);
    m_player->stop();
    QDialog::done(result);
}

}  // namespace storyreel
