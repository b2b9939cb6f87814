#include "translations.h"

#include <QCoreApplication>
#include <QTranslator>

namespace storyreel {

void installTranslations(QCoreApplication &app, const QLocale &locale)
{
    auto *translator = new QTranslator(&app);
    const QString directory = QStringLiteral(":/storyreel/i18n");
    if (translator->load(locale, QStringLiteral("storyreel"), QStringLiteral("_"), directory) ||
        translator->load(QStringLiteral("storyreel_en"), directory)) {
        QCoreApplication::installTranslator(translator);
    } else {
        delete translator;
    }
}

}  // namespace storyreel
