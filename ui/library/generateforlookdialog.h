#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QSpinBox;

namespace storyreel {

// Asks what video to make for a look: a prompt (prefilled from the look and its products) and a
// length. Says where it will be made and what it costs before anything is submitted.
class GenerateForLookDialog final : public QDialog
{
    Q_OBJECT

public:
    GenerateForLookDialog(const QString &lookTitle, const QString &suggestedPrompt,
                          const QString &whereAndCost, QWidget *parent = nullptr);

    QString prompt() const;
    int seconds() const;

Q_SIGNALS:
    void submitted(const QString &prompt, int seconds);

private:
    void accept() override;

    QPlainTextEdit *m_prompt;
    QSpinBox *m_seconds;
    QLabel *m_error;
};

}  // namespace storyreel
