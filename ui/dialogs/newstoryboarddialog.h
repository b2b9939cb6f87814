#pragma once

#include "generationdialog.h"

class QComboBox;
class QPlainTextEdit;
class QSpinBox;

namespace storyreel {

// File ▸ New Storyboard: a storyboard generated from a story prompt (the storyboard dialect), with
// its duration, style and aspect; the scenes are reviewed and rendered in the Storyboards workspace.
class NewStoryboardDialog final : public GenerationDialog
{
    Q_OBJECT

public:
    NewStoryboardDialog(ProviderHub &hub, GenerationService &generation, QWidget *parent = nullptr);

    QPlainTextEdit *promptEdit() const { return m_prompt; }

private:
    Result<GenerationPlan> currentPlan() const override;

    QPlainTextEdit *m_prompt;
    QSpinBox *m_seconds;
    QComboBox *m_style;
    QComboBox *m_aspect;
};

}  // namespace storyreel
