#pragma once

#include "provider.h"

#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace storyreel {

class HttpClient;
struct HttpRequest;
struct HttpResponse;

// What the storyboard service says about a job's costs and use (GET .../metadata, seed 003).
struct StoryboardMetadata
{
    QString status;
    bool approved = false;
    int scenesTotal = 0;
    int scenesCompleted = 0;
    int scenesFailed = 0;
    qint64 estimatedCostMicros = 0;          // USD micros
    std::optional<qint64> actualCostMicros;  // null until the service knows it
    QString currency;                        // "USD"
    int refinementCount = 0;                 // at most 5 per job
    int downloadCount = 0;
    bool videoAvailable = false;
    QString error;
};

// What a scene refinement cost: $0.02 when the image is regenerated, nothing for a new description.
struct StoryboardRefinement
{
    int sceneNumber = 0;
    qint64 chargedMicros = 0;
};

// The `storyboard` dialect (seed 003, `/api/v2`): a prompt becomes a storyboard of scene images
// (pending -> generating -> storyboard_ready), which the user may refine, reorder and approve before it
// is rendered into a video (rendering -> completed). Job ids are integers; costs are in USD.
class StoryboardClient final : public Provider
{
    Q_OBJECT

public:
    StoryboardClient(HttpClient &http, QUrl baseUrl, QString token, QObject *parent = nullptr);

    Dialect dialect() const override { return Dialect::Storyboard; }
    QList<JobKind> supportedKinds() const override;
    CostEstimate estimate(JobKind kind, const QJsonObject &params) const override;

    void check(ProviderCallback<AccountCheck> done) override;
    void create(const GenerationRequest &request, ProviderCallback<CreatedJob> done) override;
    // One GET per job (the dialect has no list endpoint), one after the other.
    void poll(const QStringList &remoteIds, ProviderCallback<QList<RemoteState>> done) override;
    void cancel(const QString &remoteId, ProviderCallback<Done> done) override;
    // The storyboard (scene images and their texts) once storyboard_ready, plus the video once
    // completed; Conflict before that.
    void result(const QString &remoteId, ProviderCallback<RemoteResult> done) override;

    // The storyboard editor's calls. Each edit resets the service's approval.
    // At least one of newImagePrompt / newDescription; a key makes the request retry-safe.
    void refine(const QString &remoteId, int sceneNumber, const QString &newImagePrompt,
                const QString &newDescription, ProviderCallback<StoryboardRefinement> done,
                const QString &idempotencyKey = {});
    // The scene numbers in their new order.
    void reorder(const QString &remoteId, const QList<int> &sceneOrder, ProviderCallback<Done> done);
    void approve(const QString &remoteId, ProviderCallback<Done> done);
    // Starts rendering an approved storyboard; poll() then follows rendering -> completed.
    void render(const QString &remoteId, ProviderCallback<Done> done, const QString &idempotencyKey = {});
    void metadata(const QString &remoteId, ProviderCallback<StoryboardMetadata> done);
    // A completed job's video in another format (mp4|webm|mov) and quality (low|medium|high); same
    // origin, so it is downloaded with the account's token. Empty for an unknown format or quality.
    QUrl exportUrl(const QString &remoteId, const QString &format, const QString &quality) const;

private:
    QUrl endpoint(const QString &path) const;
    QUrl jobEndpoint(const QString &remoteId, const QString &suffix = {}) const;
    HttpRequest request(QByteArray method, QUrl url, QString what) const;
    void post(const QString &remoteId, const QString &suffix, const QList<QPair<QString, QString>> &query,
              const QString &what, const QString &idempotencyKey, ProviderCallback<HttpResponse> done);

    HttpClient &m_http;
    QUrl m_baseUrl;
    QString m_token;
};

}  // namespace storyreel
