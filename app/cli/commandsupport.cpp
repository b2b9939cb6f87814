#include "commandsupport.h"

#include "studio.h"

#include <QFile>

#include <termios.h>
#include <unistd.h>
#include <cstdio>

namespace storyreel {

CommandParser::CommandParser(const QString &name, const QString &description)
    : m_name(name),
      m_dataDir(QStringLiteral("data-dir"), tr("Keep the catalog and media in DIR."), QStringLiteral("DIR")),
      m_help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."))
{
    m_parser.setApplicationDescription(description);
    m_parser.addOption(m_dataDir);
    m_parser.addOption(m_help);
}

std::optional<int> CommandParser::parse(const CommandLine &commandLine, int minPositional, int maxPositional)
{
    if (!m_parser.parse(QStringList{QStringLiteral("storyreel ") + m_name} + commandLine.commandArgs))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(m_help)) {
        QTextStream(stdout) << m_parser.helpText();
        return ExitOk;
    }
    const qsizetype count = m_parser.positionalArguments().size();
    if (count < minPositional)
        return usageError(tr("missing arguments (see storyreel %1 --help)").arg(m_name));
    if (count > maxPositional)
        return usageError(
            maxPositional == 0
                ? tr("takes no arguments")
                : tr("unexpected argument '%1'").arg(m_parser.positionalArguments().at(maxPositional)));
    return std::nullopt;
}

QString CommandParser::dataDir(const CommandLine &commandLine) const
{
    return m_parser.isSet(m_dataDir) ? m_parser.value(m_dataDir) : commandLine.dataDir;
}

int CommandParser::usageError(const QString &message) const
{
    QTextStream(stderr) << "storyreel " << m_name << ": " << message << "\n";
    return ExitBadInput;
}

std::unique_ptr<Studio> openStudio(const QString &dataDir, QTextStream &err)
{
    Result<std::unique_ptr<Studio>> studio = Studio::open(DataLocation::resolve(dataDir));
    if (!studio) {
        err << "storyreel: " << studio.error() << "\n";
        err.flush();
        return nullptr;
    }
    return std::move(studio).value();
}

int reportFailure(const QString &command, const Failure &failure, QTextStream &err)
{
    err << "storyreel " << command << ": " << failure.message << "\n";
    err.flush();
    return failure.kind == FailureKind::BadInput ? ExitBadInput : ExitFailure;
}

TerminalProgress::TerminalProgress() : m_enabled(::isatty(STDERR_FILENO) == 1) {}

TerminalProgress::~TerminalProgress()
{
    finish();
}

void TerminalProgress::update(double fraction, const QString &stage)
{
    if (!m_enabled)
        return;
    const int percent = int(fraction * 100.0);
    if (percent == m_lastPercent && stage == m_lastStage)
        return;
    m_lastPercent = percent;
    m_lastStage = stage;
    constexpr int kWidth = 30;
    const int filled = qBound(0, int(fraction * kWidth), kWidth);
    const QByteArray bar = QByteArray(filled, '#') + QByteArray(kWidth - filled, '.');
    std::fprintf(stderr, "\r  [%s] %3d%%  %-12s", bar.constData(), percent, qPrintable(stage));
    std::fflush(stderr);
    m_drawn = true;
}

void TerminalProgress::finish()
{
    if (m_drawn) {
        std::fputs("\n", stderr);
        m_drawn = false;
    }
}

std::function<void(double, const QString &)> TerminalProgress::callback()
{
    return [this](double fraction, const QString &stage) { update(fraction, stage); };
}

QString readSecretLine(const QString &prompt)
{
    const bool terminal = ::isatty(STDIN_FILENO) == 1;
    termios saved{};
    if (terminal) {
        std::fputs(qPrintable(prompt), stderr);
        std::fflush(stderr);
        ::tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QFile in;
    QByteArray line;
    if (in.open(stdin, QIODevice::ReadOnly))
        line = in.readLine();
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputs("\n", stderr);
    }
    const QString text = QString::fromUtf8(line).trimmed();
    line.fill('\0');
    return text;
}

}  // namespace storyreel
