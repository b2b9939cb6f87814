#include "navigationrail.h"

#include "keyboardaids.h"

#include <QButtonGroup>
#include <QPainter>
#include <QToolButton>
#include <QVBoxLayout>

namespace storyreel {
namespace {

// The rail keeps its own dark look in both palettes.
const char *const kRailStyle =
    "QToolButton { color: #c9cdd8; background: transparent; border: none; border-radius: 10px; padding: 8px "
    "2px; }"
    "QToolButton:hover { background: #2d303b; }"
    "QToolButton:checked { background: #e86a3c; color: white; }"
    "QToolButton:focus { outline: none; border: 2px solid #ffb454; }";

}  // namespace

NavigationRail::NavigationRail(QWidget *parent)
    : QWidget(parent), m_group(new QButtonGroup(this)), m_layout(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("navigationRail"));
    setFixedWidth(96);
    setStyleSheet(QString::fromLatin1(kRailStyle));
    m_layout->setContentsMargins(8, 12, 8, 12);
    m_layout->setSpacing(6);
    m_layout->addStretch(1);
    m_group->setExclusive(true);
    connect(m_group, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (!checked)
            return;
        // One Tab stop, the current workspace (like a tab list); Up and Down move between the buttons.
        for (QAbstractButton *button : m_group->buttons())
            button->setFocusPolicy(button->isChecked() ? Qt::StrongFocus : Qt::ClickFocus);
        Q_EMIT currentIndexChanged(id);
    });
}

void NavigationRail::addEntry(const QIcon &icon, const QString &label, const QString &toolTip)
{
    auto *button = new QToolButton(this);
    button->setObjectName(QStringLiteral("railButton%1").arg(m_group->buttons().size()));
    button->setIcon(icon);
    button->setIconSize(QSize(30, 30));
    button->setText(label);
    button->setToolTip(toolTip);
    button->setAccessibleName(label);
    button->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    button->setCheckable(true);
    button->setFocusPolicy(Qt::StrongFocus);
    KeyboardAids::drawsOwnFocus(button);  // the amber border of the style sheet below
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    button->setMinimumHeight(68);
    m_group->addButton(button, int(m_group->buttons().size()));
    m_layout->insertWidget(m_layout->count() - 1, button);
}

void NavigationRail::setCurrentIndex(int index)
{
    if (QAbstractButton *button = m_group->button(index))
        button->setChecked(true);
}

int NavigationRail::currentIndex() const
{
    return m_group->checkedId();
}

void NavigationRail::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0x20, 0x22, 0x2b));
}

}  // namespace storyreel
