#include "theme.h"

#include "focusstyle.h"

#include <QApplication>

namespace storyreel {
namespace {

QPalette g_platformPalette;
bool g_initialized = false;

}  // namespace

void Theme::initialize()
{
    if (g_initialized)
        return;
    g_platformPalette = QApplication::palette();
    QApplication::setStyle(new FocusStyle);  // Fusion, with focus that shows
    g_initialized = true;
}

bool Theme::systemPrefersDark()
{
    if (qEnvironmentVariable("GTK_THEME").contains(QLatin1String(":dark"), Qt::CaseInsensitive))
        return true;
    const QColor window = g_platformPalette.color(QPalette::Window);
    const QColor text = g_platformPalette.color(QPalette::WindowText);
    return window.lightness() < text.lightness();
}

void Theme::apply(ThemeMode mode)
{
    initialize();
    QApplication::setPalette(isDark(mode) ? darkPalette() : lightPalette());
}

QString Theme::toSetting(ThemeMode mode)
{
    switch (mode) {
        case ThemeMode::Light:
            return QStringLiteral("light");
        case ThemeMode::Dark:
            return QStringLiteral("dark");
        case ThemeMode::System:
            break;
    }
    return QStringLiteral("system");
}

ThemeMode Theme::fromSetting(const QString &value)
{
    if (value == QLatin1String("light"))
        return ThemeMode::Light;
    if (value == QLatin1String("dark"))
        return ThemeMode::Dark;
    return ThemeMode::System;
}

QPalette Theme::lightPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0xf4, 0xf5, 0xf8));
    palette.setColor(QPalette::WindowText, QColor(0x1e, 0x21, 0x2b));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, QColor(0xee, 0xf0, 0xf4));
    palette.setColor(QPalette::ToolTipBase, QColor(0x2a, 0x2d, 0x38));
    palette.setColor(QPalette::ToolTipText, Qt::white);
    palette.setColor(QPalette::PlaceholderText, QColor(0x80, 0x86, 0x94));
    palette.setColor(QPalette::Text, QColor(0x1e, 0x21, 0x2b));
    palette.setColor(QPalette::Button, QColor(0xe9, 0xeb, 0xf0));
    palette.setColor(QPalette::ButtonText, QColor(0x1e, 0x21, 0x2b));
    palette.setColor(QPalette::Highlight, QColor(0xe8, 0x6a, 0x3c));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0xc2, 0x4e, 0x22));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0xa0, 0xa4, 0xae));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0xa0, 0xa4, 0xae));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0xa0, 0xa4, 0xae));
    return palette;
}

QPalette Theme::darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x26, 0x28, 0x31));
    palette.setColor(QPalette::WindowText, QColor(0xe6, 0xe8, 0xee));
    palette.setColor(QPalette::Base, QColor(0x1c, 0x1e, 0x25));
    palette.setColor(QPalette::AlternateBase, QColor(0x23, 0x25, 0x2d));
    palette.setColor(QPalette::ToolTipBase, QColor(0x33, 0x36, 0x42));
    palette.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe8, 0xee));
    palette.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8f, 0x9c));
    palette.setColor(QPalette::Text, QColor(0xe6, 0xe8, 0xee));
    palette.setColor(QPalette::Button, QColor(0x31, 0x34, 0x3f));
    palette.setColor(QPalette::ButtonText, QColor(0xe6, 0xe8, 0xee));
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    palette.setColor(QPalette::Highlight, QColor(0xe8, 0x6a, 0x3c));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0xff, 0xa0, 0x70));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6c, 0x70, 0x7c));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6c, 0x70, 0x7c));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6c, 0x70, 0x7c));
    return palette;
}

}  // namespace storyreel
