#pragma once

#include <QLocale>

class QCoreApplication;

namespace storyreel {

// Installs the embedded translation for the locale's language, falling back to English (which holds
// the plural forms of "%n scene(s)" and the like). Call once after the application object exists.
void installTranslations(QCoreApplication &app, const QLocale &locale = QLocale());

}  // namespace storyreel
