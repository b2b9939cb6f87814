#include "playercontrols.h"

#include "playerwidget.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProxyStyle>
#include <QRegularExpression>
#include <QSlider>
#include <QStyle>
#include <QToolButton>

#include <limits>

namespace storyreel {

namespace {

// A click on the scrubber's groove jumps there instead of paging.
class JumpClickStyle final : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;
    int styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                  QStyleHintReturn *returnData) const override
    {
        if (hint == SH_Slider_AbsoluteSetButtons)
            return Qt::LeftButton;
        return QProxyStyle::styleHint(hint, option, widget, returnData);
    }
};

QToolButton *makeButton(QWidget *parent, const QString &name, const QString &tip)
{
    auto *button = new QToolButton(parent);
    button->setAccessibleName(name);
    button->setToolTip(tip);
    button->setFocusPolicy(Qt::TabFocus);
    button->setAutoRaise(true);
    button->setIconSize(QSize(20, 20));
    return button;
}

QString rateText(double rate)
{
    return QStringLiteral("%1×").arg(QLocale().toString(rate, 'g', 3));
}

}  // namespace

PlayerControls::PlayerControls(QWidget *parent)
    : QWidget(parent),
      m_play(makeButton(this, tr("Play"), tr("Play (Space, L) · Pause (Space, K)"))),
      m_back(makeButton(this, tr("Previous frame"), tr("One frame back (Left while paused)"))),
      m_forward(makeButton(this, tr("Next frame"), tr("One frame forward (Right while paused)"))),
      m_current(new QLabel(this)),
      m_scrubber(new QSlider(Qt::Horizontal, this)),
      m_total(new QLabel(this)),
      m_loop(makeButton(this, tr("Loop"), tr("Loop: play the video again from the start at its end"))),
      m_speed(new QComboBox(this)),
      m_fullScreen(makeButton(this, tr("Full screen"), tr("Full screen (F or double-click; Esc leaves)")))
{
    setObjectName(QStringLiteral("playerControls"));
    m_play->setObjectName(QStringLiteral("playerPlay"));
    m_back->setObjectName(QStringLiteral("playerFrameBack"));
    m_forward->setObjectName(QStringLiteral("playerFrameForward"));
    m_loop->setObjectName(QStringLiteral("playerLoop"));
    m_speed->setObjectName(QStringLiteral("playerSpeed"));
    m_fullScreen->setObjectName(QStringLiteral("playerFullScreen"));
    m_scrubber->setObjectName(QStringLiteral("playerScrubber"));
    m_back->setIcon(style()->standardIcon(QStyle::SP_MediaSkipBackward));
    m_forward->setIcon(style()->standardIcon(QStyle::SP_MediaSkipForward));
    m_fullScreen->setIcon(style()->standardIcon(QStyle::SP_TitleBarMaxButton));
    m_loop->setText(tr("Loop"));
    m_loop->setCheckable(true);
    m_loop->setAutoRaise(false);
    m_loop->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto *jumpStyle = new JumpClickStyle;
    jumpStyle->setParent(m_scrubber);
    m_scrubber->setStyle(jumpStyle);
    m_scrubber->setFocusPolicy(Qt::NoFocus);  // the player's arrow keys step and skip instead
    m_scrubber->setAccessibleName(tr("Playback position"));
    m_scrubber->setToolTip(tr("Drag to scrub (Left/Right: frame or 5 s, Shift: 1 s, Home/End)"));
    m_scrubber->setRange(0, 0);

    for (QLabel *label : {m_current, m_total}) {
        label->setObjectName(label == m_current ? QStringLiteral("playerCurrentTime")
                                                : QStringLiteral("playerTotalTime"));
        label->setAlignment(Qt::AlignCenter);
    }
    m_current->setAccessibleName(tr("Current time"));
    m_total->setAccessibleName(tr("Duration"));

    for (double rate : PlayerWidget::playbackRates())
        m_speed->addItem(rateText(rate), rate);
    m_speed->setCurrentIndex(int(PlayerWidget::playbackRates().indexOf(1.0)));
    m_speed->setFocusPolicy(Qt::TabFocus);
    m_speed->setAccessibleName(tr("Playback speed"));
    m_speed->setToolTip(tr("Playback speed (L again speeds up to 1.5× and 2×; J rewinds)"));
    m_speed->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(4);
    layout->addWidget(m_back);
    layout->addWidget(m_play);
    layout->addWidget(m_forward);
    layout->addSpacing(6);
    layout->addWidget(m_current);
    layout->addWidget(m_scrubber, 1);
    layout->addWidget(m_total);
    layout->addSpacing(6);
    layout->addWidget(m_loop);
    layout->addWidget(m_speed);
    layout->addWidget(m_fullScreen);

    connect(m_play, &QToolButton::clicked, this, &PlayerControls::playPauseClicked);
    connect(m_back, &QToolButton::clicked, this, [this] { Q_EMIT frameStepClicked(-1); });
    connect(m_forward, &QToolButton::clicked, this, [this] { Q_EMIT frameStepClicked(1); });
    // Every way of moving the scrubber (drag, click, wheel) lands here with its new position.
    connect(m_scrubber, &QSlider::actionTriggered, this,
            [this] { Q_EMIT seekRequested(m_scrubber->sliderPosition()); });
    connect(m_loop, &QToolButton::toggled, this, &PlayerControls::loopToggled);
    connect(m_speed, &QComboBox::activated, this,
            [this](int index) { Q_EMIT rateChosen(m_speed->itemData(index).toDouble()); });
    connect(m_fullScreen, &QToolButton::clicked, this, &PlayerControls::fullScreenClicked);

    setPlaying(false);
    setDuration(0);
    setPosition(0);
}

