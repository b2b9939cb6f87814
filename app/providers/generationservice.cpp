#include "generationservice.h"

#include "accountstore.h"
#include "jobqueue.h"
#include "providerfactory.h"

#include <QFileInfo>
#include <QImageReader>
#include <QLoggingCategory>

namespace storyreel {
namespace {

Q_LOGGING_CATEGORY(lcGeneration, "storyreel.providers.generation", QtWarningMsg)

constexpr int kMinSeconds = 1;
constexpr int kMaxSeconds = 120;

Failure badInput(const QString &message)
{
    return Failure{message, FailureKind::BadInput};
}

// "Video: A fox runs through…": enough of the prompt to tell jobs apart in the monitor. `pattern`
// holds %1 for the shortened text.
QString titleFrom(const QString &pattern, const QString &text)
{
    constexpr int kWords = 6;
    constexpr int kChars = 48;
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString shortened = words.mid(0, kWords).join(QLatin1Char(' '));
    bool cut = words.size() > kWords;
    if (shortened.size() > kChars) {
        shortened = shortened.left(kChars).trimmed();
        cut = true;
    }
    return pattern.arg(shortened + (cut ? QStringLiteral("…") : QString()));
}

Status checkSeconds(int seconds)
{
    if (seconds < kMinSeconds || seconds > kMaxSeconds)
        return badInput(GenerationService::tr("The duration must be between %1 and %2 seconds (got %3).")
                            .arg(kMinSeconds)
                            .arg(kMaxSeconds)
                            .arg(seconds));
    return {};
}

// `message` holds %1 for the allowed values and %2 for the value given.
Status checkChoice(const QString &message, const QString &value, const QStringList &allowed)
{
    if (!allowed.contains(value))
        return badInput(message.arg(allowed.join(QStringLiteral(", ")), value));
    return {};
}

QString kindName(JobKind kind)
{
    switch (kind) {
        case JobKind::GenerateText:
            return GenerationService::tr("text-to-video");
        case JobKind::GenerateImage:
            return GenerationService::tr("image-to-video");
        case JobKind::GenerateStoryboard:
            return GenerationService::tr("storyboards");
        case JobKind::GenerateExplainer:
            return GenerationService::tr("explainer videos");
        default:
            return toText(kind);
    }
}

// The account's dialect (local for account 0), or BadInput when it cannot make `kind`.
Result<Dialect> checkedDialect(const Catalog &catalog, RowId accountId, JobKind kind)
{
    Dialect dialect = Dialect::Local;
    QString name = GenerationService::tr("The local provider");
    if (accountId > 0) {
        Result<ProviderAccount> account = AccountStore(catalog).load(accountId);
        if (!account)
            return badInput(account.error());
        dialect = account->dialect;
        name = QStringLiteral("\"%1\" (%2)").arg(account->name, toText(dialect));
    }
    if (!supportedKinds(dialect).contains(kind))
        return badInput(
            GenerationService::tr("%1 cannot make %2; choose another account.").arg(name, kindName(kind)));
    return dialect;
}

}  // namespace

Result<GenerationPlan> GenerationService::plan(const VideoForm &form)
{
    const QString prompt = form.prompt.trimmed();
    if (prompt.isEmpty())
        return badInput(GenerationService::tr("Describe the video: the prompt is empty."));
    if (Status seconds = checkSeconds(form.seconds); !seconds)
        return seconds.failure();
    if (Status resolution = checkChoice(
            GenerationService::tr("The resolution must be one of %1 (got \"%2\")."), form.resolution,
            {QStringLiteral("480p"), QStringLiteral("720p"), QStringLiteral("1080p")});
        !resolution)
        return resolution.failure();

    GenerationPlan plan;
    plan.params = QJsonObject{{QStringLiteral("prompt"), prompt},
                              {QStringLiteral("seconds"), form.seconds},
                              {QStringLiteral("aspect"), toText(form.aspect)},
                              {QStringLiteral("resolution"), form.resolution}};
    if (form.lookId > 0)
        plan.params.insert(QStringLiteral("lookId"), form.lookId);
    if (form.imagePath.isEmpty()) {
        plan.kind = JobKind::GenerateText;
        plan.title = titleFrom(GenerationService::tr("Video: %1"), prompt);
        return plan;
    }
    const QFileInfo image(form.imagePath);
    if (!image.exists())
        return badInput(GenerationService::tr("The image %1 does not exist.").arg(form.imagePath));
    if (!image.isFile() || !image.isReadable())
        return badInput(GenerationService::tr("The image %1 is not a readable file.").arg(form.imagePath));
    // By content, not by extension: a renamed text file is refused here, not by the provider.
    QImageReader reader(image.absoluteFilePath());
    if (!reader.canRead())
        return badInput(GenerationService::tr("%1 is not an image (PNG, JPEG or WebP, for example).")
                            .arg(image.fileName()));
    plan.kind = JobKind::GenerateImage;
    plan.title = titleFrom(GenerationService::tr("Image video: %1"), prompt);
    plan.params.insert(QStringLiteral("image"), image.absoluteFilePath());
    return plan;
}

Result<GenerationPlan> GenerationService::plan(const ExplainerForm &form)
{
    const QString topic = form.topic.trimmed();
    const QString context = form.context.trimmed();
    if (topic.isEmpty())
        return badInput(GenerationService::tr("Name the explainer's topic: it is empty."));
    if (context.isEmpty())
        return badInput(
            GenerationService::tr("Give the explainer some context (who it is for, what to cover): it "
                                  "is empty."));

    if (Status quality =
            checkChoice(GenerationService::tr("The quality must be one of %1 (got \"%2\")."), form.quality,
                        {QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high")});
        !quality)
        return quality.failure();
    if (Status priority =
            checkChoice(GenerationService::tr("The priority must be one of %1 (got \"%2\")."), form.priority,
                        {QStringLiteral("low"), QStringLiteral("normal"), QStringLiteral("high")});
        !priority)
        return priority.failure();
    GenerationPlan plan;
    plan.kind = JobKind::GenerateExplainer;
    plan.title = titleFrom(GenerationService::tr("Explainer: %1"), topic);
    plan.params = QJsonObject{{QStringLiteral("topic"), topic},
                              {QStringLiteral("context"), context},
                              {QStringLiteral("quality"), form.quality},
                              {QStringLiteral("priority"), form.priority}};
    return plan;
}

Result<GenerationPlan> GenerationService::plan(const StoryboardForm &form)
{
    const QString prompt = form.prompt.trimmed();
    if (prompt.isEmpty())
        return badInput(GenerationService::tr("Describe the story: the prompt is empty."));
    if (Status seconds = checkSeconds(form.seconds); !seconds)
        return seconds.failure();
    const QString style = form.style.trimmed();
    if (style.isEmpty())
        return badInput(GenerationService::tr("Choose a style for the storyboard (for example cinematic)."));
    GenerationPlan plan;
    plan.kind = JobKind::GenerateStoryboard;
    plan.title = titleFrom(GenerationService::tr("Storyboard: %1"), prompt);
    plan.params = QJsonObject{{QStringLiteral("prompt"), prompt},
                              {QStringLiteral("seconds"), form.seconds},
                              {QStringLiteral("style"), style},
                              {QStringLiteral("aspect"), toText(form.aspect)}};
    return plan;
}

Result<CostEstimate> GenerationService::estimate(RowId accountId, const GenerationPlan &plan) const
{
    Result<Dialect> dialect = checkedDialect(m_catalog, accountId, plan.kind);
    if (!dialect)
        return dialect.failure();
    if (*dialect == Dialect::Local)
        return CostEstimate{0, QString(), true};
    return estimateCost(*dialect, plan.kind, plan.params);
}

Result<RowId> GenerationService::submit(RowId accountId, const GenerationPlan &plan) const
{
    Result<Dialect> dialect = checkedDialect(m_catalog, accountId, plan.kind);
    if (!dialect)
        return dialect.failure();
    const CostEstimate cost = *dialect == Dialect::Local ? CostEstimate{0, QString(), true}
                                                         : estimateCost(*dialect, plan.kind, plan.params);
    JobRequest request;
    request.kind = plan.kind;
    request.title = plan.title;
    request.params = plan.params;
    // An account of the local dialect runs on the CPU pool, like the built-in local provider.
    request.accountId = *dialect == Dialect::Local ? 0 : accountId;
    request.costEstimateMicros = cost.known ? cost.micros : 0;
    request.costUnit = cost.unit;
    Result<RowId> id = m_queue.submit(request);
    if (id)
        qCDebug(lcGeneration) << "queued" << toText(plan.kind) << "job" << *id << "on account" << accountId;
    return id;
}

}  // namespace storyreel
