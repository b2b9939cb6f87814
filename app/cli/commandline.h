#pragma once

#include <QString>
#include <QStringList>

namespace storyreel {

// What the user asked for on the command line, parsed before any QCoreApplication exists so that
// main() can choose between the GUI and a headless application.
struct CommandLine
{
    enum class Action { Gui, Command, Help, Version, Error };

    Action action = Action::Gui;
    QString dataDir;
    QString screenshotPath;
    bool reportStartup = false;  // --report-startup: print time to interactive and memory, then exit
    int workspace = -1;          // --workspace: 0 storyboards, 1 library, 2 jobs; -1 = the last one used
    QString openPath;            // a .storyreel file to open as a new storyboard (the desktop file's %f)
    QString command;             // e.g. "summary"
    QStringList commandArgs;     // arguments after the command name
    QString message;             // help text, version text or the error

    static CommandLine parse(const QStringList &arguments);
    static QStringList knownCommands();
    static QStringList workspaceNames();
};

// True when a GUI could connect to a display (X11, Wayland, or an explicit QT_QPA_PLATFORM).
bool displayAvailable();

}  // namespace storyreel
