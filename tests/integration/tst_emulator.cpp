// Self-test of the provider emulator with a bare QNetworkAccessManager: each dialect's shapes and
// statuses, auth/ownership, idempotency, limits, pagination, Range, every fault kind and the clock.
#include "provideremulator.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace storyreel;
using namespace std::chrono_literals;

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

// Terse JSON reading for assertions: answer.j()["video"]["url"].text().
class J
{
public:
    J(QJsonValue value = {}) : m_value(std::move(value)) {}  // NOLINT: implicit on purpose
    J(const QJsonObject &object) : m_value(object) {}        // NOLINT
    J operator[](const char *key) const { return m_value.toObject().value(QLatin1String(key)); }
    J operator[](int index) const { return m_value.toArray().at(index); }
    QString text() const { return m_value.toString(); }
    int integer() const { return m_value.toInt(); }
    double number() const { return m_value.toDouble(); }
    bool flag() const { return m_value.toBool(); }
    int size() const { return int(m_value.toArray().size()); }
    bool isNull() const { return m_value.isNull(); }
    bool has(const char *key) const { return m_value.toObject().contains(QLatin1String(key)); }
    const QJsonValue &value() const { return m_value; }

private:
    QJsonValue m_value;
};

struct Answer
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    Headers headers;
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    bool has(const QByteArray &name) const
    {
        return std::any_of(headers.cbegin(), headers.cend(),
                           [&](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
    }
    J j() const;
    QString detail() const;
};

J Answer::j() const
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

QString Answer::detail() const
{
    return j()["detail"].text();
}

const QByteArray kAlice = "token-alice";
const QByteArray kBob = "token-bob";

QByteArray multipart(const Headers &fields, QByteArray *contentType)
{
    const QByteArray boundary = "----storyreel-emulator-test";
    QByteArray body;
    for (const auto &[name, value] : fields)
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" +
                value + "\r\n";
    body += "--" + boundary + "--\r\n";
    *contentType = "multipart/form-data; boundary=" + boundary;
    return body;
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

}  // namespace

class tst_Emulator final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ProviderEmulator> m_emu;
    std::unique_ptr<QNetworkAccessManager> m_nam;

    QUrl api(const QString &pathAndQuery) const { return QUrl(m_emu->baseUrl().toString() + pathAndQuery); }

    Answer call(const QByteArray &method, const QUrl &url, const QByteArray &token = {},
                const QByteArray &body = {}, const QByteArray &contentType = {}, const Headers &headers = {})
    {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        if (!contentType.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        QElapsedTimer timer;
        timer.start();
        QNetworkReply *reply = m_nam->sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(20000))
            qWarning() << "no answer to" << method << url.path();
        Answer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.error = reply->error();
        answer.body = reply->readAll();
        answer.headers = reply->rawHeaderPairs();
        answer.elapsedMs = timer.elapsed();
        reply->deleteLater();
        return answer;
    }
    Answer get(const QString &path, const QByteArray &token = kAlice, const Headers &headers = {})
    {
        return call("GET", api(path), token, {}, {}, headers);
    }
    Answer postJson(const QString &path, const QJsonObject &body, const QByteArray &token = kAlice,
                    const Headers &headers = {})
    {
        return call("POST", api(path), token, json(body), "application/json", headers);
    }
    Answer postForm(const QString &path, const Headers &fields, const QByteArray &token = kAlice,
                    const Headers &headers = {})
    {
        QByteArray type;
        const QByteArray body = multipart(fields, &type);
        return call("POST", api(path), token, body, type, headers);
    }
    Answer aiVideo(const QByteArray &token = kAlice, const Headers &headers = {})
    {
        return postForm(QStringLiteral("/api/v1/video-jobs"),
                        {{"prompt", "A linen shirt in the wind"},
                         {"resolution", "720p"},
                         {"aspectRatio", "16:9"},
                         {"durationSeconds", "8"}},
                        token, headers);
    }
    QJsonObject asyncBody(const QString &userId = QStringLiteral("alice"))
    {
        return {{QStringLiteral("user_id"), userId},
                {QStringLiteral("prompt"), QStringLiteral("A cat playing piano")},
                {QStringLiteral("duration"), QStringLiteral("medium")},
                {QStringLiteral("resolution"), QStringLiteral("hd_720p")},
                {QStringLiteral("aspect_ratio"), QStringLiteral("16:9")}};
    }
    QJsonObject t2mBody(const QString &quality = QStringLiteral("medium"))
    {
        return {{QStringLiteral("configuration"),
                 QJsonObject{{QStringLiteral("topic"), QStringLiteral("Pythagoras")},
                             {QStringLiteral("context"), QStringLiteral("Proof")},
                             {QStringLiteral("quality"), quality}}},
                {QStringLiteral("priority"), QStringLiteral("normal")}};
    }
    // A real MP4 starts with an ftyp box.
    static bool isMp4(const QByteArray &data) { return data.size() > 1000 && data.mid(4, 4) == "ftyp"; }
    static bool isJpeg(const QByteArray &data) { return data.startsWith("\xFF\xD8\xFF"); }

private Q_SLOTS:
    void init();
    void cleanup();
    void aistudioLooksAndVideos();
    void aistudioRefusalsAndPagination();
    void asyncVideosJobsAndLibrary();
    void storyboardLifecycle();
    void t2mJobsAndPresignedResults();
    void t2mRateLimit();
    void idempotentReplay();
    void faults();
    void failuresRefund_data();
    void failuresRefund();
    void clockAtSpeed();
    void requestLogAndControls();
};

void tst_Emulator::init()
{
    m_emu = std::make_unique<ProviderEmulator>();
    QVERIFY(m_emu->listen());
    QCOMPARE(m_emu->baseUrl().host(), QStringLiteral("127.0.0.1"));
    QVERIFY(m_emu->baseUrl().port() > 0);
    QVERIFY(m_emu->cdnUrl().port() != m_emu->baseUrl().port());
    m_nam = std::make_unique<QNetworkAccessManager>();
}

void tst_Emulator::cleanup()
{
    m_nam.reset();
    m_emu.reset();
}

