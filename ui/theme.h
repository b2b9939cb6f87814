#pragma once

#include <QPalette>
#include <QString>

namespace storyreel {

// Light and dark palettes on the Fusion style. "System" follows the desktop's preference as far as
// Qt 6.4 can see it: the platform palette's brightness and GTK_THEME's ":dark" variant.
enum class ThemeMode { System, Light, Dark };

class Theme final
{
public:
    // Call once before the first window: remembers the platform palette to tell the system's preference.
    static void initialize();
    static void apply(ThemeMode mode);
    static bool systemPrefersDark();
    static bool isDark(ThemeMode mode)
    {
        return mode == ThemeMode::Dark || (mode == ThemeMode::System && systemPrefersDark());
    }

    static QString toSetting(ThemeMode mode);
    static ThemeMode fromSetting(const QString &value);

private:
    static QPalette lightPalette();
    static QPalette darkPalette();
};

}  // namespace storyreel
