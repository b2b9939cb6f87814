#pragma once

#include "enums.h"
#include "providerresult.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <chrono>
#include <optional>

namespace storyreel {

class Catalog;
class MediaStore;
struct Job;
struct JobOutput;

// Where a remote job stands, in the job model's terms (DESIGN.md "Providers" maps each dialect).
struct RemoteState
{
    enum class Phase { Queued, Running, Succeeded, Failed, Cancelled };

    QString remoteId;
    Phase phase = Phase::Queued;
    double progress = -1.0;  // 0..1, -1 when the provider does not say
    QString stage;           // the provider's stage, e.g. "generating_audio"; empty when none
    qint64 etaSeconds = -1;  // -1 when unknown
    QString error;           // why it failed, as the provider said
    // Storyboard dialect: the storyboard is ready for review (storyboard_ready) — the generation
    // job's end, although the remote job lives on for refine/approve/render.
    bool storyboardReady = false;
};

// A generation request: the job's kind and parameters (see GenerationParams in generation.h).
struct GenerationRequest
{
    JobKind kind = JobKind::GenerateText;
    QJsonObject params;
    QString idempotencyKey;  // stored in the catalog before the request is sent
};

struct CreatedJob
{
    QString remoteId;
    RemoteState initial;
    qint64 chargedMicros = 0;  // what the provider charges at creation (0 when it charges later or not)
};

// A file of a finished job to fetch.
struct RemoteFile
{
    enum class Role { Video, Poster, SceneImage };
    Role role = Role::Video;
    QUrl url;
    bool sendToken = true;  // false for presigned or public URLs
    int scene = 0;          // SceneImage: 1-based scene number
    QList<QByteArray> acceptedTypes;
};

// What a finished job produced: files to download and what the provider said about them.
struct RemoteResult
{
    QList<RemoteFile> files;
    QJsonObject metadata;  // title, prompt, duration, dimensions, storyboard scenes...
};

struct CostEstimate
{
    qint64 micros = 0;  // in millionths of `unit`
    QString unit;       // "tokens", "DUST", "USD", "credits"
    bool known = true;  // false when the dialect does not publish a price
};

// What "Test connection" and the balance display learn.
struct AccountCheck
{
    QString userId;
    std::optional<qint64> balanceMicros;  // when the provider reports one
    QString unit;
    QString summary;  // e.g. "Connected as ana@example.com"
};

// A provider client for one account (one dialect, one base URL, one token). Lives in one thread;
// every callback runs there, exactly once.
class Provider : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~Provider() override = default;

    virtual Dialect dialect() const = 0;
    virtual QList<JobKind> supportedKinds() const = 0;
    virtual CostEstimate estimate(JobKind kind, const QJsonObject &params) const = 0;
    // How often the seeds advise polling; the poller adapts from here.
    virtual std::chrono::milliseconds pollInterval() const { return std::chrono::seconds(5); }

    virtual void check(ProviderCallback<AccountCheck> done) = 0;
    virtual void create(const GenerationRequest &request, ProviderCallback<CreatedJob> done) = 0;
    // The states of several jobs of this account, with one list call where the dialect allows it.
    // A job the provider no longer knows comes back as a NotFound error only when it was the one asked.
    virtual void poll(const QStringList &remoteIds, ProviderCallback<QList<RemoteState>> done) = 0;
    virtual void cancel(const QString &remoteId, ProviderCallback<Done> done) = 0;
    // Where a finished job's files are (e.g. asks for a presigned URL).
    virtual void result(const QString &remoteId, ProviderCallback<RemoteResult> done) = 0;
};

}  // namespace storyreel