void tst_Emulator::aistudioLooksAndVideos()
{
    const QString look = m_emu->addLook(QStringLiteral("alice"), QStringLiteral("Stone Essence"), 3);
    Answer answer = get(QStringLiteral("/api/v1/looks/") + look);
    QCOMPARE(answer.status, 200);
    J object = answer.j();
    for (const char *key : {"id", "title", "generatedImageUrl", "products", "visibility", "sharedWith",
                            "videos", "createdAt", "updatedAt"})
        QVERIFY2(object.has(key), key);
    QCOMPARE(object["visibility"].text(), QStringLiteral("private"));
    const J products = object["products"];
    QCOMPARE(products.size(), 3);
    for (const char *key : {"id", "name", "brand", "category", "imageUrl", "price", "currency", "url"})
        QVERIFY2(products[0].has(key), key);
    const QUrl image(object["generatedImageUrl"].text());
    QCOMPARE(image.port(), m_emu->cdnUrl().port());
    answer = call("GET", image);  // public: no token
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.header("Content-Type"), QByteArray("image/jpeg"));
    QVERIFY(isJpeg(answer.body));

    answer =
        postJson(QStringLiteral("/api/v1/looks"), {{QStringLiteral("title"), QStringLiteral("Linen")},
                                                   {QStringLiteral("visibility"), QStringLiteral("public")}});
    QCOMPARE(answer.status, 201);
    answer = get(QStringLiteral("/api/v1/looks?skip=0&limit=1"));
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.j()["total"].integer(), 2);
    QCOMPARE(answer.j()["items"].size(), 1);

    // Create a video for the look: 202, PENDING, 50 tokens.
    answer =
        postForm(QStringLiteral("/api/v1/looks/%1/videos").arg(look), {{"prompt", "Stone Essence on a cliff"},
                                                                       {"resolution", "1080p"},
                                                                       {"aspectRatio", "9:16"},
                                                                       {"durationSeconds", "4"},
                                                                       {"generateAudio", "true"}});
    QCOMPARE(answer.status, 202);
    object = answer.j();
    const QString video = object["id"].text();
    QCOMPARE(object["status"].text(), QStringLiteral("PENDING"));
    QVERIFY(object["cloudinaryUrl"].isNull());
    QCOMPARE(object["isDefault"].flag(), false);
    QCOMPARE(object["progressPercentage"].integer(), 0);
    QVERIFY(object.has("createdAt"));
    QCOMPARE(m_emu->balance(Dialect::AiStudio, QStringLiteral("alice")), 950.0);
    QCOMPARE(m_emu->jobsCreated(Dialect::AiStudio), 1);
    QCOMPARE(get(QStringLiteral("/api/v1/looks/%1/videos").arg(look)).j().size(), 1);

    m_emu->advance(30s);
    object = get(QStringLiteral("/api/v1/video-jobs/") + video).j();
    QCOMPARE(object["status"].text(), QStringLiteral("RUNNING"));
    QCOMPARE(object["progress_percentage"].integer(), 50);
    QCOMPARE(object["resolution"].text(), QStringLiteral("1080x1920"));
    QCOMPARE(object["look_id"].text(), look);
    answer = get(QStringLiteral("/api/v1/video-jobs/%1/download").arg(video));
    QCOMPARE(answer.status, 409);
    QCOMPARE(answer.detail(), QStringLiteral("Video not ready"));

    m_emu->advance(30s);
    QCOMPARE(m_emu->jobStatus(Dialect::AiStudio, video), QStringLiteral("SUCCEEDED"));
    object = get(QStringLiteral("/api/v1/video-jobs/") + video).j();
    QCOMPARE(object["progress_percentage"].integer(), 100);
    const QUrl cdnVideo(object["cloudinary_url"].text());
    QCOMPARE(cdnVideo.port(), m_emu->cdnUrl().port());
    const Answer file = call("GET", cdnVideo);
    QCOMPARE(file.status, 200);
    QCOMPARE(file.header("Content-Type"), QByteArray("video/mp4"));
    QVERIFY(isMp4(file.body));
    QCOMPARE(file.header("Content-Length").toLongLong(), file.body.size());
    const Answer part = call("GET", cdnVideo, {}, {}, {}, {{"Range", "bytes=100-"}});
    QCOMPARE(part.status, 206);
    QCOMPARE(part.header("Content-Range"), "bytes 100-" + QByteArray::number(file.body.size() - 1) + '/' +
                                               QByteArray::number(file.body.size()));
    QCOMPARE(part.body, file.body.mid(100));
    answer = get(QStringLiteral("/api/v1/video-jobs/%1/download").arg(video));
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.body, file.body);
    answer =
        get(QStringLiteral("/api/v1/video-jobs/%1/download").arg(video), kAlice, {{"Range", "bytes=0-99"}});
    QCOMPARE(answer.status, 206);
    QCOMPARE(answer.body.size(), 100);

    // Default video: the seed-001 route; the seed-000 routes do not exist.
    answer =
        call("PATCH", api(QStringLiteral("/api/v1/video-jobs/%1/set-default-for-look/%2").arg(video, look)),
             kAlice);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.j()["isDefault"].flag(), true);
    QCOMPARE(answer.j()["videoId"].text(), video);
    QVERIFY(get(QStringLiteral("/api/v1/looks/") + look).j()["videos"][0]["isDefault"].flag());
    const QString standalone = aiVideo().j()["id"].text();
    answer = call("PATCH",
                  api(QStringLiteral("/api/v1/video-jobs/%1/set-default-for-look/%2").arg(standalone, look)),
                  kAlice);
    QCOMPARE(answer.status, 400);
    QCOMPARE(
        call("PATCH", api(QStringLiteral("/api/v1/looks/%1/videos/%2/set-default").arg(look, video)), kAlice)
            .status,
        404);
    QCOMPARE(
        call("DELETE", api(QStringLiteral("/api/v1/looks/%1/videos/%2").arg(look, video)), kAlice).status,
        404);
    answer = call("POST", api(QStringLiteral("/api/v1/migrate/look-videos")), kAlice);
    QCOMPARE(answer.j()["status"].text(), QStringLiteral("already_migrated"));

    // Delete (also how a job is cancelled): 204, then 404 everywhere.
    QCOMPARE(call("DELETE", api(QStringLiteral("/api/v1/video-jobs/") + video), kAlice).status, 204);
    QCOMPARE(get(QStringLiteral("/api/v1/video-jobs/") + video).status, 404);
    QCOMPARE(call("GET", cdnVideo).status, 404);
    QCOMPARE(get(QStringLiteral("/api/v1/looks/%1/videos").arg(look)).j().size(), 0);
}

