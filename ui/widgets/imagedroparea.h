#pragma once

#include <QFrame>
#include <QImage>

class QLabel;

namespace storyreel {

// Where an image for image-to-video is dropped (or shown after "Choose…"): accepts one local image
// file, checked by its content, and shows a preview; anything else is refused with a message saying
// why, in the area itself.
class ImageDropArea final : public QFrame
{
    Q_OBJECT

public:
    explicit ImageDropArea(QWidget *parent = nullptr);

    QString imagePath() const { return m_path; }
    QString message() const;
    // Shows `path` when it is a readable image; otherwise keeps the current one, says why and
    // returns false.
    bool setImagePath(const QString &path);
    void clear();

    // Why `path` cannot be used as an image; empty when it can.
    static QString problemWith(const QString &path);

Q_SIGNALS:
    // An image was dropped or set.
    void imageChosen(const QString &path);
    // A drop was refused: not a local file, more than one, or not an image.
    void rejected(const QString &message);
    // Space or Return on the area: the user wants to pick the image from a file.
    void chooseRequested();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void setHighlighted(bool on);
    void showText(const QString &text);
    void showPreview();

    QLabel *m_preview;
    QLabel *m_text;
    QString m_path;
    QImage m_image;  // the chosen image, scaled down once for previews
};

}  // namespace storyreel
