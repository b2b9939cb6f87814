// The composition root: parses the command line, builds the services for the chosen data folder and
// hands them to the GUI or to a headless command.
#include "clirunner.h"
#include "commandline.h"
#include "dialogs/welcomedialog.h"
#include "jobcommands.h"
#include "jobqueue.h"
#include "libraryservice.h"
#include "mainwindow.h"
#include "medialog.h"
#include "providerenv.h"
#include "studio.h"
#include "theme.h"
#include "translations.h"
#include "widgets/startupreport.h"
#include "workspaces/libraryworkspace.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QListView>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QTextStream>
#include <QThreadPool>
#include <QTimer>

#include <unistd.h>
#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace storyreel;

namespace {

void setApplicationNames()
{
    // AppDataLocation becomes ~/.local/share/storyreel on Linux.
    QCoreApplication::setApplicationName(QStringLiteral("storyreel"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STORYREEL_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Storyreel Studio"));
    QGuiApplication::setDesktopFileName(QStringLiteral("app.storyreel.Studio"));
}

// The studio's settings, ~/.config/storyreel/storyreel.conf. Named here, not through an organization
// name on the application, which would move AppDataLocation into a subfolder.
std::unique_ptr<QSettings> openSettings()
{
    return std::make_unique<QSettings>(QStringLiteral("storyreel"), QStringLiteral("storyreel"));
}

// Texts in the language chosen in Settings › Language, else the system's: the window and the CLI alike.
void installChosenLanguage(QCoreApplication &app, const QSettings &settings)
{
    installTranslations(app, localeForLanguage(preferredLanguage(settings)));
}

QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

// Saves the window once it has been laid out and painted, then quits.
void scheduleScreenshot(MainWindow &window, const QString &path)
{
    QTimer::singleShot(600, &window, [&window, path] {
        const bool saved = window.grab().save(path, "PNG");
        if (saved)
            QTextStream(stdout) << QCoreApplication::translate("main", "Screenshot saved to %1")
                                       .arg(QDir::toNativeSeparators(path))
                                << "\n";
        else
            QTextStream(stderr)
                << "storyreel: "
                << QCoreApplication::translate("main", "cannot write the screenshot to %1").arg(path) << "\n";
        QCoreApplication::exit(saved ? 0 : 1);
    });
}

// The welcome opens by itself on the first start (later while the user asks for it), not for a
// screenshot or a startup measurement, and not where no one would see it.
bool welcomeAtStartup(const CommandLine &commandLine, const MainWindow &window)
{
    const QString platform = QGuiApplication::platformName();
    if (!commandLine.screenshotPath.isEmpty() || commandLine.reportStartup ||
        platform == QLatin1String("offscreen") || platform == QLatin1String("minimal"))
        return false;
    return window.welcomeDue();
}

// Hidden hook for tst_welcome: with STORYREEL_TEST_REPORT_WELCOME set, says whether the welcome is
// open once the window is up, then quits.
void reportWelcomeForTests(MainWindow &window)
{
    if (!qEnvironmentVariableIsSet("STORYREEL_TEST_REPORT_WELCOME"))
        return;
    QTimer::singleShot(500, &window, [&window] {
        const auto *welcome = window.findChild<WelcomeDialog *>();
        QTextStream(stdout) << "welcome: " << (welcome && welcome->isVisible() ? "shown" : "not shown")
                            << "\n";
        QCoreApplication::exit(0);
    });
}

int runGui(int argc, char **argv, const CommandLine &commandLine)
{
    // Qt 6.4's FFmpeg media backend crashes when no audio device exists; GStreamer plays the same
    // files (DESIGN "Known pitfalls"). A user's explicit choice still wins.
    if (qEnvironmentVariableIsEmpty("QT_MEDIA_BACKEND"))
        qputenv("QT_MEDIA_BACKEND", "gstreamer");
    QApplication app(argc, argv);
    setApplicationNames();
    const std::unique_ptr<QSettings> settingsFile = openSettings();
    QSettings &settings = *settingsFile;
    installChosenLanguage(app, settings);
    Theme::initialize();
    Result<std::unique_ptr<Studio>> studio = Studio::open(DataLocation::resolve(commandLine.dataDir));
    if (studio) {
        if (Result<bool> sample = (*studio)->ensureSampleProject(); !sample)
            studio = sample.failure();
    }
    if (!studio) {
        QTextStream(stderr) << "storyreel: " << studio.error() << "\n";
        if (commandLine.screenshotPath.isEmpty())
            QMessageBox::critical(nullptr,
                                  QCoreApplication::translate("main", "Storyreel Studio cannot start"),
                                  studio.error());
        return ExitFailure;
    }
    // The services (network, keychain, provider clients, the queue) live as long as the window: local
    // jobs still running when it closes are found Interrupted at the next start (and queued again,
    // unless the user said otherwise); remote jobs go on at their provider and are polled again.
    ProviderEnvironment providers(**studio);
    JobQueue &queue = *providers.queue;
    if (Status started = queue.start(JobQueue::retryInterruptedSetting((*studio)->catalog())); !started)
        QTextStream(stderr)
            << "storyreel: "
            << QCoreApplication::translate("main", "the job queue could not start: %1").arg(started.error())
            << "\n";
    // Library edits: defaults, favourites, offline copies; edits made offline are replayed from here.
    // Built before the window, so it outlives it.
    LibraryService library((*studio)->catalog(), providers.hub, queue, (*studio)->location());
    MainWindow window(**studio, settings, &queue);
    window.setProviderServices(providers.hub, providers.accounts, providers.generation);
    window.setLibraryService(library);
    window.setCloudService(*providers.cloud);
    // Edits made offline in an earlier session go out as soon as their providers answer.
    QTimer::singleShot(0, &library, [&library] { library.replayPending(); });
    if (commandLine.workspace >= 0)
        window.setWorkspace(commandLine.workspace);
    window.show();
    if (!commandLine.openPath.isEmpty())
        window.openStoryboardFile(commandLine.openPath);
    if (welcomeAtStartup(commandLine, window))
        window.showWelcome();
    reportWelcomeForTests(window);
    if (!commandLine.screenshotPath.isEmpty())
        scheduleScreenshot(window, commandLine.screenshotPath);
    if (commandLine.reportStartup) {
        // The library is interactive once its grid has painted (an empty library has no grid);
        // other workspaces, once the window has.
        QListView *grid = window.libraryWorkspace()->lookGrid();
        reportWhenInteractive(window.workspace() == MainWindow::Library && !grid->isHidden()
                                  ? grid->viewport()
                                  : static_cast<QWidget *>(&window));
    }
    const int exitCode = app.exec();
    // Work on the global pool (an import, a download being stored) uses the catalog: it finishes
    // before the studio and the statics it relies on go.
    QThreadPool::globalInstance()->waitForDone();
    if (window.restartRequested()) {
        // Same data folder and options; a shared file opened at this start is in the catalog now.
        QStringList arguments = QCoreApplication::arguments().mid(1);
        arguments.removeAll(commandLine.openPath);
        QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments);
    }
    return exitCode;
}

// Qt warns on every start when XDG_RUNTIME_DIR is missing (root over ssh, containers, CI); give
// headless runs a private one, as a login session would.
void ensureRuntimeDir()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QString dir = QDir::temp().filePath(QStringLiteral("storyreel-runtime-%1").arg(::getuid()));
    if (QDir().mkpath(dir) &&
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir));
}

