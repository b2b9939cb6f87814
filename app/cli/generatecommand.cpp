#include "generatecommand.h"

#include "accountstore.h"
#include "commandsupport.h"
#include "jobcommands.h"
#include "jobstore.h"
#include "providerenv.h"
#include "studio.h"

#include <QCoreApplication>
#include <QDir>

namespace storyreel {
namespace {

const QString kCommand = QStringLiteral("generate");

struct GenerateCommand
{
    Q_DECLARE_TR_FUNCTIONS(storyreel::GenerateCommand)
};

QString costText(const CostEstimate &cost)
{
    if (!cost.known)
        return GenerateCommand::tr("not published by the provider");
    if (cost.micros == 0 && cost.unit.isEmpty())
        return GenerateCommand::tr("free (a local draft)");
    const QString number = cost.micros % 1000000 == 0 && cost.unit != QLatin1String("USD")
                               ? QString::number(cost.micros / 1000000)
                               : QString::number(double(cost.micros) / 1e6, 'f', 2);
    return number + QLatin1Char(' ') + cost.unit;
}

// The positional words after the first `skip` as one prompt: quoting is optional.
QString joined(const QStringList &positional, int skip)
{
    return positional.mid(skip).join(QLatin1Char(' '));
}

// The plan the arguments describe, or why they do not make one (BadInput).
Result<GenerationPlan> planFrom(const CommandParser &command)
{
    const QStringList positional = command.positional();
    const QString kind = positional.first();
    bool ok = true;
    const auto number = [&](const QString &option, int fallback) {
        if (!command.isSet(option))
            return fallback;
        bool parsed = false;
        const int value = command.value(option).toInt(&parsed);
        ok = ok && parsed;
        return parsed ? value : fallback;
    };
    const auto aspect = [&](Aspect fallback) {
        if (!command.isSet(QStringLiteral("aspect")))
            return fallback;
        const std::optional<Aspect> parsed = fromText<Aspect>(command.value(QStringLiteral("aspect")));
        ok = ok && parsed.has_value();
        return parsed.value_or(fallback);
    };
    const auto bad = [](const QString &message) { return Failure{message, FailureKind::BadInput}; };

    if (kind == QLatin1String("text") || kind == QLatin1String("image")) {
        VideoForm form;
        const bool image = kind == QLatin1String("image");
        if (image && positional.size() < 3)
            return bad(GenerateCommand::tr("image takes an IMAGE file and a PROMPT"));
        if (!image && positional.size() < 2)
            return bad(GenerateCommand::tr("text takes a PROMPT"));
        if (image)
            form.imagePath = QDir::current().absoluteFilePath(positional.at(1));
        form.prompt = joined(positional, image ? 2 : 1);
        form.seconds = number(QStringLiteral("seconds"), form.seconds);
        form.aspect = aspect(form.aspect);
        if (command.isSet(QStringLiteral("resolution")))
            form.resolution = command.value(QStringLiteral("resolution"));
        if (!ok)
            return bad(GenerateCommand::tr("--seconds takes a number, --aspect 16:9, 9:16 or 1:1"));
        return GenerationService::plan(form);
    }
    if (kind == QLatin1String("explainer")) {
        if (positional.size() > 1)
            return bad(
                GenerateCommand::tr("explainer takes --topic and --context, not '%1'").arg(positional.at(1)));
        ExplainerForm form;
        form.topic = command.value(QStringLiteral("topic"));
        form.context = command.value(QStringLiteral("context"));
        if (command.isSet(QStringLiteral("quality")))
            form.quality = command.value(QStringLiteral("quality"));
        if (command.isSet(QStringLiteral("priority")))
            form.priority = command.value(QStringLiteral("priority"));
        return GenerationService::plan(form);
    }
    if (kind == QLatin1String("storyboard")) {
        if (positional.size() < 2)
            return bad(GenerateCommand::tr("storyboard takes a PROMPT"));
        StoryboardForm form;
        form.prompt = joined(positional, 1);
        form.seconds = number(QStringLiteral("seconds"), form.seconds);
        form.aspect = aspect(form.aspect);
        if (command.isSet(QStringLiteral("style")))
            form.style = command.value(QStringLiteral("style"));
        if (!ok)
            return bad(GenerateCommand::tr("--seconds takes a number, --aspect 16:9, 9:16 or 1:1"));
        return GenerationService::plan(form);
    }
    return bad(GenerateCommand::tr("unknown kind '%1': text, image, explainer or storyboard").arg(kind));
}

}  // namespace

int runGenerateCommand(const CommandLine &commandLine)
{
    CommandParser command(
        kCommand,
        GenerateCommand::tr("Generate a video on the local provider (the default) or a provider account:\n"
                            "  text PROMPT [--seconds N --aspect A --resolution R]\n"
                            "  image IMAGE PROMPT [--seconds N --aspect A --resolution R]\n"
                            "  explainer --topic T --context C [--quality low|medium|high] "
                            "[--priority low|normal|high]\n"
                            "  storyboard PROMPT [--seconds N --style S --aspect A]\n"
                            "Prints the cost estimate and the job id; --wait runs the job here to the end."));
    QCommandLineParser &parser = command.parser();
    parser.addPositionalArgument(QStringLiteral("kind"),
                                 GenerateCommand::tr("text, image, explainer or storyboard."));
    parser.addOptions({
        {QStringLiteral("account"),
         GenerateCommand::tr("The provider account (default: the local provider)."), QStringLiteral("NAME")},
        {QStringLiteral("seconds"), GenerateCommand::tr("Duration in seconds (1-120)."), QStringLiteral("N")},
        {QStringLiteral("aspect"), GenerateCommand::tr("16:9, 9:16 or 1:1."), QStringLiteral("ASPECT")},
        {QStringLiteral("resolution"), GenerateCommand::tr("480p, 720p or 1080p."),
         QStringLiteral("RESOLUTION")},
        {QStringLiteral("topic"), GenerateCommand::tr("explainer: what it explains."),
         QStringLiteral("TOPIC")},
        {QStringLiteral("context"), GenerateCommand::tr("explainer: for whom and what to cover."),
         QStringLiteral("CONTEXT")},
        {QStringLiteral("quality"), GenerateCommand::tr("explainer: low, medium or high."),
         QStringLiteral("QUALITY")},
        {QStringLiteral("priority"), GenerateCommand::tr("explainer: low, normal or high."),
         QStringLiteral("PRIORITY")},
        {QStringLiteral("style"), GenerateCommand::tr("storyboard: e.g. cinematic."),
         QStringLiteral("STYLE")},
        {QStringLiteral("wait"), GenerateCommand::tr("Run the job here and wait until it is finished.")},
    });
    if (std::optional<int> stop = command.parse(commandLine, 1, 1000))
        return *stop;
    // Every argument is checked before the catalog is opened: a usage error never waits on I/O.
    QTextStream out(stdout);
    QTextStream err(stderr);
    const Result<GenerationPlan> plan = planFrom(command);
    if (!plan)
        return plan.errorKind() == FailureKind::BadInput ? command.usageError(plan.error())
                                                         : reportFailure(kCommand, plan.failure(), err);

    std::unique_ptr<Studio> studio = openStudio(command.dataDir(commandLine), err);
    if (!studio)
        return ExitFailure;
    RowId accountId = 0;
    QString provider = GenerateCommand::tr("the local provider");
    if (command.isSet(QStringLiteral("account"))) {
        const QString name = command.value(QStringLiteral("account"));
        Result<std::optional<ProviderAccount>> found = AccountStore(studio->catalog()).findByName(name);
        if (!found)
            return reportFailure(kCommand, found.failure(), err);
        if (!found->has_value())
            return reportFailure(
                kCommand,
                Failure{
                    GenerateCommand::tr("no account named \"%1\" (see storyreel accounts list)").arg(name),
                    FailureKind::BadInput},
                err);
        accountId = found->value().id;
        provider = QStringLiteral("\"%1\" (%2)").arg(name, toText(found->value().dialect));
    }

    ProviderEnvironment env(*studio);
    Result<CostEstimate> cost = env.generation.estimate(accountId, *plan);
    if (!cost)
        return reportFailure(kCommand, cost.failure(), err);
    Result<RowId> job = env.generation.submit(accountId, *plan);
    if (!job)
        return reportFailure(kCommand, job.failure(), err);
    out << GenerateCommand::tr("Estimate: %1").arg(costText(*cost)) << "\n";
    out << GenerateCommand::tr("Job %1 queued on %2: %3").arg(*job).arg(provider, plan->title) << "\n";
    out.flush();
    if (!command.isSet(QStringLiteral("wait"))) {
        out << GenerateCommand::tr("It runs when the studio is open; add --wait to run it here.") << "\n";
        return ExitOk;
    }
    const int code = runUntilFinished(*env.queue, *studio, *job);
    if (code == ExitOk) {
        Result<Job> finished = JobStore(studio->catalog()).load(*job);
        if (finished && !finished->outputPath.isEmpty())
            out << GenerateCommand::tr("Job %1 succeeded: %2")
                       .arg(*job)
                       .arg(QDir::toNativeSeparators(finished->outputPath))
                << "\n";
        else
            out << GenerateCommand::tr("Job %1 succeeded.").arg(*job) << "\n";
    }
    return code;
}

}  // namespace storyreel
