// The fake S3 itself (tests/support/fakes3): it refuses what S3 refuses (unsigned or tampered requests,
// wrong checksums, unsigned x-amz-* headers), answers ranges as S3 does (where s3rver does not), and
// its independent SigV4 check accepts the client's signatures as Qt actually sends them on a real
// loopback socket (Host with the port, the encoded path and query). tst_s3client relies on all three.
#include "../unit/httptestsupport.h"
#include "fakes3auth.h"
#include "fakes3network.h"
#include "s3address.h"
#include "s3errors.h"
#include "sigv4.h"

#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

using namespace storyreel;
using namespace storyreel::test;

namespace {

const QString AccessKeyId = QStringLiteral("AKIAFAKES3TEST000002");
const QString SecretKey = QStringLiteral("another/Fake+Secret=Key");
const QString Bucket = QStringLiteral("studio-media");

}  // namespace

class TestFakeS3 : public QObject
{
    Q_OBJECT

    FakeS3Network m_network;
    HttpClient m_http{&m_network, fastPolicy()};

    s3::Location location() const
    {
        return s3::Location{m_network.endpoint(), QStringLiteral("us-east-1"), Bucket, s3::Addressing::Path};
    }

private Q_SLOTS:
    void init()
    {
        m_network.addKeys(AccessKeyId, SecretKey);
        m_network.createBucket(Bucket);  // empties it too
        m_network.clearRequests();
        m_network.clearFaults();
    }

    void rangesAsS3AnswersThem_data()
    {
        QTest::addColumn<QByteArray>("range");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("first");  // of the bytes answered
        QTest::addColumn<int>("count");
        QTest::addColumn<QByteArray>("contentRange");
        QTest::newRow("none") << QByteArray() << 200 << 0 << 1000 << QByteArray();
        QTest::newRow("first ten") << QByteArray("bytes=0-9") << 206 << 0 << 10
                                   << QByteArray("bytes 0-9/1000");
        QTest::newRow("open end") << QByteArray("bytes=990-") << 206 << 990 << 10
                                  << QByteArray("bytes 990-999/1000");
        QTest::newRow("suffix") << QByteArray("bytes=-10") << 206 << 990 << 10
                                << QByteArray("bytes 990-999/1000");
        QTest::newRow("suffix longer than the object")
            << QByteArray("bytes=-5000") << 206 << 0 << 1000 << QByteArray("bytes 0-999/1000");
        QTest::newRow("end past the object")
            << QByteArray("bytes=995-2000") << 206 << 995 << 5 << QByteArray("bytes 995-999/1000");
        QTest::newRow("past the end")
            << QByteArray("bytes=1000-") << 416 << 0 << 0 << QByteArray("bytes */1000");
        QTest::newRow("backwards: ignored") << QByteArray("bytes=9-2") << 200 << 0 << 1000 << QByteArray();
        QTest::newRow("several: ignored") << QByteArray("bytes=0-1,5-6") << 200 << 0 << 1000 << QByteArray();
    }

