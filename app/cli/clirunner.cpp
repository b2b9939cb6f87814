#include "clirunner.h"

#include "studio.h"
#include "summarycommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace storyreel {
namespace {

// Each command parses its own arguments; --data-dir is accepted before or after the command name.
struct CommandParser
{
    QCommandLineParser parser;
    QCommandLineOption dataDir{QStringLiteral("data-dir"),
                               QStringLiteral("Keep the catalog and media in DIR."), QStringLiteral("DIR")};
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help.")};

    explicit CommandParser(const QString &description)
    {
        parser.setApplicationDescription(description);
        parser.addOption(dataDir);
        parser.addOption(help);
    }
};

int openStudioAnd(const CommandLine &commandLine, const QString &dataDirOverride,
                  const std::function<int(Studio &, QTextStream &)> &work)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString chosen = dataDirOverride.isEmpty() ? commandLine.dataDir : dataDirOverride;
    Result<std::unique_ptr<Studio>> studio = Studio::open(DataLocation::resolve(chosen));
    if (!studio) {
        err << "storyreel: " << studio.error() << "\n";
        return ExitFailure;
    }
    return work(**studio, out);
}

int runSummary(const CommandLine &commandLine)
{
    CommandParser command(QStringLiteral("Print what the catalog holds and where the data lives."));
    QTextStream err(stderr);
    if (!command.parser.parse(QStringList{QStringLiteral("storyreel summary")} + commandLine.commandArgs) ||
        !command.parser.positionalArguments().isEmpty()) {
        err << "storyreel summary: "
            << (command.parser.errorText().isEmpty() ? QStringLiteral("takes no arguments")
                                                     : command.parser.errorText())
            << "\n";
        return ExitBadInput;
    }
    if (command.parser.isSet(command.help)) {
        QTextStream(stdout) << command.parser.helpText();
        return ExitOk;
    }
    return openStudioAnd(commandLine, command.parser.value(command.dataDir),
                         [](Studio &studio, QTextStream &out) { return printSummary(studio, out); });
}

}  // namespace

int runCommand(const CommandLine &commandLine)
{
    if (commandLine.command == QLatin1String("summary"))
        return runSummary(commandLine);
    QTextStream(stderr) << "storyreel: unknown command " << commandLine.command << "\n";
    return ExitBadInput;
}

int runHeadlessFallback(const CommandLine &commandLine)
{
    QTextStream(stdout) << "No display found (DISPLAY and WAYLAND_DISPLAY are unset): running headless.\n\n";
    return openStudioAnd(commandLine, QString(),
                         [](Studio &studio, QTextStream &out) { return printSummary(studio, out); });
}

}  // namespace storyreel
