#pragma once

#include <QTimer>

#include <functional>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QToolButton;

namespace storyreel {

// An inline message above a view (like KMessageWidget): a coloured strip with text, optional action
// buttons and a close button. Information hides itself after a while; warnings and errors stay until
// closed, so a message about something that failed is never missed.
class NoticeBar final : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Information, Positive, Warning, Error };

    explicit NoticeBar(QWidget *parent = nullptr);

    void show(Kind kind, const QString &text);
    // A button on the bar for the current message; removed with the message.
    QToolButton *addAction(const QString &text, const std::function<void()> &onClick);
    void dismiss();
    QString text() const;
    Kind kind() const { return m_kind; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Kind m_kind = Kind::Information;
    QLabel *m_text;
    QHBoxLayout *m_actions;
    QToolButton *m_close;
    QTimer m_autoHide;
};

}  // namespace storyreel
