#pragma once

#include "dialectroutes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>

namespace storyreel::emulator {

// The storyboard dialect (seed 003, /api/v2): integer job ids; pending -> generating ->
// storyboard_ready -> (approve) -> rendering -> completed | failed; $0.02 per scene image charged at
// /generate (scenes = ceil(duration / 5)) and per refined image, refunded on failure; at most five
// refinements per job; any edit resets the approval; download and export counted in the metadata.
class StoryboardRoutes final
{
public:
    explicit StoryboardRoutes(EmulatorContext context);

    EmuResponse handle(EmuRequest &request);
    void settle();
    QString jobStatus(const QString &id) const;

    static constexpr double kSceneCost = 0.02;
    static constexpr int kMaxRefinements = 5;

private:
    struct Scene
    {
        int number = 1;
        QString description;
        double duration = 5;
        QString imagePrompt;
        QString status = QStringLiteral("pending");  // pending | generating | completed | failed
        int revision = 0;                            // bumps on each refined image
        int key = 1;                                 // stable across reorders (the image's name)
        QString error;
    };
    struct Job
    {
        int id = 0;
        QString userId;
        QString prompt;
        int duration = 30;
        QString style;
        QString aspectRatio;
        QString status = QStringLiteral("pending");
        QList<Scene> scenes;
        bool approved = false;
        qint64 approvedMs = 0;
        Timeline generation;
        Timeline render;  // startMs 0 until /render
        qint64 createdMs = 0;
        qint64 updatedMs = 0;
        double estimatedCost = 0;
        double chargedCost = 0;  // what the balance paid, net of refunds
        int refinements = 0;
        int downloads = 0;
        QString error;
    };

    EmuResponse generate(EmuRequest &request, const QStringList &args);
    EmuResponse account(EmuRequest &request, const QStringList &args);
    EmuResponse getJob(EmuRequest &request, const QStringList &args);
    EmuResponse cancel(EmuRequest &request, const QStringList &args);
    EmuResponse refine(EmuRequest &request, const QStringList &args);
    EmuResponse reorder(EmuRequest &request, const QStringList &args);
    EmuResponse approve(EmuRequest &request, const QStringList &args);
    EmuResponse render(EmuRequest &request, const QStringList &args);
    EmuResponse video(EmuRequest &request, const QStringList &args);
    EmuResponse exportVideo(EmuRequest &request, const QStringList &args);
    EmuResponse metadata(EmuRequest &request, const QStringList &args);

    // 422 for a non-integer id, 404 for an unknown one, 403 (when `owner`) for another user's.
    std::optional<EmuResponse> find(const EmuRequest &request, const QString &arg, bool owner, Job **job);
    void settleGeneration(Job &job, qint64 now);
    QUrl imageUrl(const Job &job, const Scene &scene) const;
    QJsonArray storyboardJson(const Job &job) const;
    QJsonObject jobJson(const Job &job) const;
    QJsonValue videoUrl(const Job &job) const;
    static bool editable(const Job &job);

    EmulatorContext m_context;
    QMap<int, Job> m_jobs;
    int m_nextId = 1;
};

}  // namespace storyreel::emulator
