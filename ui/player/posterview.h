#pragma once

#include <QPixmap>
#include <QWidget>

class QLabel;

namespace storyreel {

// What the player shows instead of the picture: the video's poster scaled to fit (or a neutral card
// when there is none) with an optional message over it (missing file, decoder error).
class PosterView final : public QWidget
{
    Q_OBJECT

public:
    explicit PosterView(QWidget *parent = nullptr);

    void setPoster(const QString &path);
    bool hasPoster() const { return !m_poster.isNull(); }
    void setMessage(const QString &message);
    QString message() const;

Q_SIGNALS:
    void doubleClicked();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitMessage();

    QPixmap m_poster;
    QLabel *m_message;
};

}  // namespace storyreel
