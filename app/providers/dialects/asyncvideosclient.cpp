#include "asyncvideosclient.h"

#include "dialectsupport.h"
#include "httpclient.h"
#include "jsonread.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMimeDatabase>
#include <QPointer>
#include <QTimer>

#include <algorithm>

namespace storyreel {
namespace {

Q_LOGGING_CATEGORY(lcAsyncVideos, "storyreel.providers.asyncvideos", QtWarningMsg)

QString amount(double value)
{
    return QString::number(value, 'g', 12);
}

QString encoded(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

double costOf(JobKind kind)
{
    return kind == JobKind::GenerateImage ? AsyncVideosClient::kDustPerImageVideo
                                          : AsyncVideosClient::kDustPerTextVideo;
}

// The 402 message in DUST, with the balance the server reported.
ProviderError explained(ProviderError error, double needed)
{
    if (error.kind != ProviderErrorKind::InsufficientFunds)
        return error;
    error.message =
        error.balance
            ? AsyncVideosClient::tr("Insufficient DUST: the balance is %1 DUST, this video needs %2")
                  .arg(amount(*error.balance), amount(needed))
            : AsyncVideosClient::tr("Insufficient DUST: this video needs %1").arg(amount(needed));
    return error;
}

// Seed 002's status (also an active_jobs entry): status, optional progress 0..1 and generation_info.
RemoteState readState(JsonRead &read)
{
    RemoteState state;
    state.remoteId = read.id("job_id");
    const QString status = read.string("status");
    if (status == QLatin1String("queued")) {
        state.phase = RemoteState::Phase::Queued;
    } else if (status == QLatin1String("starting") || status == QLatin1String("processing")) {
        state.phase = RemoteState::Phase::Running;
    } else if (status == QLatin1String("completed")) {
        state.phase = RemoteState::Phase::Succeeded;
    } else if (status == QLatin1String("failed")) {
        state.phase = RemoteState::Phase::Failed;
    } else if (status == QLatin1String("cancelled")) {
        state.phase = RemoteState::Phase::Cancelled;
    } else if (read.ok()) {
        read.fail(AsyncVideosClient::tr("'%1' is an unknown status \"%2\"")
                      .arg(read.path("status"), status.left(40)));
    }
    if (const std::optional<double> progress = read.optNumber("progress"))
        state.progress = std::clamp(*progress, 0.0, 1.0);
    if (std::optional<JsonRead> info = read.optObject("generation_info")) {
        state.stage = info->optString("current_step");
        if (const std::optional<double> eta = info->optNumber("estimated_remaining_seconds"))
            state.etaSeconds = std::max<qint64>(0, qRound64(*eta));
    }
    if (state.stage.isEmpty() && status == QLatin1String("starting"))
        state.stage = status;
    state.error = read.optString("error");
    if (state.phase == RemoteState::Phase::Succeeded)
        state.progress = 1.0;
    return state;
}

std::optional<QString> mapped(const QString &value,
                              std::initializer_list<std::pair<const char *, const char *>> table)
{
    for (const auto &[from, to] : table) {
        if (value == QLatin1String(from))
            return QString::fromLatin1(to);
    }
    return std::nullopt;
}

// A local image as a data: URL (http(s) URLs pass as they are).
ProviderResult<QString> imageUrl(const QString &image)
{
    if (image.startsWith(QLatin1String("https://")) || image.startsWith(QLatin1String("http://")))
        return image;
    if (image.isEmpty())
        return providerError(ProviderErrorKind::BadRequest,
                             AsyncVideosClient::tr("Choose an image to animate"));
    const QFileInfo info(image);
    if (!info.isFile())
        return providerError(ProviderErrorKind::BadRequest,
                             AsyncVideosClient::tr("The image %1 does not exist").arg(info.fileName()));
    if (info.size() > AsyncVideosClient::kMaxImageBytes)
        return providerError(ProviderErrorKind::BadRequest,
                             AsyncVideosClient::tr("The image %1 is larger than %2 MB")
                                 .arg(info.fileName())
                                 .arg(AsyncVideosClient::kMaxImageBytes >> 20));
    const QString mime = QMimeDatabase().mimeTypeForFile(info).name();
    if (!mime.startsWith(QLatin1String("image/")))
        return providerError(ProviderErrorKind::BadRequest,
                             AsyncVideosClient::tr("%1 is not an image").arg(info.fileName()));
    QFile file(image);
    if (!file.open(QIODevice::ReadOnly))
        return providerError(ProviderErrorKind::BadRequest,
                             AsyncVideosClient::tr("The image %1 cannot be read: %2")
                                 .arg(info.fileName(), file.errorString()));
    return QStringLiteral("data:%1;base64,%2").arg(mime, QString::fromLatin1(file.readAll().toBase64()));
}

// Job parameters (DESIGN "Generation job parameters") as seed 002's body, without user_id.
ProviderResult<QJsonObject> requestBody(const GenerationRequest &request)
{
    if (request.kind != JobKind::GenerateText && request.kind != JobKind::GenerateImage)
        return providerError(
            ProviderErrorKind::BadRequest,
            AsyncVideosClient::tr("Async Videos makes text-to-video and image-to-video only"));
    const QJsonObject &params = request.params;
    QJsonObject body;
    const QString prompt = params.value(QStringLiteral("prompt")).toString().trimmed();
    if (prompt.isEmpty() && request.kind == JobKind::GenerateText)
        return providerError(ProviderErrorKind::BadRequest,
                             AsyncVideosClient::tr("Write a prompt for the video"));
    body.insert(QStringLiteral("prompt"), prompt);
    // short = 5 s, medium = 10 s, long = 15 s: the shortest that is at least as long as asked.
    const int seconds = params.value(QStringLiteral("seconds")).toInt(5);
    body.insert(QStringLiteral("duration"), seconds <= 5    ? QStringLiteral("short")
                                            : seconds <= 10 ? QStringLiteral("medium")
                                                            : QStringLiteral("long"));
    const QString resolution = params.value(QStringLiteral("resolution")).toString(QStringLiteral("720p"));
    const std::optional<QString> code = mapped(resolution, {{"480p", "sd_480p"},
                                                            {"720p", "hd_720p"},
                                                            {"1080p", "hd_1080p"},
                                                            {"2160p", "4k_2160p"},
                                                            {"4k", "4k_2160p"}});
    if (!code)
        return providerError(ProviderErrorKind::BadRequest,
                             AsyncVideosClient::tr("Async Videos has no %1 resolution").arg(resolution));
    body.insert(QStringLiteral("resolution"), *code);
    if (params.contains(QStringLiteral("cameraFixed")))
        body.insert(QStringLiteral("camera_fixed"), params.value(QStringLiteral("cameraFixed")).toBool());

    if (request.kind == JobKind::GenerateText) {
        const QString aspect = params.value(QStringLiteral("aspect")).toString(QStringLiteral("16:9"));
        static const QStringList aspects{QStringLiteral("16:9"), QStringLiteral("9:16"),
                                         QStringLiteral("1:1"), QStringLiteral("4:3"), QStringLiteral("3:4")};
        if (!aspects.contains(aspect))
            return providerError(ProviderErrorKind::BadRequest,
                                 AsyncVideosClient::tr("Async Videos has no %1 aspect ratio").arg(aspect));
        body.insert(QStringLiteral("aspect_ratio"), aspect);
    } else {
        ProviderResult<QString> image = imageUrl(params.value(QStringLiteral("image")).toString());
        if (!image)
            return image.error();
        body.insert(QStringLiteral("image_url"), *image);
    }
    return body;
}

ProviderResult<QUrl> fileUrl(const QUrl &base, const QString &text, JsonRead &read, const char *key)
{
    const QUrl url = base.resolved(QUrl(text));
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        read.fail(AsyncVideosClient::tr("'%1' is not a web address").arg(read.path(key)));
        return read.error();
    }
    return url;
}

}  // namespace

// The active list, then the status of the jobs no longer on it (expired ones, after 24 h, are left out).
struct AsyncVideosClient::PollRound : PolledStates
{
};

AsyncVideosClient::AsyncVideosClient(HttpClient &http, QUrl baseUrl, QString token, QObject *parent)
    : Provider(parent), m_http(http), m_baseUrl(std::move(baseUrl)), m_token(std::move(token))
{}

AsyncVideosClient::~AsyncVideosClient()
{
    // Every callback runs exactly once: creations still waiting for /users/me end here.
    const QList<UserIdWaiter> waiters = std::exchange(m_userIdWaiters, {});
    for (const UserIdWaiter &waiter : waiters)
        waiter(providerError(ProviderErrorKind::Cancelled,
                             AsyncVideosClient::tr("The provider client was closed")));
}

QList<JobKind> AsyncVideosClient::supportedKinds() const
{
    return {JobKind::GenerateText, JobKind::GenerateImage};
}

CostEstimate AsyncVideosClient::estimate(JobKind kind, const QJsonObject & /*params*/) const
{
    CostEstimate cost;
    cost.unit = QStringLiteral("DUST");
    cost.known = kind == JobKind::GenerateText || kind == JobKind::GenerateImage;
    cost.micros = cost.known ? toMicros(costOf(kind)) : 0;
    return cost;
}

QUrl AsyncVideosClient::endpoint(const QString &path) const
{
    QUrl url = m_baseUrl;
    QString base = url.path(QUrl::FullyEncoded);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path, QUrl::TolerantMode);
    url.setQuery(QString());
    url.setFragment({});
    return url;
}

