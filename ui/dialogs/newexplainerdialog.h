#pragma once

#include "generationdialog.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace storyreel {

// File ▸ New Explainer: an educational video (the t2m dialect) from a topic and its context, with
// quality and priority.
class NewExplainerDialog final : public GenerationDialog
{
    Q_OBJECT

public:
    NewExplainerDialog(ProviderHub &hub, GenerationService &generation, QWidget *parent = nullptr);

    QLineEdit *topicEdit() const { return m_topic; }
    QPlainTextEdit *contextEdit() const { return m_context; }

private:
    Result<GenerationPlan> currentPlan() const override;

    QLineEdit *m_topic;
    QPlainTextEdit *m_context;
    QComboBox *m_quality;
    QComboBox *m_priority;
};

}  // namespace storyreel
