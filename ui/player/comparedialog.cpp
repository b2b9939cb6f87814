#include "comparedialog.h"

#include "datalocation.h"
#include "library/videotext.h"
#include "playerwidget.h"
#include "reviewnotestore.h"
#include "shortcuts/shortcutregistry.h"
#include "widgets/dialogbuttons.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace storyreel {

CompareDialog::CompareDialog(const Catalog &catalog, const DataLocation &location, const Video &left,
                             const Video &right, QWidget *parent)
    : QDialog(parent), m_catalog(catalog), m_location(location), m_videos{left, right}
{
    setObjectName(QStringLiteral("compareDialog"));
    setModal(false);
    setSizeGripEnabled(true);
    setWindowTitle(tr("Compare: %1 and %2").arg(videotext::title(left), videotext::title(right)));

    m_playBoth = new QPushButton(this);
    m_playBoth->setAutoDefault(false);
    m_playBoth->setFocusPolicy(Qt::TabFocus);
    m_sync = new QCheckBox(tr("Sync"), this);
    m_sync->setChecked(true);
    m_sync->setAccessibleName(tr("Keep both videos in step"));
    m_sync->setToolTip(tr("Seeking one video seeks the other to the same moment"));

    auto *sides = new QHBoxLayout;
    sides->setSpacing(16);
    sides->addWidget(buildSide(0), 1);
    sides->addWidget(buildSide(1), 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    describeStandardButtons(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_playBoth);
    bottom->addWidget(m_sync);
    bottom->addStretch(1);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(sides, 1);
    layout->addLayout(bottom);

    // Space anywhere in the dialog plays or pauses both (a player's other keys still work alone).
    auto *space = new QShortcut(this);
    ShortcutRegistry::instance().bind(space, QStringLiteral("compare.playBoth"));
    connect(space, &QShortcut::activated, this, &CompareDialog::togglePlayBoth);
    connect(m_playBoth, &QPushButton::clicked, this, &CompareDialog::togglePlayBoth);
    refreshPlayBoth();
    refreshDefaultMarks();
    resize(1280, 600);
}

QWidget *CompareDialog::buildSide(int side)
{
    const Video &video = m_videos[side];
    auto *box = new QWidget(this);
    auto *title = new QLabel(videotext::title(video), box);
    title->setObjectName(QStringLiteral("compareTitle%1").arg(side));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    title->setToolTip(video.prompt);
    m_badges[side] = new QLabel(tr("Default"), box);
    m_badges[side]->setObjectName(QStringLiteral("defaultBadge%1").arg(side));
    m_badges[side]->setStyleSheet(
        QStringLiteral("QLabel { color: white; background: #2e7d32; "
                       "border-radius: 9px; padding: 1px 8px; }"));
    QStringList details;
    if (video.durationMs > 0)
        details << tr("%1 s").arg(QLocale().toString(video.durationMs / 1000.0, 'f', 1));
    if (video.createdAt.isValid())
        details << QLocale().toString(video.createdAt.toLocalTime(), QLocale::ShortFormat);
    if (Result<QList<ReviewNote>> notes = ReviewNoteStore(m_catalog).forVideo(video.id);
        notes && !notes->isEmpty())
        details << tr("%n review note(s)", nullptr, int(notes->size()));
    auto *detail = new QLabel(details.join(QStringLiteral("  ·  ")), box);
    detail->setForegroundRole(QPalette::PlaceholderText);

    m_players[side] = new PlayerWidget(box);
    m_players[side]->setAccessibleName(side == 0 ? tr("Left video") : tr("Right video"));
    m_players[side]->setSource(m_location.absolute(video.filePath), m_location.absolute(video.posterPath));

    m_makeDefault[side] = new QPushButton(tr("Make Default"), box);
    m_makeDefault[side]->setAutoDefault(false);
    m_makeDefault[side]->setAccessibleName(tr("Make %1 the look's default").arg(videotext::title(video)));

    auto *head = new QHBoxLayout;
    head->addWidget(title, 1);
    head->addWidget(m_badges[side]);
    auto *foot = new QHBoxLayout;
    foot->addWidget(detail, 1);
    foot->addWidget(m_makeDefault[side]);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(head);
    layout->addWidget(m_players[side], 1);
    layout->addLayout(foot);

    const qint64 id = video.id;
    connect(m_makeDefault[side], &QPushButton::clicked, this, [this, id] { Q_EMIT defaultChosen(id); });
    connect(m_players[side], &PlayerWidget::userSeeked, this,
            [this, side](qint64 ms) { followSeek(side, ms); });
    connect(m_players[side], &PlayerWidget::playingChanged, this, &CompareDialog::refreshPlayBoth);
    return box;
}

void CompareDialog::setCurrentDefault(qint64 videoId)
{
    m_currentDefault = videoId;
    refreshDefaultMarks();
}

void CompareDialog::refreshDefaultMarks()
{
    for (int side : {0, 1}) {
        const Video &video = m_videos[side];
        const bool isDefault = m_currentDefault != 0 && video.id == m_currentDefault;
        const bool eligible = video.status == VideoStatus::Succeeded;
        m_badges[side]->setVisible(isDefault);
        m_makeDefault[side]->setEnabled(!isDefault && eligible);
        m_makeDefault[side]->setText(isDefault ? tr("Current Default") : tr("Make Default"));
        m_makeDefault[side]->setToolTip(isDefault  ? tr("This video is the look's default")
                                        : eligible ? tr("Show this video for the look in storefronts")
                                                   : tr("Only a finished video can be the default"));
    }
}

void CompareDialog::playBoth()
{
    // In step: the right side starts where the left one is.
    if (isSynced())
        m_players[1]->seek(m_players[0]->position());
    for (PlayerWidget *player : m_players)
        player->play();
}

void CompareDialog::pauseBoth()
{
    for (PlayerWidget *player : m_players)
        player->pause();
}

void CompareDialog::togglePlayBoth()
{
    if (m_players[0]->isPlaying() || m_players[1]->isPlaying())
        pauseBoth();
    else
        playBoth();
}

void CompareDialog::setSynced(bool synced)
{
    m_sync->setChecked(synced);
}

bool CompareDialog::isSynced() const
{
    return m_sync->isChecked();
}

void CompareDialog::followSeek(int fromSide, qint64 positionMs)
{
    if (!isSynced())
        return;
    PlayerWidget *other = m_players[1 - fromSide];
    if (!m_players[fromSide]->isPlaying())
        other->pause();  // stepping one side frame by frame holds the other on the same moment
    other->seek(positionMs);
}

void CompareDialog::refreshPlayBoth()
{
    const bool playing = m_players[0]->isPlaying() || m_players[1]->isPlaying();
    m_playBoth->setText(playing ? tr("Pause Both") : tr("Play Both"));
    m_playBoth->setAccessibleName(m_playBoth->text());
    m_playBoth->setToolTip(playing ? tr("Pause both videos (Space)") : tr("Play both videos (Space)"));
}

void CompareDialog::done(int result)
{
    for (PlayerWidget *player : m_players) {
        player->setFullScreenPlayback(false);
        player->stop();
    }
    QDialog::done(result);
}

}  // namespace storyreel
