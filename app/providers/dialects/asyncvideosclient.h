#pragma once

#include "provider.h"

#include <QList>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

namespace storyreel {

class HttpClient;
struct HttpRequest;
struct HttpResponse;

// The `asyncvideos` dialect (seed 002): text-to-video (/videos/generate) and image-to-video
// (/videos/animate) as asynchronous jobs; 10 / 8 DUST deducted when the job starts, refunded on failure.
// The request bodies carry the account's user_id, learned once from GET /users/me.
class AsyncVideosClient final : public Provider
{
    Q_OBJECT

public:
    static constexpr double kDustPerTextVideo = 10;
    static constexpr double kDustPerImageVideo = 8;
    // The largest local image sent as a data: URL.
    static constexpr qint64 kMaxImageBytes = 20 * 1024 * 1024;

    AsyncVideosClient(HttpClient &http, QUrl baseUrl, QString token, QObject *parent = nullptr);
    ~AsyncVideosClient() override;

    Dialect dialect() const override { return Dialect::AsyncVideos; }
    QList<JobKind> supportedKinds() const override;
    CostEstimate estimate(JobKind kind, const QJsonObject &params) const override;

    void check(ProviderCallback<AccountCheck> done) override;
    void create(const GenerationRequest &request, ProviderCallback<CreatedJob> done) override;
    // One id: its status. Several: GET /videos/jobs/active once, then the status of those no longer active.
    void poll(const QStringList &remoteIds, ProviderCallback<QList<RemoteState>> done) override;
    void cancel(const QString &remoteId, ProviderCallback<Done> done) override;
    // The CDN URLs of the video and its thumbnail (public: no token), and the video's details.
    void result(const QString &remoteId, ProviderCallback<RemoteResult> done) override;

    // PUT /videos/{videoId} {"is_favorited"}: the video's id (metadata "remoteVideoId"), not the job's.
    void setFavorite(const QString &videoId, bool favorite, ProviderCallback<Done> done);

    QString userId() const { return m_userId; }

private:
    struct PollRound;
    using UserIdWaiter = std::function<void(std::optional<ProviderError>)>;

    QUrl endpoint(const QString &path) const;
    void send(HttpRequest request, std::function<void(ProviderResult<HttpResponse>)> then);
    void withUserId(UserIdWaiter next);
    void jobStatus(const QString &id, ProviderCallback<RemoteState> done);
    void failureReason(RemoteState state, ProviderCallback<RemoteState> done);
    void pollInactive(const std::shared_ptr<PollRound> &round);

    HttpClient &m_http;
    QUrl m_baseUrl;
    QString m_token;
    QString m_userId;                     // from /users/me; stable for the token
    QList<UserIdWaiter> m_userIdWaiters;  // creations waiting for /users/me
};

}  // namespace storyreel
