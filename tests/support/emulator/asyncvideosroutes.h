#pragma once

#include "dialectroutes.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

namespace storyreel::emulator {

// The asyncvideos dialect (seed 002): text-to-video and image-to-video jobs queued -> starting ->
// processing -> completed | failed | cancelled; DUST (10 text, 8 image) deducted at creation and
// refunded on failure; finished jobs answer 404 24 virtual hours after they end; the videos they
// made stay (list, get, favourite, delete).
class AsyncVideosRoutes final
{
public:
    explicit AsyncVideosRoutes(EmulatorContext context);

    EmuResponse handle(EmuRequest &request);
    void settle();
    QString jobStatus(const QString &id) const;

    static constexpr double kTextCost = 10;
    static constexpr double kImageCost = 8;

private:
    struct Job
    {
        QString id;
        QString userId;
        QString type;  // text_to_video | image_to_video
        QString prompt;
        QString duration;  // short | medium | long
        QString resolution;
        QString aspectRatio;
        QJsonValue referencePerson;
        bool cameraFixed = false;
        QString imageUrl;
        double cost = 0;
        QString status = QStringLiteral("queued");
        Timeline timeline;
        qint64 updatedMs = 0;
        qint64 finishedMs = 0;  // 0 while active
        QString error;
        QString videoId;
    };
    struct Video
    {
        QString id;
        QString userId;
        QString jobId;
        QUrl url;
        QUrl thumbnailUrl;
        QString prompt;
        QString type;
        QString sourceImageUrl;
        int durationSeconds = 5;
        QString resolution;
        QString aspectRatio;
        QJsonValue referencePerson;
        bool favorited = false;
        qint64 createdMs = 0;
        qint64 updatedMs = 0;
    };

    EmuResponse generate(EmuRequest &request, const QStringList &args);
    EmuResponse animate(EmuRequest &request, const QStringList &args);
    EmuResponse status(EmuRequest &request, const QStringList &args);
    EmuResponse result(EmuRequest &request, const QStringList &args);
    EmuResponse cancel(EmuRequest &request, const QStringList &args);
    EmuResponse active(EmuRequest &request, const QStringList &args);
    EmuResponse listVideos(EmuRequest &request, const QStringList &args);
    EmuResponse getVideo(EmuRequest &request, const QStringList &args);
    EmuResponse updateVideo(EmuRequest &request, const QStringList &args);
    EmuResponse deleteVideo(EmuRequest &request, const QStringList &args);
    EmuResponse stats(EmuRequest &request, const QStringList &args);
    EmuResponse me(EmuRequest &request, const QStringList &args);

    // Validation shared by generate and animate; fills *job or answers 422/403.
    std::optional<EmuResponse> readJob(const EmuRequest &request, bool animate, Job *job) const;
    EmuResponse start(const EmuRequest &request, Job job);
    std::optional<EmuResponse> jobAccess(const EmuRequest &request, const QString &id) const;
    std::optional<EmuResponse> videoAccess(const EmuRequest &request, const QString &id) const;
    void complete(Job &job);
    QJsonObject videoJson(const Video &video) const;
    static QString stepOf(const QString &status);
    static int secondsOf(const QString &duration);

    EmulatorContext m_context;
    QHash<QString, Job> m_jobs;
    QHash<QString, Video> m_videos;
    QStringList m_videoOrder;
    int m_processed = 0;  // completed + failed
    int m_completed = 0;
    qint64 m_processingMsTotal = 0;
    qint64 m_lastCompletedMs = 0;
};

}  // namespace storyreel::emulator