int runHeadless(int argc, char **argv, const CommandLine &commandLine)
{
    ensureRuntimeDir();
    // Headless commands still render text and images with Qt (captions, cards), so they need a
    // QGuiApplication; the offscreen platform needs no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    setApplicationNames();
    installChosenLanguage(app, *openSettings());
    const int exitCode = commandLine.action == CommandLine::Action::Command
                             ? runCommand(commandLine)
                             : runHeadlessFallback(commandLine);
    // A headless command is done once its output is out: nothing may still run on the global pool,
    // and the process then leaves without Qt's static teardown, where an idle image-scaling pool
    // thread of Qt 6.4 can touch a lock already destroyed (seen as a rare SIGSEGV after
    // `jobs retry --wait` under load). The catalog was closed when the command's studio went.
    QThreadPool::globalInstance()->waitForDone();
    std::fflush(stdout);
    std::fflush(stderr);
    std::_Exit(exitCode);
}

}  // namespace

// The help and usage errors are read by a person: parsed again with the studio's language installed.
int printHelpOrError(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    setApplicationNames();
    installChosenLanguage(app, *openSettings());
    const CommandLine commandLine = CommandLine::parse(argumentsOf(argc, argv));
    if (commandLine.action != CommandLine::Action::Error) {
        QTextStream(stdout) << commandLine.message;
        return ExitOk;
    }
    QTextStream(stderr) << "storyreel: " << commandLine.message << "\n"
                        << QCoreApplication::translate("CommandLine", "Try 'storyreel --help'.") << "\n";
    return ExitBadInput;
}

int main(int argc, char **argv)
{
    installFfmpegLogging();
    const CommandLine commandLine = CommandLine::parse(argumentsOf(argc, argv));
    switch (commandLine.action) {
        case CommandLine::Action::Version:
            std::fputs(qPrintable(commandLine.message), stdout);
            return ExitOk;
        case CommandLine::Action::Help:
        case CommandLine::Action::Error:
            return printHelpOrError(argc, argv);
        case CommandLine::Action::Command:
            return runHeadless(argc, argv, commandLine);
        case CommandLine::Action::Gui:
            break;
    }
    if (!displayAvailable()) {
        // A screenshot needs no screen: widgets render on the offscreen platform just as well.
        if (commandLine.screenshotPath.isEmpty())
            return runHeadless(argc, argv, commandLine);
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    return runGui(argc, argv, commandLine);
}