void tst_Emulator::aistudioRefusalsAndPagination()
{
    const QString look = m_emu->addLook(QStringLiteral("alice"), QStringLiteral("Private look"));
    Answer answer = get(QStringLiteral("/api/v1/video-jobs"), {});
    QCOMPARE(answer.status, 401);
    QCOMPARE(answer.detail(), QStringLiteral("Not authenticated"));
    QCOMPARE(get(QStringLiteral("/api/v1/video-jobs"), "not-a-token").status, 401);
    QCOMPARE(get(QStringLiteral("/api/v1/looks/") + look, kBob).status, 403);
    answer = postForm(QStringLiteral("/api/v1/looks/%1/videos").arg(look), {{"prompt", "x"}}, kBob);
    QCOMPARE(answer.status, 403);
    answer = get(QStringLiteral("/api/v1/looks/no-such-look"));
    QCOMPARE(answer.status, 404);
    QCOMPARE(answer.detail(), QStringLiteral("Look not found"));
    answer = postForm(QStringLiteral("/api/v1/video-jobs"), {{"resolution", "4k"}});
    QCOMPARE(answer.status, 422);
    QVERIFY(answer.j()["detail"].value().isArray());
    answer =
        postJson(QStringLiteral("/api/v1/video-jobs"), {{QStringLiteral("prompt"), QStringLiteral("json")}});
    QCOMPARE(answer.status, 422);  // the dialect wants multipart/form-data

    // 3 concurrent jobs, then 429 with Retry-After (and no rate-limit headers: a concurrency limit).
    QStringList jobs;
    for (int i = 0; i < 3; ++i) {
        answer = aiVideo();
        QCOMPARE(answer.status, 202);
        jobs.append(answer.j()["id"].text());
    }
    answer = aiVideo();
    QCOMPARE(answer.status, 429);
    QVERIFY(answer.detail().startsWith(QLatin1String("Maximum 3 concurrent")));
    QVERIFY(answer.header("Retry-After").toInt() >= 1);
    QVERIFY(!answer.has("X-RateLimit-Remaining"));
    QCOMPARE(get(QStringLiteral("/api/v1/video-jobs/") + jobs.first(), kBob).status, 403);
    QCOMPARE(call("DELETE", api(QStringLiteral("/api/v1/video-jobs/") + jobs.first()), kBob).status, 403);

    // 402 with the balance and the price.
    m_emu->setBalance(QStringLiteral("bob"), 10);
    answer = aiVideo(kBob);
    QCOMPARE(answer.status, 402);
    QCOMPARE(answer.detail(), QStringLiteral("Insufficient tokens"));
    QCOMPARE(answer.j()["balance"].number(), 10.0);
    QCOMPARE(answer.j()["required"].number(), 50.0);

    // Pagination: newest first, skip/limit, limit at most 100.
    m_emu->setConcurrencyLimit(Dialect::AiStudio, 0);
    for (int i = 0; i < 5; ++i)
        jobs.append(aiVideo().j()["id"].text());
    answer = get(QStringLiteral("/api/v1/video-jobs?skip=2&limit=3"));
    QCOMPARE(answer.status, 200);
    const J page = answer.j();
    QCOMPARE(page["total"].integer(), 8);
    QCOMPARE(page["skip"].integer(), 2);
    QCOMPARE(page["limit"].integer(), 3);
    const J items = page["items"];
    QCOMPARE(items.size(), 3);
    QCOMPARE(items[0]["id"].text(), jobs.at(5));
    for (const char *key : {"id", "status", "prompt", "model", "resolution", "aspectRatio", "durationSeconds",
                            "cloudinary_url", "progress_percentage", "mockMode", "created_at", "updated_at"})
        QVERIFY2(items[0].has(key), key);
    QCOMPARE(get(QStringLiteral("/api/v1/video-jobs")).j()["limit"].integer(), 20);
    QCOMPARE(get(QStringLiteral("/api/v1/video-jobs?limit=101")).status, 422);
    QCOMPARE(get(QStringLiteral("/api/v1/video-jobs"), kBob).j()["total"].integer(), 0);
}

