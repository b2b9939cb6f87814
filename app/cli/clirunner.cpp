#include "clirunner.h"

#include "accountcommands.h"
#include "commandsupport.h"
#include "generatecommand.h"
#include "jobcommands.h"
#include "librarycommands.h"
#include "mediacommands.h"
#include "rendercommand.h"
#include "storagecommands.h"
#include "studio.h"
#include "summarycommand.h"

#include <QCoreApplication>
#include <QTextStream>

namespace storyreel {
namespace {

struct CliRunner
{
    Q_DECLARE_TR_FUNCTIONS(storyreel::CliRunner)
};

int runSummary(const CommandLine &commandLine)
{
    CommandParser command(QStringLiteral("summary"),
                          CliRunner::tr("Print what the catalog holds and where the data lives."));
    if (std::optional<int> stop = command.parse(commandLine, 0, 0))
        return *stop;
    QTextStream out(stdout);
    QTextStream err(stderr);
    std::unique_ptr<Studio> studio = openStudio(command.dataDir(commandLine), err);
    if (!studio)
        return ExitFailure;
    if (Result<bool> sample = studio->ensureSampleProject(); !sample)
        return reportFailure(QStringLiteral("summary"), sample.failure(), err);
    return printSummary(*studio, out);
}

}  // namespace

int runCommand(const CommandLine &commandLine)
{
    const QString &name = commandLine.command;
    if (name == QLatin1String("summary"))
        return runSummary(commandLine);
    if (name == QLatin1String("render"))
        return runRenderCommand(commandLine);
    if (name == QLatin1String("jobs"))
        return runJobsCommand(commandLine);
    if (name == QLatin1String("probe"))
        return runProbeCommand(commandLine);
    if (name == QLatin1String("thumbnail"))
        return runThumbnailCommand(commandLine);
    if (name == QLatin1String("export"))
        return runExportCommand(commandLine);
    if (name == QLatin1String("accounts"))
        return runAccountsCommand(commandLine);
    if (name == QLatin1String("generate"))
        return runGenerateCommand(commandLine);
    if (name == QLatin1String("looks"))
        return runLooksCommand(commandLine);
    if (name == QLatin1String("videos"))
        return runVideosCommand(commandLine);
    if (name == QLatin1String("storage"))
        return runStorageCommand(commandLine);
    if (name == QLatin1String("upload"))
        return runUploadCommand(commandLine);
    if (name == QLatin1String("download"))
        return runDownloadCommand(commandLine);
    if (name == QLatin1String("share"))
        return runShareCommand(commandLine);
    QTextStream(stderr) << "storyreel: " << CliRunner::tr("unknown command %1").arg(name) << "\n";
    return ExitBadInput;
}

int runHeadlessFallback(const CommandLine &commandLine)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    out << CliRunner::tr("No display found (DISPLAY and WAYLAND_DISPLAY are unset): running headless.")
        << "\n\n";

    std::unique_ptr<Studio> studio = openStudio(commandLine.dataDir, err);
    if (!studio)
        return ExitFailure;
    if (Result<bool> sample = studio->ensureSampleProject(); !sample)
        return reportFailure(QStringLiteral("summary"), sample.failure(), err);
    if (const int summary = printSummary(*studio, out); summary != ExitOk)
        return summary;
    return renderSampleStoryboard(*studio, out, err);
}

}  // namespace storyreel