QString PlayerControls::timeText(qint64 ms, bool tenths)
{
    const qint64 value = qMax<qint64>(0, ms);
    const qint64 seconds = value / 1000;
    QString text = seconds >= 3600
                       ? QStringLiteral("%1:%2:%3")
                             .arg(seconds / 3600)
                             .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
                             .arg(seconds % 60, 2, 10, QLatin1Char('0'))
                       : QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    if (tenths)
        text += QLocale().decimalPoint() + QString::number(value % 1000 / 100);
    return text;
}

void PlayerControls::setPlaying(bool playing)
{
    m_playing = playing;
    m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_play->setAccessibleName(playing ? tr("Pause") : tr("Play"));
}

void PlayerControls::setDuration(qint64 ms)
{
    m_scrubber->setRange(0, int(qMin<qint64>(ms, std::numeric_limits<int>::max())));
    m_scrubber->setPageStep(5000);
    m_scrubber->setSingleStep(1000);
    m_total->setText(timeText(ms, true));
    m_scrubber->setValue(
        int(qMin<qint64>(m_position, m_scrubber->maximum())));  // set before the range was known
    // Wide enough for the longest time of this video, so the scrubber does not move.
    const QString widest =
        timeText(ms, true).replace(QRegularExpression(QStringLiteral("\\d")), QStringLiteral("0"));
    const int width = m_current->fontMetrics().horizontalAdvance(widest) + 8;
    m_current->setMinimumWidth(width);
    m_total->setMinimumWidth(width);
}

void PlayerControls::setPosition(qint64 ms)
{
    m_position = ms;
    m_current->setText(timeText(ms, true));
    if (!m_scrubber->isSliderDown())
        m_scrubber->setValue(int(qMin<qint64>(ms, m_scrubber->maximum())));
}

void PlayerControls::setLooping(bool looping)
{
    m_loop->setChecked(looping);
}

void PlayerControls::setRate(double rate)
{
    const int index = m_speed->findData(rate);
    if (index >= 0)
        m_speed->setCurrentIndex(index);
}

void PlayerControls::setFullScreen(bool fullScreen)
{
    m_fullScreen->setIcon(
        style()->standardIcon(fullScreen ? QStyle::SP_TitleBarNormalButton : QStyle::SP_TitleBarMaxButton));
    m_fullScreen->setAccessibleName(fullScreen ? tr("Leave full screen") : tr("Full screen"));
    m_fullScreen->setToolTip(fullScreen ? tr("Leave full screen (Esc or F)")
                                        : tr("Full screen (F or double-click; Esc leaves)"));
}

void PlayerControls::setMediaAvailable(bool available)
{
    for (QWidget *widget : std::initializer_list<QWidget *>{m_play, m_back, m_forward, m_scrubber, m_loop,
                                                            m_speed, m_fullScreen})
        widget->setEnabled(available);
}

bool PlayerControls::isScrubbing() const
{
    return m_scrubber->isSliderDown();
}

}  // namespace storyreel
