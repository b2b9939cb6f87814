#pragma once

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;
class QLabel;

namespace storyreel {

// "New Storyboard from Script…": a title and the script, pasted or loaded from a .txt file. One
// scene per paragraph; the preview line says how many scenes that makes. Opened with open().
class ScriptDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ScriptDialog(QWidget *parent = nullptr);

    QString title() const;
    QString script() const;
    void setScript(const QString &text);
    // Reads a text file into the script box; false (and a message in the dialog) if it cannot.
    bool loadFile(const QString &path);

Q_SIGNALS:
    void createRequested(const QString &title, const QString &script);

private:
    void updatePreview();

    QLineEdit *m_title;
    QPlainTextEdit *m_script;
    QLabel *m_preview;
};

}  // namespace storyreel
