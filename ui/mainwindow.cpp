#include "mainwindow.h"

#include "accountservice.h"
#include "cloudservice.h"
#include "dialogs/accountsdialog.h"
#include "dialogs/newexplainerdialog.h"
#include "dialogs/newstoryboarddialog.h"
#include "dialogs/newvideodialog.h"
#include "dialogs/storagesdialog.h"
#include "dialogs/welcomedialog.h"
#include "jobqueue.h"
#include "jobstore.h"
#include "jobtablemodel.h"
#include "looklistmodel.h"
#include "shortcuts/shortcutregistry.h"
#include "shortcuts/shortcutsdialog.h"
#include "storyboardactions.h"
#include "storyboardlistmodel.h"
#include "storyboards/outputpanel.h"
#include "studio.h"
#include "versions.h"
#include "widgets/keyboardaids.h"
#include "widgets/languagemenu.h"
#include "widgets/navigationrail.h"
#include "widgets/notifier.h"
#include "workspaces/jobsworkspace.h"
#include "workspaces/libraryworkspace.h"
#include "workspaces/storyboardsworkspace.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QUrl>

#include <functional>

namespace storyreel {
namespace {

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kWorkspaceKey = QStringLiteral("mainWindow/workspace");
const QString kThemeKey = QStringLiteral("appearance/theme");

}  // namespace

MainWindow::MainWindow(Studio &studio, QSettings &settings, QWidget *parent)
    : MainWindow(studio, settings, static_cast<JobQueue *>(nullptr), parent)
{}

MainWindow::MainWindow(Studio &studio, QSettings &settings, JobQueue *queue, QWidget *parent)
    : QMainWindow(parent),
      m_studio(studio),
      m_settings(settings),
      m_undoStack(new QUndoStack(this)),
      m_undoGroup(new QUndoGroup(this)),
      m_queue(queue),
      m_sidebar(new NavigationRail(this)),
      m_stack(new QStackedWidget(this)),
      m_storyboards(new StoryboardsWorkspace(studio, queue, this)),
      m_library(new LibraryWorkspace(studio, this)),
      m_jobs(new JobsWorkspace(studio, queue, this)),
      m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Storyreel Studio"));
    setWindowIcon(QIcon(QStringLiteral(":/storyreel/icons/storyreel.svg")));
    m_themeMode = Theme::fromSetting(m_settings.value(kThemeKey).toString());
    Theme::apply(m_themeMode);
    KeyboardAids::install();  // the focus ring and Shift+F10, in every window
    // The user's keys from these settings (the workspaces' actions, bound already, follow); edits are
    // saved back here.
    ShortcutRegistry &shortcuts = ShortcutRegistry::instance();
    shortcuts.load(m_settings);
    connect(&shortcuts, &ShortcutRegistry::edited, this,
            [this](const QString &id) { ShortcutRegistry::instance().save(m_settings, id); });

    m_stack->addWidget(m_storyboards);
    m_undoGroup->addStack(m_undoStack);
    m_undoGroup->addStack(m_storyboards->undoStack());
    m_undoGroup->setActiveStack(m_undoStack);
    if (queue) {
        m_storyboardActions =
            new StoryboardActions(studio.catalog(), studio.location(), *queue, nullptr, this);
        m_storyboards->setStoryboardActions(m_storyboardActions);
    }
    m_stack->addWidget(m_library);
    m_stack->addWidget(m_jobs);
    buildSidebar();
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    buildMenus();

