#pragma once

#include "theme.h"

#include <QMainWindow>

class QActionGroup;
class QLabel;
class QSettings;
class QStackedWidget;
class QUndoStack;

namespace storyreel {

class Studio;
class JobQueue;
class Notifier;
class StoryboardsWorkspace;
class LibraryWorkspace;
class JobsWorkspace;
class NavigationRail;

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

    void setWorkspace(int workspace);
    int workspace() const;
    StoryboardsWorkspace *storyboardsWorkspace() const { return m_storyboards; }
    LibraryWorkspace *libraryWorkspace() const { return m_library; }
    JobsWorkspace *jobsWorkspace() const { return m_jobs; }
    Notifier *notifier() const { return m_notifier; }
    QUndoStack *undoStack() const { return m_undoStack; }
    QString aboutText() const;

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
    void restoreState();
    void saveState();

    Studio &m_studio;
    QSettings &m_settings;
    QUndoStack *m_undoStack;
    NavigationRail *m_sidebar;
    QStackedWidget *m_stack;
    StoryboardsWorkspace *m_storyboards;
    LibraryWorkspace *m_library;
    JobsWorkspace *m_jobs;
    Notifier *m_notifier = nullptr;
    QActionGroup *m_workspaceActions = nullptr;
    QLabel *m_summary;
    ThemeMode m_themeMode = ThemeMode::System;
    bool m_applyingTheme = false;  // guards against our own palette change re-triggering a theme check
};

}  // namespace storyreel
