#pragma once

#include <QDialog>

namespace storyreel {

class PlayerWidget;

// Plays one file that is not a library video (a storyboard's render version) in the studio's player.
class PlayerDialog final : public QDialog
{
    Q_OBJECT

public:
    PlayerDialog(const QString &absolutePath, const QString &title, QWidget *parent = nullptr);

    PlayerWidget *player() const { return m_player; }

private:
    PlayerWidget *m_player;
};

}  // namespace storyreel
