#pragma once

#include <QMenu>

class QActionGroup;
class QSettings;

namespace storyreel {

// Settings › Language: "System Default" and every language the studio ships, each named in itself.
// The choice is saved at once and takes effect at the next start (widgets are built translated);
// the menu offers to restart now.
class LanguageMenu final : public QMenu
{
    Q_OBJECT

public:
    LanguageMenu(QSettings &settings, QWidget *parent = nullptr);

    // The action for a language code ("" = system default); for tests and the keyboard walk.
    QAction *actionFor(const QString &code) const;

Q_SIGNALS:
    // The user chose another language and asked to restart now.
    void restartRequested();

private:
    void choose(const QString &code);

    QSettings &m_settings;
    QActionGroup *m_group;
};

}  // namespace storyreel