void tst_Emulator::asyncVideosJobsAndLibrary()
{
    Answer answer = get(QStringLiteral("/users/me"));
    QCOMPARE(answer.j()["user_id"].text(), QStringLiteral("alice"));
    QCOMPARE(answer.j()["dust_balance"].number(), 1000.0);
    QCOMPARE(postJson(QStringLiteral("/videos/generate"), asyncBody(QStringLiteral("bob"))).status, 403);
    QCOMPARE(
        postJson(QStringLiteral("/videos/generate"), {{QStringLiteral("user_id"), QStringLiteral("alice")}})
            .status,
        422);

    answer = postJson(QStringLiteral("/videos/generate"), asyncBody());
    QCOMPARE(answer.status, 202);
    J object = answer.j();
    const QString job = object["job_id"].text();
    QCOMPARE(object["success"].flag(), true);
    QCOMPARE(object["status"].text(), QStringLiteral("queued"));
    QCOMPARE(object["estimated_completion_seconds"].integer(), 120);
    QVERIFY(object.has("message"));
    QCOMPARE(m_emu->balance(Dialect::AsyncVideos, QStringLiteral("alice")), 990.0);

    const QString status = QStringLiteral("/videos/jobs/%1/status").arg(job);
    QCOMPARE(get(status).j()["status"].text(), QStringLiteral("queued"));
    m_emu->advance(18s);
    QCOMPARE(get(status).j()["status"].text(), QStringLiteral("starting"));
    m_emu->advance(42s);
    object = get(status).j();
    QCOMPARE(object["status"].text(), QStringLiteral("processing"));
    QCOMPARE(object["progress"].number(), 0.5);
    QCOMPARE(object["generation_info"]["estimated_remaining_seconds"].integer(), 60);
    QCOMPARE(get(status, kBob).status, 403);
    object = get(QStringLiteral("/videos/jobs/active")).j();
    QCOMPARE(object["count"].integer(), 1);
    QCOMPARE(object["active_jobs"][0]["job_id"].text(), job);
    object = get(QStringLiteral("/videos/jobs/%1/result").arg(job)).j();
    QCOMPARE(object["message"].text(), QStringLiteral("Video generation still in progress"));

    m_emu->advance(60s);
    object = get(QStringLiteral("/videos/jobs/%1/result").arg(job)).j();
    QCOMPARE(object["success"].flag(), true);
    const J video = object["video"];
    QCOMPARE(video["generation_type"].text(), QStringLiteral("text_to_video"));
    QCOMPARE(video["duration_seconds"].integer(), 10);
    QVERIFY(isMp4(call("GET", QUrl(video["url"].text())).body));
    const Answer thumbnail = call("GET", QUrl(video["thumbnail_url"].text()));
    QCOMPARE(thumbnail.header("Content-Type"), QByteArray("image/jpeg"));
    QVERIFY(isJpeg(thumbnail.body));
    answer = call("DELETE", api(QStringLiteral("/videos/jobs/") + job), kAlice);
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.detail(), QStringLiteral("Job already finished"));

    // The library: list with pagination, favourite, get, stats.
    const QString videoId = video["id"].text();
    object = get(QStringLiteral("/videos?limit=20&offset=0&favorites_only=false&generation_type=all")).j();
    QCOMPARE(object["pagination"]["total"].integer(), 1);
    QCOMPARE(object["pagination"]["has_more"].flag(), false);
    answer = call("PUT", api(QStringLiteral("/videos/") + videoId), kAlice,
                  json({{QStringLiteral("is_favorited"), true}}), "application/json");
    QCOMPARE(answer.j()["video"]["is_favorited"].flag(), true);
    QCOMPARE(get(QStringLiteral("/videos?favorites_only=true")).j()["videos"].size(), 1);
    QCOMPARE(get(QStringLiteral("/videos/") + videoId, kBob).status, 403);
    object = get(QStringLiteral("/videos/stats")).j();
    QCOMPARE(object["jobs_processed"].integer(), 1);
    QVERIFY(object.has("average_processing_time_seconds"));

    // Image to video (8 DUST), cancelled while queued: no refund.
    QJsonObject animate = asyncBody();
    animate.insert(QStringLiteral("image_url"), QStringLiteral("data:image/png;base64,iVBORw0KGgo="));
    answer = postJson(QStringLiteral("/videos/animate"), animate);
    QCOMPARE(answer.status, 202);
    QCOMPARE(m_emu->balance(Dialect::AsyncVideos, QStringLiteral("alice")), 982.0);
    const QString second = answer.j()["job_id"].text();
    answer = call("DELETE", api(QStringLiteral("/videos/jobs/") + second), kAlice);
    QCOMPARE(answer.j()["status"].text(), QStringLiteral("cancelled"));
    QCOMPARE(m_emu->jobStatus(Dialect::AsyncVideos, second), QStringLiteral("cancelled"));
    animate.insert(QStringLiteral("image_url"), QStringLiteral("ftp://example.com/a.jpg"));
    QCOMPARE(postJson(QStringLiteral("/videos/animate"), animate).status, 422);

    // Jobs are kept 24 h after they finish; the video stays.
    m_emu->advance(24h);
    QCOMPARE(get(status).status, 404);
    QCOMPARE(get(QStringLiteral("/videos/") + videoId).status, 200);
    QCOMPARE(
        call("DELETE", api(QStringLiteral("/videos/") + videoId), kAlice).j()["deleted_from_storage"].flag(),
        true);
    QCOMPARE(get(QStringLiteral("/videos/") + videoId).status, 404);
}

void tst_Emulator::storyboardLifecycle()
{
    const QJsonObject request{{QStringLiteral("prompt"), QStringLiteral("A hero discovers a treasure")},
                              {QStringLiteral("duration"), 30},
                              {QStringLiteral("style"), QStringLiteral("cinematic")},
                              {QStringLiteral("aspect_ratio"), QStringLiteral("16:9")}};
    Answer answer = postJson(QStringLiteral("/api/v2/generate"), request);
    QCOMPARE(answer.status, 200);
    J object = answer.j();
    QVERIFY(object["job_id"].value().isDouble());  // an integer id
    const int id = object["job_id"].integer();
    QCOMPARE(object["status"].text(), QStringLiteral("pending"));
    QCOMPARE(object["estimated_cost"].number(), 0.12);  // 6 scenes x $0.02
    QCOMPARE(m_emu->balance(Dialect::Storyboard, QStringLiteral("alice")), 999.88);
    QCOMPARE(get(QStringLiteral("/api/v2/account")).j()["balance_usd"].number(), 999.88);

    const QString path = QStringLiteral("/api/v2/jobs/%1").arg(id);
    QCOMPARE(get(path, {}).status, 200);  // public
    m_emu->advance(15s);
    object = get(path, {}).j();
    QCOMPARE(object["status"].text(), QStringLiteral("generating"));
    QCOMPARE(object["progress"].number(), 0.5);
    QCOMPARE(call("POST", api(path + QStringLiteral("/render")), kAlice).status, 400);
    m_emu->advance(15s);
    object = get(path, {}).j();
    QCOMPARE(object["status"].text(), QStringLiteral("storyboard_ready"));
    const J storyboard = object["storyboard"];
    QCOMPARE(storyboard.size(), 6);
    const J first = storyboard[0];
    QCOMPARE(first["scene"]["scene_number"].integer(), 1);
    QCOMPARE(first["generation_status"].text(), QStringLiteral("completed"));
    QVERIFY(isJpeg(call("GET", QUrl(first["image_url"].text())).body));

    // Edits: refine (+$0.02, resets approval), reorder, approve, render.
    QCOMPARE(call("POST", api(path + QStringLiteral("/refine?scene_number=2")), kAlice).status, 400);
    answer =
        call("POST", api(path + QStringLiteral("/refine?scene_number=2&new_image_prompt=Dramatic%20temple")),
             kAlice);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.j()["status"].text(), QStringLiteral("success"));
    QCOMPARE(m_emu->balance(Dialect::Storyboard, QStringLiteral("alice")), 999.86);
    QCOMPARE(
        call("POST", api(path + QStringLiteral("/refine?scene_number=2&new_description=x")), kBob).status,
        403);
    QCOMPARE(call("POST", api(path + QStringLiteral("/reorder?scene_order=1&scene_order=1")), kAlice).status,
             400);
    answer =
        call("POST",
             api(path + QStringLiteral("/reorder?scene_order=1&scene_order=3&scene_order=2&scene_order=4&"
                                       "scene_order=5&scene_order=6")),
             kAlice);
    QCOMPARE(answer.status, 200);
    object = get(path, {}).j();
    QCOMPARE(object["storyboard"][2]["scene"]["image_prompt"].text(), QStringLiteral("Dramatic temple"));
    QCOMPARE(call("POST", api(path + QStringLiteral("/render")), kAlice).status, 400);  // not approved
    QCOMPARE(call("POST", api(path + QStringLiteral("/approve")), kAlice).j()["approved"].flag(), true);
    answer = call("POST", api(path + QStringLiteral("/render")), kAlice);
    QCOMPARE(answer.j()["status"].text(), QStringLiteral("rendering"));
    QCOMPARE(get(path + QStringLiteral("/video"), {}).status, 400);
    m_emu->advance(30s);
    object = get(path, {}).j();
    QCOMPARE(object["status"].text(), QStringLiteral("completed"));
    QCOMPARE(QUrl(object["video_url"].text()).path(), path + QStringLiteral("/video"));
    answer = get(path + QStringLiteral("/video"), {});
    QCOMPARE(answer.status, 200);
    QVERIFY(isMp4(answer.body));
    answer = get(path + QStringLiteral("/export?format=webm&quality=low"));
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.header("Content-Type"), QByteArray("video/webm"));
    QVERIFY(answer.body.startsWith("\x1A\x45\xDF\xA3"));  // EBML
    QCOMPARE(get(path + QStringLiteral("/export?format=webm&quality=low"), kBob).status, 403);
    QCOMPARE(get(path + QStringLiteral("/export?format=avi")).status, 422);
    object = get(path + QStringLiteral("/metadata"), {}).j();
    QCOMPARE(object["metrics"]["download_count"].integer(), 2);
    QCOMPARE(object["metrics"]["refinement_count"].integer(), 1);
    QCOMPARE(object["costs"]["currency"].text(), QStringLiteral("USD"));
    QCOMPARE(object["scenes"]["total"].integer(), 6);

    // At most five refinements per job: a hard limit.
    for (int i = 0; i < 4; ++i)
        QCOMPARE(call("POST", api(path + QStringLiteral("/refine?scene_number=1&new_description=d%1").arg(i)),
                      kAlice)
                     .status,
                 200);
    answer = call("POST", api(path + QStringLiteral("/refine?scene_number=1&new_description=again")), kAlice);
    QCOMPARE(answer.status, 429);
    QCOMPARE(answer.detail(), QStringLiteral("Maximum refinement limit (5) reached for this job"));
    QVERIFY(!answer.has("Retry-After"));

    QCOMPARE(get(QStringLiteral("/api/v2/jobs/999"), {}).status, 404);
    QCOMPARE(get(QStringLiteral("/api/v2/jobs/abc"), {}).status, 422);
    const int second = postJson(QStringLiteral("/api/v2/generate"), request).j()["job_id"].integer();
    QCOMPARE(second, id + 1);
    answer = call("DELETE", api(QStringLiteral("/api/v2/jobs/%1").arg(second)), kAlice);
    QCOMPARE(answer.j()["status"].text(), QStringLiteral("cancelled"));
}

