#pragma once

#include "enums.h"
#include "ids.h"
#include "provider.h"
#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace storyreel {

class Catalog;
class JobQueue;
class ProviderHub;

// What the New video / New explainer / New storyboard dialogs and `storyreel generate` ask for.
struct VideoForm
{
    QString prompt;
    QString imagePath;  // image-to-video when set (an absolute path)
    int seconds = 8;
    Aspect aspect = Aspect::Landscape16x9;
    QString resolution = QStringLiteral("720p");
    RowId lookId = 0;  // aistudio: the video is made for (and linked to) this look
};

struct ExplainerForm
{
    QString topic;
    QString context;
    QString quality = QStringLiteral("medium");   // low | medium | high
    QString priority = QStringLiteral("normal");  // low | normal | high
};

struct StoryboardForm
{
    QString prompt;
    int seconds = 30;
    QString style = QStringLiteral("cinematic");
    Aspect aspect = Aspect::Landscape16x9;
};

// A generation ready to submit: the job kind and its parameters (the JSON of DESIGN's job params).
struct GenerationPlan
{
    JobKind kind = JobKind::GenerateText;
    QString title;
    QJsonObject params;
};

// Turns forms into jobs on an account (0 = the local provider): checks the form (BadInput with a
// clear message), prices it, and submits it to the queue with its cost estimate.
class GenerationService final
{
    Q_DECLARE_TR_FUNCTIONS(storyreel::GenerationService)

public:
    GenerationService(const Catalog &catalog, JobQueue &queue) : m_catalog(catalog), m_queue(queue) {}

    static Result<GenerationPlan> plan(const VideoForm &form);
    static Result<GenerationPlan> plan(const ExplainerForm &form);
    static Result<GenerationPlan> plan(const StoryboardForm &form);

    // The price before submission; the local provider is free. BadInput when the account's dialect
    // cannot do this kind of job.
    Result<CostEstimate> estimate(RowId accountId, const GenerationPlan &plan) const;
    // The queued job's id.
    Result<RowId> submit(RowId accountId, const GenerationPlan &plan) const;

private:
    const Catalog &m_catalog;
    JobQueue &m_queue;
};

}  // namespace storyreel
