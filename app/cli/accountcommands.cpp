#include "accountcommands.h"

#include "accountstore.h"
#include "aistudiomirror.h"
#include "commandsupport.h"
#include "providerenv.h"
#include "studio.h"

#include <QCoreApplication>

#include <cstdio>
#include <memory>

namespace storyreel {
namespace {

const QString kCommand = QStringLiteral("accounts");

struct AccountCommands
{
    Q_DECLARE_TR_FUNCTIONS(storyreel::AccountCommands)
};

QString amountText(qint64 micros, const QString &unit)
{
    const double value = double(micros) / 1e6;
    const QString number = micros % 1000000 == 0 && unit != QLatin1String("USD")
                               ? QString::number(micros / 1000000)
                               : QString::number(value, 'f', 2);
    return unit.isEmpty() ? number : number + QLatin1Char(' ') + unit;
}

QString tokenStateText(const CredentialResult &result)
{
    switch (result.outcome) {
        case CredentialResult::Outcome::Ok:
            return result.secret.isEmpty() ? AccountCommands::tr("no token")
                                           : AccountCommands::tr("token stored");
        case CredentialResult::Outcome::NotFound:
            return AccountCommands::tr("no token");
        case CredentialResult::Outcome::Unavailable:
            return AccountCommands::tr("keychain unavailable");
        case CredentialResult::Outcome::Failed:
            break;
    }
    return AccountCommands::tr("keychain error");
}

std::optional<ProviderAccount> findAccount(const Studio &studio, const QString &name, QTextStream &err,
                                           int *exitCode)
{
    Result<std::optional<ProviderAccount>> found = AccountStore(studio.catalog()).findByName(name);
    if (!found) {
        *exitCode = reportFailure(kCommand, found.failure(), err);
        return std::nullopt;
    }
    if (!found->has_value()) {
        *exitCode = reportFailure(
            kCommand,
            Failure{AccountCommands::tr("no account named \"%1\" (see storyreel accounts list)").arg(name),
                    FailureKind::BadInput},
            err);
        return std::nullopt;
    }
    return found->value();
}

int addAccount(ProviderEnvironment &env, const CommandParser &command, QTextStream &out, QTextStream &err)
{
    ProviderAccount account;
    account.name = command.value(QStringLiteral("name")).trimmed();
    account.dialect = *fromText<Dialect>(command.value(QStringLiteral("dialect")));
    account.baseUrl = command.value(QStringLiteral("url")).trimmed();
    QString token;
    if (command.isSet(QStringLiteral("token-env"))) {
        const QString variable = command.value(QStringLiteral("token-env"));
        token = qEnvironmentVariable(qPrintable(variable)).trimmed();
        if (token.isEmpty())
            return command.usageError(
                AccountCommands::tr("the environment variable %1 is not set or empty").arg(variable));
    } else {
        token = readSecretLine(AccountCommands::tr("API token for \"%1\": ").arg(account.name));
        if (token.isEmpty())
            return command.usageError(
                AccountCommands::tr("no token on stdin (pipe it in, or use --token-env VARIABLE)"));
    }
    return runUntilReported([&](std::function<void(int)> report) {
        env.accounts.add(account, token, [&, report](Result<RowId> added) {
            if (!added)
                return report(reportFailure(kCommand, added.failure(), err));
            out << AccountCommands::tr("Added account \"%1\" (%2, %3); its token is in the system keychain.")
                       .arg(account.name, toText(account.dialect), account.baseUrl)
                << "\n";
            out.flush();
            report(ExitOk);
        });
    });
}

int listAccounts(ProviderEnvironment &env, QTextStream &out, QTextStream &err)
{
    Result<QList<ProviderAccount>> listed = AccountStore(env.studio.catalog()).list();
    if (!listed)
        return reportFailure(kCommand, listed.failure(), err);
    const QList<ProviderAccount> accounts = *listed;
    if (accounts.isEmpty()) {
        out << AccountCommands::tr(
                   "No provider accounts. Add one with: storyreel accounts add --name N --dialect D --url U")
            << "\n";
        return ExitOk;
    }
    // Only whether a token is stored is printed; the token itself is dropped with the answer.
    auto states = std::make_shared<QStringList>(QList<QString>(accounts.size()));
    auto left = std::make_shared<int>(int(accounts.size()));
    const int code = runUntilReported([&](std::function<void(int)> report) {
        for (int i = 0; i < accounts.size(); ++i) {
            if (accounts[i].dialect == Dialect::Local) {
                (*states)[i] = AccountCommands::tr("no token needed");
                if (--*left == 0)
                    report(ExitOk);
                continue;
            }
            env.credentials.read(accounts[i].credentialKey(),
                                 [states, left, i, report](const CredentialResult &result) {
                                     (*states)[i] = tokenStateText(result);
                                     if (--*left == 0)
                                         report(ExitOk);
                                 });
        }
    });
    const QString nameHeader = AccountCommands::tr("NAME");
    const QString dialectHeader = AccountCommands::tr("DIALECT");
    const QString urlHeader = AccountCommands::tr("URL");
    int nameWidth = int(nameHeader.size());
    const int dialectWidth = qMax(11, int(dialectHeader.size()));
    int urlWidth = int(urlHeader.size());
    for (const ProviderAccount &account : accounts) {
        nameWidth = qMax(nameWidth, int(account.name.size()));
        urlWidth = qMax(urlWidth, int(account.baseUrl.size()));
    }
    out << QStringLiteral("%1  %2  %3  %4\n")
               .arg(nameHeader, -nameWidth)
               .arg(dialectHeader, -dialectWidth)
               .arg(urlHeader, -urlWidth)
               .arg(AccountCommands::tr("TOKEN"));
    for (int i = 0; i < accounts.size(); ++i) {
        out << QStringLiteral("%1  %2  %3  %4\n")
                   .arg(accounts[i].name, -nameWidth)
                   .arg(toText(accounts[i].dialect), -dialectWidth)
                   .arg(accounts[i].baseUrl, -urlWidth)
                   .arg(states->at(i));
    }
    return code;
}

int testAccount(ProviderEnvironment &env, const ProviderAccount &account, QTextStream &out, QTextStream &err)
{
    return runUntilReported([&](std::function<void(int)> report) {
        env.accounts.test(account.id, [&, report](ProviderResult<AccountCheck> check) {
            if (!check) {
                err << "storyreel accounts: \"" << account.name << "\": " << check.error().message << "\n";
                err.flush();
                return report(ExitFailure);
            }
            out << (check->summary.isEmpty() ? AccountCommands::tr("Connected") : check->summary) << "\n";
            if (check->balanceMicros)
                out << AccountCommands::tr("Balance: %1").arg(amountText(*check->balanceMicros, check->unit))
                    << "\n";
            else
                out << AccountCommands::tr("Balance unknown") << "\n";
            out.flush();
            report(ExitOk);
        });
    });
}

int removeAccount(ProviderEnvironment &env, const ProviderAccount &account, QTextStream &out,
                  QTextStream &err)
{
    return runUntilReported([&](std::function<void(int)> report) {
        env.accounts.remove(account.id, [&, report](Status removed) {
            if (!removed)
                return report(reportFailure(kCommand, removed.failure(), err));
            out << AccountCommands::tr("Removed account \"%1\" and its token.").arg(account.name) << "\n";
            out.flush();
            report(ExitOk);
        });
    });
}

// Mirrors an aistudio account's looks and video-jobs into the catalog.
int syncAccount(ProviderEnvironment &env, const ProviderAccount &account, QTextStream &out, QTextStream &err)
{
    if (account.dialect != Dialect::AiStudio) {
        err << "storyreel accounts: "
            << AccountCommands::tr("\"%1\" is a %2 account; only aistudio accounts have looks to sync.")
                   .arg(account.name, toText(account.dialect))
            << "\n";
        return ExitBadInput;
    }
    std::unique_ptr<AiStudioMirror> mirror;
    return runUntilReported([&](std::function<void(int)> report) {
        env.hub.provider(account.id, [&, report](ProviderResult<Provider *> provider) {
            auto *client = provider ? qobject_cast<AiStudioClient *>(*provider) : nullptr;
            if (!client) {
                err << "storyreel accounts: \"" << account.name << "\": "
                    << (provider ? AccountCommands::tr("not an aistudio client") : provider.error().message)
                    << "\n";
                err.flush();
                return report(ExitFailure);
            }
            mirror = std::make_unique<AiStudioMirror>(*client, env.studio.catalog(), account.id);
            mirror->run([&, report](Result<AiStudioMirrorSummary> summary) {
                if (!summary)
                    return report(reportFailure(kCommand, summary.failure(), err));
                out << AccountCommands::tr("Looks: %1 (%2 new, %3 updated); videos: %4 (%5 new, %6 updated)")
                           .arg(summary->looks)
                           .arg(summary->looksAdded)
                           .arg(summary->looksUpdated)
                           .arg(summary->videos)
                           .arg(summary->videosAdded)
                           .arg(summary->videosUpdated)
                    << "\n";
                out.flush();
                report(ExitOk);
            });
        });
    });
}

}  // namespace

int runAccountsCommand(const CommandLine &commandLine)
{
    CommandParser command(
        kCommand,
        AccountCommands::tr(
            "Provider accounts: add --name N --dialect D --url U [--token-env VARIABLE] (the token "
            "is read from VARIABLE, else one line on stdin; never from an argument), list, test "
            "NAME, remove NAME, sync NAME (aistudio: mirror its looks and video-jobs into the catalog)."));
    QCommandLineParser &parser = command.parser();
    parser.addPositionalArgument(QStringLiteral("action"),
                                 AccountCommands::tr("add, list, test, remove or sync."));
    parser.addOptions({
        {QStringLiteral("name"), AccountCommands::tr("add: the account's name."), QStringLiteral("NAME")},
        {QStringLiteral("dialect"), AccountCommands::tr("add: aistudio, asyncvideos, storyboard or t2m."),
         QStringLiteral("DIALECT")},
        {QStringLiteral("url"), AccountCommands::tr("add: the provider's base URL (http:// or https://)."),
         QStringLiteral("URL")},
        {QStringLiteral("token-env"),
         AccountCommands::tr("add: read the token from this environment variable instead of stdin."),
         QStringLiteral("VARIABLE")},
    });
    // Refused before parsing, with the reason, and without echoing the value: a token in argv is
    // visible to other users (ps) and stays in the shell's history.
    for (const QString &argument : commandLine.commandArgs) {
        if (argument == QLatin1String("--"))
            break;
        if (argument == QLatin1String("--token") || argument.startsWith(QLatin1String("--token=")))
            return command.usageError(AccountCommands::tr(
                "--token is refused: a token on the command line can be read by other users "
                "(ps, shell history). Use --token-env VARIABLE or pass it on stdin."));
    }
    if (std::optional<int> stop = command.parse(commandLine, 1, 2))
        return *stop;
    const QString action = command.positional().first();
    const QString name = command.positional().value(1);
    if (action == QLatin1String("add")) {
        if (!name.isEmpty())
            return command.usageError(AccountCommands::tr("add takes --name NAME, not an argument"));
        for (const char *required : {"name", "dialect", "url"}) {
            if (!command.isSet(QLatin1String(required)))
                return command.usageError(AccountCommands::tr("add needs --%1").arg(QLatin1String(required)));
        }
        const std::optional<Dialect> dialect = fromText<Dialect>(command.value(QStringLiteral("dialect")));
        if (!dialect || *dialect == Dialect::Local)
            return command.usageError(AccountCommands::tr(
                "--dialect takes aistudio, asyncvideos, storyboard or t2m (the local provider "
                "needs no account)"));
    } else if (action == QLatin1String("test") || action == QLatin1String("remove") ||
               action == QLatin1String("sync")) {
        if (name.isEmpty())
            return command.usageError(AccountCommands::tr("%1 takes an account name").arg(action));
    } else if (action == QLatin1String("list")) {
        if (!name.isEmpty())
            return command.usageError(AccountCommands::tr("list takes no argument"));
    } else {
        return command.usageError(AccountCommands::tr("unknown action '%1'").arg(action));
    }

    QTextStream out(stdout);
    QTextStream err(stderr);
    std::unique_ptr<Studio> studio = openStudio(command.dataDir(commandLine), err);
    if (!studio)
        return ExitFailure;
    ProviderEnvironment env(*studio);
    if (action == QLatin1String("add"))
        return addAccount(env, command, out, err);
    if (action == QLatin1String("list"))
        return listAccounts(env, out, err);
    int code = ExitOk;
    const std::optional<ProviderAccount> account = findAccount(*studio, name, err, &code);
    if (!account)
        return code;
    if (action == QLatin1String("sync"))
        return syncAccount(env, *account, out, err);
    return action == QLatin1String("test") ? testAccount(env, *account, out, err)
                                           : removeAccount(env, *account, out, err);
}

}  // namespace storyreel