void tst_Emulator::t2mJobsAndPresignedResults()
{
    Answer answer = get(QStringLiteral("/health"), {});
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.j()["status"].text(), QStringLiteral("healthy"));
    QVERIFY(answer.has("X-RateLimit-Limit") && answer.has("X-RateLimit-Remaining") &&
            answer.has("X-RateLimit-Reset"));
    QCOMPARE(get(QStringLiteral("/api/v1/health"), {}).status, 200);
    answer = get(QStringLiteral("/api/v1/users/me"));
    QCOMPARE(answer.j()["user_id"].text(), QStringLiteral("alice"));
    QCOMPARE(answer.j()["credits"].number(), 1000.0);

    QJsonObject missing = t2mBody();
    missing.insert(QStringLiteral("configuration"),
                   QJsonObject{{QStringLiteral("context"), QStringLiteral("c")}});
    answer = postJson(QStringLiteral("/api/v1/videos/generate"), missing);
    QCOMPARE(answer.status, 422);
    QCOMPARE(answer.j()["detail"][0]["loc"][2].text(), QStringLiteral("topic"));

    answer = postJson(QStringLiteral("/api/v1/videos/generate"), t2mBody(QStringLiteral("high")));
    QCOMPARE(answer.status, 201);
    QVERIFY(answer.has("X-RateLimit-Remaining"));
    J object = answer.j();
    const QString job = object["job_id"].text();
    QCOMPARE(object["status"].text(), QStringLiteral("queued"));
    QCOMPARE(object["progress"]["current_stage"].text(), QStringLiteral("initializing"));
    QVERIFY(object.has("estimated_completion_time"));
    QCOMPARE(m_emu->balance(Dialect::T2m, QStringLiteral("alice")), 997.0);

    const QString base = QStringLiteral("/api/v1/videos/jobs/") + job;
    m_emu->advance(45s);
    object = get(base + QStringLiteral("/status")).j();
    QCOMPARE(object["status"].text(), QStringLiteral("processing"));
    QCOMPARE(object["progress"]["percentage"].number(), 50.0);
    QCOMPARE(object["progress"]["current_stage"].text(), QStringLiteral("generating_audio"));
    QCOMPARE(get(base + QStringLiteral("/status"), kBob).status, 403);
    QCOMPARE(get(QStringLiteral("/api/v1/videos/jobs/nope/status")).status, 404);
    answer = get(base + QStringLiteral("/video-url"));
    QCOMPARE(answer.status, 409);
    QVERIFY(answer.detail().startsWith(QLatin1String("Job is not completed yet")));
    QCOMPARE(answer.j()["current_stage"].text(), QStringLiteral("generating_audio"));

    m_emu->advance(45s);
    answer = get(base + QStringLiteral("/video-url"));
    QCOMPARE(answer.status, 200);
    object = answer.j();
    const QUrl video(object["video_url"].text());
    QCOMPARE(video.port(), m_emu->cdnUrl().port());
    QVERIFY(QUrlQuery(video).hasQueryItem(QStringLiteral("X-Amz-Signature")));
    QCOMPARE(object["thumbnail_url"].text(), base + QStringLiteral("/thumbnail"));
    const Answer file = call("GET", video);
    QCOMPARE(file.status, 200);
    QVERIFY(isMp4(file.body));
    QCOMPARE(qint64(object["metadata"]["file_size"].number()), qint64(file.body.size()));
    QCOMPARE(call("GET", video, kAlice).status, 400);  // a token on a presigned URL: refused, as S3 does
    QUrl tampered = video;
    QUrlQuery query(tampered);
    query.removeQueryItem(QStringLiteral("X-Amz-Expires"));
    query.addQueryItem(QStringLiteral("X-Amz-Expires"), QStringLiteral("999999"));
    tampered.setQuery(query);
    QCOMPARE(call("GET", tampered).status, 403);
    QCOMPARE(call("GET", QUrl(object["download_url"].text())).header("Content-Disposition"),
             QByteArray("attachment"));
    answer = get(base + QStringLiteral("/stream"), kAlice, {{"Range", "bytes=1000-"}});
    QCOMPARE(answer.status, 206);
    QCOMPARE(answer.body, file.body.mid(1000));
    QVERIFY(isJpeg(get(base + QStringLiteral("/thumbnail")).body));
    QCOMPARE(get(base + QStringLiteral("/metadata")).j()["metadata"]["title"].text(),
             QStringLiteral("Pythagoras"));
    m_emu->advance(2h);  // presigned URLs expire (an hour); a fresh video-url works again
    QCOMPARE(call("GET", video).status, 403);
    QCOMPARE(call("GET", QUrl(get(base + QStringLiteral("/video-url")).j()["video_url"].text())).status, 200);

    // At most 3 active jobs: 429 for concurrency, not for the request rate.
    QStringList active;
    for (int i = 0; i < 3; ++i)
        active.append(postJson(QStringLiteral("/api/v1/videos/generate"), t2mBody()).j()["job_id"].text());
    answer = postJson(QStringLiteral("/api/v1/videos/generate"), t2mBody());
    QCOMPARE(answer.status, 429);
    QVERIFY(answer.header("Retry-After").toInt() >= 1);
    QVERIFY(answer.header("X-RateLimit-Remaining") != "0");
    answer = call("DELETE", api(QStringLiteral("/api/v1/videos/jobs/") + active.first()), kAlice);
    QCOMPARE(answer.j()["status"].text(), QStringLiteral("cancelled"));
    QCOMPARE(call("DELETE", api(QStringLiteral("/api/v1/videos/jobs/") + active.first()), kAlice).status,
             400);
    QCOMPARE(postJson(QStringLiteral("/api/v1/videos/generate"), t2mBody()).status, 201);
}

