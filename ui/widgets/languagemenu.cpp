#include "languagemenu.h"

#include "translations.h"

#include <QActionGroup>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

namespace storyreel {

LanguageMenu::LanguageMenu(QSettings &settings, QWidget *parent)
    : QMenu(tr("&Language"), parent), m_settings(settings), m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    // The language the system's choice gives: its own when the studio ships it, else English.
    const QString systemCode = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
    const QString systemName =
        nativeLanguageName(availableLanguages().contains(systemCode) ? systemCode : QStringLiteral("en"));
    QStringList codes{QString()};
    codes << availableLanguages();
    const QString current = preferredLanguage(settings);
    for (const QString &code : codes) {
        const QString label = code.isEmpty() ? tr("&System Default (%1)").arg(systemName)
                                             : QLatin1Char('&') + nativeLanguageName(code);
        QAction *action = addAction(label);
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        action->setObjectName(code.isEmpty() ? QStringLiteral("languageSystem")
                                             : QStringLiteral("language_%1").arg(code));
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { choose(code); });
        if (code.isEmpty())
            addSeparator();
    }
}

QAction *LanguageMenu::actionFor(const QString &code) const
{
    for (QAction *action : m_group->actions()) {
        if (action->data().toString() == code)
            return action;
    }
    return nullptr;
}

void LanguageMenu::choose(const QString &code)
{
    if (preferredLanguage(m_settings) == code)
        return;
    setPreferredLanguage(m_settings, code);
    m_settings.sync();
    const QString name = code.isEmpty() ? tr("the system's language") : nativeLanguageName(code);
    QMessageBox box(QMessageBox::Information, tr("Language"),
                    tr("Storyreel Studio will speak %1 from its next start.").arg(name),
                    QMessageBox::NoButton, parentWidget());
    box.setObjectName(QStringLiteral("languageRestartBox"));
    box.setInformativeText(tr("Jobs keep running in the job monitor while the studio restarts."));
    QPushButton *restart = box.addButton(tr("&Restart Now"), QMessageBox::AcceptRole);
    box.addButton(tr("&Later"), QMessageBox::RejectRole);
    box.setDefaultButton(restart);
    box.exec();
    if (box.clickedButton() == restart)
        Q_EMIT restartRequested();
}

}  // namespace storyreel
