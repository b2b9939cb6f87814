#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace storyreel {

namespace {

const QString kDirectory = QStringLiteral(":/storyreel/i18n");
const QString kSettingsKey = QStringLiteral("ui/language");

}  // namespace

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de")};
}

QString nativeLanguageName(const QString &code)
{
    // QLocale says "American English" for en; a language menu names the language alone.
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    const QString name = QLocale(code).nativeLanguageName();
    return name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1);
}

QString preferredLanguage(const QSettings &settings)
{
    const QString code = settings.value(kSettingsKey).toString();
    return availableLanguages().contains(code) ? code : QString();
}

void setPreferredLanguage(QSettings &settings, const QString &code)
{
    if (availableLanguages().contains(code))
        settings.setValue(kSettingsKey, code);
    else
        settings.remove(kSettingsKey);
}

QLocale localeForLanguage(const QString &code)
{
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}

QString installTranslations(QCoreApplication &app, const QLocale &locale)
{
    auto *studio = new QTranslator(&app);
    if (!studio->load(locale, QStringLiteral("storyreel"), QStringLiteral("_"), kDirectory) &&
        !studio->load(QStringLiteral("storyreel_en"), kDirectory)) {
        delete studio;
        return {};
    }
    QCoreApplication::installTranslator(studio);
    const QString language = studio->language().section(QLatin1Char('_'), 0, 0);
    // Qt's standard buttons and dialogs (OK, Cancel, the file dialog) in the same language. English
    // needs none; a system without Qt's translations keeps them English.
    if (language != QLatin1String("en")) {
        auto *qt = new QTranslator(&app);
        if (qt->load(QLocale(language), QStringLiteral("qt"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
    }
    return language;
}

}  // namespace storyreel