void tst_Emulator::t2mRateLimit()
{
    m_emu->setRateLimit(3, 2s);
    for (int remaining = 2; remaining >= 0; --remaining) {
        const Answer answer = get(QStringLiteral("/api/v1/users/me"));
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.header("X-RateLimit-Limit"), QByteArray("3"));
        QCOMPARE(answer.header("X-RateLimit-Remaining").toInt(), remaining);
    }
    const Answer limited = get(QStringLiteral("/api/v1/users/me"));
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.header("X-RateLimit-Remaining"), QByteArray("0"));
    QVERIFY(limited.header("Retry-After").toInt() >= 1);
    const qint64 reset = limited.header("X-RateLimit-Reset").toLongLong();
    QVERIFY(reset * 1000 > QDateTime::currentMSecsSinceEpoch());
    QCOMPARE(get(QStringLiteral("/api/v1/users/me"), kBob).status, 200);  // per user
    // Real time, not the virtual clock: the window opens again at the announced second.
    m_emu->advance(10min);
    QCOMPARE(get(QStringLiteral("/api/v1/users/me")).status, 429);
    QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentSecsSinceEpoch() >= reset, 5000);
    QCOMPARE(get(QStringLiteral("/api/v1/users/me")).status, 200);
}

void tst_Emulator::idempotentReplay()
{
    const Headers key{{"Idempotency-Key", "6f1c1f9e-2b1f-4a53-9d1e-000000000001"}};
    const Answer first = postJson(QStringLiteral("/api/v1/videos/generate"), t2mBody(), kAlice, key);
    QCOMPARE(first.status, 201);
    const Answer again = postJson(QStringLiteral("/api/v1/videos/generate"), t2mBody(), kAlice, key);
    QCOMPARE(again.status, 201);
    QCOMPARE(again.body, first.body);
    QCOMPARE(again.header("Idempotent-Replayed"), QByteArray("true"));
    QVERIFY(again.has("X-RateLimit-Remaining"));
    QCOMPARE(m_emu->jobsCreated(Dialect::T2m), 1);
    QCOMPARE(m_emu->balance(Dialect::T2m, QStringLiteral("alice")), 998.0);
    // Keys are per user; a key reused on another route is refused.
    const Answer bob = postJson(QStringLiteral("/api/v1/videos/generate"), t2mBody(), kBob, key);
    QCOMPARE(bob.status, 201);
    QVERIFY(bob.j()["job_id"].text() != first.j()["job_id"].text());
    QCOMPARE(m_emu->jobsCreated(Dialect::T2m), 2);
    QCOMPARE(postJson(QStringLiteral("/videos/generate"), asyncBody(), kAlice, key).status, 422);

    // Refusals are not kept: after a top-up the same key creates the job, once.
    const Headers topUp{{"Idempotency-Key", "6f1c1f9e-2b1f-4a53-9d1e-000000000002"}};
    m_emu->setBalance(QStringLiteral("alice"), 0);
    QCOMPARE(aiVideo(kAlice, topUp).status, 402);
    m_emu->setBalance(QStringLiteral("alice"), 1000);
    const Answer created = aiVideo(kAlice, topUp);
    QCOMPARE(created.status, 202);
    QCOMPARE(aiVideo(kAlice, topUp).body, created.body);
    QCOMPARE(m_emu->jobsCreated(Dialect::AiStudio), 1);

    const Headers storyKey{{"Idempotency-Key", "6f1c1f9e-2b1f-4a53-9d1e-000000000003"}};
    const QJsonObject story{{QStringLiteral("prompt"), QStringLiteral("p")},
                            {QStringLiteral("duration"), 10}};
    const int id =
        postJson(QStringLiteral("/api/v2/generate"), story, kAlice, storyKey).j()["job_id"].integer();
    QCOMPARE(postJson(QStringLiteral("/api/v2/generate"), story, kAlice, storyKey).j()["job_id"].integer(),
             id);
    QCOMPARE(m_emu->jobsCreated(Dialect::Storyboard), 1);
}

