#include "aistudioclient.h"

#include "dialectsupport.h"
#include "httpclient.h"
#include "jsonread.h"

#include <QHash>
#include <QLoggingCategory>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>

namespace storyreel {
namespace {

Q_LOGGING_CATEGORY(lcAiStudio, "storyreel.providers.aistudio", QtWarningMsg)

// Several jobs are polled through the list (newest first); jobs older than this many pages are asked
// one by one instead of paging through a long history.
constexpr int kMaxPollPages = 3;
const QByteArray kDefaultModel = QByteArrayLiteral("veo-3.1-generate-preview");

ProviderError badRequest(const QString &message)
{
    return providerError(ProviderErrorKind::BadRequest, message);
}

QString amount(double value)
{
    return QString::number(value, 'g', 12);
}

// The 402 message in this dialect's unit, with the balance the server reported.
ProviderError explained(ProviderError error)
{
    if (error.kind != ProviderErrorKind::InsufficientFunds)
        return error;
    error.message =
        error.balance ? AiStudioClient::tr("Insufficient tokens: the balance is %1 tokens, a video needs %2")
                            .arg(amount(*error.balance), amount(AiStudioClient::kTokensPerVideo))
                      : AiStudioClient::tr("Insufficient tokens: a video needs %1 tokens")
                            .arg(amount(AiStudioClient::kTokensPerVideo));
    return error;
}

QString encoded(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

std::optional<VideoStatus> statusFromText(const QString &text)
{
    if (text == QLatin1String("PENDING"))
        return VideoStatus::Pending;
    if (text == QLatin1String("RUNNING"))
        return VideoStatus::Running;
    if (text == QLatin1String("SUCCEEDED"))
        return VideoStatus::Succeeded;
    if (text == QLatin1String("FAILED"))
        return VideoStatus::Failed;
    return std::nullopt;
}

RemoteState stateOf(const AiStudioVideoJob &job, std::optional<double> percent, const QString &error)
{
    RemoteState state;
    state.remoteId = job.id;
    switch (job.status) {
        case VideoStatus::Pending:
            state.phase = RemoteState::Phase::Queued;
            break;
        case VideoStatus::Running:
            state.phase = RemoteState::Phase::Running;
            break;
        case VideoStatus::Succeeded:
            state.phase = RemoteState::Phase::Succeeded;
            break;
        case VideoStatus::Failed:
            state.phase = RemoteState::Phase::Failed;
            state.error = error.isEmpty()
                              ? AiStudioClient::tr("The provider reports that the video generation failed")
                              : error;
            break;
        case VideoStatus::Cancelled:
            state.phase = RemoteState::Phase::Cancelled;
            break;
    }
    if (percent)
        state.progress = std::clamp(*percent / 100.0, 0.0, 1.0);
    if (state.phase == RemoteState::Phase::Succeeded)
        state.progress = 1.0;
    return state;
}

// Seed 001's video-job item, or seed 000's look video (a subset, camelCase).
AiStudioVideoJob readVideoJob(JsonRead &read)
{
    AiStudioVideoJob job;
    job.id = read.id("id");
    const QString status = read.string("status");
    if (const std::optional<VideoStatus> known = statusFromText(status))
        job.status = *known;
    else if (read.ok())
        read.fail(
            AiStudioClient::tr("'%1' is an unknown status \"%2\"").arg(read.path("status"), status.left(40)));
    const std::optional<double> percent =
        read.optNumber(read.firstOf({"progress_percentage", "progressPercentage"}));
    job.prompt = read.optString("prompt");
    job.model = read.optString("model");
    job.resolution = read.optString("resolution");
    job.aspectRatio = read.optString("aspectRatio");
    job.durationSeconds = qRound(read.optNumber("durationSeconds").value_or(0));
    job.url = read.optString(read.firstOf({"cloudinary_url", "cloudinaryUrl"}));
    job.lookId = read.optId(read.firstOf({"look_id", "lookId"}));
    job.isDefault = read.optBool("isDefault").value_or(false);
    job.createdAt = read.optDateTime(read.firstOf({"created_at", "createdAt"}));
    job.updatedAt = read.optDateTime(read.firstOf({"updated_at", "updatedAt"}));
    const QString error = read.optString("error");
    job.state = stateOf(job, percent, error);
    return job;
}

QString sharedWithEntry(JsonRead &read, const QJsonArray &list, qsizetype index)
{
    const QJsonValue value = list.at(index);
    if (value.isString())
        return value.toString();
    // A user object: its e-mail or id.
    JsonRead user = read.element(list, "sharedWith", index);
    const QString email = user.optString("email");
    return email.isEmpty() ? user.id(user.firstOf({"id", "userId", "user_id"})) : email;
}

AiStudioLook readLook(JsonRead &read)
{
    AiStudioLook result;
    Look &look = result.look;
    look.remoteId = read.id("id");
    look.title = read.string("title");
    look.imageUrl = read.optString("generatedImageUrl");
    const QString visibility = read.optString("visibility", QStringLiteral("private"));
    if (const std::optional<Visibility> known = fromText<Visibility>(visibility.toLower()))
        look.visibility = *known;
    else if (read.ok())
        read.fail(AiStudioClient::tr("'%1' is an unknown visibility \"%2\"")
                      .arg(read.path("visibility"), visibility.left(40)));
    const QJsonArray shared = read.optArray("sharedWith");
    for (qsizetype i = 0; i < shared.size(); ++i)
        look.sharedWith << sharedWithEntry(read, shared, i);
    const QJsonArray products = read.optArray("products");
    for (qsizetype i = 0; i < products.size(); ++i) {
        JsonRead item = read.element(products, "products", i);
        Product product;
        product.position = int(i) + 1;
        product.name = item.string("name");
        product.brand = item.optString("brand");
        product.category = item.optString("category");
        product.priceCents = qRound64(item.optNumber("price").value_or(0) * 100.0);
        product.currency = item.optString("currency");
        product.url = item.optString("url");
        item.optString("imageUrl");  // checked for its type; the catalog keeps product images as files
        look.products << product;
    }
    const QJsonArray videos = read.optArray("videos");
    for (qsizetype i = 0; i < videos.size(); ++i) {
        JsonRead item = read.element(videos, "videos", i);
        AiStudioVideoJob video = readVideoJob(item);
        video.lookId = look.remoteId;
        result.videos << video;
    }
    look.createdAt = read.optDateTime("createdAt");
    look.updatedAt = read.optDateTime("updatedAt");
    return result;
}

// {"items": [...], "total", "skip", "limit"}
template <typename T, typename ReadItem>
ProviderResult<AiStudioPage<T>> readPage(const HttpResponse &response, const QString &what, int skip,
                                         int limit, ReadItem readItem)
{
    ProviderResult<QJsonObject> object = JsonRead::object(response.body, what);
    if (!object)
        return object.error();
    JsonRead read(*object, what);
    AiStudioPage<T> page;
    const QJsonArray items = read.array("items");
    for (qsizetype i = 0; i < items.size() && read.ok(); ++i) {
        JsonRead item = read.element(items, "items", i);
        page.items << readItem(item);
    }
    page.total = qRound(read.number("total"));
    page.skip = qRound(read.optNumber("skip").value_or(skip));
    page.limit = qRound(read.optNumber("limit").value_or(limit));
    if (!read.ok())
        return read.error();
    return page;
}

// "1280x720" -> 1280, 720; zeros when the text says otherwise.
QPair<int, int> dimensionsOf(const QString &resolution)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
    const QRegularExpressionMatch match = pattern.match(resolution);
    if (!match.hasMatch())
        return {0, 0};
    return {match.captured(1).toInt(), match.captured(2).toInt()};
}

QByteArray multipartBody(const QList<QPair<QByteArray, QByteArray>> &fields, const QByteArray &boundary)
{
    QByteArray body;
    for (const auto &[name, value] : fields) {
        body += "--" + boundary + "\r\n";
        body += "Content-Disposition: form-data; name=\"" + name + "\"\r\n\r\n";
        body += value + "\r\n";
    }
    body += "--" + boundary + "--\r\n";
    return body;
}

// Job parameters (DESIGN "Generation job parameters") as seed 000's form fields.
ProviderResult<QList<QPair<QByteArray, QByteArray>>> formFields(const GenerationRequest &request)
{
    if (request.kind != JobKind::GenerateText)
        return badRequest(
            AiStudioClient::tr("AI Studio makes videos from a text prompt only; it cannot animate an image"));
    const QJsonObject &params = request.params;
    QList<QPair<QByteArray, QByteArray>> fields;
    const auto add = [&fields](const char *name, const QByteArray &value) {
        fields.append(qMakePair(QByteArray(name), value));
    };
    const QString prompt = params.value(QStringLiteral("prompt")).toString().trimmed();
    if (!prompt.isEmpty())
        add("prompt", prompt.toUtf8());
    const QString model = params.value(QStringLiteral("model")).toString();
    add("model", model.isEmpty() ? kDefaultModel : model.toUtf8());

    // The dialect has 720p and 1080p; 480p is sent as its smallest size.
    const QString resolution = params.value(QStringLiteral("resolution")).toString(QStringLiteral("720p"));
    if (resolution == QLatin1String("480p") || resolution == QLatin1String("720p"))
        add("resolution", QByteArrayLiteral("720p"));
    else if (resolution == QLatin1String("1080p"))
        add("resolution", QByteArrayLiteral("1080p"));
    else
        return badRequest(AiStudioClient::tr("AI Studio makes 720p or 1080p videos, not %1").arg(resolution));

    const QString aspect = params.value(QStringLiteral("aspect")).toString(QStringLiteral("16:9"));
    if (aspect != QLatin1String("16:9") && aspect != QLatin1String("9:16"))
        return badRequest(AiStudioClient::tr("AI Studio makes 16:9 or 9:16 videos, not %1").arg(aspect));
    add("aspectRatio", aspect.toUtf8());

    // 4 or 8 seconds: never shorter than asked, unless more than 8 was asked.
    const int seconds = params.value(QStringLiteral("seconds")).toInt(8);
    add("durationSeconds", seconds <= 4 ? QByteArrayLiteral("4") : QByteArrayLiteral("8"));
    const bool audio = params.value(QStringLiteral("audio")).toBool(false);
    add("generateAudio", audio ? QByteArrayLiteral("true") : QByteArrayLiteral("false"));
    return fields;
}

// A body that, when present, must be JSON (a 200 with a message) — an empty one (204) is fine.
std::optional<ProviderError> checkOptionalBody(const HttpResponse &response, const QString &what)
{
    if (response.body.trimmed().isEmpty())
        return std::nullopt;
    ProviderResult<QJsonObject> object = JsonRead::object(response.body, what);
    if (!object)
        return object.error();
    return std::nullopt;
}

}  // namespace

// Pages of the video-job list, then single reads for the ids the pages did not hold.
struct AiStudioClient::PollRound : PolledStates
{
    int skip = 0;
    int pages = 0;
};

AiStudioClient::AiStudioClient(HttpClient &http, QUrl baseUrl, QString token, QObject *parent)
    : Provider(parent), m_http(http), m_baseUrl(std::move(baseUrl)), m_token(std::move(token))
{}

QList<JobKind> AiStudioClient::supportedKinds() const
{
    return {JobKind::GenerateText};
}

CostEstimate AiStudioClient::estimate(JobKind kind, const QJsonObject & /*params*/) const
{
    CostEstimate cost;
    cost.unit = QStringLiteral("tokens");
    cost.known = kind == JobKind::GenerateText;
    cost.micros = cost.known ? toMicros(kTokensPerVideo) : 0;
    return cost;
}

QUrl AiStudioClient::endpoint(const QString &path, const QList<QPair<QString, QString>> &query) const
{
    QUrl url = m_baseUrl;
    QString base = url.path(QUrl::FullyEncoded);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path, QUrl::TolerantMode);
    QUrlQuery urlQuery;
    for (const auto &[key, value] : query)
        urlQuery.addQueryItem(key, value);
    url.setQuery(urlQuery);
    url.setFragment({});
    return url;
}

