// HttpClient::download (DESIGN.md "Providers"): streaming into the partial file, Range resume, restart
// on a full answer, content-type and size checks, redirects to the CDN without the token, and no secret
// in any log line. Raw loopback servers play the provider and the CDN.
#include "httptestsupport.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

using namespace storyreel;
using namespace storyreel::test;

class TestHttpDownload : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { logcapture::start(); }

    void cleanupTestCase()
    {
        const QStringList log = logcapture::stop();
        QVERIFY2(!log.isEmpty(), "the downloads logged nothing");
        for (const QString &line : log) {
            QVERIFY2(!line.contains(Canary), qPrintable(line));
            QVERIFY2(!line.contains(QStringLiteral("querysecret")), qPrintable(line));
        }
    }

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

QTEST_GUILESS_MAIN(TestHttpDownload)
#include "tst_httpdownload.moc"
