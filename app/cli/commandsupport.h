#pragma once

#include "clirunner.h"
#include "result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>

namespace storyreel {

class MediaControl;
class Studio;

// A command's own parser. --data-dir is accepted before or after the command name; --help prints the
// command's usage.
class CommandParser final
{
    Q_DECLARE_TR_FUNCTIONS(storyreel::CommandParser)

public:
    CommandParser(const QString &name, const QString &description);

    QCommandLineParser &parser() { return m_parser; }
    // Parses the command's arguments. Returns an exit code when the command should stop here
    // (after --help, or with a usage error printed), nothing when it should go on.
    std::optional<int> parse(const CommandLine &commandLine, int minPositional, int maxPositional);
    QString dataDir(const CommandLine &commandLine) const;
    QString value(const QString &option) const { return m_parser.value(option); }
    bool isSet(const QString &option) const { return m_parser.isSet(option); }
    QStringList positional() const { return m_parser.positionalArguments(); }
    // Prints "storyreel <name>: message" and returns ExitBadInput.
    int usageError(const QString &message) const;

private:
    QString m_name;
    QCommandLineParser m_parser;
    QCommandLineOption m_dataDir;
    QCommandLineOption m_help;
};

// Opens the studio's data folder (catalog migrated, no sample created) or prints why not.
std::unique_ptr<Studio> openStudio(const QString &dataDir, QTextStream &err);

// One line from stdin, trimmed, without echo when it is a terminal (where `prompt` goes to stderr first):
// a token or key must not stay on the screen.
QString readSecretLine(const QString &prompt);

// Exit code for a failure: 2 for bad input, 1 otherwise; prints the message.
int reportFailure(const QString &command, const Failure &failure, QTextStream &err);

// A progress bar on stderr when it is a terminal; quiet otherwise (scripts parse stdout).
class TerminalProgress final
{
public:
    TerminalProgress();
    ~TerminalProgress();
    void update(double fraction, const QString &stage);
    void finish();
    std::function<void(double, const QString &)> callback();

private:
    bool m_enabled;
    bool m_drawn = false;
    int m_lastPercent = -1;
    QString m_lastStage;
};

}  // namespace storyreel
