#include "storyboardclient.h"

#include "dialectsupport.h"
#include "httpclient.h"
#include "httperrors.h"
#include "jsonread.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>
#include <QUuid>

#include <cmath>

Q_LOGGING_CATEGORY(lcStoryboard, "storyreel.providers.storyboard", QtWarningMsg)

namespace storyreel {
namespace {

constexpr qint64 kSceneImageMicros = 20'000;  // $0.02 per scene image (seed 003)
constexpr int kSecondsPerScene = 5;
constexpr int kDefaultSeconds = 30;
constexpr int kMaxRefinements = 5;

bool isJobId(const QString &remoteId)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,18}$"));
    return digits.match(remoteId).hasMatch();
}

// Also keeps anything but digits out of the request path.
ProviderError notAJobId(const QString &remoteId)
{
    return providerError(ProviderErrorKind::NotFound,
                         StoryboardClient::tr("\"%1\" is not a storyboard job id (they are whole numbers).")
                             .arg(remoteId.left(40)));
}

int sceneCount(int seconds)
{
    return (seconds + kSecondsPerScene - 1) / kSecondsPerScene;
}

int secondsOf(const QJsonObject &params)
{
    return params.value(QStringLiteral("seconds")).toInt(kDefaultSeconds);
}

QString usd(double amount)
{
    return QStringLiteral("$%1").arg(amount, 0, 'f', 2);
}

// The job model's terms for the dialect's statuses (DESIGN.md "Providers").
ProviderResult<RemoteState> parseState(JsonRead &job, const QString &remoteId)
{
    RemoteState state;
    state.remoteId = remoteId;
    const QString status = job.string("status");
    if (status == u"pending") {
        state.phase = RemoteState::Phase::Queued;
    } else if (status == u"generating" || status == u"rendering") {
        state.phase = RemoteState::Phase::Running;
        state.stage = status;
    } else if (status == u"storyboard_ready") {
        state.phase = RemoteState::Phase::Succeeded;
        state.storyboardReady = true;
    } else if (status == u"completed") {
        state.phase = RemoteState::Phase::Succeeded;
    } else if (status == u"failed") {
        state.phase = RemoteState::Phase::Failed;
        state.error = job.optString("error");
        if (state.error.isEmpty())
            state.error =
                StoryboardClient::tr("The storyboard service reported the job as failed without a reason.");
    } else if (status == u"cancelled") {
        state.phase = RemoteState::Phase::Cancelled;
    } else if (!status.isEmpty()) {
        job.fail(StoryboardClient::tr("unknown status '%1'").arg(status.left(40)));
    }
    if (const std::optional<double> progress = job.optNumber("progress"))
        state.progress = qBound(0.0, *progress, 1.0);
    if (state.phase == RemoteState::Phase::Succeeded)
        state.progress = 1.0;
    if (!job.ok())
        return job.error();
    return state;
}

ProviderResult<RemoteState> parseState(const HttpResponse &response, const QString &remoteId,
                                       const QString &what)
{
    const ProviderResult<QJsonObject> body = JsonRead::object(response.body, what);
    if (!body)
        return body.error();
    JsonRead job(body.value(), what);
    return parseState(job, remoteId);
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return http::originOf(a) == http::originOf(b);
}

// A job that has its storyboard: one SceneImage per scene that has an image, and every scene's texts in
// the service's order (a scene whose image failed keeps its place).
ProviderResult<RemoteResult> readStoryboard(JsonRead &job, const QUrl &base)
{
    RemoteResult result;
    QJsonArray scenes;
    const QJsonArray storyboard = job.array("storyboard");
    for (qsizetype i = 0; i < storyboard.size() && job.ok(); ++i) {
        JsonRead item = job.element(storyboard, "storyboard", i);
        JsonRead scene = item.object("scene");
        const double number = scene.number("scene_number");
        if (scene.ok() && (number < 1 || number != std::floor(number)))
            scene.fail(StoryboardClient::tr("'%1' is not a scene number").arg(scene.path("scene_number")));
        scenes.append(QJsonObject{
            {QStringLiteral("scene_number"), int(number)},
            {QStringLiteral("description"), scene.optString("description")},
            {QStringLiteral("duration"), scene.optNumber("duration").value_or(0.0)},
            {QStringLiteral("image_prompt"), scene.optString("image_prompt")},
            {QStringLiteral("generation_status"), item.optString("generation_status")},
        });
        const QString image = item.optString("image_url");
        if (image.isEmpty())
            continue;
        const QUrl url = base.resolved(QUrl(image));
        if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https")) {
            item.fail(StoryboardClient::tr("'%1' is not an http(s) URL").arg(item.path("image_url")));
            continue;
        }
        RemoteFile file;
        file.role = RemoteFile::Role::SceneImage;
        file.url = url;
        file.scene = int(number);
        // Scene images are public (a CDN); the token goes to the service's own origin only.
        file.sendToken = sameOrigin(url, base);
        file.acceptedTypes = {QByteArrayLiteral("image/")};
        result.files.append(file);
    }
    const bool approved = job.optBool("approved").value_or(false);
    if (!job.ok())
        return job.error();
    result.metadata = QJsonObject{
        {QStringLiteral("scenes"), scenes},
        {QStringLiteral("status"), job.json().value(QStringLiteral("status"))},
        {QStringLiteral("approved"), approved},
    };
    return result;
}

}  // namespace

