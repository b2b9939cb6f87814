// Every command that can have a key, with its default keys and where the keys work.
#include "shortcutregistry.h"

#include <QCoreApplication>

namespace storyreel {
namespace {

// Scopes: where a command's keys are live. Keys of a scope and of the scopes around it are active
// together (the window's menu keys work inside every pane); sibling panes may reuse a key.
const QString kWindow = QStringLiteral("window");              // the main window's menus
const QString kScenes = QStringLiteral("storyboards.scenes");  // the scene cards (focus on them)
const QString kLook = QStringLiteral("library.look");          // the look details pane
const QString kVideos = QStringLiteral("library.videos");      // the All Videos pane
const QString kJobs = QStringLiteral("jobs");                  // the Jobs workspace
const QString kJobTable = QStringLiteral("jobs.table");        // the job table (focus on it)
// Dialogs are windows of their own: their keys never meet the main window's.
const QString kPlayer = QStringLiteral("player");             // a player with focus, in any dialog
const QString kNotes = QStringLiteral("review.notes");        // the review's notes panel
const QString kNoteText = QStringLiteral("review.noteText");  // its text field
const QString kNoteList = QStringLiteral("review.noteList");  // its list of notes
// Compare's key works in the whole dialog; inside it, it deliberately wins over a player's own key
// (Space plays both), so it is not listed as overlapping the player.
const QString kCompare = QStringLiteral("compare");

QList<QKeySequence> standard(QKeySequence::StandardKey key)
{
    return QKeySequence::keyBindings(key);
}

// Del alone: X11's other binding for QKeySequence::Delete is Ctrl+D (Emacs), which the panes use.
QList<QKeySequence> deleteKey()
{
    return {QKeySequence(QKeySequence::Delete)};
}

QList<QKeySequence> key(QKeyCombination combination)
{
    return {QKeySequence(combination)};
}

}  // namespace

// The context lupdate files the labels under, and ShortcutCommand translates them in.
struct ShortcutCatalog
{
    Q_DECLARE_TR_FUNCTIONS(storyreel::ShortcutCatalog)

public:
    static QList<ShortcutCommand> commands();
};

QString parentShortcutScope(const QString &scope)
{
    if (scope == kScenes || scope == kLook || scope == kVideos || scope == kJobs)
        return kWindow;
    if (scope == kJobTable)
        return kJobs;
    if (scope == kNoteText || scope == kNoteList)
        return kNotes;
    return {};
}

QList<ShortcutCommand> builtInShortcuts()
{
    return ShortcutCatalog::commands();
}

QList<ShortcutCommand> ShortcutCatalog::commands()
{
    const char *file = QT_TR_NOOP("File");
    const char *edit = QT_TR_NOOP("Edit");
    const char *view = QT_TR_NOOP("View");
    const char *storyboards = QT_TR_NOOP("Storyboards");
    const char *library = QT_TR_NOOP("Library");
    const char *jobs = QT_TR_NOOP("Jobs");
    const char *player = QT_TR_NOOP("Player");
    const char *review = QT_TR_NOOP("Review");
    const char *settings = QT_TR_NOOP("Settings");
    const char *help = QT_TR_NOOP("Help");
    return {
        {QStringLiteral("file.newVideo"),
         file,
         QT_TR_NOOP("New Video…"),
         key(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
         {kWindow}},
        {QStringLiteral("file.newExplainer"), file, QT_TR_NOOP("New Explainer…"), {}, {kWindow}},
        {QStringLiteral("file.newStoryboard"), file, QT_TR_NOOP("New Storyboard…"), {}, {kWindow}},
        {QStringLiteral("file.newFromScript"),
         file,
         QT_TR_NOOP("New Storyboard from Script…"),
         {},
         {kWindow}},
        {QStringLiteral("file.openStoryboard"),
         file,
         QT_TR_NOOP("Open Storyboard File…"),
         standard(QKeySequence::Open),
         {kWindow}},
        {QStringLiteral("file.saveStoryboardAs"),
         file,
         QT_TR_NOOP("Save Storyboard As…"),
         standard(QKeySequence::SaveAs),
         {kWindow}},
        {QStringLiteral("file.importMedia"),
         file,
         QT_TR_NOOP("Import Media…"),
         key(Qt::CTRL | Qt::Key_I),
         {kWindow}},
        {QStringLiteral("file.openDataFolder"), file, QT_TR_NOOP("Open Data Folder"), {}, {kWindow}},
        {QStringLiteral("file.quit"), file, QT_TR_NOOP("Quit"), standard(QKeySequence::Quit), {kWindow}},

        {QStringLiteral("edit.undo"),
         edit,
         QT_TR_NOOP("Undo"),
         standard(QKeySequence::Undo),
         {kWindow, kNotes}},
        {QStringLiteral("edit.redo"),
         edit,
         QT_TR_NOOP("Redo"),
         standard(QKeySequence::Redo),
         {kWindow, kNotes}},
        {QStringLiteral("edit.find"),
         edit,
         QT_TR_NOOP("Find"),
         standard(QKeySequence::Find),
         {kVideos, kJobs}},

        {QStringLiteral("view.storyboards"),
         view,
         QT_TR_NOOP("Show Storyboards"),
         key(Qt::CTRL | Qt::Key_1),
         {kWindow}},
        {QStringLiteral("view.library"),
         view,
         QT_TR_NOOP("Show Library"),
         key(Qt::CTRL | Qt::Key_2),
         {kWindow}},
        {QStringLiteral("view.jobs"), view, QT_TR_NOOP("Show Jobs"), key(Qt::CTRL | Qt::Key_3), {kWindow}},
        {QStringLiteral("view.themeSystem"), view, QT_TR_NOOP("Theme: Follow System"), {}, {kWindow}},
        {QStringLiteral("view.themeLight"), view, QT_TR_NOOP("Theme: Light"), {}, {kWindow}},
        {QStringLiteral("view.themeDark"), view, QT_TR_NOOP("Theme: Dark"), {}, {kWindow}},
        {QStringLiteral("view.fullScreen"),
         view,
         QT_TR_NOOP("Full Screen"),
         standard(QKeySequence::FullScreen),
         {kWindow}},
        // F5 only: on GNOME QKeySequence::Refresh is also Ctrl+R, which is the job monitor's Retry.
        {QStringLiteral("view.reload"),
         view,
         QT_TR_NOOP("Reload Catalog"),
         key(QKeyCombination(Qt::Key_F5)),
         {kWindow}},

        {QStringLiteral("scenes.add"), storyboards, QT_TR_NOOP("Add Scene"), {}, {kScenes}},
        {QStringLiteral("scenes.insert"),
         storyboards,
         QT_TR_NOOP("Insert Scene"),
         key(QKeyCombination(Qt::Key_Insert)),
         {kScenes}},
        {QStringLiteral("scenes.duplicate"),
         storyboards,
         QT_TR_NOOP("Duplicate Scenes"),
         key(Qt::CTRL | Qt::Key_D),
         {kScenes}},
        {QStringLiteral("scenes.delete"),
         storyboards,
         QT_TR_NOOP("Delete Scenes"),
         key(QKeyCombination(Qt::Key_Delete)),
         {kScenes}},
        {QStringLiteral("scenes.moveUp"),
         storyboards,
         QT_TR_NOOP("Move Scene Up"),
         key(Qt::ALT | Qt::Key_Up),
         {kScenes}},
        {QStringLiteral("scenes.moveDown"),
         storyboards,
         QT_TR_NOOP("Move Scene Down"),
         key(Qt::ALT | Qt::Key_Down),
         {kScenes}},
        {QStringLiteral("scenes.approve"), storyboards, QT_TR_NOOP("Approve Storyboard"), {}, {kScenes}},
        {QStringLiteral("scenes.refine"),
         storyboards,
         QT_TR_NOOP("Refine Scene…"),
         key(Qt::CTRL | Qt::Key_R),
         {kScenes}},
        {QStringLiteral("scenes.listView"),
         storyboards,
         QT_TR_NOOP("List View"),
         key(Qt::CTRL | Qt::Key_L),
         {kScenes}},

        {QStringLiteral("library.review"),
         library,
         QT_TR_NOOP("Review Video"),
         key(QKeyCombination(Qt::Key_Return)),
         {kLook, kVideos}},
        {QStringLiteral("library.setDefault"),
         library,
         QT_TR_NOOP("Set as Default"),
         key(Qt::CTRL | Qt::Key_D),
         {kLook}},
        {QStringLiteral("library.compare"),
         library,
         QT_TR_NOOP("Compare Videos…"),
         key(Qt::CTRL | Qt::Key_K),
         {kLook}},
        {QStringLiteral("library.unlink"), library, QT_TR_NOOP("Unlink Video…"), deleteKey(), {kLook}},
        {QStringLiteral("library.linkVideo"),
         library,
         QT_TR_NOOP("Link Video to the Look…"),
         key(Qt::CTRL | Qt::Key_L),
         {kLook}},
        {QStringLiteral("library.generate"),
         library,
         QT_TR_NOOP("Generate Video for the Look…"),
         key(Qt::CTRL | Qt::SHIFT | Qt::Key_G),
         {kLook}},
        {QStringLiteral("library.offline"),
         library,
         QT_TR_NOOP("Make Available Offline"),
         key(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
         {kLook, kVideos}},
        {QStringLiteral("library.favorite"),
         library,
         QT_TR_NOOP("Favourite"),
         key(Qt::CTRL | Qt::Key_B),
         {kVideos}},
        {QStringLiteral("library.linkToLook"),
         library,
         QT_TR_NOOP("Link Videos to a Look…"),
         key(Qt::CTRL | Qt::Key_L),
         {kVideos}},
        {QStringLiteral("library.upload"),
         library,
         QT_TR_NOOP("Upload to Cloud"),
         key(Qt::CTRL | Qt::Key_U),
         {kLook, kVideos}},
        {QStringLiteral("library.download"),
         library,
         QT_TR_NOOP("Download from Cloud"),
         key(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
         {kLook, kVideos}},
        {QStringLiteral("library.share"),
         library,
         QT_TR_NOOP("Copy Share Link…"),
         key(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
         {kLook, kVideos}},

        {QStringLiteral("jobs.showMonitor"),
         jobs,
         QT_TR_NOOP("Show Job Monitor"),
         key(Qt::CTRL | Qt::SHIFT | Qt::Key_J),
         {kWindow}},
        {QStringLiteral("jobs.cancel"),
         jobs,
         QT_TR_NOOP("Cancel Jobs"),
         key(Qt::CTRL | Qt::Key_Period),
         {kJobTable}},
        {QStringLiteral("jobs.retry"),
         jobs,
         QT_TR_NOOP("Retry Jobs"),
         key(Qt::CTRL | Qt::Key_R),
         {kJobTable}},
        {QStringLiteral("jobs.hold"), jobs, QT_TR_NOOP("Hold Jobs"), key(Qt::CTRL | Qt::Key_H), {kJobTable}},
        {QStringLiteral("jobs.resume"),
         jobs,
         QT_TR_NOOP("Resume Jobs"),
         key(Qt::CTRL | Qt::SHIFT | Qt::Key_H),
         {kJobTable}},
        {QStringLiteral("jobs.moveToFront"),
         jobs,
         QT_TR_NOOP("Move Jobs to Front"),
         key(Qt::CTRL | Qt::SHIFT | Qt::Key_Up),
         {kJobTable}},
        {QStringLiteral("jobs.moveToBack"),
         jobs,
         QT_TR_NOOP("Move Jobs to Back"),
         key(Qt::CTRL | Qt::SHIFT | Qt::Key_Down),
         {kJobTable}},
        {QStringLiteral("jobs.priorityHigh"), jobs, QT_TR_NOOP("High Priority"), {}, {kJobTable}},
        {QStringLiteral("jobs.priorityNormal"), jobs, QT_TR_NOOP("Normal Priority"), {}, {kJobTable}},
        {QStringLiteral("jobs.priorityLow"), jobs, QT_TR_NOOP("Low Priority"), {}, {kJobTable}},
        {QStringLiteral("jobs.remove"), jobs, QT_TR_NOOP("Remove Jobs"), deleteKey(), {kJobTable}},
        {QStringLiteral("jobs.revealOutput"),
         jobs,
         QT_TR_NOOP("Reveal Output"),
         key(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
         {kJobTable}},
        {QStringLiteral("jobs.openInLibrary"),
         jobs,
         QT_TR_NOOP("Open in Library"),
         key(Qt::CTRL | Qt::Key_L),
         {kJobTable}},

        {QStringLiteral("player.playPause"),
         player,
         QT_TR_NOOP("Play or Pause"),
         key(QKeyCombination(Qt::Key_Space)),
         {kPlayer}},
        {QStringLiteral("player.pause"),
         player,
         QT_TR_NOOP("Pause"),
         key(QKeyCombination(Qt::Key_K)),
         {kPlayer}},
        {QStringLiteral("player.faster"),
         player,
         QT_TR_NOOP("Play, then Faster"),
         key(QKeyCombination(Qt::Key_L)),
         {kPlayer}},
        {QStringLiteral("player.rewind"),
         player,
         QT_TR_NOOP("Rewind, then Faster"),
         key(QKeyCombination(Qt::Key_J)),
         {kPlayer}},
        {QStringLiteral("player.back"),
         player,
         QT_TR_NOOP("Frame Back (5 s Back While Playing)"),
         key(QKeyCombination(Qt::Key_Left)),
         {kPlayer}},
        {QStringLiteral("player.forward"),
         player,
         QT_TR_NOOP("Frame Forward (5 s Ahead While Playing)"),
         key(QKeyCombination(Qt::Key_Right)),
         {kPlayer}},
        {QStringLiteral("player.secondBack"),
         player,
         QT_TR_NOOP("1 s Back"),
         key(Qt::SHIFT | Qt::Key_Left),
         {kPlayer}},
        {QStringLiteral("player.secondForward"),
         player,
         QT_TR_NOOP("1 s Ahead"),
         key(Qt::SHIFT | Qt::Key_Right),
         {kPlayer}},
        {QStringLiteral("player.start"),
         player,
         QT_TR_NOOP("Go to Start"),
         key(QKeyCombination(Qt::Key_Home)),
         {kPlayer}},
        {QStringLiteral("player.end"),
         player,
         QT_TR_NOOP("Go to Last Frame"),
         key(QKeyCombination(Qt::Key_End)),
         {kPlayer}},
        {QStringLiteral("player.fullScreen"),
         player,
         QT_TR_NOOP("Full Screen Playback"),
         key(QKeyCombination(Qt::Key_F)),
         {kPlayer}},
        {QStringLiteral("compare.playBoth"),
         player,
         QT_TR_NOOP("Play or Pause Both (Compare)"),
         key(QKeyCombination(Qt::Key_Space)),
         {kCompare}},

        {QStringLiteral("review.addNote"),
         review,
         QT_TR_NOOP("Add Note at Playhead"),
         key(QKeyCombination(Qt::Key_N)),
         {kNotes}},
        {QStringLiteral("review.addTypedNote"),
         review,
         QT_TR_NOOP("Add the Typed Note"),
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)},
         {kNoteText}},
        {QStringLiteral("review.deleteNote"), review, QT_TR_NOOP("Delete Note"), deleteKey(), {kNoteList}},

        {QStringLiteral("settings.accounts"), settings, QT_TR_NOOP("Accounts…"), {}, {kWindow}},
        {QStringLiteral("settings.storages"), settings, QT_TR_NOOP("Cloud Storage…"), {}, {kWindow}},

        {QStringLiteral("help.welcome"), help, QT_TR_NOOP("Welcome to Storyreel Studio…"), {}, {kWindow}},
        {QStringLiteral("help.shortcuts"),
         help,
         QT_TR_NOOP("Keyboard Shortcuts…"),
         key(Qt::CTRL | Qt::Key_Slash),
         {kWindow}},
        {QStringLiteral("help.about"), help, QT_TR_NOOP("About Storyreel Studio"), {}, {kWindow}},
        {QStringLiteral("help.aboutQt"), help, QT_TR_NOOP("About Qt"), {}, {kWindow}},
    };
}

}  // namespace storyreel
