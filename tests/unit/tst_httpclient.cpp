// The HTTP policy (DESIGN.md "Providers") against raw loopback servers that misbehave on demand:
// retries, Retry-After, rate limits, concurrency 429s, status messages, timeouts, dropped connections,
// redirects across origins, resumable downloads, cancellation, and no secret in any log line.
#include "httpclient.h"
#include "httperrors.h"
#include "ratelimiter.h"
#include "retrypolicy.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace storyreel;
using namespace std::chrono_literals;

namespace {

const QString Canary = QStringLiteral("canary-token-7f3a9c");
const QByteArray QuerySecret = "X-Amz-Signature=querysecret42";

// One request as the server read it; header names lower-case.
struct Arrival
{
    QByteArray method;
    QByteArray target;
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;
    qint64 atMs = 0;
};

struct Answer
{
    enum class Action { Respond, Drop, Hang };
    Action action = Action::Respond;
    QByteArray raw;
};

QByteArray response(int status, const QList<QPair<QByteArray, QByteArray>> &headers = {},
                    const QByteArray &body = {}, qint64 contentLength = -1)
{
    QByteArray raw = "HTTP/1.1 " + QByteArray::number(status) + " Status\r\nConnection: close\r\n";
    bool typed = false;
    for (const auto &[name, value] : headers) {
        raw += name + ": " + value + "\r\n";
        typed = typed || name.compare("Content-Type", Qt::CaseInsensitive) == 0;
    }
    if (!typed && !body.isEmpty())
        raw += "Content-Type: application/json\r\n";
    raw += "Content-Length: " + QByteArray::number(contentLength >= 0 ? contentLength : body.size()) +
           "\r\n\r\n";
    return raw + body;
}

QByteArray detail(const QByteArray &text)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("detail"), QString::fromUtf8(text)}})
        .toJson(QJsonDocument::Compact);
}

// A tiny HTTP/1.1 server on 127.0.0.1 whose answers a test scripts, down to dropped and hung sockets.
class RawServer final : public QObject
{
public:
    using Handler = std::function<Answer(const Arrival &, int index)>;

    RawServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
    }

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }
    const QList<Arrival> &arrivals() const { return m_arrivals; }

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        Arrival arrival;
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        arrival.method = requestLine.value(0);
        arrival.target = requestLine.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                arrival.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                       lines[i].mid(colon + 1).trimmed());
        }
        const qsizetype length = arrival.headers.value("content-length").toLongLong();
        if (buffer.size() < end + 4 + length)
            return;
        arrival.body = buffer.mid(end + 4, length);
        arrival.atMs = QDateTime::currentMSecsSinceEpoch();
        buffer.clear();
        m_arrivals.append(arrival);
        const Answer answer =
            m_handler ? m_handler(arrival, int(m_arrivals.size()) - 1) : Answer{{}, response(200)};
        switch (answer.action) {
            case Answer::Action::Respond:
                socket->write(answer.raw);
                socket->disconnectFromHost();
                break;
            case Answer::Action::Drop:
                socket->abort();
                break;
            case Answer::Action::Hang:
                break;
        }
    }

    QTcpServer m_server;
    Handler m_handler;
    QList<Arrival> m_arrivals;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

Answer respond(const QByteArray &raw)
{
    return Answer{Answer::Action::Respond, raw};
}

template <typename T>
struct Outcome
{
    int calls = 0;
    std::optional<ProviderResult<T>> result;

    // For failure messages: QVERIFY2 evaluates its message even when the check passes.
    QByteArray why() const
    {
        return result && !result->ok() ? result->error().message.toUtf8() : QByteArray();
    }
};

// Waits for the one callback, then a little longer to catch a second one.
template <typename T>
bool settle(const std::shared_ptr<Outcome<T>> &outcome, int timeoutMs = 15000)
{
    if (!QTest::qWaitFor([&] { return outcome->calls > 0; }, timeoutMs))
        return false;
    QTest::qWait(50);
    return outcome->calls == 1;
}

std::shared_ptr<Outcome<HttpResponse>> sendRequest(HttpClient &client, HttpRequest request)
{
    auto outcome = std::make_shared<Outcome<HttpResponse>>();
    client.send(std::move(request), [outcome](ProviderResult<HttpResponse> result) {
        ++outcome->calls;
        outcome->result.emplace(std::move(result));
    });
    return outcome;
}

std::shared_ptr<Outcome<qint64>> downloadTo(HttpClient &client, HttpRequest request, const QString &path,
                                            const QList<QByteArray> &types = {"video/"})
{
    auto outcome = std::make_shared<Outcome<qint64>>();
    client.download(std::move(request), path, types, {}, [outcome](ProviderResult<qint64> result) {
        ++outcome->calls;
        outcome->result.emplace(std::move(result));
    });
    return outcome;
}

HttpPolicy fastPolicy()
{
    HttpPolicy policy;
    policy.maxAttempts = 3;
    policy.baseDelay = 20ms;
    policy.maxDelay = 200ms;
    policy.maxWait = 5000ms;
    return policy;
}

HttpRequest get(const QUrl &url)
{
    HttpRequest request;
    request.url = url;
    request.bearerToken = Canary;
    request.transferTimeout = 5000ms;
    request.what = QStringLiteral("test call");
    return request;
}

