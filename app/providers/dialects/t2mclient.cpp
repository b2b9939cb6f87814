#include "t2mclient.h"

#include "dialectsupport.h"
#include "httpclient.h"
#include "httperrors.h"
#include "jsonread.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>
#include <QUuid>

Q_LOGGING_CATEGORY(lcT2m, "storyreel.providers.t2m", QtWarningMsg)

namespace storyreel {
namespace {

const QString kApiPath = QStringLiteral("/api/v1");

// Job ids are UUIDs; anything else is refused before it reaches a request path.
bool isJobId(const QString &remoteId)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{1,100}$"));
    return pattern.match(remoteId).hasMatch();
}

ProviderError notAJobId(const QString &remoteId)
{
    return providerError(ProviderErrorKind::NotFound,
                         T2mClient::tr("\"%1\" is not a t2m job id.").arg(remoteId.left(40)));
}

// Credits per video by quality (seed 004); 0 for an unknown quality.
int creditsFor(const QString &quality)
{
    if (quality == u"low")
        return 1;
    if (quality == u"medium")
        return 2;
    if (quality == u"high")
        return 3;
    return 0;
}

QString qualityOf(const QJsonObject &params)
{
    return params.value(QStringLiteral("quality")).toString(QStringLiteral("medium"));
}

QString credits(double amount)
{
    return T2mClient::tr("%1 credit(s)").arg(QString::number(amount, 'g', 12));
}

QString trimmedPath(const QUrl &url)
{
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    return path;
}

// The job model's terms for a status answer (also the shape of the 201 of /videos/generate).
ProviderResult<RemoteState> readState(const HttpResponse &response, const QString &remoteId,
                                      const QString &what)
{
    const ProviderResult<QJsonObject> body = JsonRead::object(response.body, what);
    if (!body)
        return body.error();
    JsonRead job(body.value(), what);
    RemoteState state;
    state.remoteId = remoteId;
    const QString status = job.string("status");
    if (status == u"queued") {
        state.phase = RemoteState::Phase::Queued;
    } else if (status == u"processing") {
        state.phase = RemoteState::Phase::Running;
    } else if (status == u"completed") {
        state.phase = RemoteState::Phase::Succeeded;
    } else if (status == u"failed") {
        state.phase = RemoteState::Phase::Failed;
        // {"error": {"message": "..."}}; some answers carry the text directly.
        if (job.json().value(QStringLiteral("error")).isString())
            state.error = job.optString("error");
        else if (std::optional<JsonRead> failure = job.optObject("error"))
            state.error = failure->optString("message");
        if (state.error.isEmpty())
            state.error = T2mClient::tr("The t2m service reported the job as failed without a reason.");
    } else if (status == u"cancelled") {
        state.phase = RemoteState::Phase::Cancelled;
    } else if (!status.isEmpty()) {
        job.fail(T2mClient::tr("unknown status '%1'").arg(status.left(40)));
    }
    if (std::optional<JsonRead> progress = job.optObject("progress")) {
        if (const std::optional<double> percentage = progress->optNumber("percentage"))
            state.progress = qBound(0.0, *percentage / 100.0, 1.0);
        state.stage = progress->optString("current_stage");
    }
    const QDateTime eta = job.optDateTime("estimated_completion_time");
    if (!job.ok())
        return job.error();
    if (state.phase == RemoteState::Phase::Succeeded)
        state.progress = 1.0;
    if (eta.isValid() &&
        (state.phase == RemoteState::Phase::Queued || state.phase == RemoteState::Phase::Running))
        state.etaSeconds = qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(eta));
    return state;
}

}  // namespace

T2mClient::T2mClient(HttpClient &http, QUrl baseUrl, QString token, QObject *parent)
    : Provider(parent), m_http(http), m_token(std::move(token))
{
    baseUrl.setQuery(QString());
    baseUrl.setFragment(QString());
    QString path = trimmedPath(baseUrl);
    // The seed writes the base as ".../api/v1"; an account may hold either that or the server root.
    if (path.endsWith(kApiPath))
        path.chop(kApiPath.size());
    m_root = baseUrl;
    m_root.setPath(path);
    m_api = baseUrl;
    m_api.setPath(path + kApiPath);
}

QList<JobKind> T2mClient::supportedKinds() const
{
    return {JobKind::GenerateExplainer};
}

CostEstimate T2mClient::estimate(JobKind kind, const QJsonObject &params) const
{
    CostEstimate cost;
    cost.unit = QStringLiteral("credits");
    const int needed = kind == JobKind::GenerateExplainer ? creditsFor(qualityOf(params)) : 0;
    cost.known = needed > 0;
    cost.micros = toMicros(needed);
    return cost;
}

QUrl T2mClient::apiEndpoint(const QString &path) const
{
    QUrl url = m_api;
    url.setPath(m_api.path() + path);
    return url;
}

