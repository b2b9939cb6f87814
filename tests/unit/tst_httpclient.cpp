// The HTTP policy (DESIGN.md "Providers") against raw loopback servers that misbehave on demand:
// backoff, Retry-After, rate limits, concurrency 429s, status messages, timeouts, dropped connections,
// redirects across origins, cancellation, and no secret in any log line. Downloads: tst_httpdownload.
#include "httperrors.h"
#include "httptestsupport.h"
#include "ratelimiter.h"
#include "retrypolicy.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTest>
#include <QTimeZone>

using namespace storyreel;
using namespace storyreel::test;
using namespace std::chrono_literals;

class TestHttpClient : public QObject
{
    Q_OBJECT

    int m_firstPort = 0;

private Q_SLOTS:
    void initTestCase() { test::logcapture::start(); }

    void cleanupTestCase()
    {
        // Every test ran with a canary token and presigned-style query strings: none may be in the log.
        const QStringList log = test::logcapture::stop();
        QVERIFY2(!log.isEmpty(), "the HTTP policy logged nothing");
        for (const QString &line : log) {
            QVERIFY2(!line.contains(test::Canary), qPrintable(line));
            QVERIFY2(!line.contains(QStringLiteral("querysecret")), qPrintable(line));
        }
        // ... and the lines are useful: method, host, path, status, attempt.
        const QString expected =
            QStringLiteral("GET 127.0.0.1:%1/items [test call] -> 200, attempt 3/3").arg(m_firstPort);
        QVERIFY2(log.filter(expected).size() == 1, qPrintable(log.join(QLatin1Char('\n'))));
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
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
