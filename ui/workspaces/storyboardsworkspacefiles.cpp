// The Storyboards workspace's file commands: new from a script, open and save .storyreel files.
#include "scriptimport.h"
#include "storyboarddocument.h"
#include "storyboards/sceneeditor.h"
#include "storyboards/scriptdialog.h"
#include "storyboards/storyboardlistpane.h"
#include "storyboardsworkspace.h"
#include "storyreelfile.h"
#include "studio.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

namespace storyreel {
namespace {

QString storyreelFilter()
{
    return StoryboardsWorkspace::tr("Storyreel storyboards (*.%1)")
        .arg(QLatin1String(storyreelfile::kSuffix));
}

}  // namespace

ScriptDialog *StoryboardsWorkspace::showNewFromScript()
{
    if (m_scriptDialog)
        m_scriptDialog->close();
    auto *dialog = new ScriptDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ScriptDialog::createRequested, this,
            [this, dialog](const QString &title, const QString &text) {
                if (createFromScript(title, text) > 0)
                    dialog->accept();
            });
    m_scriptDialog = dialog;
    dialog->open();
    return dialog;
}

RowId StoryboardsWorkspace::createFromScript(const QString &title, const QString &text)
{
    Result<RowId> id = script::createStoryboard(m_studio.catalog(), text, title);
    if (!id) {
        Q_EMIT errorOccurred(tr("Cannot create the storyboard: %1").arg(id.error()));
        return 0;
    }
    m_list->reload();
    m_list->select(*id);
    Q_EMIT messageShown(tr("Created “%1” from the script.").arg(m_editor->document()->storyboard().title));
    return *id;
}

void StoryboardsWorkspace::showOpenStoryboardFile()
{
    auto *picker = new QFileDialog(this, tr("Open Storyboard File"), QDir::homePath(), storyreelFilter());
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->setFileMode(QFileDialog::ExistingFile);
    picker->setAcceptMode(QFileDialog::AcceptOpen);
    connect(picker, &QFileDialog::fileSelected, this, &StoryboardsWorkspace::openStoryboardFile);
    picker->open();
}

RowId StoryboardsWorkspace::openStoryboardFile(const QString &path)
{
    // A malformed file changes nothing: import validates everything before it writes.
    Result<RowId> id = storyreelfile::import(m_studio.catalog(), m_studio.location().root(), path);
    if (!id) {
        Q_EMIT errorOccurred(tr("Cannot open %1: %2").arg(QFileInfo(path).fileName(), id.error()));
        return 0;
    }
    m_list->reload();
    m_list->select(*id);
    Q_EMIT messageShown(tr("Opened %1 as a new storyboard.").arg(QFileInfo(path).fileName()));
    return *id;
}

void StoryboardsWorkspace::showSaveStoryboardAs()
{
    const Storyboard &board = m_editor->document()->storyboard();
    if (board.id <= 0) {
        Q_EMIT errorOccurred(tr("Open a storyboard to save it as a file."));
        return;
    }
    const QString name =
        QStringLiteral("%1.%2").arg(board.title.simplified(), QLatin1String(storyreelfile::kSuffix));
    auto *picker =
        new QFileDialog(this, tr("Save Storyboard As"), QDir::home().filePath(name), storyreelFilter());
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->setAcceptMode(QFileDialog::AcceptSave);
    picker->setDefaultSuffix(QLatin1String(storyreelfile::kSuffix));
    connect(picker, &QFileDialog::fileSelected, this, &StoryboardsWorkspace::saveStoryboardFile);
    picker->open();
}

bool StoryboardsWorkspace::saveStoryboardFile(const QString &path)
{
    // Images alongside ("<name>-images/"): the file stays small and readable; the folder goes with it.
    const Status saved = storyreelfile::save(m_editor->document()->storyboard(), m_studio.location().root(),
                                             path, storyreelfile::Images::Alongside);
    if (!saved) {
        Q_EMIT errorOccurred(tr("Cannot save %1: %2").arg(QFileInfo(path).fileName(), saved.error()));
        return false;
    }
    Q_EMIT messageShown(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

}  // namespace storyreel