QUrl AiStudioClient::downloadUrl(const QString &remoteId) const
{
    return endpoint(QStringLiteral("/api/v1/video-jobs/%1/download").arg(encoded(remoteId)));
}

void AiStudioClient::send(HttpRequest request, std::function<void(ProviderResult<HttpResponse>)> then)
{
    request.bearerToken = m_token;
    // A client deleted while its request was in flight answers Cancelled without touching itself.
    m_http.send(std::move(request), [self = QPointer<AiStudioClient>(this),
                                     then = std::move(then)](ProviderResult<HttpResponse> response) {
        if (!self) {
            ProviderError error;
            error.kind = ProviderErrorKind::Cancelled;
            error.message = tr("The provider client was closed");
            then(error);
            return;
        }
        then(std::move(response));
    });
}

void AiStudioClient::check(ProviderCallback<AccountCheck> done)
{
    HttpRequest request;
    request.url = endpoint(QStringLiteral("/api/v1/users/me"));
    request.what = tr("check the account");
    send(request, [done, what = request.what](ProviderResult<HttpResponse> response) {
        if (!response)
            return done(response.error());
        ProviderResult<QJsonObject> object = JsonRead::object(response->body, what);
        if (!object)
            return done(object.error());
        JsonRead read(*object, what);
        AccountCheck check;
        check.userId = read.id("id");
        const QString email = read.optString("email");
        const std::optional<double> tokens = read.optNumber("tokens");
        if (!read.ok())
            return done(read.error());
        check.unit = QStringLiteral("tokens");
        if (tokens)
            check.balanceMicros = toMicros(*tokens);
        // The balance travels in balanceMicros; the summary says who, so no view shows it twice.
        check.summary = tr("Connected as %1").arg(email.isEmpty() ? check.userId : email);
        done(check);
    });
}

