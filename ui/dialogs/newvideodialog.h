#pragma once

#include "generationdialog.h"

class QComboBox;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;

namespace storyreel {

class ImageDropArea;

// File ▸ New Video: text-to-video from a prompt, or image-to-video from an image chosen with a file
// dialog or dropped onto the dialog's drop area; duration, aspect and resolution.
class NewVideoDialog final : public GenerationDialog
{
    Q_OBJECT

public:
    NewVideoDialog(ProviderHub &hub, GenerationService &generation, QWidget *parent = nullptr);

    QPlainTextEdit *promptEdit() const { return m_prompt; }
    ImageDropArea *dropArea() const { return m_drop; }
    QSpinBox *secondsBox() const { return m_seconds; }
    bool imageMode() const;
    void setImageMode(bool on);
    // As if chosen in the file dialog; false (and a message in the drop area) when it is no image.
    bool setImagePath(const QString &path);

private:
    Result<GenerationPlan> currentPlan() const override;
    void chooseImage();
    void updateMode();

    QRadioButton *m_fromText;
    QRadioButton *m_fromImage;
    QPlainTextEdit *m_prompt;
    QWidget *m_imageRow;
    ImageDropArea *m_drop;
    QSpinBox *m_seconds;
    QComboBox *m_aspect;
    QComboBox *m_resolution;
};

}  // namespace storyreel
