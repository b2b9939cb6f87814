#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;
class QSettings;

namespace storyreel {

// The languages the studio ships (embedded .qm files under :/storyreel/i18n), as language codes.
QStringList availableLanguages();
// "English", "Deutsch": each language named in itself, as a language menu lists them.
QString nativeLanguageName(const QString &code);

// The language chosen in Settings › Language: a code of availableLanguages(), or empty to follow the
// system. Read from and written to the studio's QSettings ("ui/language").
QString preferredLanguage(const QSettings &settings);
void setPreferredLanguage(QSettings &settings, const QString &code);

// The locale a preference resolves to: the chosen language, or the system's when it is empty.
QLocale localeForLanguage(const QString &code);

// Installs the embedded translation for the locale's language, falling back to English (which holds
// the plural forms of "%n scene(s)" and the like), and Qt's own translation of its standard dialogs
// and buttons when the system has it (qt6-translations-l10n). Call once after the application object
// exists. Returns the language code installed ("de", "en").
QString installTranslations(QCoreApplication &app, const QLocale &locale = QLocale());

}  // namespace storyreel
