#pragma once

#include "theme.h"

#include <QMainWindow>
#include <QPointer>

class QActionGroup;
class QLabel;
class QSettings;
class QStackedWidget;
class QUndoGroup;
class QUndoStack;

namespace storyreel {

class Studio;
class JobQueue;
class ProviderHub;
class AccountService;
class GenerationService;
class GenerationDialog;
class AccountsDialog;
class CloudService;
class StoragesDialog;
class NewVideoDialog;
class NewExplainerDialog;
class NewStoryboardDialog;
class ShortcutsDialog;
class WelcomeDialog;
class Notifier;
class StoryboardsWorkspace;
class LibraryWorkspace;
class JobsWorkspace;
class NavigationRail;
class StoryboardActions;
class LibraryService;

// The shell: a sidebar switching three workspaces, the menus, the status bar. Workspaces hold the
// views; services come in through the constructor (main.cpp is the composition root).
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum Workspace { Storyboards = 0, Library = 1, Jobs = 2, WorkspaceCount };

    MainWindow(Studio &studio, QSettings &settings, QWidget *parent = nullptr);
    // With the scheduler: the job monitor follows it live, and finished jobs and batches are notified.
    MainWindow(Studio &studio, QSettings &settings, JobQueue *queue, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Generation and provider accounts: until set (tests, a catalog looked at read-only), File ▸ New
    // Video/Explainer/Storyboard and Settings ▸ Accounts stay disabled. The services outlive the window.
    void setProviderServices(ProviderHub &hub, AccountService &accounts, GenerationService &generation);
    // Editing the library (defaults, favourites, offline copies, generating for a look). Outlives the window.
    void setLibraryService(LibraryService &library);
    // Cloud storage (issue 8): Settings ▸ Cloud Storage, the library's and the output panel's cloud
    // states and actions. Until set those stay disabled. The service outlives the window.
    void setCloudService(CloudService &cloud);
    CloudService *cloudService() const { return m_cloud; }
    // Open (or raise) the dialogs, non-modal; nullptr without provider services.
    AccountsDialog *showAccounts();
    // Imports a shared .storyreel file as a new storyboard and shows it (the desktop's "Open With").
    void openStoryboardFile(const QString &path);
    // Settings ▸ Cloud Storage; nullptr without the cloud service.
    StoragesDialog *showStorages();
    NewVideoDialog *showNewVideo();
    NewExplainerDialog *showNewExplainer();
    NewStoryboardDialog *showNewStoryboard();
    // Help › Keyboard Shortcuts (non-modal; raised when open).
    ShortcutsDialog *showShortcuts();
    // Help ▸ Welcome to Storyreel Studio (non-modal, raised when open); main() opens it when due.
    WelcomeDialog *showWelcome();
    bool welcomeDue() const;
    bool hasProviderServices() const { return m_hub != nullptr; }

    void setWorkspace(int workspace);
    int workspace() const;
    StoryboardsWorkspace *storyboardsWorkspace() const { return m_storyboards; }
    LibraryWorkspace *libraryWorkspace() const { return m_library; }
    JobsWorkspace *jobsWorkspace() const { return m_jobs; }
    Notifier *notifier() const { return m_notifier; }
    QUndoStack *undoStack() const { return m_undoStack; }
    // Edit ▸ Undo/Redo act on the open storyboard's stack in Storyboards, on the window's elsewhere.
    QUndoGroup *undoGroup() const { return m_undoGroup; }
    QString aboutText() const;
    // Settings › Language › Restart Now closed the window: main() starts the studio again.
    bool restartRequested() const { return m_restartRequested; }

public Q_SLOTS:
    void reloadAll();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildSidebar();
    void buildMenus();
    void setThemeMode(ThemeMode mode);
    void updateStatusSummary();
    void showError(const QString &message);
    void openGenerationDialog(GenerationDialog *dialog);
    void onJobFinished(qint64 id);
    // The output panel is made again with each new set of storyboard actions: it gets the service too.
    void handCloudToOutputPanel();
    void restoreState();
    void saveState();

    Studio &m_studio;
    QSettings &m_settings;
    QUndoStack *m_undoStack;
    QUndoGroup *m_undoGroup;
    JobQueue *m_queue;
    StoryboardActions *m_storyboardActions = nullptr;
    NavigationRail *m_sidebar;
    QStackedWidget *m_stack;
    StoryboardsWorkspace *m_storyboards;
    LibraryWorkspace *m_library;
    JobsWorkspace *m_jobs;
    Notifier *m_notifier = nullptr;
    QActionGroup *m_workspaceActions = nullptr;
    ProviderHub *m_hub = nullptr;
    AccountService *m_accountService = nullptr;
    GenerationService *m_generation = nullptr;
    QList<QAction *> m_providerActions;  // enabled once the provider services are set
    QPointer<AccountsDialog> m_accountsDialog;
    CloudService *m_cloud = nullptr;
    QAction *m_storagesAction = nullptr;
    QPointer<StoragesDialog> m_storagesDialog;
    QPointer<GenerationDialog> m_generationDialog;
    QPointer<ShortcutsDialog> m_shortcutsDialog;
    QPointer<WelcomeDialog> m_welcomeDialog;
    QLabel *m_summary;
    ThemeMode m_themeMode = ThemeMode::System;
    bool m_restartRequested = false;
    bool m_applyingTheme = false;  // guards against our own palette change re-triggering a theme check
};

}  // namespace storyreel