QByteArray payload(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        bytes[i] = char((i * 31 + 7) % 251);
    return bytes;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray httpDate(const QDateTime &at)
{
    return QLocale::c().toString(at.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
}

// Every log line of the process while a test runs.
QMutex logMutex;
QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&logMutex);
        capturedLog << QString::fromLatin1(context.category ? context.category : "default") +
                           QLatin1Char(' ') + message;
    }
    if (previousHandler && type != QtDebugMsg)
        previousHandler(type, context, message);
}

}  // namespace

class TestHttpClient : public QObject
{
    Q_OBJECT

    int m_firstPort = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("storyreel.*=true"));
        previousHandler = qInstallMessageHandler(captureMessage);
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(previousHandler);
        // Every test ran with a canary token and presigned-style query strings: none may be in the log.
        QMutexLocker lock(&logMutex);
        QVERIFY2(!capturedLog.isEmpty(), "the HTTP policy logged nothing");
        // ... and the lines are useful: method, host, path, status, attempt.
        const QString expected =
            QStringLiteral("GET 127.0.0.1:%1/items [test call] -> 200, attempt 3/3").arg(m_firstPort);
        QVERIFY2(capturedLog.filter(expected).size() == 1, qPrintable(capturedLog.join(QLatin1Char('\n'))));
        for (const QString &line : std::as_const(capturedLog)) {
            QVERIFY2(!line.contains(Canary), qPrintable(line));
            QVERIFY2(!line.contains(QString::fromLatin1(QuerySecret)), qPrintable(line));
            QVERIFY2(!line.contains(QStringLiteral("querysecret")), qPrintable(line));
        }
    }

    // --- pieces -------------------------------------------------------------------------------

    void backoffIsCappedFullJitter()
    {
        double fraction = 1.0;
        http::RetryPolicy policy(100ms, 1000ms, [&fraction] { return fraction; });
        QCOMPARE(policy.backoff(0), 100ms);
        QCOMPARE(policy.backoff(1), 200ms);
        QCOMPARE(policy.backoff(3), 800ms);
        QCOMPARE(policy.backoff(4), 1000ms);
        QCOMPARE(policy.backoff(60), 1000ms);
        fraction = 0.5;
        QCOMPARE(policy.backoff(2), 200ms);
        fraction = 0.0;
        QCOMPARE(policy.backoff(5), 0ms);
        http::RetryPolicy random(100ms, 1000ms);
        for (int i = 0; i < 100; ++i) {
            const auto wait = random.backoff(i % 6);
            QVERIFY(wait >= 0ms && wait <= 1000ms);
        }
    }

    void retryAfterParsing_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expectedMs");  // -1: unreadable
        QTest::newRow("seconds") << QByteArray("120") << qint64(120000);
        QTest::newRow("zero") << QByteArray(" 0 ") << qint64(0);
        QTest::newRow("negative") << QByteArray("-3") << qint64(-1);
        QTest::newRow("imf-fixdate") << QByteArray("Wed, 21 Oct 2015 07:28:30 GMT") << qint64(30000);
        QTest::newRow("rfc850") << QByteArray("Wednesday, 21-Oct-15 07:28:10 GMT") << qint64(10000);
        QTest::newRow("asctime") << QByteArray("Wed Oct 21 07:29:00 2015") << qint64(60000);
        QTest::newRow("past") << QByteArray("Wed, 21 Oct 2015 07:00:00 GMT") << qint64(0);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
        QTest::newRow("empty") << QByteArray() << qint64(-1);
    }

    void retryAfterParsing()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, expectedMs);
        const QDateTime now(QDate(2015, 10, 21), QTime(7, 28, 0), QTimeZone::utc());
        const auto parsed = http::parseRetryAfter(value, now);
        if (expectedMs < 0) {
            QVERIFY(!parsed);
        } else {
            QVERIFY(parsed);
            QCOMPARE(parsed->count(), expectedMs);
        }
    }

    void rateLimiterReadsResetForms()
    {
        qint64 now = 1'700'000'000'000;
        http::RateLimiter limiter([&now] { return now; });
        const QString origin = QStringLiteral("http://a:80");
        limiter.update(origin, "5", "1700000060");
        QCOMPARE(limiter.waitFor(origin), 0ms);
        limiter.update(origin, "0", "1700000003");  // epoch seconds
        QCOMPARE(limiter.waitFor(origin), 3000ms);
        now += 1000;
        QCOMPARE(limiter.waitFor(origin), 2000ms);
        limiter.update(origin, "0", "4");  // seconds from now
        QCOMPARE(limiter.waitFor(origin), 4000ms);
        QCOMPARE(limiter.waitFor(QStringLiteral("http://b:80")), 0ms);
        limiter.update(origin, "10", "1700000100");
        QCOMPARE(limiter.waitFor(origin), 0ms);
        limiter.update(origin, "0", {}, 2500ms);  // no reset: Retry-After
        QCOMPARE(limiter.waitFor(origin), 2500ms);
    }

    void redactionDropsQueryAndUserInfo()
    {
        const QUrl url(QStringLiteral("https://user:pw@cdn.example:8443/media/a.mp4?") +
                       QString::fromLatin1(QuerySecret));
        QCOMPARE(http::redactedUrl(url), QStringLiteral("cdn.example:8443/media/a.mp4"));
        QCOMPARE(http::originOf(QUrl(QStringLiteral("HTTPS://Cdn.Example/x"))),
                 QStringLiteral("https://cdn.example:443"));
    }

    // --- retries ------------------------------------------------------------------------------

    void retriesServerErrorsThenSucceeds()
    {
        RawServer server;
        server.setHandler([](const Arrival &, int index) {
            if (index == 0)
                return respond(response(500, {}, detail("boom")));
            if (index == 1)
                return respond(response(503, {}, detail("busy")));
            return respond(response(200, {}, "{\"ok\":true}"));
        });
        QNetworkAccessManager network;
        HttpClient client(&network, fastPolicy());
        auto outcome = sendRequest(
            client, get(server.url(QStringLiteral("/items?") + QString::fromLatin1(QuerySecret))));
        QVERIFY(settle(outcome));
        QVERIFY2(outcome->result->ok(), outcome->why().constData());
        QCOMPARE(outcome->result->value().status, 200);
        QCOMPARE(outcome->result->value().body, QByteArray("{\"ok\":true}"));
        QCOMPARE(outcome->result->value().header("content-type"), QByteArray("application/json"));
        QCOMPARE(outcome->result->value().header("CONTENT-TYPE"), QByteArray("application/json"));
        QCOMPARE(outcome->result->value().header("x-missing"), QByteArray());
        QCOMPARE(server.arrivals().size(), 3);
        for (const Arrival &arrival : server.arrivals())
            QCOMPARE(arrival.headers.value("authorization"), "Bearer " + Canary.toUtf8());
        m_firstPort = server.url({}).port();
    }

    void givesUpAfterMaxAttempts()
    {
        RawServer server;
        server.setHandler(
            [](const Arrival &, int) { return respond(response(502, {}, detail("bad gateway"))); });
        QNetworkAccessManager network;
        HttpClient client(&network, fastPolicy());
        auto outcome = sendRequest(client, get(server.url(QStringLiteral("/x"))));
        QVERIFY(settle(outcome));
        QVERIFY(!outcome->result->ok());
        QCOMPARE(outcome->result->error().kind, ProviderErrorKind::Server);
        QCOMPARE(outcome->result->error().httpStatus, 502);
        QVERIFY(outcome->result->error().message.contains(QStringLiteral("bad gateway")));
        QCOMPARE(server.arrivals().size(), 3);
    }

    void postWithoutIdempotencyKeyIsSentOnce()
    {
        RawServer server;
        server.setHandler(
            [](const Arrival &, int) { return respond(response(500, {}, detail("internal"))); });
        QNetworkAccessManager network;
        HttpClient client(&network, fastPolicy());
        HttpRequest request = get(server.url(QStringLiteral("/videos/generate")));
        request.method = "POST";
        request.body = "{\"prompt\":\"x\"}";
        request.contentType = "application/json";
        auto outcome = sendRequest(client, request);
        QVERIFY(settle(outcome));
        QCOMPARE(outcome->result->error().kind, ProviderErrorKind::Server);
        QCOMPARE(server.arrivals().size(), 1);
        QCOMPARE(server.arrivals().at(0).body, request.body);
        QCOMPARE(server.arrivals().at(0).headers.value("content-type"), QByteArray("application/json"));
    }

    void postWithIdempotencyKeyIsRetried()
    {
        RawServer server;
        server.setHandler([](const Arrival &, int index) {
            return respond(index == 0 ? response(503) : response(202, {}, "{\"id\":\"1\"}"));
        });
        QNetworkAccessManager network;
        HttpClient client(&network, fastPolicy());
        HttpRequest request = get(server.url(QStringLiteral("/videos/generate")));
        request.method = "POST";
        request.body = "{}";
        request.contentType = "application/json";
        request.idempotencyKey = QStringLiteral("key-123");
        auto outcome = sendRequest(client, request);
        QVERIFY(settle(outcome));
        QVERIFY2(outcome->result->ok(), outcome->why().constData());
        QCOMPARE(outcome->result->value().status, 202);
        QCOMPARE(server.arrivals().size(), 2);
        for (const Arrival &arrival : server.arrivals()) {
            QCOMPARE(arrival.headers.value("idempotency-key"), QByteArray("key-123"));
            QCOMPARE(arrival.body, QByteArray("{}"));
        }
    }

    void retryAfterSecondsIsHonoured()
    {
        RawServer server;
        server.setHandler([](const Arrival &, int index) {
            return respond(index == 0 ? response(503, {{"Retry-After", "1"}}) : response(200));
        });
        QNetworkAccessManager network;
        HttpClient client(&network, fastPolicy());
        client.setRandomSource([] { return 0.0; });  // no backoff of its own
        auto outcome = sendRequest(client, get(server.url(QStringLiteral("/x"))));
        QVERIFY(settle(outcome));
        QVERIFY(outcome->result->ok());
        QCOMPARE(server.arrivals().size(), 2);
        const qint64 gap = server.arrivals()[1].atMs - server.arrivals()[0].atMs;
        QVERIFY2(gap >= 980, qPrintable(QString::number(gap)));
    }

    void retryAfterHttpDateIsHonoured()
    {
        RawServer server;
        qint64 notBeforeMs = 0;
        server.setHandler([&notBeforeMs](const Arrival &, int index) {
            if (index > 0)
                return respond(response(200));
            // Whole seconds: the next full second after at least one more second.
            const qint64 at = (QDateTime::currentMSecsSinceEpoch() / 1000 + 2) * 1000;
            notBeforeMs = at;
            return respond(response(429, {{"Retry-After", httpDate(QDateTime::fromMSecsSinceEpoch(at))},
                                          {"X-RateLimit-Remaining", "0"}}));
        });
        QNetworkAccessManager network;
        HttpClient client(&network, fastPolicy());
        client.setRandomSource([] { return 0.0; });
        auto outcome = sendRequest(client, get(server.url(QStringLiteral("/x"))));
        QVERIFY(settle(outcome));
        QVERIFY2(outcome->result->ok(), outcome->why().constData());
        QCOMPARE(server.arrivals().size(), 2);
        QVERIFY2(server.arrivals()[1].atMs >= notBeforeMs - 20,
                 qPrintable(QString::number(notBeforeMs - server.arrivals()[1].atMs)));
    }

    void retryAfterBeyondMaxWaitGivesUp()
    {
        RawServer server;
        server.setHandler([](const Arrival &, int) {
            return respond(response(503, {{"Retry-After", "30"}}));
        });
        QNetworkAccessManager network;
        HttpPolicy policy = fastPolicy();
        policy.maxWait = 2000ms;
        HttpClient client(&network, policy);
        auto outcome = sendRequest(client, get(server.url(QStringLiteral("/x"))));
        QVERIFY(settle(outcome, 5000));
        QCOMPARE(outcome->result->error().kind, ProviderErrorKind::Server);
        QCOMPARE(outcome->result->error().retryAfter, std::optional<std::chrono::seconds>(30s));
        QCOMPARE(server.arrivals().size(), 1);
    }

    // --- rate limits and concurrency ----------------------------------------------------------

    void rateLimitResetIsWaitedFor_data()
    {
        QTest::addColumn<bool>("epochSeconds");
        QTest::newRow("epoch") << true;
        QTest::newRow("relative") << false;
    }

    void rateLimitResetIsWaitedFor()
    {
        QFETCH(bool, epochSeconds);
        RawServer server;
        qint64 resetMs = 0;
        server.setHandler([&resetMs, epochSeconds](const Arrival &, int index) {
            if (index > 0)
                return respond(response(200, {{"X-RateLimit-Remaining", "99"}}));
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            QByteArray reset;
            if (epochSeconds) {
                resetMs = (now / 1000 + 2) * 1000;
                reset = QByteArray::number(resetMs / 1000);
            } else {
                resetMs = now + 1000;
                reset = "1";
            }
            return respond(response(200, {{"X-RateLimit-Limit", "100"},
                                          {"X-RateLimit-Remaining", "0"},
                                          {"X-RateLimit-Reset", reset}}));
        });
        QNetworkAccessManager network;
        HttpClient client(&network, fastPolicy());
        auto first = sendRequest(client, get(server.url(QStringLiteral("/api/v1/videos/jobs/1/status"))));
        QVERIFY(settle(first));
        QVERIFY(first->result->ok());
        // The next two requests to that origin wait; neither is refused.
        auto second = sendRequest(client, get(server.url(QStringLiteral("/api/v1/videos/jobs/2/status"))));
        auto third = sendRequest(client, get(server.url(QStringLiteral("/api/v1/videos/jobs/3/status"))));
        QTest::qWait(300);
        QCOMPARE(server.arrivals().size(), 1);
        QVERIFY(settle(second));
        QVERIFY(settle(third));
        QVERIFY(second->result->ok());
        QCOMPARE(server.arrivals().size(), 3);
        QVERIFY2(server.arrivals()[1].atMs >= resetMs - (epochSeconds ? 0 : 50),
                 qPrintable(QString::number(resetMs - server.arrivals()[1].atMs)));
        QVERIFY(server.arrivals()[2].atMs >= resetMs - (epochSeconds ? 0 : 50));
    }

    void rateLimitBeyondMaxWaitIsRateLimited()
    {
        RawServer server;
        server.setHandler([](const Arrival &, int) {
            return respond(response(200, {{"X-RateLimit-Remaining", "0"}, {"X-RateLimit-Reset", "600"}}));
        });
        QNetworkAccessManager network;
        HttpClient client(&network, fastPolicy());
        QVERIFY(settle(sendRequest(client, get(server.url(QStringLiteral("/a"))))));
        auto second = sendRequest(client, get(server.url(QStringLiteral("/b"))));
        QVERIFY(settle(second));
        QCOMPARE(second->result->error().kind, ProviderErrorKind::RateLimited);
        QVERIFY(second->result->error().retryAfter >= std::optional<std::chrono::seconds>(590s));
        QCOMPARE(server.arrivals().size(), 1);
    }

    void concurrencyLimitIsTooManyJobsAndNotRetried()
    {
        RawServer server;
        server.setHandler([](const Arrival &, int) {
            return respond(response(429, {{"Retry-After", "7"}}, detail("Maximum 3 concurrent video jobs")));
        });
        QNetworkAccessManager network;
        HttpClient client(&network, fastPolicy());
        HttpRequest request = get(server.url(QStringLiteral("/api/v1/video-jobs")));
        request.method = "POST";
        request.idempotencyKey = QStringLiteral("k");
        request.body = "x";
        auto outcome = sendRequest(client, request);
        QVERIFY(settle(outcome));
        const ProviderError &error = outcome->result->error();
        QCOMPARE(error.kind, ProviderErrorKind::TooManyJobs);
        QCOMPARE(error.httpStatus, 429);
        QCOMPARE(error.retryAfter, std::optional<std::chrono::seconds>(7s));
        QVERIFY(error.message.contains(QStringLiteral("Maximum 3 concurrent")));
        QCOMPARE(server.arrivals().size(), 1);
    }

    void rateLimitedPostWithoutKeyIsNotResent()
    {
        RawServer server;
        server.setHandler([](const Arrival &, int) {
            return respond(
                response(429, {{"Retry-After", "1"}, {"X-RateLimit-Remaining", "0"}}, detail("Rate limit")));
        });
        QNetworkAccessManager network;
        HttpClient client(&network, fastPolicy());
        HttpRequest request = get(server.url(QStringLiteral("/api/v1/videos/generate")));
        request.method = "POST";
        request.body = "{}";
        auto outcome = sendRequest(client, request);
        QVERIFY(settle(outcome));
        QCOMPARE(outcome->result->error().kind, ProviderErrorKind::RateLimited);
        QCOMPARE(outcome->result->error().retryAfter, std::optional<std::chrono::seconds>(1s));
        QCOMPARE(server.arrivals().size(), 1);
    }

    // --- statuses -----------------------------------------------------------------------------

    void statusesBecomeClearErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("401") << 401 << detail("Not authenticated") << int(ProviderErrorKind::Unauthorized)
                             << QStringLiteral("sign in again in Settings › Accounts");
        QTest::newRow("402") << 402
                             << QByteArray(R"({"detail":"Insufficient tokens","balance":20,"required":50})")
                             << int(ProviderErrorKind::InsufficientFunds)
                             << QStringLiteral(
                                    "Insufficient tokens/credits: the balance is 20, this needs 50");
        QTest::newRow("402-usd") << 402 << QByteArray(R"({"detail":"Insufficient funds","balance":0.04})")
                                 << int(ProviderErrorKind::InsufficientFunds)
                                 << QStringLiteral("balance is 0.04");
        QTest::newRow("403") << 403 << detail("Not the owner of this look")
                             << int(ProviderErrorKind::Forbidden) << QStringLiteral("not the owner");
        QTest::newRow("404") << 404 << detail("Look not found") << int(ProviderErrorKind::NotFound)
                             << QStringLiteral("Look not found");
        QTest::newRow("409") << 409 << detail("Video not ready") << int(ProviderErrorKind::Conflict)
                             << QStringLiteral("Video not ready");
        QTest::newRow("422")
            << 422 << QByteArray(R"({"detail":[{"loc":["body","topic"],"msg":"field required","type":"x"}]})")
            << int(ProviderErrorKind::BadRequest) << QStringLiteral("body.topic: field required");
        QTest::newRow("400-error") << 400 << QByteArray(R"({"error":"Job already finished"})")
                                   << int(ProviderErrorKind::BadRequest)
                                   << QStringLiteral("Job already finished");
        QTest::newRow("echoed-token")
            << 403 << detail("token " + Canary.toUtf8() + " may not do this")
            << int(ProviderErrorKind::Forbidden) << QStringLiteral("token *** may not");
        QTest::newRow("html-500") << 501 << QByteArray("<html>oops</html>") << int(ProviderErrorKind::Server)
                                  << QStringLiteral("HTTP 501");
    }

    void statusesBecomeClearErrors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QString, expected);
        RawServer server;
        server.setHandler([&](const Arrival &, int) { return respond(response(status, {}, body)); });
        QNetworkAccessManager network;
        HttpClient client(&network, fastPolicy());
        auto outcome = sendRequest(
            client, get(server.url(QStringLiteral("/thing?") + QString::fromLatin1(QuerySecret))));
        QVERIFY(settle(outcome));
        QVERIFY(!outcome->result->ok());
        const ProviderError &error = outcome->result->error();
        QCOMPARE(int(error.kind), kind);
        QCOMPARE(error.httpStatus, status);
        QVERIFY2(error.message.contains(expected), qPrintable(error.message));
        QVERIFY(!error.message.contains(Canary));
        QVERIFY(!error.message.contains(QStringLiteral("querysecret")));
        QCOMPARE(server.arrivals().size(), 1);
        if (status == 402)
            QVERIFY(error.balance.has_value());
    }

    // --- transport faults ---------------------------------------------------------------------

    void silentServerTimesOut()
    {
        RawServer server;
        server.setHandler([](const Arrival &, int) { return Answer{Answer::Action::Hang, {}}; });
        QNetworkAccessManager network;
        HttpPolicy policy = fastPolicy();
        policy.maxAttempts = 2;
        HttpClient client(&network, policy);
        HttpRequest request = get(server.url(QStringLiteral("/slow")));
        request.transferTimeout = 300ms;
        QElapsedTimer clock;
        clock.start();
        auto outcome = sendRequest(client, request);
        QVERIFY(settle(outcome));
        QCOMPARE(outcome->result->error().kind, ProviderErrorKind::Timeout);
        QCOMPARE(outcome->result->error().httpStatus, 0);
        QVERIFY(clock.elapsed() >= 600);
        QCOMPARE(server.arrivals().size(), 2);
    }

    void droppedConnectionIsRetried()
    {
        RawServer server;
        server.setHandler([](const Arrival &, int index) {
            return index < 2 ? Answer{Answer::Action::Drop, {}} : respond(response(200, {}, "{}"));
        });
        QNetworkAccessManager network;
        HttpPolicy policy = fastPolicy();
        policy.maxAttempts = 5;
        HttpClient client(&network, policy);
        auto outcome = sendRequest(client, get(server.url(QStringLiteral("/flaky"))));
        QVERIFY(settle(outcome));
        QVERIFY2(outcome->result->ok(), outcome->why().constData());
        QCOMPARE(server.arrivals().size(), 3);
    }

    void refusedConnectionIsNetworkError()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        QNetworkAccessManager network;
        HttpClient client(&network, fastPolicy());
        auto outcome = sendRequest(client, get(QUrl(QStringLiteral("http://127.0.0.1:%1/x?").arg(port) +
                                                    QString::fromLatin1(QuerySecret))));
        QVERIFY(settle(outcome));
        QCOMPARE(outcome->result->error().kind, ProviderErrorKind::Network);
        QVERIFY(outcome->result->error().message.contains(QStringLiteral("127.0.0.1")));
        QVERIFY(!outcome->result->error().message.contains(QStringLiteral("querysecret")));
    }

    void cancelEndsTheCallOnce()
    {
        RawServer server;
        server.setHandler([](const Arrival &, int) { return Answer{Answer::Action::Hang, {}}; });
        QNetworkAccessManager network;
        HttpClient client(&network, fastPolicy());
        auto outcome = std::make_shared<Outcome<HttpResponse>>();
        std::shared_ptr<HttpCall> call = client.send(get(server.url(QStringLiteral("/hang"))),
                                                     [outcome](ProviderResult<HttpResponse> result) {
                                                         ++outcome->calls;
                                                         outcome->result.emplace(std::move(result));
                                                     });
        QTRY_COMPARE(server.arrivals().size(), 1);
        call->cancel();
        QCOMPARE(outcome->calls, 0);  // never from inside cancel()
        call->cancel();
        QVERIFY(settle(outcome));
        QCOMPARE(outcome->result->error().kind, ProviderErrorKind::Cancelled);
    }

    void droppedHandleStillCompletes()
    {
        RawServer server;
        QNetworkAccessManager network;
        HttpClient client(&network, fastPolicy());
        auto outcome = std::make_shared<Outcome<HttpResponse>>();
        client.send(get(server.url(QStringLiteral("/x"))), [outcome](ProviderResult<HttpResponse> result) {
            ++outcome->calls;
            outcome->result.emplace(std::move(result));
        });
        QVERIFY(settle(outcome));
        QVERIFY(outcome->result->ok());
    }

    void destroyingTheClientDropsCallsWithoutCallbacks()
    {
        RawServer server;
        server.setHandler([](const Arrival &, int) { return Answer{Answer::Action::Hang, {}}; });
        QNetworkAccessManager network;
        auto client = std::make_unique<HttpClient>(&network, fastPolicy());
        auto outcome = sendRequest(*client, get(server.url(QStringLiteral("/hang"))));
        std::shared_ptr<HttpCall> call = client->send(get(server.url(QStringLiteral("/hang2"))), {});
        QTRY_COMPARE(server.arrivals().size(), 2);
        client.reset();
        call->cancel();  // a handle that outlives its client is harmless
        QTest::qWait(100);
        QCOMPARE(outcome->calls, 0);
    }

    // --- redirects ----------------------------------------------------------------------------

    void sameOriginRedirectKeepsAuthorization()
    {
        RawServer server;
        server.setHandler([](const Arrival &arrival, int) {
            if (arrival.target.startsWith("/a"))
                return respond(response(302, {{"Location", "/b?page=2"}}));
            return respond(response(200, {}, "{}"));
        });
        QNetworkAccessManager network;
        HttpClient client(&network, fastPolicy());
        auto outcome = sendRequest(client, get(server.url(QStringLiteral("/a"))));
        QVERIFY(settle(outcome));
        QVERIFY(outcome->result->ok());
        QCOMPARE(outcome->result->value().url, server.url(QStringLiteral("/b?page=2")));
        QCOMPARE(server.arrivals().size(), 2);
        QCOMPARE(server.arrivals()[1].target, QByteArray("/b?page=2"));
        QCOMPARE(server.arrivals()[1].headers.value("authorization"), "Bearer " + Canary.toUtf8());
    }

    void crossOriginRedirectDropsCredentials_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("expectedMethod");
        QTest::newRow("302") << 302 << QByteArray("POST");
        QTest::newRow("303") << 303 << QByteArray("GET");
        QTest::newRow("307") << 307 << QByteArray("POST");
        QTest::newRow("308") << 308 << QByteArray("POST");
    }

    void crossOriginRedirectDropsCredentials()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, expectedMethod);
        RawServer cdn;
        cdn.setHandler([](const Arrival &, int) { return respond(response(200, {}, "{}")); });
        RawServer api;
        const QByteArray location =
            cdn.url(QStringLiteral("/media/1.mp4?") + QString::fromLatin1(QuerySecret)).toEncoded();
        api.setHandler([&](const Arrival &, int) {
            return respond(response(status, {{"Location", location}}));
        });
        QNetworkAccessManager network;
        HttpClient client(&network, fastPolicy());
        HttpRequest request = get(api.url(QStringLiteral("/download")));
        request.method = "POST";
        request.body = "{\"a\":1}";
        request.contentType = "application/json";
        request.idempotencyKey = QStringLiteral("idem-1");
        request.headers.append(qMakePair(QByteArray("X-API-Key"), QByteArray("secret-key")));
        request.headers.append(qMakePair(QByteArray("Accept"), QByteArray("application/json")));
        auto outcome = sendRequest(client, request);
        QVERIFY(settle(outcome));
        QVERIFY2(outcome->result->ok(), outcome->why().constData());
        QCOMPARE(api.arrivals().size(), 1);
        QVERIFY(api.arrivals()[0].headers.contains("authorization"));
        QCOMPARE(cdn.arrivals().size(), 1);
        const Arrival &atCdn = cdn.arrivals()[0];
        QVERIFY(!atCdn.headers.contains("authorization"));
        QVERIFY(!atCdn.headers.contains("idempotency-key"));
        QVERIFY(!atCdn.headers.contains("x-api-key"));
        QCOMPARE(atCdn.headers.value("accept"), QByteArray("application/json"));
        QCOMPARE(atCdn.method, expectedMethod);
        QCOMPARE(atCdn.body, expectedMethod == "GET" ? QByteArray() : request.body);
    }

    void redirectLoopStops()
    {
        RawServer server;
        server.setHandler([](const Arrival &, int) {
            return respond(response(302, {{"Location", "/loop"}}));
        });
        QNetworkAccessManager network;
        HttpClient client(&network, fastPolicy());
        auto outcome = sendRequest(client, get(server.url(QStringLiteral("/loop"))));
        QVERIFY(settle(outcome));
        QCOMPARE(outcome->result->error().kind, ProviderErrorKind::BadResponse);
        QCOMPARE(server.arrivals().size(), fastPolicy().maxRedirects + 1);
    }

    // --- downloads ----------------------------------------------------------------------------

    void downloadResumesWithRange()
    {
        const QByteArray media = payload(100000);
        RawServer server;
        server.setHandler([&media](const Arrival &arrival, int index) {
            const QByteArray range = arrival.headers.value("range");
            if (range.isEmpty()) {
                // Cut off after 30000 bytes the first time.
                const QByteArray head = response(200, {{"Content-Type", "video/mp4"}}, {}, media.size());
                return respond(head + media.left(index == 0 ? 30000 : media.size()));
            }
            const qint64 from = range.mid(6, range.indexOf('-') - 6).toLongLong();
            return respond(response(206,
                                    {{"Content-Type", "video/mp4"},
                                     {"Content-Range", "bytes " + QByteArray::number(from) + '-' +
                                                           QByteArray::number(media.size() - 1) + '/' +
                                                           QByteArray::number(media.size())}},
                                    media.mid(from)));
        });
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.mp4.partial"));
        QNetworkAccessManager network;
        HttpClient client(&network, fastPolicy());
        auto outcome = downloadTo(client, get(server.url(QStringLiteral("/v.mp4"))), path);
        QVERIFY(settle(outcome));
        QVERIFY2(outcome->result->ok(), outcome->why().constData());
        QCOMPARE(outcome->result->value(), qint64(media.size()));
        QCOMPARE(readFile(path), media);
        QCOMPARE(server.arrivals().size(), 2);
        QCOMPARE(server.arrivals()[1].headers.value("range"), QByteArray("bytes=30000-"));
        QCOMPARE(server.arrivals()[1].headers.value("accept-encoding"), QByteArray("identity"));

        // A partial file from an earlier run is resumed on the first request.
        QFile partial(dir.filePath(QStringLiteral("b.mp4.partial")));
        QVERIFY(partial.open(QIODevice::WriteOnly));
        partial.write(media.left(12345));
        partial.close();
        qint64 lastProgress = 0;
        qint64 lastTotal = 0;
        auto resumed = std::make_shared<Outcome<qint64>>();
        client.download(
            get(server.url(QStringLiteral("/v.mp4"))), partial.fileName(), {"video/"},
            [&](qint64 received, qint64 total) {
                lastProgress = received;
                lastTotal = total;
            },
            [resumed](ProviderResult<qint64> result) {
                ++resumed->calls;
                resumed->result.emplace(std::move(result));
            });
        QVERIFY(settle(resumed));
        QVERIFY2(resumed->result->ok(), resumed->why().constData());
        QCOMPARE(readFile(partial.fileName()), media);
        QCOMPARE(server.arrivals().size(), 3);
        QCOMPARE(server.arrivals()[2].headers.value("range"), QByteArray("bytes=12345-"));
        QCOMPARE(lastProgress, qint64(media.size()));
        QCOMPARE(lastTotal, qint64(media.size()));
    }

    void downloadRestartsOnFullAnswer()
    {
        const QByteArray media = payload(5000);
        RawServer server;
        server.setHandler([&media](const Arrival &, int) {
            return respond(response(200, {{"Content-Type", "video/mp4"}}, media));  // ignores Range
        });
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.partial"));
        QFile stale(path);
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.write(QByteArray(3000, 'x'));
        stale.close();
        QNetworkAccessManager network;
        HttpClient client(&network, fastPolicy());
        auto outcome = downloadTo(client, get(server.url(QStringLiteral("/v"))), path);
        QVERIFY(settle(outcome));
        QVERIFY2(outcome->result->ok(), outcome->why().constData());
        QCOMPARE(readFile(path), media);
        QCOMPARE(server.arrivals()[0].headers.value("range"), QByteArray("bytes=3000-"));
    }

    void downloadOfWholeFileAnswered416IsDone()
    {
        const QByteArray media = payload(3000);
        RawServer server;
        server.setHandler([&media](const Arrival &arrival, int) {
            if (arrival.headers.value("range") == "bytes=3000-")
                return respond(response(416, {{"Content-Range", "bytes */3000"}}));
            return respond(response(200, {{"Content-Type", "video/mp4"}}, media));
        });
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("whole"));
        QFile whole(path);
        QVERIFY(whole.open(QIODevice::WriteOnly));
        whole.write(media);
        whole.close();
        QNetworkAccessManager network;
        HttpClient client(&network, fastPolicy());
        auto outcome = downloadTo(client, get(server.url(QStringLiteral("/v"))), path);
        QVERIFY(settle(outcome));
        QVERIFY2(outcome->result->ok(), outcome->why().constData());
        QCOMPARE(outcome->result->value(), qint64(3000));
        QCOMPARE(server.arrivals().size(), 1);

        // A partial file the server cannot resume starts again.
        QVERIFY(whole.open(QIODevice::WriteOnly));
        whole.write(QByteArray(5000, 'z'));
        whole.close();
        server.setHandler([&media](const Arrival &arrival, int) {
            if (!arrival.headers.value("range").isEmpty())
                return respond(response(416, {{"Content-Range", "bytes */3000"}}));
            return respond(response(200, {{"Content-Type", "video/mp4"}}, media));
        });
        auto restarted = downloadTo(client, get(server.url(QStringLiteral("/v"))), path);
        QVERIFY(settle(restarted));
        QVERIFY2(restarted->result->ok(), restarted->why().constData());
        QCOMPARE(readFile(path), media);
    }

    void downloadRejectsWrongContentType()
    {
        RawServer server;
        server.setHandler([](const Arrival &, int) {
            return respond(
                response(200, {{"Content-Type", "text/html; charset=utf-8"}}, "<html>login</html>"));
        });
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("d.partial"));
        QNetworkAccessManager network;
        HttpClient client(&network, fastPolicy());
        auto outcome =
            downloadTo(client, get(server.url(QStringLiteral("/v"))), path, {"video/", "image/jpeg"});
        QVERIFY(settle(outcome));
        QCOMPARE(outcome->result->error().kind, ProviderErrorKind::BadResponse);
        QVERIFY(outcome->result->error().message.contains(QStringLiteral("text/html")));
        QCOMPARE(server.arrivals().size(), 1);
        QCOMPARE(readFile(path), QByteArray());
    }

    void downloadRejectsShortBody()
    {
        const QByteArray media = payload(20000);
        RawServer server;
        server.setHandler([&media](const Arrival &, int) {
            // Announces 20000 bytes, sends 8000 and hangs up; ignores Range.
            return respond(response(200, {{"Content-Type", "video/mp4"}}, {}, media.size()) +
                           media.left(8000));
        });
        QTemporaryDir dir;
        QNetworkAccessManager network;
        HttpClient client(&network, fastPolicy());
        auto outcome =
            downloadTo(client, get(server.url(QStringLiteral("/v"))), dir.filePath(QStringLiteral("e")));
        QVERIFY(settle(outcome));
        QCOMPARE(outcome->result->error().kind, ProviderErrorKind::BadResponse);
        QVERIFY2(outcome->result->error().message.contains(QStringLiteral("8000 of 20000")),
                 outcome->why().constData());
        QCOMPARE(server.arrivals().size(), fastPolicy().maxAttempts);
    }

    void downloadRejectsLongerThanAnnounced()
    {
        const QByteArray media = payload(1000);
        RawServer server;
        server.setHandler([&media](const Arrival &, int) {
            return respond(
                response(206, {{"Content-Type", "video/mp4"}, {"Content-Range", "bytes 0-499/500"}}, media));
        });
        QTemporaryDir dir;
        QNetworkAccessManager network;
        HttpClient client(&network, fastPolicy());
        auto outcome =
            downloadTo(client, get(server.url(QStringLiteral("/v"))), dir.filePath(QStringLiteral("f")));
        QVERIFY(settle(outcome));
        QCOMPARE(outcome->result->error().kind, ProviderErrorKind::BadResponse);
    }

    void downloadRedirectToCdnCarriesNoToken()
    {
        const QByteArray media = payload(4000);
        RawServer cdn;
        cdn.setHandler([&media](const Arrival &, int) {
            return respond(response(200, {{"Content-Type", "video/mp4"}}, media));
        });
        RawServer api;
        const QByteArray location =
            cdn.url(QStringLiteral("/m.mp4?") + QString::fromLatin1(QuerySecret)).toEncoded();
        api.setHandler([&](const Arrival &, int) {
            return respond(
                response(302, {{"Location", location}, {"Content-Type", "application/json"}}, "{}"));
        });
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("g"));
        QNetworkAccessManager network;
        HttpClient client(&network, fastPolicy());
        auto outcome =
            downloadTo(client, get(api.url(QStringLiteral("/api/v1/video-jobs/1/download"))), path);
        QVERIFY(settle(outcome));
        QVERIFY2(outcome->result->ok(), outcome->why().constData());
        QCOMPARE(readFile(path), media);
        QCOMPARE(cdn.arrivals().size(), 1);
        QVERIFY(!cdn.arrivals()[0].headers.contains("authorization"));
    }

    void downloadErrorStatusKeepsFile()
    {
        RawServer server;
        server.setHandler(
            [](const Arrival &, int) { return respond(response(409, {}, detail("Video not ready"))); });
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h"));
        QNetworkAccessManager network;
        HttpClient client(&network, fastPolicy());
        auto outcome = downloadTo(client, get(server.url(QStringLiteral("/v"))), path);
        QVERIFY(settle(outcome));
        QCOMPARE(outcome->result->error().kind, ProviderErrorKind::Conflict);
        QVERIFY(outcome->result->error().message.contains(QStringLiteral("Video not ready")));
        QCOMPARE(readFile(path), QByteArray());
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
