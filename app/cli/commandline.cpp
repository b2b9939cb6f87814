#include "commandline.h"

#include "storyreelfile.h"

#include "versions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace storyreel {
namespace {

QString commandsHelp()
{
    return QCoreApplication::translate(
        "CommandLine",
        "\nCommands (run without a command to open the studio):\n"
        "  summary    Open the catalog, create the sample project if needed and print "
        "what it holds and where the data lives.\n"
        "  render STORYBOARD -o OUT [--aspect 16:9|9:16|1:1] [--quality low|medium|high]\n"
        "             [--captions] [--no-motion] [--crossfade S] [--soundtrack FILE]\n"
        "             Render a storyboard (catalog id or title) to an MP4.\n"
        "  export FILE --format mp4|webm|mov --quality low|medium|high -o OUT [--upscale]\n"
        "             Export a video with a preset (cached by content and preset).\n"
        "  probe FILE [--json]\n"
        "             Show a media file's container, duration and streams.\n"
        "  thumbnail FILE -o OUT [--at SECONDS] [--width W]\n"
        "             Save a poster frame as JPEG or PNG.\n"
        "  jobs list [--status S] | show ID | cancel ID | retry ID [--wait] | hold ID | resume ID [--wait] | "
        "run\n"
        "             The job queue (render and export run as jobs too).\n"
        "  accounts add --name N --dialect aistudio|asyncvideos|storyboard|t2m --url URL [--token-env VAR]\n"
        "           | list | test NAME | remove NAME\n"
        "             Provider accounts. The token is read from VAR or one line on stdin, never from an "
        "argument.\n"
        "  generate [--account NAME] text PROMPT | image IMAGE PROMPT | explainer --topic T --context C\n"
        "           | storyboard PROMPT [--seconds N --aspect A --resolution R --style S] [--wait]\n"
        "             Generate a video (default: the local provider); prints the estimate and the job id.\n"
        "  looks list | show ID | set-default LOOK VIDEO\n"
        "             The look library: products, linked videos, the default video and what each look "
        "shows.\n"
        "  videos list [--status S --favorite --kind K --look ID --search TEXT --limit N] | import FILE...\n"
        "           | favorite ID [--off]\n"
        "             The library's videos: filter, import local media, mark favourites.\n"
        "  storage add --name N --endpoint URL --bucket B [...] | test [NAME] | list | remove NAME\n"
        "          | refresh [NAME]\n"
        "             Cloud storages (S3-compatible); keys go to the system keychain.\n"
        "  upload VIDEO-ID|FILE [--storage N --folder F --wait]   download VIDEO-ID | --key K --to FILE "
        "[--wait]\n"
        "  share VIDEO-ID|FILE [--expires 1d]\n"
        "             Transfers as jobs in the monitor, and presigned links that expire.\n"
        "Run 'storyreel COMMAND --help' for a command's options. Exit status: 0 done, 1 failed, 2 bad "
        "input.\n");
}

}  // namespace

QStringList CommandLine::knownCommands()
{
    return {QStringLiteral("summary"),  QStringLiteral("render"),    QStringLiteral("export"),
            QStringLiteral("probe"),    QStringLiteral("thumbnail"), QStringLiteral("jobs"),
            QStringLiteral("accounts"), QStringLiteral("generate"),  QStringLiteral("looks"),
            QStringLiteral("videos"),   QStringLiteral("storage"),   QStringLiteral("upload"),
            QStringLiteral("download"), QStringLiteral("share")};
}

QStringList CommandLine::workspaceNames()
{
    return {QStringLiteral("storyboards"), QStringLiteral("library"), QStringLiteral("jobs")};
}

CommandLine CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "Storyreel Studio: storyboards, looks and AI video jobs in one window."));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("CommandLine", "Show this help and exit."));
    const QCommandLineOption version(
        {QStringLiteral("v"), QStringLiteral("version")},
        QCoreApplication::translate("CommandLine", "Show the version and exit."));
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("CommandLine",
                                    "Keep the catalog and media in DIR (default: STORYREEL_DATA_DIR, "
                                    "else the platform's application data folder)."),
        QStringLiteral("DIR"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("CommandLine",
                                    "Start the studio, save the main window as a PNG to FILE, and exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption workspace(
        QStringLiteral("workspace"),
        QCoreApplication::translate("CommandLine", "Open on WORKSPACE: storyboards, library or jobs."),
        QStringLiteral("WORKSPACE"));
    const QCommandLineOption reportStartup(
        QStringLiteral("report-startup"),
        QCoreApplication::translate("CommandLine",
                                    "Start the studio, print the time until its window is painted and idle "
                                    "and the memory in use, and exit (for benchmarks)."));
    parser.addOptions({help, version, dataDir, screenshot, workspace, reportStartup});
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QCoreApplication::translate("CommandLine", "A command to run headless (see below)."),
        QStringLiteral("[command [args...]]"));

    CommandLine result;
    if (!parser.parse(arguments)) {
        result.action = Action::Error;
        result.message = parser.errorText();
        return result;
    }
    result.dataDir = parser.value(dataDir);
    result.screenshotPath = parser.value(screenshot);
    result.reportStartup = parser.isSet(reportStartup);
    if (parser.isSet(workspace)) {
        result.workspace = int(workspaceNames().indexOf(parser.value(workspace)));
        if (result.workspace < 0) {
            result.action = Action::Error;
            result.message =
                QCoreApplication::translate("CommandLine", "Unknown workspace '%1'. Choose one of: %2.")
                    .arg(parser.value(workspace), workspaceNames().join(QStringLiteral(", ")));
            return result;
        }
    }
    if (parser.isSet(help)) {
        result.action = Action::Help;
        result.message = parser.helpText() + commandsHelp();
        return result;
    }
    if (parser.isSet(version)) {
        result.action = Action::Version;
        result.message = QStringLiteral("storyreel %1 (Qt %2, FFmpeg %3)\n")
                             .arg(QStringLiteral(STORYREEL_VERSION), qtVersion(), ffmpegVersion());
        return result;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return result;
    // `storyreel FILE.storyreel`: how the desktop opens a shared storyboard in the studio.
    if (positional.size() == 1 && storyreelfile::looksLikeStoryreelPath(positional.first()) &&
        !knownCommands().contains(positional.first())) {
        result.openPath = QFileInfo(positional.first()).absoluteFilePath();
        return result;
    }
    if (!knownCommands().contains(positional.first())) {
        result.action = Action::Error;
        result.message =
            QCoreApplication::translate("CommandLine", "Unknown command '%1'. Known commands: %2.")
                .arg(positional.first(), knownCommands().join(QStringLiteral(", ")));
        return result;
    }
    result.action = Action::Command;
    result.command = positional.first();
    result.commandArgs = positional.mid(1);
    return result;
}

bool displayAvailable()
{
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

}  // namespace storyreel
