#pragma once

#include "look.h"
#include "provider.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

namespace storyreel {

class HttpClient;
struct HttpRequest;
struct HttpResponse;

// A video-job of the aistudio dialect (seed 001's list item; seed 000's look video has a subset).
struct AiStudioVideoJob
{
    QString id;
    RemoteState state;
    VideoStatus status = VideoStatus::Pending;
    QString prompt;
    QString model;
    QString resolution;  // "1280x720"
    QString aspectRatio;
    int durationSeconds = 0;
    QString url;             // cloudinary_url, once SUCCEEDED
    QString lookId;          // look_id, when the video was made for a look
    bool isDefault = false;  // a look's videos array only
    QDateTime createdAt;
    QDateTime updatedAt;
};

// A look as the provider sends it: the catalog's Look (remoteId set, accountId 0, products in order)
// and its linked videos with the default flag.
struct AiStudioLook
{
    Look look;
    QList<AiStudioVideoJob> videos;
};

template <typename T>
struct AiStudioPage
{
    QList<T> items;
    int total = 0;
    int skip = 0;
    int limit = 0;
};

// The `aistudio` dialect (seeds 000 + 001; 001 wins): looks with products and linked videos, video-jobs
// created as multipart forms, 50 tokens per video charged at creation.
class AiStudioClient final : public Provider
{
    Q_OBJECT

public:
    static constexpr double kTokensPerVideo = 50;
    static constexpr int kMaxPageSize = 100;

    AiStudioClient(HttpClient &http, QUrl baseUrl, QString token, QObject *parent = nullptr);

    Dialect dialect() const override { return Dialect::AiStudio; }
    QList<JobKind> supportedKinds() const override;
    CostEstimate estimate(JobKind kind, const QJsonObject &params) const override;

    void check(ProviderCallback<AccountCheck> done) override;
    // POST /api/v1/looks/{remoteLookId}/videos when params has "remoteLookId", else /api/v1/video-jobs.
    void create(const GenerationRequest &request, ProviderCallback<CreatedJob> done) override;
    // One id: GET /api/v1/video-jobs/{id}. Several: the list's first pages, then single GETs for the rest.
    void poll(const QStringList &remoteIds, ProviderCallback<QList<RemoteState>> done) override;
    // DELETE /api/v1/video-jobs/{id}: the dialect's only way to stop a job (no refund).
    void cancel(const QString &remoteId, ProviderCallback<Done> done) override;
    void result(const QString &remoteId, ProviderCallback<RemoteResult> done) override;

    // Dialect extras for the catalog mirror and the library.
    void listLooks(int skip, int limit, ProviderCallback<AiStudioPage<AiStudioLook>> done);
    void listVideoJobs(int skip, int limit, ProviderCallback<AiStudioPage<AiStudioVideoJob>> done);
    void videoJob(const QString &id, ProviderCallback<AiStudioVideoJob> done);
    void setDefaultForLook(const QString &videoId, const QString &lookId, ProviderCallback<Done> done);
    void deleteVideoJob(const QString &id, ProviderCallback<Done> done);

    QUrl downloadUrl(const QString &remoteId) const;

private:
    struct PollRound;

    QUrl endpoint(const QString &path, const QList<QPair<QString, QString>> &query = {}) const;
    void send(HttpRequest request, std::function<void(ProviderResult<HttpResponse>)> then);
    void pollPage(const std::shared_ptr<PollRound> &round);
    void pollOneByOne(const std::shared_ptr<PollRound> &round);

    HttpClient &m_http;
    QUrl m_baseUrl;
    QString m_token;
};

}  // namespace storyreel
