#pragma once

#include <QProxyStyle>

namespace storyreel {

// Fusion, with keyboard focus that shows in both themes. Fusion marks focus with a faint tint (and
// not at all on text boxes and lists); here a solid ring (focusring) goes around the focused widget,
// drawn by the focus frame KeyboardAids keeps on it, and around an item view's current item.
class FocusStyle final : public QProxyStyle
{
    Q_OBJECT

public:
    FocusStyle();

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget = nullptr) const override;
    int styleHint(StyleHint hint, const QStyleOption *option = nullptr, const QWidget *widget = nullptr,
                  QStyleHintReturn *returnData = nullptr) const override;
};

}  // namespace storyreel