void AsyncVideosClient::send(HttpRequest request, std::function<void(ProviderResult<HttpResponse>)> then)
{
    request.bearerToken = m_token;
    // A client deleted while its request was in flight answers Cancelled without touching itself.
    m_http.send(std::move(request), [self = QPointer<AsyncVideosClient>(this),
                                     then = std::move(then)](ProviderResult<HttpResponse> response) {
        if (!self)
            return then(providerError(ProviderErrorKind::Cancelled, tr("The provider client was closed")));
        then(std::move(response));
    });
}

void AsyncVideosClient::check(ProviderCallback<AccountCheck> done)
{
    HttpRequest request;
    request.url = endpoint(QStringLiteral("/users/me"));
    request.what = tr("check the account");
    send(request, [this, done, what = request.what](ProviderResult<HttpResponse> response) {
        if (!response)
            return done(response.error());
        ProviderResult<QJsonObject> object = JsonRead::object(response->body, what);
        if (!object)
            return done(object.error());
        JsonRead read(*object, what);
        AccountCheck check;
        check.userId = read.id("user_id");
        const QString email = read.optString("email");
        const std::optional<double> dust = read.optNumber("dust_balance");
        if (!read.ok())
            return done(read.error());
        m_userId = check.userId;
        check.unit = QStringLiteral("DUST");
        if (dust)
            check.balanceMicros = toMicros(*dust);
        const QString who = email.isEmpty() ? check.userId : email;
        check.summary = tr("Connected as %1").arg(who);  // the balance travels in balanceMicros
        done(check);
    });
}