void tst_Emulator::faults()
{
    using Fault = ProviderEmulator::Fault;
    using Spec = ProviderEmulator::FaultSpec;
    // Status, once, with Retry-After; the method filter leaves other methods alone.
    m_emu->injectFault(Spec{"GET", QStringLiteral("/videos/stats"), Fault::Status, 503, 1, 0, 3, false});
    m_emu->injectFault(Spec{"POST", QStringLiteral("/videos/stats"), Fault::Status, 500, 1, 0, {}, false});
    Answer answer = get(QStringLiteral("/videos/stats"));
    QCOMPARE(answer.status, 503);
    QCOMPARE(answer.header("Retry-After"), QByteArray("3"));
    QCOMPARE(get(QStringLiteral("/videos/stats")).status, 200);
    m_emu->clearFaults();

    // Drop before the handler: the connection closes with no status line; nothing is created.
    // QNAM 6.4 itself resends a request (even a POST) up to three times when the connection closes
    // before any byte of the answer, so five drops reach the caller whatever the timing.
    m_emu->injectFault(Spec{{}, QStringLiteral("/videos/generate"), Fault::Drop, 500, 5});
    m_emu->clearRequests();
    answer =
        postJson(QStringLiteral("/videos/generate"), asyncBody(), kAlice, {{"Idempotency-Key", "k-drop"}});
    QCOMPARE(answer.status, 0);
    QCOMPARE(answer.error, QNetworkReply::RemoteHostClosedError);
    QVERIFY(!m_emu->requests().isEmpty() && m_emu->requests().size() <= 4);
    QCOMPARE(m_emu->requests().constFirst().status, 0);
    QCOMPARE(m_emu->jobsCreated(Dialect::AsyncVideos), 0);
    m_emu->clearFaults();
    // Drop after the handler: the job exists, the answer was lost; a resend (QNAM's or the caller's)
    // carries the same Idempotency-Key and gets the first answer replayed: still one job.
    m_emu->injectFault(Spec{{}, QStringLiteral("/videos/generate"), Fault::Drop, 500, 1, 0, {}, true});
    const Headers lost{{"Idempotency-Key", "k-lost"}};
    answer = postJson(QStringLiteral("/videos/generate"), asyncBody(), kAlice, lost);
    if (answer.error != QNetworkReply::NoError)
        answer = postJson(QStringLiteral("/videos/generate"), asyncBody(), kAlice, lost);
    QCOMPARE(answer.status, 202);
    QCOMPARE(answer.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(m_emu->jobsCreated(Dialect::AsyncVideos), 1);
    const QString job = answer.j()["job_id"].text();

    // Garbage: a complete 200 that is not JSON; after the handler, half of the real JSON.
    m_emu->injectFault(Spec{{}, QStringLiteral("/videos/stats"), Fault::Garbage});
    answer = get(QStringLiteral("/videos/stats"));
    QCOMPARE(answer.status, 200);
    QJsonParseError parse;
    QJsonDocument::fromJson(answer.body, &parse);
    QVERIFY(parse.error != QJsonParseError::NoError);
    m_emu->injectFault(Spec{{}, QStringLiteral("/users/me"), Fault::Garbage, 500, 1, 0, {}, true});
    answer = get(QStringLiteral("/users/me"));
    const QByteArray real = get(QStringLiteral("/users/me")).body;
    QCOMPARE(answer.body, real.left(real.size() / 2));

    // Truncated on the CDN: Content-Length promises the file, half arrives; a Range request resumes.
    m_emu->advance(120s);
    const QUrl url(get(QStringLiteral("/videos/jobs/%1/result").arg(job)).j()["video"]["url"].text());
    const QByteArray full = call("GET", url).body;
    QVERIFY(isMp4(full));
    m_emu->injectFault(Spec{{}, url.path(), Fault::Truncated});
    answer = call("GET", url);
    QCOMPARE(answer.error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(answer.header("Content-Length").toLongLong(), qint64(full.size()));
    QVERIFY(answer.body.size() < full.size());
    QCOMPARE(answer.body, full.left(answer.body.size()));
    const Answer rest =
        call("GET", url, {}, {}, {}, {{"Range", "bytes=" + QByteArray::number(answer.body.size()) + '-'}});
    QCOMPARE(rest.status, 206);
    QCOMPARE(answer.body + rest.body, full);

    // Delay: the normal answer, late.
    m_emu->injectFault(Spec{{}, QStringLiteral("/videos/stats"), Fault::Delay, 500, 1, 600});
    answer = get(QStringLiteral("/videos/stats"));
    QCOMPARE(answer.status, 200);
    QVERIFY2(answer.elapsedMs >= 550, QByteArray::number(answer.elapsedMs));

    // RedirectToCdn: 302 to the other origin, which serves the real answer without any token.
    m_emu->injectFault(Spec{{}, QStringLiteral("/videos/jobs/active"), Fault::RedirectToCdn});
    answer = get(QStringLiteral("/videos/jobs/active"));
    QCOMPARE(answer.status, 302);
    const QUrl location(QString::fromLatin1(answer.header("Location")));
    QCOMPARE(location.port(), m_emu->cdnUrl().port());
    answer = call("GET", location);
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.j().has("active_jobs"));
    const ProviderEmulator::RequestRecord last = m_emu->requests().constLast();
    QVERIFY(last.cdn);
    QVERIFY(!last.hadAuthorization);

    // aistudio downloads answered by a redirect to the CDN's file.
    m_emu->setRedirectDownloadsToCdn(true);
    const QString video = aiVideo().j()["id"].text();
    m_emu->advance(60s);
    answer = get(QStringLiteral("/api/v1/video-jobs/%1/download").arg(video));
    QCOMPARE(answer.status, 302);
    QCOMPARE(QUrl(QString::fromLatin1(answer.header("Location"))).path(),
             QStringLiteral("/files/aistudio/%1.mp4").arg(video));
}

void tst_Emulator::failuresRefund_data()
{
    QTest::addColumn<int>("dialect");
    QTest::newRow("aistudio") << int(Dialect::AiStudio);
    QTest::newRow("asyncvideos") << int(Dialect::AsyncVideos);
    QTest::newRow("storyboard") << int(Dialect::Storyboard);
    QTest::newRow("t2m") << int(Dialect::T2m);
}

void tst_Emulator::failuresRefund()
{
    QFETCH(int, dialect);
    const auto which = Dialect(dialect);
    const QString reason = QStringLiteral("Video generation failed: Model timeout");
    m_emu->failNextJobs(1, reason);
    QString error;
    switch (which) {
        case Dialect::AiStudio: {
            const QString id = aiVideo().j()["id"].text();
            m_emu->advance(30s);
            const J job = get(QStringLiteral("/api/v1/video-jobs/") + id).j();
            QCOMPARE(job["status"].text(), QStringLiteral("FAILED"));
            error = job["error"].text();
            break;
        }
        case Dialect::AsyncVideos: {
            const QString id = postJson(QStringLiteral("/videos/generate"), asyncBody()).j()["job_id"].text();
            m_emu->advance(60s);
            QCOMPARE(get(QStringLiteral("/videos/jobs/%1/status").arg(id)).j()["status"].text(),
                     QStringLiteral("failed"));
            const J result = get(QStringLiteral("/videos/jobs/%1/result").arg(id)).j();
            QCOMPARE(result["success"].flag(), false);
            error = result["error"].text();
            break;
        }
        case Dialect::Storyboard: {
            const QJsonObject request{{QStringLiteral("prompt"), QStringLiteral("p")},
                                      {QStringLiteral("duration"), 20}};
            const int id = postJson(QStringLiteral("/api/v2/generate"), request).j()["job_id"].integer();
            m_emu->advance(15s);
            const J job = get(QStringLiteral("/api/v2/jobs/%1").arg(id), {}).j();
            QCOMPARE(job["status"].text(), QStringLiteral("failed"));
            error = job["error"].text();
            break;
        }
        case Dialect::T2m: {
            const QString id =
                postJson(QStringLiteral("/api/v1/videos/generate"), t2mBody()).j()["job_id"].text();
            m_emu->advance(45s);
            const J job = get(QStringLiteral("/api/v1/videos/jobs/%1/status").arg(id)).j();
            QCOMPARE(job["status"].text(), QStringLiteral("failed"));
            error = job["error"]["message"].text();
            break;
        }
        case Dialect::Local:
            QFAIL("not a remote dialect");
    }
    QCOMPARE(error, reason);
    QCOMPARE(m_emu->balance(which, QStringLiteral("alice")), 1000.0);  // charged at creation, refunded
    QCOMPARE(m_emu->jobsCreated(which), 1);
}

void tst_Emulator::clockAtSpeed()
{
    const QString id = aiVideo().j()["id"].text();
    m_emu->advance(1s);
    QCOMPARE(m_emu->jobStatus(Dialect::AiStudio, id), QStringLiteral("PENDING"));
    m_emu->setSpeed(120);  // the 60 s job takes half a real second
    QTRY_COMPARE_WITH_TIMEOUT(m_emu->jobStatus(Dialect::AiStudio, id), QStringLiteral("SUCCEEDED"), 5000);
    m_emu->setSpeed(0);
    // A zero-length timeline is over at the next request, with no advance.
    m_emu->setJobDuration(Dialect::T2m, 0s);
    const QString job = postJson(QStringLiteral("/api/v1/videos/generate"), t2mBody()).j()["job_id"].text();
    QCOMPARE(get(QStringLiteral("/api/v1/videos/jobs/%1/status").arg(job)).j()["status"].text(),
             QStringLiteral("completed"));
}

namespace {
QStringList g_logged;
void collect(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_logged.append(message);
}
}  // namespace

void tst_Emulator::requestLogAndControls()
{
    m_emu->addUser({QStringLiteral("canary-token-7f3a"), QStringLiteral("carol"),
                    QStringLiteral("carol@example.com"), 5});
    QLoggingCategory::setFilterRules(QStringLiteral("storyreel.emulator.debug=true"));
    g_logged.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collect);
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    QCOMPARE(get(QStringLiteral("/videos/stats?verbose=1")).status, 200);
    QCOMPARE(postJson(QStringLiteral("/videos/generate"), asyncBody(), kAlice, {{"Idempotency-Key", "key-1"}})
                 .status,
             202);
    const Answer me = get(QStringLiteral("/users/me"), "canary-token-7f3a");
    const QString look = m_emu->addLook(QStringLiteral("alice"), QStringLiteral("Look"));
    QCOMPARE(call("GET", QUrl(get(QStringLiteral("/api/v1/looks/") + look).j()["generatedImageUrl"].text()))
                 .status,
             200);
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    QCOMPARE(me.j()["dust_balance"].number(), 5.0);
    QVERIFY(!g_logged.isEmpty());
    for (const QString &line : std::as_const(g_logged))
        QVERIFY2(!line.contains(QLatin1String("canary-token-7f3a")) &&
                     !line.contains(QLatin1String("token-alice")),
                 qPrintable(line));

    const QList<ProviderEmulator::RequestRecord> records = m_emu->requests();
    QCOMPARE(records.size(), 5);
    QCOMPARE(records.at(0).method, QByteArray("GET"));
    QCOMPARE(records.at(0).path, QStringLiteral("/videos/stats"));
    QCOMPARE(records.at(0).query, QStringLiteral("verbose=1"));
    QVERIFY(records.at(0).hadAuthorization);
    QVERIFY(records.at(0).atMs >= before && records.at(0).atMs <= QDateTime::currentMSecsSinceEpoch());
    QCOMPARE(records.at(1).idempotencyKey, QByteArray("key-1"));
    QCOMPARE(records.at(1).status, 202);
    QVERIFY(records.at(4).cdn);
    QVERIFY(!records.at(4).hadAuthorization);

    // The same controls over HTTP (not recorded).
    QCOMPARE(call("POST", api(QStringLiteral("/_emulator/advance?seconds=120"))).status, 200);
    QCOMPARE(get(QStringLiteral("/videos/jobs/active")).j()["count"].integer(), 0);
    const QJsonObject fault{{QStringLiteral("fault"), QStringLiteral("status")},
                            {QStringLiteral("status"), 502},
                            {QStringLiteral("path_prefix"), QStringLiteral("/videos/stats")}};
    QCOMPARE(
        call("POST", api(QStringLiteral("/_emulator/fault")), {}, json(fault), "application/json").status,
        200);
    QCOMPARE(get(QStringLiteral("/videos/stats")).status, 502);
    const QJsonObject user{{QStringLiteral("token"), QStringLiteral("token-dave")},
                           {QStringLiteral("user_id"), QStringLiteral("dave")},
                           {QStringLiteral("email"), QStringLiteral("dave@example.com")}};
    QCOMPARE(call("POST", api(QStringLiteral("/_emulator/users")), {}, json(user), "application/json").status,
             201);
    QCOMPARE(get(QStringLiteral("/users/me"), "token-dave").j()["user_id"].text(), QStringLiteral("dave"));
    QCOMPARE(call("POST", api(QStringLiteral("/_emulator/fail-next?count=1"))).status, 200);
    const J state = call("GET", api(QStringLiteral("/_emulator/state"))).j();
    QCOMPARE(state["jobs_created"]["asyncvideos"].integer(), 1);
    const QJsonArray logged = call("GET", api(QStringLiteral("/_emulator/requests"))).j().value().toArray();
    QCOMPARE(logged.size(), m_emu->requests().size());
    for (const QJsonValue &record : logged)
        QVERIFY(!J(record)["path"].text().startsWith(QLatin1String("/_emulator")));
    m_emu->clearRequests();
    QVERIFY(m_emu->requests().isEmpty());
}

// A QGuiApplication: the media engine paints the title cards of the emulator's videos.
QTEST_MAIN(tst_Emulator)
#include "tst_emulator.moc"
