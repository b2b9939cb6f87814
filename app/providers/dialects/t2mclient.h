#pragma once

#include "provider.h"

#include <QList>
#include <QString>
#include <QUrl>

namespace storyreel {

class HttpClient;
struct HttpRequest;
struct HttpResponse;

// The `t2m` dialect (seed 004, base /api/v1): educational explainer videos from a topic and context.
// Jobs go queued -> processing (with a stage and a percentage) -> completed | failed | cancelled;
// credits (low 1, medium 2, high 3) are charged at creation and refunded on failure. The finished
// video is a presigned storage URL that must never carry the token. The service allows 100 requests
// a minute: HttpClient keeps to its X-RateLimit-* headers, and this client never sends in bursts.
class T2mClient final : public Provider
{
    Q_OBJECT

public:
    // `baseUrl` is the server root, or the API base ending in /api/v1 as the seed writes it.
    T2mClient(HttpClient &http, QUrl baseUrl, QString token, QObject *parent = nullptr);

    Dialect dialect() const override { return Dialect::T2m; }
    QList<JobKind> supportedKinds() const override;
    CostEstimate estimate(JobKind kind, const QJsonObject &params) const override;

    // GET /health, then GET /api/v1/users/me for the user and the credits.
    void check(ProviderCallback<AccountCheck> done) override;
    void create(const GenerationRequest &request, ProviderCallback<CreatedJob> done) override;
    // GET .../status per job, one after the other (the dialect has no list call).
    void poll(const QStringList &remoteIds, ProviderCallback<QList<RemoteState>> done) override;
    void cancel(const QString &remoteId, ProviderCallback<Done> done) override;
    // GET .../video-url: the presigned video and the thumbnail; Conflict until the job completed.
    void result(const QString &remoteId, ProviderCallback<RemoteResult> done) override;

    // The API base every call is under (".../api/v1").
    QUrl apiBase() const { return m_api; }

private:
    QUrl apiEndpoint(const QString &path) const;
    HttpRequest request(QByteArray method, QUrl url, QString what) const;
    void checkAccount(ProviderCallback<AccountCheck> done);

    HttpClient &m_http;
    QUrl m_root;  // the server root: /health lives here
    QUrl m_api;   // m_root + /api/v1
    QString m_token;
};

}  // namespace storyreel
