#pragma once

#include "dialectroutes.h"
#include "enums.h"

#include <QHash>
#include <QJsonArray>
#include <QStringList>

namespace storyreel::emulator {

// The aistudio dialect (seeds 000 + 001, 001 wins): looks with products and linked videos, video-jobs
// PENDING -> RUNNING -> SUCCEEDED | FAILED, 50 tokens charged at creation and refunded on failure,
// at most 3 concurrent jobs per user.
class AiStudioRoutes final
{
public:
    explicit AiStudioRoutes(EmulatorContext context);

    EmuResponse handle(EmuRequest &request);
    void settle();  // applies the virtual clock: transitions, refunds, published results
    QString jobStatus(const QString &id) const;
    QString addLook(const QString &userId, const QString &title, int products, Visibility visibility);

    static constexpr double kVideoCost = 50;

private:
    struct Video
    {
        QString id;
        QString ownerId;
        QString prompt;
        QString model;
        QString resolution;  // "720p" | "1080p"
        QString aspectRatio;
        int durationSeconds = 8;
        bool generateAudio = false;
        QString lookId;
        QString status = QStringLiteral("PENDING");
        QString error;
        Timeline timeline;
        qint64 updatedMs = 0;
        int progress = 0;
        QUrl url;  // the CDN file once SUCCEEDED
    };
    struct Look
    {
        QString id;
        QString ownerId;
        QString title;
        QString visibility = QStringLiteral("private");
        QStringList sharedWith;
        QJsonArray products;
        qint64 createdMs = 0;
        qint64 updatedMs = 0;
        QStringList videoIds;  // linked videos, oldest first
        QString defaultVideoId;
    };

    // Handlers (see handle() for the route table).
    EmuResponse listLooks(EmuRequest &request, const QStringList &args);
    EmuResponse createLook(EmuRequest &request, const QStringList &args);
    EmuResponse getLook(EmuRequest &request, const QStringList &args);
    EmuResponse listLookVideos(EmuRequest &request, const QStringList &args);
    EmuResponse createLookVideo(EmuRequest &request, const QStringList &args);
    EmuResponse listJobs(EmuRequest &request, const QStringList &args);
    EmuResponse createJob(EmuRequest &request, const QStringList &args);
    EmuResponse getJob(EmuRequest &request, const QStringList &args);
    EmuResponse deleteJob(EmuRequest &request, const QStringList &args);
    EmuResponse download(EmuRequest &request, const QStringList &args);
    EmuResponse setDefault(EmuRequest &request, const QStringList &args);
    EmuResponse migrate(EmuRequest &request, const QStringList &args);

    // Validates the multipart fields and creates the job (charging it); *video is set on success.
    std::optional<EmuResponse> startVideo(const EmuRequest &request, const QString &lookId, Video **video);
    // 404 / 403 for a look the user may read (or manage, when `manage`).
    std::optional<EmuResponse> lookAccess(const EmuRequest &request, const QString &lookId,
                                          bool manage) const;
    std::optional<EmuResponse> jobAccess(const EmuRequest &request, const QString &id) const;
    int activeJobs(const QString &userId, qint64 *soonestEndMs) const;
    void publish(Video &video);

    // JSON shapes (aistudiojson.cpp).
    QJsonObject lookVideoJson(const Video &video, const Look *look) const;
    QJsonObject jobJson(const Video &video) const;
    QJsonObject lookJson(const Look &look) const;
    static QString pixelSize(const QString &resolution, const QString &aspectRatio);

    EmulatorContext m_context;
    QHash<QString, Video> m_videos;
    QStringList m_videoOrder;  // creation order
    QHash<QString, Look> m_looks;
    QStringList m_lookOrder;
};

}  // namespace storyreel::emulator