void AsyncVideosClient::withUserId(UserIdWaiter next)
{
    if (!m_userId.isEmpty())
        return next(std::nullopt);
    m_userIdWaiters << std::move(next);
    if (m_userIdWaiters.size() > 1)
        return;  // /users/me is already on its way
    check([self = QPointer<AsyncVideosClient>(this)](ProviderResult<AccountCheck> me) {
        if (!self)
            return;  // the destructor answered the waiters
        const QList<UserIdWaiter> waiters = std::exchange(self->m_userIdWaiters, {});
        for (const UserIdWaiter &waiter : waiters)
            waiter(me ? std::nullopt : std::optional<ProviderError>(me.error()));
    });
}

void AsyncVideosClient::create(const GenerationRequest &request, ProviderCallback<CreatedJob> done)
{
    // The parameters are checked (and the image read) before anything is sent.
    ProviderResult<QJsonObject> body = requestBody(request);
    if (!body)
        return answerLater(&m_http, std::move(done), body.error());
    const bool animate = request.kind == JobKind::GenerateImage;
    const double cost = costOf(request.kind);
    withUserId([this, done, body = *body, animate, cost,
                key = request.idempotencyKey](std::optional<ProviderError> noUser) mutable {
        if (noUser)
            return done(*noUser);
        body.insert(QStringLiteral("user_id"), m_userId);
        HttpRequest http;
        http.method = "POST";
        http.url = endpoint(animate ? QStringLiteral("/videos/animate") : QStringLiteral("/videos/generate"));
        http.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        http.contentType = "application/json";
        http.idempotencyKey = key;
        http.what = animate ? tr("animate image") : tr("create video");
        send(http, [done, cost, what = http.what](ProviderResult<HttpResponse> response) {
            if (!response)
                return done(explained(response.error(), cost));
            ProviderResult<QJsonObject> object = JsonRead::object(response->body, what);
            if (!object)
                return done(object.error());
            JsonRead read(*object, what);
            CreatedJob created;
            created.remoteId = read.id("job_id");
            created.initial.remoteId = created.remoteId;
            if (read.has("status"))
                created.initial = readState(read);
            if (const std::optional<double> eta = read.optNumber("estimated_completion_seconds"))
                created.initial.etaSeconds = std::max<qint64>(0, qRound64(*eta));
            if (!read.ok())
                return done(read.error());
            created.chargedMicros = toMicros(cost);
            qCInfo(lcAsyncVideos) << "created video job" << created.remoteId;
            done(created);
        });
    });
}

