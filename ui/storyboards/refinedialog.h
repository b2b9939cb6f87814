#pragma once

#include "storyboard.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace storyreel {

// "Refine scene N": a new image prompt and/or description, sent through the storyboard's provider.
// Shows how many of the storyboard's 5 refinements (seed 003) are left; at the limit it says so and
// cannot be submitted. Opened with open() (window-modal, no nested event loop).
class RefineDialog final : public QDialog
{
    Q_OBJECT

public:
    RefineDialog(int row, const Scene &scene, int refinementsLeft, int maxRefinements,
                 QWidget *parent = nullptr);

    int row() const { return m_row; }
    QString imagePrompt() const;
    QString description() const;
    QLabel *countLabel() const { return m_count; }
    bool canSubmit() const;
    // A refinement failed: keep the dialog open with the reason.
    void showError(const QString &message);

Q_SIGNALS:
    void refineRequested(int row, const QString &imagePrompt, const QString &description);

private:
    void updateButtons();

    int m_row;
    int m_left;
    Scene m_scene;
    QLabel *m_count;
    QLabel *m_error;
    QPlainTextEdit *m_prompt;
    QPlainTextEdit *m_description;
    QDialogButtonBox *m_buttons;
};

}  // namespace storyreel