void AiStudioClient::create(const GenerationRequest &request, ProviderCallback<CreatedJob> done)
{
    ProviderResult<QList<QPair<QByteArray, QByteArray>>> fields = formFields(request);
    if (!fields)
        return answerLater(&m_http, std::move(done), fields.error());
    const QString lookId = request.params.value(QStringLiteral("remoteLookId")).toVariant().toString();
    const QByteArray boundary = "storyreel-" + QUuid::createUuid().toByteArray(QUuid::Id128);
    HttpRequest http;
    http.method = "POST";
    http.url = lookId.isEmpty() ? endpoint(QStringLiteral("/api/v1/video-jobs"))
                                : endpoint(QStringLiteral("/api/v1/looks/%1/videos").arg(encoded(lookId)));
    http.body = multipartBody(*fields, boundary);
    http.contentType = "multipart/form-data; boundary=" + boundary;
    http.idempotencyKey = request.idempotencyKey;
    http.what = tr("create video");
    send(http, [done, what = http.what](ProviderResult<HttpResponse> response) {
        if (!response)
            return done(explained(response.error()));
        ProviderResult<QJsonObject> object = JsonRead::object(response->body, what);
        if (!object)
            return done(object.error());
        JsonRead read(*object, what);
        const AiStudioVideoJob job = readVideoJob(read);
        if (!read.ok())
            return done(read.error());
        qCInfo(lcAiStudio) << "created video job" << job.id;
        CreatedJob created;
        created.remoteId = job.id;
        created.initial = job.state;
        created.chargedMicros = toMicros(kTokensPerVideo);
        done(created);
    });
}