void AsyncVideosClient::jobStatus(const QString &id, ProviderCallback<RemoteState> done)
{
    HttpRequest request;
    request.url = endpoint(QStringLiteral("/videos/jobs/%1/status").arg(encoded(id)));
    request.what = tr("video job status");
    send(request, [this, done, what = request.what](ProviderResult<HttpResponse> response) {
        if (!response)
            return done(response.error());
        ProviderResult<QJsonObject> object = JsonRead::object(response->body, what);
        if (!object)
            return done(object.error());
        JsonRead read(*object, what);
        RemoteState state = readState(read);
        if (!read.ok())
            return done(read.error());
        if (state.phase == RemoteState::Phase::Failed && state.error.isEmpty())
            return failureReason(state, done);
        done(state);
    });
}

// The status has no reason for a failure; the result answer does ("error").
void AsyncVideosClient::failureReason(RemoteState state, ProviderCallback<RemoteState> done)
{
    HttpRequest request;
    request.url = endpoint(QStringLiteral("/videos/jobs/%1/result").arg(encoded(state.remoteId)));
    request.what = tr("video result");
    send(request, [done, state, what = request.what](ProviderResult<HttpResponse> response) mutable {
        if (response) {
            ProviderResult<QJsonObject> object = JsonRead::object(response->body, what);
            if (object) {
                JsonRead read(*object, what);
                const QString error = read.optString("error");
                if (read.ok())
                    state.error = error;
            }
        }
        if (state.error.isEmpty())
            state.error = tr("The provider reports that the video generation failed");
        done(state);
    });
}

void AsyncVideosClient::poll(const QStringList &remoteIds, ProviderCallback<QList<RemoteState>> done)
{
    QStringList wanted = remoteIds;
    wanted.removeDuplicates();
    if (wanted.isEmpty())
        return answerLater<QList<RemoteState>>(&m_http, std::move(done), QList<RemoteState>{});
    if (wanted.size() == 1) {
        return jobStatus(wanted.first(), [done](ProviderResult<RemoteState> state) {
            if (!state)
                return done(state.error());
            done(QList<RemoteState>{*state});
        });
    }
    auto round = std::make_shared<PollRound>();
    round->wanted = wanted;
    round->done = std::move(done);
    HttpRequest request;
    request.url = endpoint(QStringLiteral("/videos/jobs/active"));
    request.what = tr("active video jobs");
    send(request, [this, round, what = request.what](ProviderResult<HttpResponse> response) {
        if (!response)
            return round->fail(response.error());
        ProviderResult<QJsonObject> object = JsonRead::object(response->body, what);
        if (!object)
            return round->fail(object.error());
        JsonRead read(*object, what);
        const QJsonArray active = read.array("active_jobs");
        for (qsizetype i = 0; i < active.size() && read.ok(); ++i) {
            JsonRead item = read.element(active, "active_jobs", i);
            const RemoteState state = readState(item);
            if (round->wanted.contains(state.remoteId))
                round->found.insert(state.remoteId, state);
        }
        if (!read.ok())
            return round->fail(read.error());
        pollInactive(round);
    });
}

// Jobs missing from the active list have ended: their status says how.
void AsyncVideosClient::pollInactive(const std::shared_ptr<PollRound> &round)
{
    QStringList inactive;
    for (const QString &id : std::as_const(round->wanted)) {
        if (!round->found.contains(id))
            inactive << id;
    }
    if (inactive.isEmpty())
        return round->finish();
    round->pending = int(inactive.size());
    for (const QString &id : std::as_const(inactive)) {
        jobStatus(id, [round, id](ProviderResult<RemoteState> state) {
            if (round->finished)
                return;
            if (state)
                round->found.insert(id, *state);
            else if (state.error().kind != ProviderErrorKind::NotFound)
                return round->fail(state.error());
            if (--round->pending == 0)
                round->finish();
        });
    }
}

