#pragma once

#include "enums.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <chrono>
#include <memory>
#include <optional>

namespace storyreel {

namespace emulator {
class EmulatorCore;
class EmulatorServer;
class CdnOrigin;
class MediaMaker;
class AiStudioRoutes;
class AsyncVideosRoutes;
class StoryboardRoutes;
class T2mRoutes;
class AdminRoutes;
struct EmuRequest;
struct EmuResponse;
}  // namespace emulator

// The four seed dialects (aistudio, asyncvideos, storyboard, t2m) served on 127.0.0.1 by Qt HttpServer,
// plus a second origin (the "CDN" / presigned storage) for result files. Jobs progress on a virtual
// clock the test drives; faults, limits and users are set from here (or over HTTP under /_emulator for
// the executable). See notes/brief-issue4.md for the contract the clients code against.
class ProviderEmulator final : public QObject
{
    Q_OBJECT

public:
    struct User
    {
        QString token;
        QString userId;
        QString email;
        double balance = 1000;
    };
    enum class Fault { Status, Drop, Garbage, Truncated, Delay, RedirectToCdn };
    struct FaultSpec
    {
        QByteArray method;   // empty = any
        QString pathPrefix;  // e.g. "/videos/generate"; matched against the path
        Fault fault = Fault::Status;
        int status = 500;                      // Fault::Status
        int count = 1;                         // how many matching requests get it
        int delayMs = 0;                       // Fault::Delay (then answers normally)
        std::optional<int> retryAfterSeconds;  // adds Retry-After to a Status fault
        bool afterHandling = false;            // Drop/Truncated/Garbage AFTER the handler ran (e.g. the job
                                               // was created but the answer was lost)
    };
    struct RequestRecord
    {
        QByteArray method;
        QString path;
        QString query;
        qint64 atMs = 0;  // real ms since epoch
        bool hadAuthorization = false;
        QByteArray idempotencyKey;
        int status = 0;  // 0 when the connection was dropped before a status line
        bool cdn = false;
    };

    explicit ProviderEmulator(QObject *parent = nullptr);
    ~ProviderEmulator() override;

    bool listen(quint16 port = 0, quint16 cdnPort = 0);  // 127.0.0.1 only; 0 = a free port
    QUrl baseUrl() const;                                // http://127.0.0.1:<port>
    QUrl cdnUrl() const;                                 // the second origin (CDN / presigned storage)

    // Users. Defaults: {"token-alice","alice","alice@example.com",1000}, {"token-bob","bob",...,1000}.
    // One balance per user per dialect, in the dialect's unit; setBalance sets every dialect's.
    void addUser(const User &user);
    void setBalance(const QString &userId, double balance);
    double balance(Dialect dialect, const QString &userId) const;

    // Time: jobs progress on a virtual clock. Manual by default (advance); setSpeed(x) makes it run
    // x virtual seconds per real second (the executable's --speed).
    void advance(std::chrono::milliseconds by);
    void setSpeed(double virtualSecondsPerRealSecond);

    void injectFault(const FaultSpec &spec);
    void clearFaults();
    void failNextJobs(int count,
                      const QString &reason = QStringLiteral("Video generation failed: Model timeout"));
    void setConcurrencyLimit(Dialect dialect, int limit);          // aistudio & t2m default 3; 0 = none
    void setRateLimit(int requests, std::chrono::seconds window);  // t2m, default 100 / 60 s
    void setRedirectDownloadsToCdn(bool on);  // aistudio /download answers 302 to the CDN origin

    QList<RequestRecord> requests() const;
    void clearRequests();
    int jobsCreated(Dialect dialect) const;  // remote jobs actually created (idempotent replays excluded)
    QString jobStatus(Dialect dialect, const QString &remoteId) const;  // the dialect's status text
    // aistudio fixtures: a look owned by userId with `products` products; returns its id.
    QString addLook(const QString &userId, const QString &title, int products = 2,
                    Visibility visibility = Visibility::Private);
    // Every job's timeline: total virtual seconds from creation to the end (defaults: aistudio 60,
    // asyncvideos 120, storyboard 30 to storyboard_ready and 30 to render, t2m 90).
    void setJobDuration(Dialect dialect, std::chrono::seconds total);

private:
    emulator::EmuResponse handleMain(emulator::EmuRequest &request);
    emulator::EmuResponse handleDialect(Dialect dialect, emulator::EmuRequest &request);
    void settle();

    std::unique_ptr<emulator::EmulatorCore> m_core;
    std::unique_ptr<emulator::MediaMaker> m_media;
    std::unique_ptr<emulator::CdnOrigin> m_cdn;
    std::unique_ptr<emulator::AiStudioRoutes> m_aistudio;
    std::unique_ptr<emulator::AsyncVideosRoutes> m_asyncVideos;
    std::unique_ptr<emulator::StoryboardRoutes> m_storyboard;
    std::unique_ptr<emulator::T2mRoutes> m_t2m;
    std::unique_ptr<emulator::AdminRoutes> m_admin;
    std::unique_ptr<emulator::EmulatorServer> m_mainServer;
    std::unique_ptr<emulator::EmulatorServer> m_cdnServer;
};

}  // namespace storyreel
