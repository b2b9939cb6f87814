#pragma once

#include <QObject>
#include <QPointer>

class QFocusFrame;
class QWidget;

namespace storyreel {

// Keyboard help for every window of the application, installed once (the main window does): a focus
// ring that follows the keyboard focus once the keyboard moved it (Tab, arrows, a shortcut), and
// Shift+F10 opening the focused widget's context menu as the Menu key does (Qt maps only the Menu key).
class KeyboardAids final : public QObject
{
    Q_OBJECT

public:
    static void install();
    // A widget that draws its own focus (the navigation rail's buttons) gets no extra ring.
    static void drawsOwnFocus(QWidget *widget);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit KeyboardAids(QObject *parent);
    void follow(QWidget *focused);
    static bool openContextMenu(QWidget *widget);

    QPointer<QFocusFrame> m_frame;
};

}  // namespace storyreel