    m_summary->setObjectName(QStringLiteral("statusSummary"));
    statusBar()->addPermanentWidget(m_summary);
    connect(m_storyboards, &StoryboardsWorkspace::errorOccurred, this, &MainWindow::showError);
    connect(m_storyboards, &StoryboardsWorkspace::messageShown, this, &MainWindow::showError);
    connect(m_library, &LibraryWorkspace::errorOccurred, this, &MainWindow::showError);
    connect(m_jobs, &JobsWorkspace::errorOccurred, this, &MainWindow::showError);
    connect(m_jobs, &JobsWorkspace::openInLibrary, this, [this] { setWorkspace(Library); });
    m_notifier = new Notifier(this, m_studio.catalog(), queue);
    if (queue) {
        // After the workspace's own connections, so the job model is current when the summary counts.
        connect(queue, &JobQueue::jobChanged, this, &MainWindow::updateStatusSummary);
        connect(queue, &JobQueue::jobRemoved, this, &MainWindow::updateStatusSummary);
        connect(queue, &JobQueue::jobFinished, this, &MainWindow::onJobFinished);
    }
    updateStatusSummary();
    restoreState();
    if (m_studio.sampleCreatedNow())
        statusBar()->showMessage(
            tr("Welcome! A sample storyboard and two sample looks were created to explore."), 8000);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildSidebar()
{
    m_sidebar->setAccessibleName(tr("Workspaces"));
    const struct
    {
        QString icon;
        QString label;
        QString shortcut;
    } entries[] = {
        {QStringLiteral(":/storyreel/icons/storyboards.svg"), tr("Storyboards"),
         QStringLiteral("view.storyboards")},
        {QStringLiteral(":/storyreel/icons/library.svg"), tr("Library"), QStringLiteral("view.library")},
        {QStringLiteral(":/storyreel/icons/jobs.svg"), tr("Jobs"), QStringLiteral("view.jobs")},
    };
    for (int index = 0; index < WorkspaceCount; ++index) {
        m_sidebar->addEntry(QIcon(entries[index].icon), entries[index].label, entries[index].label);
        // The tooltip names the key the user has now ("Library (Ctrl+2)").
        if (auto *button = m_sidebar->findChild<QWidget *>(QStringLiteral("railButton%1").arg(index)))
            ShortcutRegistry::instance().bindToolTip(button, entries[index].shortcut, entries[index].label);
    }
    connect(m_sidebar, &NavigationRail::currentIndexChanged, this, [this](int index) {
        m_stack->setCurrentIndex(index);
        m_undoGroup->setActiveStack(index == Storyboards ? m_storyboards->undoStack() : m_undoStack);
        if (m_workspaceActions)
            m_workspaceActions->actions().at(index)->setChecked(true);
    });
    m_sidebar->setCurrentIndex(Storyboards);
}

void MainWindow::buildMenus()
{
    // Every menu command takes its keys from the registry: the user can change them in Help › Keyboard
    // Shortcuts, and give keys to those that have none.
    ShortcutRegistry &shortcuts = ShortcutRegistry::instance();
    QMenu *file = menuBar()->addMenu(tr("&File"));
    const struct
    {
        QString label;
        QString name;
        QString shortcut;
        QString tip;
        std::function<void()> open;
    } generators[] = {
        {tr("New &Video…"), QStringLiteral("newVideo"), QStringLiteral("file.newVideo"),
         tr("Generate a video from a prompt or an image, locally or on a provider account"),
         [this] { showNewVideo(); }},
        {tr("New &Explainer…"), QStringLiteral("newExplainer"), QStringLiteral("file.newExplainer"),
         tr("Generate an educational explainer video from a topic and its context"),
         [this] { showNewExplainer(); }},
        {tr("New Story&board…"), QStringLiteral("newStoryboard"), QStringLiteral("file.newStoryboard"),
         tr("Generate a storyboard of scenes from a story prompt"), [this] { showNewStoryboard(); }},
    };
    for (const auto &generator : generators) {
        QAction *action = file->addAction(generator.label, this, generator.open);
        action->setObjectName(generator.name);
        shortcuts.bind(action, generator.shortcut);
        action->setStatusTip(generator.tip);
        action->setEnabled(false);
        m_providerActions << action;
    }
    file->addSeparator();
    QAction *fromScript = file->addAction(tr("New Storyboard from &Script…"), this, [this] {
        setWorkspace(Storyboards);
        m_storyboards->showNewFromScript();
    });
    fromScript->setObjectName(QStringLiteral("newStoryboardFromScript"));
    shortcuts.bind(fromScript, QStringLiteral("file.newFromScript"));
    fromScript->setStatusTip(tr("Make a storyboard from a script: one scene per paragraph"));
    QAction *openBoard = file->addAction(tr("&Open Storyboard File…"), this, [this] {
        setWorkspace(Storyboards);
        m_storyboards->showOpenStoryboardFile();
    });
    openBoard->setObjectName(QStringLiteral("openStoryboardFile"));
    shortcuts.bind(openBoard, QStringLiteral("file.openStoryboard"));
    openBoard->setStatusTip(tr("Open a shared .storyreel file as a new storyboard"));
    QAction *saveBoard = file->addAction(tr("Save Storyboard &As…"), this, [this] {
        setWorkspace(Storyboards);
        m_storyboards->showSaveStoryboardAs();
    });
    saveBoard->setObjectName(QStringLiteral("saveStoryboardAs"));
    shortcuts.bind(saveBoard, QStringLiteral("file.saveStoryboardAs"));
    saveBoard->setStatusTip(tr("Save the open storyboard as a .storyreel file to share it"));
    file->addSeparator();
    QAction *importMedia = file->addAction(tr("&Import Media…"), this, [this] {
        setWorkspace(Library);
        m_library->chooseFilesToImport();
    });
    importMedia->setObjectName(QStringLiteral("importMedia"));
    shortcuts.bind(importMedia, QStringLiteral("file.importMedia"));
    importMedia->setStatusTip(tr("Add video files to the library (or drop them on the Library)"));
    file->addSeparator();
    QAction *openFolder = file->addAction(tr("Open &Data Folder"), this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_studio.location().root()));
    });
    openFolder->setObjectName(QStringLiteral("openDataFolder"));
    shortcuts.bind(openFolder, QStringLiteral("file.openDataFolder"));
    openFolder->setStatusTip(tr("Show the folder with the catalog and media in the file manager"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quit"));
    shortcuts.bind(quit, QStringLiteral("file.quit"));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("editUndo"));
    shortcuts.bind(undo, QStringLiteral("edit.undo"));
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("editRedo"));
    shortcuts.bind(redo, QStringLiteral("edit.redo"));
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_workspaceActions = new QActionGroup(this);
    const QString names[] = {tr("&Storyboards"), tr("&Library"), tr("&Jobs")};
    const QString workspaceKeys[] = {QStringLiteral("view.storyboards"), QStringLiteral("view.library"),
                                     QStringLiteral("view.jobs")};
    for (int index = 0; index < WorkspaceCount; ++index) {
        QAction *action = view->addAction(names[index], this, [this, index] { setWorkspace(index); });
        action->setCheckable(true);
        shortcuts.bind(action, workspaceKeys[index]);
        action->setObjectName(QStringLiteral("showWorkspace%1").arg(index + 1));
        m_workspaceActions->addAction(action);
    }
    m_workspaceActions->actions().at(workspace())->setChecked(true);
    view->addSeparator();
    QMenu *theme = view->addMenu(tr("&Theme"));
    auto *themeActions = new QActionGroup(this);
    const struct
    {
        ThemeMode mode;
        QString label;
        QString shortcut;
    } themes[] = {{ThemeMode::System, tr("Follow &System"), QStringLiteral("view.themeSystem")},
                  {ThemeMode::Light, tr("&Light"), QStringLiteral("view.themeLight")},
                  {ThemeMode::Dark, tr("&Dark"), QStringLiteral("view.themeDark")}};
    for (const auto &entry : themes) {
        QAction *action =
            theme->addAction(entry.label, this, [this, mode = entry.mode] { setThemeMode(mode); });
        action->setCheckable(true);
        action->setChecked(entry.mode == m_themeMode);
        shortcuts.bind(action, entry.shortcut);
        themeActions->addAction(action);
    }
    QAction *fullScreen =
        view->addAction(tr("&Full Screen"), this, [this](bool on) { on ? showFullScreen() : showNormal(); });
    fullScreen->setCheckable(true);
    fullScreen->setObjectName(QStringLiteral("fullScreen"));
    shortcuts.bind(fullScreen, QStringLiteral("view.fullScreen"));
    view->addSeparator();
    QAction *refresh = view->addAction(tr("&Reload Catalog"), this, &MainWindow::reloadAll);
    refresh->setObjectName(QStringLiteral("reloadCatalog"));
    shortcuts.bind(refresh, QStringLiteral("view.reload"));

    QMenu *jobs = menuBar()->addMenu(tr("&Jobs"));
    QAction *showJobs = jobs->addAction(tr("Show &Job Monitor"), this, [this] { setWorkspace(Jobs); });
    showJobs->setObjectName(QStringLiteral("showJobMonitor"));
    shortcuts.bind(showJobs, QStringLiteral("jobs.showMonitor"));

    // "Settings ▸ Accounts" is where the provider clients' messages send the user to sign in again.
    QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    QAction *accounts = settingsMenu->addAction(tr("&Accounts…"), this, [this] { showAccounts(); });
    accounts->setObjectName(QStringLiteral("showAccounts"));
    shortcuts.bind(accounts, QStringLiteral("settings.accounts"));
    accounts->setStatusTip(tr("Add, edit, test and remove provider accounts"));
    accounts->setEnabled(false);
    m_providerActions << accounts;
    m_storagesAction = settingsMenu->addAction(tr("Cloud &Storage…"), this, [this] { showStorages(); });
    m_storagesAction->setObjectName(QStringLiteral("showStorages"));
    shortcuts.bind(m_storagesAction, QStringLiteral("settings.storages"));
    m_storagesAction->setStatusTip(tr("Add, edit, test and remove the S3-compatible buckets media sync to"));
    m_storagesAction->setEnabled(false);
    auto *language = new LanguageMenu(m_settings, this);
    settingsMenu->addMenu(language);
    connect(language, &LanguageMenu::restartRequested, this, [this] {
        // main() starts the studio again once this one has shut down cleanly.
        m_restartRequested = close();
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *welcome = help->addAction(tr("&Welcome to Storyreel Studio…"), this, [this] { showWelcome(); });
    welcome->setObjectName(QStringLiteral("showWelcome"));
    shortcuts.bind(welcome, QStringLiteral("help.welcome"));
    welcome->setStatusTip(tr("The three workspaces in short, and the first steps"));
    QAction *keys = help->addAction(tr("&Keyboard Shortcuts…"), this, [this] { showShortcuts(); });
    keys->setObjectName(QStringLiteral("showShortcuts"));
    shortcuts.bind(keys, QStringLiteral("help.shortcuts"));
    keys->setStatusTip(tr("See every command's keys and change them"));
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Storyreel Studio"), this, [this] {
        QMessageBox::about(this, tr("About Storyreel Studio"), aboutText());
    });
    about->setObjectName(QStringLiteral("showAbout"));
    about->setMenuRole(QAction::AboutRole);
    shortcuts.bind(about, QStringLiteral("help.about"));
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(QStringLiteral("showAboutQt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    shortcuts.bind(aboutQt, QStringLiteral("help.aboutQt"));
}

QString MainWindow::aboutText() const
{
    return tr("<h3>Storyreel Studio %1</h3>"
              "<p>Storyboards, looks and AI video jobs in one window.</p>"
              "<p>Qt %2<br>FFmpeg %3<br>SQLite %4</p>"
              "<p>Data folder: %5</p>")
        .arg(QStringLiteral(STORYREEL_VERSION), qtVersion(), ffmpegVersion(),
             m_studio.catalog().sqliteVersion(),
             QDir::toNativeSeparators(m_studio.location().root()).toHtmlEscaped());
}

void MainWindow::setLibraryService(LibraryService &library)
{
    m_library->setLibraryService(&library);
}

void MainWindow::setProviderServices(ProviderHub &hub, AccountService &accounts,
                                     GenerationService &generation)
{
    m_hub = &hub;
    m_accountService = &accounts;
    m_generation = &generation;
    if (m_queue) {
        // Remote storyboards refine and render through the hub: the editor's actions get it now.
        StoryboardActions *previous = m_storyboardActions;
        m_storyboardActions =
            new StoryboardActions(m_studio.catalog(), m_studio.location(), *m_queue, &hub, this);
        m_storyboards->setStoryboardActions(m_storyboardActions);
        delete previous;
        handCloudToOutputPanel();
    }
    for (QAction *action : std::as_const(m_providerActions))
        action->setEnabled(true);
    // An account added, renamed or removed shows in the job monitor's provider filter.
    connect(&accounts, &AccountService::accountsChanged, m_jobs, &JobsWorkspace::reload);
}

AccountsDialog *MainWindow::showAccounts()
{
    if (!m_hub)
        return nullptr;
    if (!m_accountsDialog) {
        m_accountsDialog = new AccountsDialog(*m_hub, *m_accountService, this);
        m_accountsDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_accountsDialog->show();
    m_accountsDialog->raise();
    m_accountsDialog->activateWindow();
    return m_accountsDialog;
}

void MainWindow::openStoryboardFile(const QString &path)
{
    setWorkspace(Storyboards);
    m_storyboards->openStoryboardFile(path);
}

void MainWindow::setCloudService(CloudService &cloud)
{
    m_cloud = &cloud;
    m_storagesAction->setEnabled(true);
    m_library->setCloudService(&cloud);
    handCloudToOutputPanel();
    connect(m_library, &LibraryWorkspace::storageSettingsRequested, this, &MainWindow::showStorages,
            Qt::UniqueConnection);
    connect(&cloud, &CloudService::autoUploadQueued, this, [this](qint64 jobId, const QString &fileName) {
        statusBar()->showMessage(tr("Uploading %1 to the cloud storage (job %2); follow it in %3.")
                                     .arg(fileName)
                                     .arg(jobId)
                                     .arg(jobsWithKeys()),
                                 10000);
    });
}

void MainWindow::handCloudToOutputPanel()
{
    if (!m_cloud)
        return;
    if (auto *panel = m_storyboards->findChild<StoryboardOutputPanel *>())
        panel->setCloudService(m_cloud);
}

StoragesDialog *MainWindow::showStorages()
{
    if (!m_cloud)
        return nullptr;
    if (!m_storagesDialog) {
        m_storagesDialog = new StoragesDialog(*m_cloud, this);
        m_storagesDialog->setAttribute(Qt::WA_DeleteOnClose);
        // Whether a storage is configured decides what the library's cloud actions do.
        connect(m_storagesDialog, &StoragesDialog::storagesChanged, m_library,
                &LibraryWorkspace::refreshCloud);
        connect(m_storagesDialog, &StoragesDialog::storagesChanged, this,
                &MainWindow::handCloudToOutputPanel);
    }
    m_storagesDialog->show();
    m_storagesDialog->raise();
    m_storagesDialog->activateWindow();
    return m_storagesDialog;
}

NewVideoDialog *MainWindow::showNewVideo()
{
    if (!m_hub)
        return nullptr;
    auto *dialog = new NewVideoDialog(*m_hub, *m_generation, this);
    openGenerationDialog(dialog);
    return dialog;
}

NewExplainerDialog *MainWindow::showNewExplainer()
{
    if (!m_hub)
        return nullptr;
    auto *dialog = new NewExplainerDialog(*m_hub, *m_generation, this);
    openGenerationDialog(dialog);
    return dialog;
}

ShortcutsDialog *MainWindow::showShortcuts()
{
    if (!m_shortcutsDialog) {
        m_shortcutsDialog = new ShortcutsDialog(ShortcutRegistry::instance(), this);
        m_shortcutsDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_shortcutsDialog->show();
    m_shortcutsDialog->raise();
    m_shortcutsDialog->activateWindow();
    return m_shortcutsDialog;
}

WelcomeDialog *MainWindow::showWelcome()
{
    if (!m_welcomeDialog) {
        m_welcomeDialog = new WelcomeDialog(*this, m_settings);
        m_welcomeDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_welcomeDialog->show();
    m_welcomeDialog->raise();
    m_welcomeDialog->activateWindow();
    return m_welcomeDialog;
}

bool MainWindow::welcomeDue() const
{
    return WelcomeDialog::isDueAtStartup(m_settings);
}

NewStoryboardDialog *MainWindow::showNewStoryboard()
{
    if (!m_hub)
        return nullptr;
    auto *dialog = new NewStoryboardDialog(*m_hub, *m_generation, this);
    openGenerationDialog(dialog);
    return dialog;
}

void MainWindow::openGenerationDialog(GenerationDialog *dialog)
{
    // Window-modal (open(), not exec(): no nested event loop), so there is one at a time.
    if (m_generationDialog)
        m_generationDialog->close();
    m_generationDialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &GenerationDialog::submitted, this, [this](qint64 id, const QString &title) {
        statusBar()->showMessage(
            tr("Queued “%1” (job %2). Follow it in %3.").arg(title).arg(id).arg(jobsWithKeys()), 10000);
    });
    dialog->open();
}

void MainWindow::onJobFinished(qint64 id)
{
    // A generated video can become a look's default: the library shows it without a manual reload.
    Result<Job> job = JobStore(m_studio.catalog()).load(id);
    if (!job || job->status != JobStatus::Succeeded)
        return;
    if (job->kind == JobKind::GenerateText || job->kind == JobKind::GenerateImage ||
        job->kind == JobKind::GenerateStoryboard || job->kind == JobKind::GenerateExplainer ||
        job->kind == JobKind::Download)
        m_library->reload();
}

void MainWindow::setWorkspace(int index)
{
    if (index < 0 || index >= WorkspaceCount)
        return;
    m_sidebar->setCurrentIndex(index);
}

int MainWindow::workspace() const
{
    return m_stack->currentIndex();
}

void MainWindow::reloadAll()
{
    m_storyboards->reload();
    m_library->reload();
    m_jobs->reload();
    updateStatusSummary();
}

void MainWindow::updateStatusSummary()
{
    m_summary->setText(tr("Storyboards: %1  ·  Looks: %2  ·  Active jobs: %3")
                           .arg(m_storyboards->storyboardModel()->rowCount())
                           .arg(m_library->lookModel()->rowCount())
                           .arg(m_jobs->jobModel()->activeCount()));
}

void MainWindow::showError(const QString &message)
{
    statusBar()->showMessage(message, 10000);
}

void MainWindow::setThemeMode(ThemeMode mode)
{
    m_themeMode = mode;
    m_settings.setValue(kThemeKey, Theme::toSetting(mode));
    m_applyingTheme = true;
    Theme::apply(mode);
    m_applyingTheme = false;
}

void MainWindow::changeEvent(QEvent *event)
{
    // The desktop switched between light and dark: follow it when the user asked us to.
    if (event->type() == QEvent::ThemeChange && m_themeMode == ThemeMode::System && !m_applyingTheme)
        setThemeMode(ThemeMode::System);
    QMainWindow::changeEvent(event);
}

void MainWindow::restoreState()
{
    if (!restoreGeometry(m_settings.value(kGeometryKey).toByteArray()))
        resize(1360, 860);
    QMainWindow::restoreState(m_settings.value(kStateKey).toByteArray());
    setWorkspace(m_settings.value(kWorkspaceKey, Storyboards).toInt());
}

void MainWindow::saveState()
{
    m_settings.setValue(kGeometryKey, saveGeometry());
    m_settings.setValue(kStateKey, QMainWindow::saveState());
    m_settings.setValue(kWorkspaceKey, workspace());
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    event->accept();
}

}  // namespace storyreel
