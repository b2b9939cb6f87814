#include "playerdialog.h"

#include "playerwidget.h"
#include "widgets/dialogbuttons.h"

#include <QDialogButtonBox>
#include <QVBoxLayout>

namespace storyreel {

PlayerDialog::PlayerDialog(const QString &absolutePath, const QString &title, QWidget *parent)
    : QDialog(parent), m_player(new PlayerWidget(this))
{
    setObjectName(QStringLiteral("playerDialog"));
    setWindowTitle(title);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    describeStandardButtons(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_player, 1);
    layout->addWidget(buttons);
    resize(960, 600);
    connect(buttons, &QDialogButtonBox::rejected, this, &PlayerDialog::reject);
    // Closing stops the sound at once; the dialog is usually deleted on close.
    connect(this, &QDialog::finished, m_player, &PlayerWidget::stop);
    m_player->setSource(absolutePath);
    m_player->setFocus();
    m_player->play();
}

}  // namespace storyreel
