#pragma once

#include <QWidget>

class QButtonGroup;
class QVBoxLayout;

namespace storyreel {

// A vertical strip of large, checkable icon buttons that switch workspaces. Buttons, not list items,
// so each is focusable, has an accessible name and works with Space/Enter.
class NavigationRail final : public QWidget
{
    Q_OBJECT

public:
    explicit NavigationRail(QWidget *parent = nullptr);

    void addEntry(const QIcon &icon, const QString &label, const QString &toolTip);
    void setCurrentIndex(int index);
    int currentIndex() const;

Q_SIGNALS:
    // Emitted when the user or setCurrentIndex() selects another entry.
    void currentIndexChanged(int index);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QButtonGroup *m_group;
    QVBoxLayout *m_layout;
};

}  // namespace storyreel