void AiStudioClient::videoJob(const QString &id, ProviderCallback<AiStudioVideoJob> done)
{
    HttpRequest request;
    request.url = endpoint(QStringLiteral("/api/v1/video-jobs/%1").arg(encoded(id)));
    request.what = tr("video job status");
    send(request, [done, what = request.what](ProviderResult<HttpResponse> response) {
        if (!response)
            return done(response.error());
        ProviderResult<QJsonObject> object = JsonRead::object(response->body, what);
        if (!object)
            return done(object.error());
        JsonRead read(*object, what);
        AiStudioVideoJob job = readVideoJob(read);
        if (!read.ok())
            return done(read.error());
        done(job);
    });
}

void AiStudioClient::poll(const QStringList &remoteIds, ProviderCallback<QList<RemoteState>> done)
{
    QStringList wanted = remoteIds;
    wanted.removeDuplicates();
    if (wanted.isEmpty())
        return answerLater<QList<RemoteState>>(&m_http, std::move(done), QList<RemoteState>{});
    if (wanted.size() == 1) {
        return videoJob(wanted.first(), [done](ProviderResult<AiStudioVideoJob> job) {
            if (!job)
                return done(job.error());
            done(QList<RemoteState>{job->state});
        });
    }
    auto round = std::make_shared<PollRound>();
    round->wanted = wanted;
    round->done = std::move(done);
    pollPage(round);
}

