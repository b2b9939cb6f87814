#pragma once

#include "dialectroutes.h"

#include <QHash>
#include <QJsonObject>

namespace storyreel::emulator {

// The t2m dialect (seed 004, base /api/v1): explainer jobs queued -> processing (initializing,
// generating_script, generating_audio, generating_visuals, rendering, uploading) -> completed |
// failed | cancelled; credits low 1 / medium 2 / high 3 charged at creation and refunded on failure;
// at most 3 active jobs; results behind presigned storage URLs. The request-rate limit and its
// X-RateLimit-* headers are applied by ProviderEmulator around every t2m route.
class T2mRoutes final
{
public:
    explicit T2mRoutes(EmulatorContext context);

    EmuResponse handle(EmuRequest &request);
    void settle();
    QString jobStatus(const QString &id) const;

private:
    struct Job
    {
        QString id;
        QString userId;
        QString topic;
        QString context;
        QString quality;
        bool useRag = false;
        bool useContextLearning = false;
        QString priority;
        int credits = 0;
        QString status = QStringLiteral("queued");
        Timeline timeline;
        qint64 updatedMs = 0;
        QString error;
    };

    EmuResponse health(EmuRequest &request, const QStringList &args);
    EmuResponse me(EmuRequest &request, const QStringList &args);
    EmuResponse generate(EmuRequest &request, const QStringList &args);
    EmuResponse status(EmuRequest &request, const QStringList &args);
    EmuResponse videoUrl(EmuRequest &request, const QStringList &args);
    EmuResponse stream(EmuRequest &request, const QStringList &args);
    EmuResponse thumbnail(EmuRequest &request, const QStringList &args);
    EmuResponse metadata(EmuRequest &request, const QStringList &args);
    EmuResponse cancel(EmuRequest &request, const QStringList &args);

    // 404 / 403, then (when `completed`) 409 unless the job is completed.
    std::optional<EmuResponse> find(const EmuRequest &request, const QString &id, bool completed) const;
    std::optional<EmuResponse> readJob(const EmuRequest &request, Job *job) const;
    double percentage(const Job &job) const;
    QString stage(const Job &job) const;
    QString storagePath(const Job &job) const;
    QByteArray videoOf(const Job &job) const;

    EmulatorContext m_context;
    QHash<QString, Job> m_jobs;
};

}  // namespace storyreel::emulator