HttpRequest T2mClient::request(QByteArray method, QUrl url, QString what) const
{
    HttpRequest request;
    request.method = std::move(method);
    request.url = std::move(url);
    request.bearerToken = m_token;
    request.what = std::move(what);
    return request;
}

void T2mClient::check(ProviderCallback<AccountCheck> done)
{
    QUrl health = m_root;
    health.setPath(m_root.path() + QStringLiteral("/health"));
    HttpRequest ping = request("GET", health, tr("check the t2m service's health"));
    ping.bearerToken.clear();  // public; the token has no business there
    const QString what = ping.what;
    m_http.send(std::move(ping), [self = QPointer(this), what,
                                  done = std::move(done)](ProviderResult<HttpResponse> answer) mutable {
        if (!answer)
            return done(answer.error());
        const ProviderResult<QJsonObject> body = JsonRead::object(answer->body, what);
        if (!body)
            return done(body.error());
        JsonRead read(body.value(), what);
        const QString status = read.optString("status", QStringLiteral("healthy"));
        if (!read.ok())
            return done(read.error());
        if (status != u"healthy") {
            return done(providerError(ProviderErrorKind::Server,
                                      tr("The t2m service reports itself as '%1'.").arg(status.left(40))));
        }
        if (!self)
            return done(providerError(ProviderErrorKind::Cancelled,
                                      tr("The t2m account was closed during the check.")));
        self->checkAccount(std::move(done));
    });
}

void T2mClient::checkAccount(ProviderCallback<AccountCheck> done)
{
    const QString what = tr("check the t2m account");
    m_http.send(request("GET", apiEndpoint(QStringLiteral("/users/me")), what),
                [what, done = std::move(done)](ProviderResult<HttpResponse> answer) {
                    if (!answer)
                        return done(answer.error());
                    const ProviderResult<QJsonObject> body = JsonRead::object(answer->body, what);
                    if (!body)
                        return done(body.error());
                    JsonRead read(body.value(), what);
                    AccountCheck check;
                    check.userId = read.id("user_id");
                    check.unit = QStringLiteral("credits");
                    const QString email = read.optString("email");
                    const std::optional<double> balance = read.optNumber("credits");
                    if (!read.ok())
                        return done(read.error());
                    const QString who = email.isEmpty() ? check.userId : email;
                    if (balance)
                        check.balanceMicros = toMicros(*balance);
                    check.summary = tr("Connected as %1").arg(who);  // the balance is in balanceMicros
                    done(std::move(check));
                });
}

void T2mClient::create(const GenerationRequest &request, ProviderCallback<CreatedJob> done)
{
    const QJsonObject &params = request.params;
    const QString quality = qualityOf(params);
    const QString priority = params.value(QStringLiteral("priority")).toString(QStringLiteral("normal"));
    QString invalid;
    if (request.kind != JobKind::GenerateExplainer)
        invalid = tr("The t2m service only makes explainer videos, not %1.").arg(toText(request.kind));
    else if (creditsFor(quality) == 0)
        invalid = tr("Unknown quality '%1' (low, medium or high).").arg(quality.left(40));
    else if (priority != u"low" && priority != u"normal" && priority != u"high")
        invalid = tr("Unknown priority '%1' (low, normal or high).").arg(priority.left(40));
    if (!invalid.isEmpty())
        return answerLater<CreatedJob>(std::move(done),
                                       providerError(ProviderErrorKind::BadRequest, invalid));

    // Topic and context are sent as given: the service's 422 names what is missing.
    QJsonObject configuration{
        {QStringLiteral("quality"), quality},
        {QStringLiteral("use_rag"), false},
        {QStringLiteral("use_context_learning"), false},
    };
    for (const QString &key : {QStringLiteral("topic"), QStringLiteral("context")}) {
        if (params.contains(key))
            configuration.insert(key, params.value(key).toString());
    }
    const QJsonObject payload{{QStringLiteral("configuration"), configuration},
                              {QStringLiteral("priority"), priority}};

    const QString what = tr("create an explainer video");
    HttpRequest post = this->request("POST", apiEndpoint(QStringLiteral("/videos/generate")), what);
    post.body = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    post.contentType = "application/json";
    // The key makes the POST retry-safe: the service answers a replay with the first job.
    post.idempotencyKey = request.idempotencyKey.isEmpty()
                              ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                              : request.idempotencyKey;
    const int needed = creditsFor(quality);
    m_http.send(std::move(post), [done = std::move(done), what, needed](ProviderResult<HttpResponse> answer) {
        if (!answer) {
            ProviderError failure = answer.error();
            if (failure.kind == ProviderErrorKind::InsufficientFunds && failure.balance) {
                failure.message = tr("Insufficient credits: the account has %1 and this video needs %2.")
                                      .arg(credits(*failure.balance), credits(needed));
            }
            return done(failure);
        }
        const ProviderResult<QJsonObject> body = JsonRead::object(answer->body, what);
        if (!body)
            return done(body.error());
        JsonRead job(body.value(), what);
        CreatedJob created;
        created.remoteId = job.id("job_id");
        if (!job.ok())
            return done(job.error());
        if (!isJobId(created.remoteId))
            return done(JsonRead::badResponse(what, tr("'job_id' is not a job id")));
        ProviderResult<RemoteState> state = readState(answer.value(), created.remoteId, what);
        if (!state)
            return done(state.error());
        created.initial = std::move(state).value();
        created.chargedMicros = toMicros(needed);
        qCInfo(lcT2m) << "created t2m job" << created.remoteId;
        done(std::move(created));
    });
}