void AiStudioClient::pollPage(const std::shared_ptr<PollRound> &round)
{
    listVideoJobs(round->skip, kMaxPageSize,
                  [this, round](ProviderResult<AiStudioPage<AiStudioVideoJob>> page) {
                      if (!page)
                          return round->fail(page.error());
                      for (const AiStudioVideoJob &job : page->items) {
                          if (round->wanted.contains(job.id))
                              round->found.insert(job.id, job.state);
                      }
                      round->skip += int(page->items.size());
                      ++round->pages;
                      if (round->found.size() == round->wanted.size())
                          return round->finish();
                      if (!page->items.isEmpty() && round->skip < page->total && round->pages < kMaxPollPages)
                          return pollPage(round);
                      pollOneByOne(round);
                  });
}

void AiStudioClient::pollOneByOne(const std::shared_ptr<PollRound> &round)
{
    QStringList missing;
    for (const QString &id : std::as_const(round->wanted)) {
        if (!round->found.contains(id))
            missing << id;
    }
    round->pending = int(missing.size());
    for (const QString &id : std::as_const(missing)) {
        videoJob(id, [round, id](ProviderResult<AiStudioVideoJob> job) {
            if (round->finished)
                return;
            if (job) {
                round->found.insert(id, job->state);
            } else if (job.error().kind != ProviderErrorKind::NotFound) {
                // NotFound: gone (deleted or expired) — left out; the caller asks for it alone to learn so.
                return round->fail(job.error());
            }
            if (--round->pending == 0)
                round->finish();
        });
    }
}

void AiStudioClient::cancel(const QString &remoteId, ProviderCallback<Done> done)
{
    deleteVideoJob(remoteId, std::move(done));
}

void AiStudioClient::deleteVideoJob(const QString &id, ProviderCallback<Done> done)
{
    HttpRequest request;
    request.method = "DELETE";
    request.url = endpoint(QStringLiteral("/api/v1/video-jobs/%1").arg(encoded(id)));
    request.what = tr("delete video job");
    send(request, [done](ProviderResult<HttpResponse> response) {
        if (!response)
            return done(response.error());
        done(Done{});
    });
}