StoryboardClient::StoryboardClient(HttpClient &http, QUrl baseUrl, QString token, QObject *parent)
    : Provider(parent), m_http(http), m_baseUrl(std::move(baseUrl)), m_token(std::move(token))
{}

QList<JobKind> StoryboardClient::supportedKinds() const
{
    return {JobKind::GenerateStoryboard};
}

CostEstimate StoryboardClient::estimate(JobKind kind, const QJsonObject &params) const
{
    CostEstimate cost;
    cost.unit = QStringLiteral("USD");
    if (kind == JobKind::GenerateStoryboard) {
        const int seconds = secondsOf(params);
        cost.known = seconds > 0;
        cost.micros = seconds > 0 ? sceneCount(seconds) * kSceneImageMicros : 0;
    } else if (kind == JobKind::Refine) {
        // Only a new image costs; a new description is free.
        cost.micros =
            params.value(QStringLiteral("newImagePrompt")).toString().isEmpty() ? 0 : kSceneImageMicros;
    } else {
        cost.known = false;
    }
    return cost;
}

QUrl StoryboardClient::endpoint(const QString &path) const
{
    QUrl url = m_baseUrl;
    QString prefix = url.path();
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    url.setPath(prefix + path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

QUrl StoryboardClient::jobEndpoint(const QString &remoteId, const QString &suffix) const
{
    return endpoint(QStringLiteral("/api/v2/jobs/") + remoteId + suffix);
}

HttpRequest StoryboardClient::request(QByteArray method, QUrl url, QString what) const
{
    HttpRequest request;
    request.method = std::move(method);
    request.url = std::move(url);
    request.bearerToken = m_token;
    request.what = std::move(what);
    return request;
}

void StoryboardClient::check(ProviderCallback<AccountCheck> done)
{
    const QString what = tr("check the storyboard account");
    m_http.send(request("GET", endpoint(QStringLiteral("/api/v2/account")), what),
                [done = std::move(done), what](ProviderResult<HttpResponse> answer) {
                    if (!answer)
                        return done(answer.error());
                    const ProviderResult<QJsonObject> body = JsonRead::object(answer->body, what);
                    if (!body)
                        return done(body.error());
                    JsonRead account(body.value(), what);
                    AccountCheck check;
                    check.userId = account.id("user_id");
                    check.unit = QStringLiteral("USD");
                    const std::optional<double> balance = account.optNumber("balance_usd");
                    const QString email = account.optString("email");
                    if (!account.ok())
                        return done(account.error());
                    if (balance)
                        check.balanceMicros = toMicros(*balance);
                    // The balance travels in balanceMicros.
                    check.summary = tr("Connected as %1").arg(email.isEmpty() ? check.userId : email);
                    done(std::move(check));
                });
}

void StoryboardClient::create(const GenerationRequest &request, ProviderCallback<CreatedJob> done)
{
    if (request.kind != JobKind::GenerateStoryboard) {
        return answerLater<CreatedJob>(
            std::move(done),
            providerError(
                ProviderErrorKind::BadRequest,
                tr("The storyboard service only makes storyboards, not %1.").arg(toText(request.kind))));
    }
    const QJsonObject &params = request.params;
    const QString prompt = params.value(QStringLiteral("prompt")).toString().trimmed();
    const int seconds = secondsOf(params);
    if (prompt.isEmpty() || seconds <= 0) {
        return answerLater<CreatedJob>(
            std::move(done),
            providerError(ProviderErrorKind::BadRequest,
                          prompt.isEmpty() ? tr("A storyboard needs a prompt.")
                                           : tr("A storyboard needs a duration in seconds.")));
    }
    const QJsonObject payload{
        {QStringLiteral("prompt"), prompt},
        {QStringLiteral("duration"), seconds},
        {QStringLiteral("style"),
         params.value(QStringLiteral("style")).toString(QStringLiteral("cinematic"))},
        {QStringLiteral("aspect_ratio"),
         params.value(QStringLiteral("aspect")).toString(QStringLiteral("16:9"))},
    };
    const QString what = tr("create a storyboard");
    HttpRequest post = this->request("POST", endpoint(QStringLiteral("/api/v2/generate")), what);
    post.body = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    post.contentType = "application/json";
    // The key makes the POST retry-safe: the service answers a replay with the first job.
    post.idempotencyKey = request.idempotencyKey.isEmpty()
                              ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                              : request.idempotencyKey;
    const qint64 estimated = sceneCount(seconds) * kSceneImageMicros;
    m_http.send(std::move(post), [done = std::move(done), what,
                                  estimated](ProviderResult<HttpResponse> answer) {
        if (!answer) {
            ProviderError failure = answer.error();
            if (failure.kind == ProviderErrorKind::InsufficientFunds && failure.balance) {
                failure.message = tr("Insufficient funds: the account has %1 and this storyboard costs %2.")
                                      .arg(usd(*failure.balance), usd(double(estimated) / 1e6));
            }
            return done(failure);
        }
        const ProviderResult<QJsonObject> body = JsonRead::object(answer->body, what);
        if (!body)
            return done(body.error());
        JsonRead job(body.value(), what);
        const double id = job.number("job_id");
        const std::optional<double> cost = job.optNumber("estimated_cost");
        if (job.ok() && (id < 0 || id != std::floor(id)))
            job.fail(tr("'job_id' is not a whole number"));
        CreatedJob created;
        created.remoteId = QString::number(qint64(id));
        auto state = parseState(job, created.remoteId);
        if (!state)
            return done(state.error());
        created.initial = std::move(state).value();
        // What the service says it charged; our own estimate when it does not say.
        created.chargedMicros = cost ? toMicros(*cost) : estimated;
        qCInfo(lcStoryboard) << "created storyboard job" << created.remoteId;
        done(std::move(created));
    });
}

void StoryboardClient::poll(const QStringList &remoteIds, ProviderCallback<QList<RemoteState>> done)
{
    if (remoteIds.isEmpty())
        return answerLater<QList<RemoteState>>(std::move(done), QList<RemoteState>{});
    if (remoteIds.size() == 1 && !isJobId(remoteIds.first()))
        return answerLater<QList<RemoteState>>(std::move(done), notAJobId(remoteIds.first()));
    auto how = std::make_shared<OneByOnePoll>();
    how->isJobId = isJobId;
    how->request = [this](const QString &id) {
        return request("GET", jobEndpoint(id), tr("check storyboard job %1").arg(id));
    };
    how->read = [](const HttpResponse &response, const QString &id, const QString &what) {
        return parseState(response, id, what);
    };
    how->closedMessage = tr("The storyboard account was closed while polling.");
    pollOneByOne(m_http, this, std::move(how), remoteIds, std::move(done));
}

void StoryboardClient::cancel(const QString &remoteId, ProviderCallback<Done> done)
{
    if (!isJobId(remoteId))
        return answerLater<Done>(std::move(done), notAJobId(remoteId));
    m_http.send(request("DELETE", jobEndpoint(remoteId), tr("cancel storyboard job %1").arg(remoteId)),
                [done = std::move(done)](ProviderResult<HttpResponse> answer) {
                    if (!answer)
                        return done(answer.error());
                    done(Done{});
                });
}

void StoryboardClient::result(const QString &remoteId, ProviderCallback<RemoteResult> done)
{
    if (!isJobId(remoteId))
        return answerLater<RemoteResult>(std::move(done), notAJobId(remoteId));
    const QString what = tr("fetch storyboard job %1").arg(remoteId);
    m_http.send(request("GET", jobEndpoint(remoteId), what), [done = std::move(done), what, base = m_baseUrl,
                                                              video = jobEndpoint(remoteId,
                                                                                  QStringLiteral("/video")),
                                                              remoteId](ProviderResult<HttpResponse> answer) {
        if (!answer)
            return done(answer.error());
        const ProviderResult<QJsonObject> body = JsonRead::object(answer->body, what);
        if (!body)
            return done(body.error());
        JsonRead job(body.value(), what);
        const QString status = job.string("status");
        if (job.ok() && status != u"storyboard_ready" && status != u"rendering" && status != u"completed") {
            return done(providerError(
                ProviderErrorKind::Conflict,
                tr("Storyboard job %1 has no storyboard yet (status: %2).").arg(remoteId, status.left(40))));
        }
        ProviderResult<RemoteResult> result = readStoryboard(job, base);
        if (result && status == u"completed") {
            RemoteFile file;
            file.role = RemoteFile::Role::Video;
            file.url = video;
            file.acceptedTypes = {QByteArrayLiteral("video/")};
            RemoteResult withVideo = std::move(result).value();
            withVideo.files.append(file);
            return done(std::move(withVideo));
        }
        done(std::move(result));
    });
}

void StoryboardClient::post(const QString &remoteId, const QString &suffix,
                            const QList<QPair<QString, QString>> &query, const QString &what,
                            const QString &idempotencyKey, ProviderCallback<HttpResponse> done)
{
    QUrl url = jobEndpoint(remoteId, suffix);
    // Every reserved character percent-encoded: a '+' in a prompt must not arrive as a space.
    QStringList items;
    for (const auto &[key, value] : query)
        items.append(key + u'=' + QString::fromLatin1(QUrl::toPercentEncoding(value)));
    if (!items.isEmpty())
        url.setQuery(items.join(u'&'), QUrl::StrictMode);
    HttpRequest post = request("POST", url, what);
    post.idempotencyKey = idempotencyKey;
    m_http.send(std::move(post), std::move(done));
}

void StoryboardClient::refine(const QString &remoteId, int sceneNumber, const QString &newImagePrompt,
                              const QString &newDescription, ProviderCallback<StoryboardRefinement> done,
                              const QString &idempotencyKey)
{
    if (!isJobId(remoteId))
        return answerLater<StoryboardRefinement>(std::move(done), notAJobId(remoteId));
    const QString prompt = newImagePrompt.trimmed();
    const QString description = newDescription.trimmed();
    if (sceneNumber <= 0 || (prompt.isEmpty() && description.isEmpty())) {
        return answerLater<StoryboardRefinement>(
            std::move(done),
            providerError(ProviderErrorKind::BadRequest,
                          sceneNumber <= 0
                              ? tr("Scene numbers start at 1.")
                              : tr("A refinement needs a new image prompt or a new description.")));
    }
    QList<QPair<QString, QString>> query{{QStringLiteral("scene_number"), QString::number(sceneNumber)}};
    if (!prompt.isEmpty())
        query.append({QStringLiteral("new_image_prompt"), prompt});
    if (!description.isEmpty())
        query.append({QStringLiteral("new_description"), description});
    StoryboardRefinement refinement;
    refinement.sceneNumber = sceneNumber;
    refinement.chargedMicros = prompt.isEmpty() ? 0 : kSceneImageMicros;
    post(
        remoteId, QStringLiteral("/refine"), query,
        tr("refine scene %1 of storyboard job %2").arg(sceneNumber).arg(remoteId), idempotencyKey,
        [done = std::move(done), refinement](ProviderResult<HttpResponse> answer) {
            if (!answer) {
                ProviderError failure = answer.error();
                if (failure.httpStatus == 429) {
                    // A hard limit per job: waiting does not help, so it is not TooManyJobs.
                    failure.kind = ProviderErrorKind::BadRequest;
                    failure.retryAfter.reset();
                    failure.message =
                        tr("Maximum refinement limit (%1) reached for this storyboard.").arg(kMaxRefinements);
                }
                return done(failure);
            }
            done(refinement);
        });
}

void StoryboardClient::reorder(const QString &remoteId, const QList<int> &sceneOrder,
                               ProviderCallback<Done> done)
{
    if (!isJobId(remoteId))
        return answerLater<Done>(std::move(done), notAJobId(remoteId));
    if (sceneOrder.isEmpty())
        return answerLater<Done>(
            std::move(done), providerError(ProviderErrorKind::BadRequest, tr("The scene order is empty.")));
    QList<QPair<QString, QString>> query;
    for (const int number : sceneOrder)
        query.append({QStringLiteral("scene_order"), QString::number(number)});
    // Replaying the same order changes nothing, so it may be retried.
    post(remoteId, QStringLiteral("/reorder"), query, tr("reorder storyboard job %1").arg(remoteId), {},
         [done = std::move(done)](ProviderResult<HttpResponse> answer) {
             if (!answer)
                 return done(answer.error());
             done(Done{});
         });
}

void StoryboardClient::approve(const QString &remoteId, ProviderCallback<Done> done)
{
    if (!isJobId(remoteId))
        return answerLater<Done>(std::move(done), notAJobId(remoteId));
    post(remoteId, QStringLiteral("/approve"), {}, tr("approve storyboard job %1").arg(remoteId), {},
         [done = std::move(done)](ProviderResult<HttpResponse> answer) {
             if (!answer)
                 return done(answer.error());
             done(Done{});
         });
}

void StoryboardClient::render(const QString &remoteId, ProviderCallback<Done> done,
                              const QString &idempotencyKey)
{
    if (!isJobId(remoteId))
        return answerLater<Done>(std::move(done), notAJobId(remoteId));
    post(remoteId, QStringLiteral("/render"), {}, tr("render storyboard job %1").arg(remoteId),
         idempotencyKey, [done = std::move(done)](ProviderResult<HttpResponse> answer) {
             if (!answer)
                 return done(answer.error());
             done(Done{});
         });
}

void StoryboardClient::metadata(const QString &remoteId, ProviderCallback<StoryboardMetadata> done)
{
    if (!isJobId(remoteId))
        return answerLater<StoryboardMetadata>(std::move(done), notAJobId(remoteId));
    const QString what = tr("fetch the metadata of storyboard job %1").arg(remoteId);
    m_http.send(request("GET", jobEndpoint(remoteId, QStringLiteral("/metadata")), what),
                [done = std::move(done), what](ProviderResult<HttpResponse> answer) {
                    if (!answer)
                        return done(answer.error());
                    const ProviderResult<QJsonObject> body = JsonRead::object(answer->body, what);
                    if (!body)
                        return done(body.error());
                    JsonRead read(body.value(), what);
                    StoryboardMetadata meta;
                    meta.status = read.string("status");
                    meta.approved = read.optBool("approved").value_or(false);
                    if (std::optional<JsonRead> scenes = read.optObject("scenes")) {
                        meta.scenesTotal = int(scenes->optNumber("total").value_or(0));
                        meta.scenesCompleted = int(scenes->optNumber("completed").value_or(0));
                        meta.scenesFailed = int(scenes->optNumber("failed").value_or(0));
                    }
                    if (std::optional<JsonRead> costs = read.optObject("costs")) {
                        meta.estimatedCostMicros = toMicros(costs->optNumber("estimated").value_or(0));
                        if (const std::optional<double> actual = costs->optNumber("actual"))
                            meta.actualCostMicros = toMicros(*actual);
                        meta.currency = costs->optString("currency", QStringLiteral("USD"));
                    }
                    if (std::optional<JsonRead> metrics = read.optObject("metrics")) {
                        meta.refinementCount = int(metrics->optNumber("refinement_count").value_or(0));
                        meta.downloadCount = int(metrics->optNumber("download_count").value_or(0));
                    }
                    if (std::optional<JsonRead> video = read.optObject("video"))
                        meta.videoAvailable = video->optBool("available").value_or(false);
                    meta.error = read.optString("error");
                    if (!read.ok())
                        return done(read.error());
                    done(std::move(meta));
                });
}

QUrl StoryboardClient::exportUrl(const QString &remoteId, const QString &format, const QString &quality) const
{
    static const QStringList formats{QStringLiteral("mp4"), QStringLiteral("webm"), QStringLiteral("mov")};
    static const QStringList qualities{QStringLiteral("low"), QStringLiteral("medium"),
                                       QStringLiteral("high")};
    if (!isJobId(remoteId) || !formats.contains(format) || !qualities.contains(quality))
        return {};
    QUrl url = jobEndpoint(remoteId, QStringLiteral("/export"));
    url.setQuery(QStringLiteral("format=%1&quality=%2").arg(format, quality));
    return url;
}

}  // namespace storyreel
