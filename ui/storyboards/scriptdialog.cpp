#include "scriptdialog.h"

#include "widgets/dialogbuttons.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>

namespace storyreel {

ScriptDialog::ScriptDialog(QWidget *parent)
    : QDialog(parent),
      m_title(new QLineEdit(this)),
      m_script(new QPlainTextEdit(this)),
      m_preview(new QLabel(this))
{
    setObjectName(QStringLiteral("scriptDialog"));
    setWindowTitle(tr("New Storyboard from Script"));
    m_title->setObjectName(QStringLiteral("scriptTitle"));
    m_title->setPlaceholderText(tr("Untitled storyboard"));
    m_script->setObjectName(QStringLiteral("scriptText"));
    m_script->setToolTip(tr("Each paragraph becomes a scene; Tab moves on"));
    m_script->setTabChangesFocus(true);
    m_script->setPlaceholderText(
        tr("Paste the script here: one scene per paragraph (separated by an empty "
           "line). Each scene's duration is estimated from its word count."));
    m_preview->setObjectName(QStringLiteral("scriptPreview"));
    m_preview->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create Storyboard"));
    buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Make the storyboard, one scene per paragraph"));
    QPushButton *openFile = buttons->addButton(tr("Open Text File…"), QDialogButtonBox::ActionRole);
    openFile->setObjectName(QStringLiteral("openScriptFile"));
    openFile->setToolTip(tr("Read the script from a text file"));
    describeStandardButtons(buttons);

    auto *layout = new QFormLayout(this);
    layout->setRowWrapPolicy(QFormLayout::WrapAllRows);
    layout->addRow(tr("&Title"), m_title);
    layout->addRow(tr("&Script"), m_script);
    layout->addRow(m_preview);
    layout->addRow(buttons);

    connect(m_script, &QPlainTextEdit::textChanged, this, &ScriptDialog::updatePreview);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!script().trimmed().isEmpty())
            Q_EMIT createRequested(title(), script());
    });
    connect(openFile, &QPushButton::clicked, this, [this] {
        auto *picker =
            new QFileDialog(this, tr("Open Script"), QString(), tr("Text files (*.txt);;All files (*)"));
        picker->setAttribute(Qt::WA_DeleteOnClose);
        picker->setFileMode(QFileDialog::ExistingFile);
        connect(picker, &QFileDialog::fileSelected, this, &ScriptDialog::loadFile);
        picker->open();
    });
    updatePreview();
    resize(560, 460);
}

QString ScriptDialog::title() const
{
    return m_title->text().trimmed().isEmpty() ? m_title->placeholderText() : m_title->text().trimmed();
}

QString ScriptDialog::script() const
{
    return m_script->toPlainText();
}

void ScriptDialog::setScript(const QString &text)
{
    m_script->setPlainText(text);
}

bool ScriptDialog::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        m_preview->setText(tr("Cannot read %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        return false;
    }
    m_script->setPlainText(QString::fromUtf8(file.readAll()));
    if (m_title->text().isEmpty())
        m_title->setText(QFileInfo(path).completeBaseName());
    return true;
}

void ScriptDialog::updatePreview()
{
    static const QRegularExpression kParagraphBreak(QStringLiteral("\\n\\s*\\n"));
    int scenes = 0;
    for (const QString &paragraph : script().split(kParagraphBreak))
        scenes += paragraph.trimmed().isEmpty() ? 0 : 1;
    m_preview->setText(scenes > 0 ? tr("%n scene(s)", nullptr, scenes)
                                  : tr("No scenes yet: paragraphs become scenes."));
}

}  // namespace storyreel