    void rangesAsS3AnswersThem()
    {
        QFETCH(QByteArray, range);
        QFETCH(int, status);
        QFETCH(int, first);
        QFETCH(int, count);
        QFETCH(QByteArray, contentRange);
        const QByteArray object = payload(1000);
        m_network.putObject(Bucket, QStringLiteral("r.bin"), object);
        QNetworkRequest request(s3::sigv4::presign({AccessKeyId, SecretKey}, QStringLiteral("us-east-1"),
                                                   "GET", s3::objectUrl(location(), QStringLiteral("r.bin")),
                                                   60, QDateTime::currentDateTimeUtc()));
        if (!range.isEmpty())
            request.setRawHeader("Range", range);
        std::unique_ptr<QNetworkReply> reply(m_network.get(request));
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), status);
        QCOMPARE(reply->rawHeader("Content-Range"), contentRange);
        if (status != 416)
            QCOMPARE(reply->readAll(), object.mid(first, count));
    }

    void presignedExpiryIsBounded()
    {
        m_network.putObject(Bucket, QStringLiteral("e.bin"), "e");
        QUrl url = s3::sigv4::presign({AccessKeyId, SecretKey}, QStringLiteral("us-east-1"), "GET",
                                      s3::objectUrl(location(), QStringLiteral("e.bin")), 604800,
                                      QDateTime::currentDateTimeUtc());
        // Re-signing by hand with a longer expiry than S3 allows is refused before the signature.
        url.setQuery(
            url.query(QUrl::FullyEncoded)
                .replace(QStringLiteral("X-Amz-Expires=604800"), QStringLiteral("X-Amz-Expires=604801")));
        std::unique_ptr<QNetworkReply> reply(m_network.get(QNetworkRequest(url)));
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
        QVERIFY(reply->readAll().contains("<Code>AuthorizationQueryParametersError</Code>"));
    }

    void fakeRefusesWhatS3Refuses_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("code");
        QTest::newRow("unsigned") << QStringLiteral("unsigned") << QStringLiteral("AccessDenied");
        QTest::newRow("body changed after signing")
            << QStringLiteral("body") << QStringLiteral("XAmzContentSHA256Mismatch");
        QTest::newRow("wrong Content-MD5") << QStringLiteral("md5") << QStringLiteral("BadDigest");
        QTest::newRow("unsigned x-amz-meta") << QStringLiteral("meta") << QStringLiteral("AccessDenied");
        QTest::newRow("header changed after signing")
            << QStringLiteral("type") << QStringLiteral("SignatureDoesNotMatch");
        QTest::newRow("no payload hash") << QStringLiteral("no hash") << QStringLiteral("InvalidRequest");
    }

    void fakeRefusesWhatS3Refuses()
    {
        QFETCH(QString, change);
        QFETCH(QString, code);
        const QUrl url = s3::objectUrl(location(), QStringLiteral("t.txt"));
        const QByteArray body = "tampered";
        QByteArray md5 = QCryptographicHash::hash(body, QCryptographicHash::Md5).toBase64();
        if (change == QLatin1String("md5"))
            md5 = QCryptographicHash::hash("other", QCryptographicHash::Md5).toBase64();
        const s3::sigv4::Headers signedHeaders = {{"Content-MD5", md5}, {"Content-Type", "text/plain"}};
        HttpRequest request;
        request.method = "PUT";
        request.url = url;
        request.body = body;
        request.contentType = change == QLatin1String("type") ? "text/html" : "text/plain";
        request.headers = signedHeaders;
        request.describeError = [](ProviderError error, const HttpResponse &answer) {
            return s3::errorFromAnswer(std::move(error), answer, {});
        };
        if (change != QLatin1String("unsigned")) {
            request.headers += s3::sigv4::signRequest({AccessKeyId, SecretKey}, QStringLiteral("us-east-1"),
                                                      "PUT", url, signedHeaders, s3::sigv4::payloadHash(body),
                                                      QDateTime::currentDateTimeUtc());
        }
        if (change == QLatin1String("body"))
            request.body = "tampereD";
        if (change == QLatin1String("meta"))
            request.headers.append(qMakePair(QByteArray("x-amz-meta-extra"), QByteArray("1")));
        if (change == QLatin1String("no hash"))
            request.headers.removeIf(
                [](const auto &header) { return header.first == "x-amz-content-sha256"; });
        auto outcome = sendRequest(m_http, request);
        QVERIFY(settle(outcome));
        QVERIFY(!outcome->result->ok());
        QVERIFY2(m_network.requests().last().status >= 400, outcome->why());
        QVERIFY(!m_network.object(Bucket, QStringLiteral("t.txt")));
        QVERIFY2(outcome->result->error().message.startsWith(code + QStringLiteral(": ")), outcome->why());
        QCOMPARE(m_network.requests().size(), 1);
    }

    void signedRequestsVerifyOnTheWire_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("get") << QByteArray("GET") << QString::fromUtf8("ü clip+1=2.mp4") << QByteArray()
                             << QByteArray();
        QTest::newRow("put") << QByteArray("PUT") << QStringLiteral("a b/c&d.txt") << QByteArray()
                             << QByteArray("body");
        QTest::newRow("empty put") << QByteArray("PUT") << QStringLiteral("empty") << QByteArray()
                                   << QByteArray();
        QTest::newRow("create") << QByteArray("POST") << QStringLiteral("m.mp4") << QByteArray("uploads=")
                                << QByteArray();
        QTest::newRow("list") << QByteArray("GET") << QString()
                              << QByteArray("list-type=2&prefix=a%20b%2F%C3%BC&continuation-token=x%2By%3D")
                              << QByteArray();
        QTest::newRow("delete") << QByteArray("DELETE") << QStringLiteral("x/y")
                                << QByteArray("uploadId=a%2Bb%3D") << QByteArray();
    }

    // Qt writes Host (with the port), the path and the query itself: a signature computed by the client
    // must verify against the request as it arrives on a real socket.
    void signedRequestsVerifyOnTheWire()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, key);
        QFETCH(QByteArray, query);
        QFETCH(QByteArray, body);
        RawServer server;
        server.setHandler([](const Arrival &, int) {
            return respond(response(200, {{"ETag", "\"x\""}}, {}));
        });
        const s3::Location location{server.url({}).adjusted(QUrl::RemovePath), QStringLiteral("us-east-1"),
                                    Bucket, s3::Addressing::Path};
        const QUrl url = s3::objectUrl(location, key, query);
        s3::sigv4::Headers headers;
        if (method == "PUT" || method == "POST")
            headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/octet-stream")));
        HttpRequest request;
        request.method = method;
        request.url = url;
        request.body = body;
        request.contentType = headers.isEmpty() ? QByteArray() : headers[0].second;
        request.headers =
            headers + s3::sigv4::signRequest({AccessKeyId, SecretKey}, QStringLiteral("us-east-1"), method,
                                             url, headers, s3::sigv4::payloadHash(body),
                                             QDateTime::currentDateTimeUtc());
        QNetworkAccessManager network;
        HttpClient http(&network, fastPolicy());
        auto outcome = sendRequest(http, request);
        QVERIFY(settle(outcome));
        QCOMPARE(server.arrivals().size(), 1);
        const Arrival &arrival = server.arrivals()[0];
        fakes3::Request wire;
        wire.method = arrival.method;
        wire.host = arrival.headers.value("host");
        const qsizetype question = arrival.target.indexOf('?');
        wire.path = question < 0 ? arrival.target : arrival.target.left(question);
        wire.query = question < 0 ? QByteArray() : arrival.target.mid(question + 1);
        wire.headers = arrival.headers;
        wire.body = arrival.body;
        QCOMPARE(wire.host, QByteArray("127.0.0.1:") + QByteArray::number(server.url({}).port()));
        const std::optional<fakes3::Answer> refused =
            fakes3::verify(wire, fakes3::AuthContext{{{AccessKeyId, SecretKey}},
                                                     QStringLiteral("us-east-1"),
                                                     QDateTime::currentDateTimeUtc()});
        QVERIFY2(!refused, refused ? refused->body.constData() : "");
    }
};

QTEST_GUILESS_MAIN(TestFakeS3)
#include "tst_fakes3.moc"