void AsyncVideosClient::cancel(const QString &remoteId, ProviderCallback<Done> done)
{
    HttpRequest request;
    request.method = "DELETE";
    request.url = endpoint(QStringLiteral("/videos/jobs/%1").arg(encoded(remoteId)));
    request.what = tr("cancel video job");
    send(request, [done, what = request.what](ProviderResult<HttpResponse> response) {
        if (!response)
            return done(response.error());
        if (!response->body.trimmed().isEmpty()) {
            ProviderResult<QJsonObject> object = JsonRead::object(response->body, what);
            if (!object)
                return done(object.error());
        }
        done(Done{});
    });
}

void AsyncVideosClient::result(const QString &remoteId, ProviderCallback<RemoteResult> done)
{
    HttpRequest request;
    request.url = endpoint(QStringLiteral("/videos/jobs/%1/result").arg(encoded(remoteId)));
    request.what = tr("video result");
    send(request, [this, done, what = request.what](ProviderResult<HttpResponse> response) {
        if (!response)
            return done(response.error());
        ProviderResult<QJsonObject> object = JsonRead::object(response->body, what);
        if (!object)
            return done(object.error());
        JsonRead read(*object, what);
        std::optional<JsonRead> video = read.optObject("video");
        if (!video) {
            // Failed or still running: 200 with a status instead of a video.
            const QString status = read.optString("status");
            const QString error = read.optString("error");
            if (!read.ok())
                return done(read.error());
            return done(
                providerError(ProviderErrorKind::Conflict,
                              status == QLatin1String("failed")
                                  ? tr("The video generation failed: %1").arg(error)
                                  : tr("The video is not ready yet (the provider says %1)").arg(status)));
        }
        RemoteResult result;
        QJsonObject &metadata = result.metadata;
        const QString url = video->string("url");
        const QString thumbnail = video->optString("thumbnail_url");
        metadata.insert(QStringLiteral("remoteVideoId"), video->optId("id"));
        metadata.insert(QStringLiteral("prompt"), video->optString("prompt"));
        metadata.insert(QStringLiteral("generationType"), video->optString("generation_type"));
        metadata.insert(QStringLiteral("resolution"), video->optString("resolution"));
        metadata.insert(QStringLiteral("aspect"), video->optString("aspect_ratio"));
        metadata.insert(QStringLiteral("favorite"), video->optBool("is_favorited").value_or(false));
        if (const std::optional<double> seconds = video->optNumber("duration_seconds"))
            metadata.insert(QStringLiteral("durationSeconds"), *seconds);
        if (std::optional<JsonRead> info = read.optObject("generation_info"))
            metadata.insert(QStringLiteral("model"), info->optString("model_used"));
        if (!read.ok())
            return done(read.error());
        ProviderResult<QUrl> videoUrl = fileUrl(m_baseUrl, url, *video, "url");
        if (!videoUrl)
            return done(videoUrl.error());
        metadata.insert(QStringLiteral("remoteUrl"), videoUrl->toString());
        RemoteFile file;
        file.role = RemoteFile::Role::Video;
        file.url = *videoUrl;
        file.sendToken = false;  // public CDN address
        file.acceptedTypes = {QByteArrayLiteral("video/")};
        result.files << file;
        if (!thumbnail.isEmpty()) {
            ProviderResult<QUrl> posterUrl = fileUrl(m_baseUrl, thumbnail, *video, "thumbnail_url");
            if (!posterUrl)
                return done(posterUrl.error());
            RemoteFile poster;
            poster.role = RemoteFile::Role::Poster;
            poster.url = *posterUrl;
            poster.sendToken = false;
            poster.acceptedTypes = {QByteArrayLiteral("image/")};
            result.files << poster;
        }
        done(result);
    });
}

void AsyncVideosClient::setFavorite(const QString &videoId, bool favorite, ProviderCallback<Done> done)
{
    HttpRequest request;
    request.method = "PUT";
    request.url = endpoint(QStringLiteral("/videos/%1").arg(encoded(videoId)));
    request.body =
        QJsonDocument(QJsonObject{{QStringLiteral("is_favorited"), favorite}}).toJson(QJsonDocument::Compact);
    request.contentType = "application/json";
    request.what = tr("update video");
    send(request, [done, what = request.what](ProviderResult<HttpResponse> response) {
        if (!response)
            return done(response.error());
        ProviderResult<QJsonObject> object = JsonRead::object(response->body, what);
        if (!object)
            return done(object.error());
        JsonRead read(*object, what);
        read.object("video");
        if (!read.ok())
            return done(read.error());
        done(Done{});
    });
}

}  // namespace storyreel