void AiStudioClient::result(const QString &remoteId, ProviderCallback<RemoteResult> done)
{
    videoJob(remoteId, [this, done, remoteId](ProviderResult<AiStudioVideoJob> job) {
        if (!job)
            return done(job.error());
        if (job->status != VideoStatus::Succeeded) {
            ProviderError error;
            error.kind = ProviderErrorKind::Conflict;
            error.message = tr("The video is not ready yet (the provider says %1)").arg(toText(job->status));
            return done(error);
        }
        RemoteResult result;
        RemoteFile file;
        file.role = RemoteFile::Role::Video;
        file.url = downloadUrl(remoteId);
        file.sendToken = true;  // our own origin; HttpClient drops the token if it redirects elsewhere
        file.acceptedTypes = {QByteArrayLiteral("video/")};
        result.files << file;
        QJsonObject &metadata = result.metadata;
        metadata.insert(QStringLiteral("prompt"), job->prompt);
        metadata.insert(QStringLiteral("model"), job->model);
        metadata.insert(QStringLiteral("resolution"), job->resolution);
        metadata.insert(QStringLiteral("aspect"), job->aspectRatio);
        if (job->durationSeconds > 0)
            metadata.insert(QStringLiteral("durationSeconds"), job->durationSeconds);
        const auto [width, height] = dimensionsOf(job->resolution);
        if (width > 0) {
            metadata.insert(QStringLiteral("width"), width);
            metadata.insert(QStringLiteral("height"), height);
        }
        if (!job->url.isEmpty())
            metadata.insert(QStringLiteral("remoteUrl"), job->url);
        if (!job->lookId.isEmpty())
            metadata.insert(QStringLiteral("remoteLookId"), job->lookId);
        done(result);
    });
}

void AiStudioClient::listVideoJobs(int skip, int limit, ProviderCallback<AiStudioPage<AiStudioVideoJob>> done)
{
    limit = std::clamp(limit, 1, kMaxPageSize);
    skip = std::max(skip, 0);
    HttpRequest request;
    request.url = endpoint(
        QStringLiteral("/api/v1/video-jobs"),
        {{QStringLiteral("skip"), QString::number(skip)}, {QStringLiteral("limit"), QString::number(limit)}});
    request.what = tr("list video jobs");
    send(request, [done, skip, limit, what = request.what](ProviderResult<HttpResponse> response) {
        if (!response)
            return done(response.error());
        done(readPage<AiStudioVideoJob>(*response, what, skip, limit, readVideoJob));
    });
}

void AiStudioClient::listLooks(int skip, int limit, ProviderCallback<AiStudioPage<AiStudioLook>> done)
{
    limit = std::clamp(limit, 1, kMaxPageSize);
    skip = std::max(skip, 0);
    HttpRequest request;
    request.url = endpoint(
        QStringLiteral("/api/v1/looks"),
        {{QStringLiteral("skip"), QString::number(skip)}, {QStringLiteral("limit"), QString::number(limit)}});
    request.what = tr("list looks");
    send(request, [done, skip, limit, what = request.what](ProviderResult<HttpResponse> response) {
        if (!response)
            return done(response.error());
        done(readPage<AiStudioLook>(*response, what, skip, limit, readLook));
    });
}

void AiStudioClient::setDefaultForLook(const QString &videoId, const QString &lookId,
                                       ProviderCallback<Done> done)
{
    HttpRequest request;
    request.method = "PATCH";
    request.url = endpoint(QStringLiteral("/api/v1/video-jobs/%1/set-default-for-look/%2")
                               .arg(encoded(videoId), encoded(lookId)));
    request.what = tr("set the look's default video");
    request.retrySafe = true;  // setting the same default twice changes nothing
    send(request, [done, what = request.what](ProviderResult<HttpResponse> response) {
        if (!response)
            return done(response.error());
        if (std::optional<ProviderError> error = checkOptionalBody(*response, what))
            return done(*error);
        done(Done{});
    });
}

}  // namespace storyreel