void T2mClient::poll(const QStringList &remoteIds, ProviderCallback<QList<RemoteState>> done)
{
    if (remoteIds.isEmpty())
        return answerLater<QList<RemoteState>>(std::move(done), QList<RemoteState>{});
    if (remoteIds.size() == 1 && !isJobId(remoteIds.first()))
        return answerLater<QList<RemoteState>>(std::move(done), notAJobId(remoteIds.first()));
    auto how = std::make_shared<OneByOnePoll>();
    how->isJobId = isJobId;
    how->request = [this](const QString &id) {
        return request("GET", apiEndpoint(QStringLiteral("/videos/jobs/%1/status").arg(id)),
                       tr("check t2m job %1").arg(id));
    };
    how->read = readState;
    how->closedMessage = tr("The t2m account was closed while polling.");
    pollOneByOne(m_http, this, std::move(how), remoteIds, std::move(done));
}

void T2mClient::cancel(const QString &remoteId, ProviderCallback<Done> done)
{
    if (!isJobId(remoteId))
        return answerLater<Done>(std::move(done), notAJobId(remoteId));
    m_http.send(request("DELETE", apiEndpoint(QStringLiteral("/videos/jobs/%1").arg(remoteId)),
                        tr("cancel t2m job %1").arg(remoteId)),
                [done = std::move(done)](ProviderResult<HttpResponse> answer) {
                    if (!answer)
                        return done(answer.error());
                    done(Done{});
                });
}

void T2mClient::result(const QString &remoteId, ProviderCallback<RemoteResult> done)
{
    if (!isJobId(remoteId))
        return answerLater<RemoteResult>(std::move(done), notAJobId(remoteId));
    const QString what = tr("fetch the video of t2m job %1").arg(remoteId);
    m_http.send(
        request("GET", apiEndpoint(QStringLiteral("/videos/jobs/%1/video-url").arg(remoteId)), what),
        [done = std::move(done), what, api = m_api, remoteId](ProviderResult<HttpResponse> answer) {
            // 409 (not completed yet) arrives as Conflict with the service's words.
            if (!answer)
                return done(answer.error());
            const ProviderResult<QJsonObject> body = JsonRead::object(answer->body, what);
            if (!body)
                return done(body.error());
            JsonRead read(body.value(), what);
            const QUrl video = QUrl(read.string(read.firstOf({"download_url", "video_url"})));
            const QString thumbnail = read.optString("thumbnail_url");
            QJsonObject metadata;
            if (std::optional<JsonRead> about = read.optObject("metadata"))
                metadata = about->json();
            if (const std::optional<bool> demo = read.optBool("is_demo"))
                metadata.insert(QStringLiteral("is_demo"), *demo);
            if (read.ok() && (!video.isValid() || (video.scheme() != u"http" && video.scheme() != u"https")))
                read.fail(tr("'download_url' is not an http(s) URL"));
            if (!read.ok())
                return done(read.error());
            metadata.insert(QStringLiteral("job_id"), remoteId);

            RemoteResult result;
            RemoteFile file;
            file.role = RemoteFile::Role::Video;
            file.url = video;
            file.sendToken = false;  // presigned: its query is the credential, and it is another origin
            file.acceptedTypes = {QByteArrayLiteral("video/")};
            result.files.append(file);
            if (!thumbnail.isEmpty()) {
                // A relative thumbnail_url is the service's own endpoint, which wants the token.
                QUrl directory = api;
                directory.setPath(api.path() + u'/');
                const QUrl poster = directory.resolved(QUrl(thumbnail));
                if (poster.isValid() && (poster.scheme() == u"http" || poster.scheme() == u"https")) {
                    RemoteFile image;
                    image.role = RemoteFile::Role::Poster;
                    image.url = poster;
                    image.sendToken = http::originOf(poster) == http::originOf(api);
                    image.acceptedTypes = {QByteArrayLiteral("image/")};
                    result.files.append(image);
                }
            }
            result.metadata = metadata;  // never the presigned URLs
            done(std::move(result));
        });
}

}  // namespace storyreel
