// s3::Client (app/sync/s3) through the real HttpClient against FakeS3Network, the strict in-process
// fake S3 (tests/support/fakes3), which verifies every request's SigV4 signature on its own: objects,
// listings, multipart uploads, integrity checks, S3's XML errors, retries and timeouts, ranged and
// resumed downloads, presigned URLs, both addressings, and no secret in any log line or message.
// tst_fakes3 shows that the fake refuses what S3 refuses, and that signatures hold on a real socket.
#include "../unit/httptestsupport.h"
#include "fakes3network.h"
#include "s3client.h"

#include <QCryptographicHash>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace storyreel;
using namespace storyreel::test;
using namespace std::chrono_literals;
using fakes3::Fault;
using fakes3::FaultRule;

namespace {

const QString AccessKeyId = QStringLiteral("AKIAFAKES3TEST000001");
const QString SecretKey = QStringLiteral("fake/Secret+Canary=Key9f8e7d6c5b4a");
const QString Bucket = QStringLiteral("studio-media");
constexpr qint64 MiB = 1024 * 1024;

QByteArray md5Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex();
}

// The client, its HttpClient and the fake, wired together.
struct Fixture
{
    explicit Fixture(s3::Addressing addressing = s3::Addressing::Path, HttpPolicy policy = fastPolicy())
        : http(&network, policy), client(http, location(addressing), s3::Keys{AccessKeyId, SecretKey})
    {
        network.addKeys(AccessKeyId, SecretKey);
        network.createBucket(Bucket);
        client.setTransferTimeout(3000ms);
    }

    s3::Location location(s3::Addressing addressing, const QString &bucket = Bucket) const
    {
        return s3::Location{network.endpoint(), QStringLiteral("us-east-1"), bucket, addressing};
    }

    FakeS3Network network;
    HttpClient http;
    s3::Client client;
};

// Starts a call whose callback records its one outcome.
template <typename T, typename Start>
std::shared_ptr<Outcome<T>> start(Start start)
{
    auto outcome = std::make_shared<Outcome<T>>();
    start([outcome](ProviderResult<T> result) {
        ++outcome->calls;
        outcome->result.emplace(std::move(result));
    });
    return outcome;
}

template <typename T>
T valueOf(const std::shared_ptr<Outcome<T>> &outcome)
{
    return outcome->result && outcome->result->ok() ? outcome->result->value() : T();
}

}  // namespace

class TestS3Client : public QObject
{
    Q_OBJECT

    std::unique_ptr<Fixture> m_f;
    QSet<QByteArray> m_secrets;  // every signature and presigned query seen: none may reach the log
    QTemporaryDir m_dir;

    // put() and wait; the ETag, or empty on failure (the test then fails).
    QByteArray put(const QString &key, const QByteArray &body, const QByteArray &type = "video/mp4",
                   const s3::Metadata &metadata = {})
    {
        auto outcome = start<QByteArray>(
            [&](auto done) { return m_f->client.put(key, body, type, metadata, {}, done); });
        if (!settle(outcome) || !outcome->result->ok()) {
            qWarning("put %s failed: %s", qUtf8Printable(key), outcome->why().constData());
            return {};
        }
        return outcome->result->value();
    }

    std::shared_ptr<Outcome<QByteArray>> uploadMultipart(const QString &key, const QList<QByteArray> &parts,
                                                         QList<s3::UploadedPart> *uploaded = nullptr)
    {
        auto created = start<QString>([&](auto done) {
            return m_f->client.createMultipart(key, "video/mp4", {{"look-id", "7"}}, done);
        });
        if (!settle(created) || !created->result->ok())
            return nullptr;
        QList<s3::UploadedPart> done;
        for (int i = 0; i < parts.size(); ++i) {
            auto part = start<s3::UploadedPart>([&](auto callback) {
                return m_f->client.uploadPart(key, created->result->value(), i + 1, parts[i], {}, callback);
            });
            if (!settle(part) || !part->result->ok())
                return nullptr;
            done << part->result->value();
        }
        if (uploaded)
            *uploaded = done;
        auto completed = start<QByteArray>([&](auto callback) {
            return m_f->client.completeMultipart(key, created->result->value(), done, {}, callback);
        });
        settle(completed);
        return completed;
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    void harvest(const FakeS3Network &network)
    {
        for (const fakes3::Request &request : network.requests()) {
            const QByteArray authorization = request.headers.value("authorization");
            if (authorization.contains("Signature="))
                m_secrets << authorization.mid(authorization.indexOf("Signature=") + 10);
            if (request.hasQueryItem("X-Amz-Signature"))
                m_secrets << request.queryValue("X-Amz-Signature");
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        logcapture::start();
    }

    void init() { m_f = std::make_unique<Fixture>(); }

    void cleanup()
    {
        harvest(m_f->network);
        m_f.reset();
    }

    void cleanupTestCase()
    {
        const QStringList log = logcapture::stop();
        QVERIFY2(log.filter(QStringLiteral("[S3 ")).size() > 10, qPrintable(log.join(QLatin1Char('\n'))));
        QVERIFY(m_secrets.size() > 20);
        for (const QString &line : log) {
            QVERIFY2(!line.contains(SecretKey), qPrintable(line));
            QVERIFY2(!line.contains(QStringLiteral("Signature=")), qPrintable(line));
            QVERIFY2(!line.contains(QStringLiteral("X-Amz-Signature")), qPrintable(line));
            QVERIFY2(!line.contains(QStringLiteral("Credential=")), qPrintable(line));
            QVERIFY2(!line.contains(QStringLiteral("X-Amz-Credential")), qPrintable(line));
            QVERIFY2(!line.contains(QStringLiteral("AWS4-HMAC-SHA256")), qPrintable(line));
            for (const QByteArray &secret : std::as_const(m_secrets))
                QVERIFY2(!line.contains(QString::fromLatin1(secret)), qPrintable(line));
        }
    }

    // --- objects --------------------------------------------------------------------------------

    void putHeadGetDelete()
    {
        const QString key = QStringLiteral("videos/clip 1.mp4");
        const QByteArray body = payload(300000);
        QCOMPARE(put(key, body, "video/mp4", {{"look-id", "42"}, {"title", "Morning light"}}), md5Hex(body));
        const std::optional<fakes3::Object> stored = m_f->network.object(Bucket, key);
        QVERIFY(stored);
        QCOMPARE(stored->data, body);
        QCOMPARE(stored->contentType, QByteArray("video/mp4"));
        QCOMPARE(stored->metadata.value("look-id"), QByteArray("42"));
        QCOMPARE(stored->metadata.value("title"), QByteArray("Morning light"));
        const fakes3::Request &sent = m_f->network.requests().last();
        QCOMPARE(sent.kind, QStringLiteral("PutObject"));
        QCOMPARE(sent.headers.value("content-md5"),
                 QCryptographicHash::hash(body, QCryptographicHash::Md5).toBase64());
        QVERIFY(sent.headers.value("authorization")
                    .contains("SignedHeaders=content-md5;content-type;host;x-amz-content-sha256;x-amz-date;x-"
                              "amz-meta-look-id;"
                              "x-amz-meta-title,"));

        auto head =
            start<std::optional<s3::ObjectInfo>>([&](auto done) { return m_f->client.head(key, done); });
        QVERIFY(settle(head));
        QVERIFY2(head->result->ok(), head->why().constData());
        const std::optional<s3::ObjectInfo> info = head->result->value();
        QVERIFY(info);
        QCOMPARE(info->key, key);
        QCOMPARE(info->size, body.size());
        QCOMPARE(info->etag, md5Hex(body));
        QCOMPARE(info->contentType, QByteArray("video/mp4"));
        QCOMPARE(info->metadata.value("look-id"), QByteArray("42"));
        QVERIFY(qAbs(info->lastModified.secsTo(QDateTime::currentDateTimeUtc())) < 60);

        const QString file = path(QStringLiteral("clip.partial"));
        auto got = start<qint64>([&](auto done) { return m_f->client.download(key, file, {}, done); });
        QVERIFY(settle(got));
        QVERIFY2(got->result->ok(), got->why().constData());
        QCOMPARE(got->result->value(), body.size());
        QCOMPARE(readFile(file), body);

        for (int round = 0; round < 2; ++round) {  // the second time the key is already gone
            auto removed = start<Done>([&](auto done) { return m_f->client.remove(key, done); });
            QVERIFY(settle(removed));
            QVERIFY2(removed->result->ok(), removed->why().constData());
        }
        QVERIFY(!m_f->network.object(Bucket, key));
        auto gone =
            start<std::optional<s3::ObjectInfo>>([&](auto done) { return m_f->client.head(key, done); });
        QVERIFY(settle(gone));
        QVERIFY2(gone->result->ok(), gone->why().constData());
        QVERIFY(!gone->result->value());
    }

    void keysNeedingEncoding_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("spaces and unicode") << QString::fromUtf8("looks/été 2024/ü clip.mp4");
        QTest::newRow("plus and equals") << QStringLiteral("a+b=c/x+y=.mp4");
        QTest::newRow("reserved") << QStringLiteral("x&y$z,;:@'()*!#?[].txt");
        QTest::newRow("percent and tilde") << QStringLiteral("100%~done.txt");
        QTest::newRow("double slash") << QStringLiteral("a//b.txt");
        QTest::newRow("emoji") << QString::fromUtf8("clips/\xF0\x9F\x8E\xAC.mp4");
    }

    void keysNeedingEncoding()
    {
        QFETCH(QString, key);
        const QByteArray body = "bytes of " + key.toUtf8();
        QCOMPARE(put(key, body, "text/plain"), md5Hex(body));
        QCOMPARE(m_f->network.keys(Bucket), QStringList{key});
        auto listed = start<s3::ListPage>([&](auto done) { return m_f->client.list(key, {}, 10, done); });
        QVERIFY(settle(listed));
        QVERIFY2(listed->result->ok(), listed->why().constData());
        QCOMPARE(listed->result->value().objects.size(), 1);
        QCOMPARE(listed->result->value().objects[0].key, key);
        QCOMPARE(listed->result->value().objects[0].etag, md5Hex(body));
        const QString file = path(QStringLiteral("key.partial"));
        QFile::remove(file);
        auto got = start<qint64>([&](auto done) { return m_f->client.download(key, file, {}, done); });
        QVERIFY(settle(got));
        QVERIFY2(got->result->ok(), got->why().constData());
        QCOMPARE(readFile(file), body);
    }

    void invalidKeyIsRefusedWithoutARequest()
    {
        auto outcome = start<QByteArray>(
            [&](auto done) { return m_f->client.put(QStringLiteral("a/../b"), "x", {}, {}, {}, done); });
        QVERIFY(settle(outcome));
        QCOMPARE(outcome->result->error().kind, ProviderErrorKind::BadRequest);
        QVERIFY(m_f->network.requests().isEmpty());
    }

    void listPaginates()
    {
        const QString prefix = QString::fromUtf8("p ü/");
        QStringList expected;
        for (int i = 0; i < 7; ++i) {
            expected << prefix + QStringLiteral("item-%1").arg(i);
            QVERIFY(!put(expected.last(), QByteArray::number(i)).isEmpty());
        }
        QVERIFY(!put(QStringLiteral("other/one"), "x").isEmpty());
        QStringList seen;
        QList<int> sizes;
        QString token;
        do {
            auto page =
                start<s3::ListPage>([&](auto done) { return m_f->client.list(prefix, token, 3, done); });
            QVERIFY(settle(page));
            QVERIFY2(page->result->ok(), page->why().constData());
            for (const s3::ObjectInfo &object : page->result->value().objects) {
                seen << object.key;
                QCOMPARE(object.size, 1);
                QVERIFY(object.lastModified.isValid());
            }
            sizes << int(page->result->value().objects.size());
            token = page->result->value().nextContinuationToken;
            // The fake's tokens have '+', '/' or '=': they must travel encoded.
            QVERIFY(token.isEmpty() || token.contains(QRegularExpression(QStringLiteral("[+/=]"))));
        } while (!token.isEmpty() && sizes.size() < 10);
        QCOMPARE(seen, expected);
        QCOMPARE(sizes, (QList<int>{3, 3, 1}));
        QCOMPARE(m_f->network.requestCount(QStringLiteral("ListObjectsV2")), 3);
    }

    void uploadProgressIsReported()
    {
        m_f->network.setUploadPace(64 * 1024, 0);
        const QByteArray body = payload(int(MiB));
        QList<qint64> sent;
        auto outcome = start<QByteArray>([&](auto done) {
            return m_f->client.put(
                QStringLiteral("p.bin"), body, {}, {},
                [&sent, &body](qint64 bytes, qint64 total) {
                    QCOMPARE(total, body.size());
                    sent << bytes;
                },
                done);
        });
        QVERIFY(settle(outcome));
        QVERIFY2(outcome->result->ok(), outcome->why().constData());
        QCOMPARE(sent.size(), 16);
        QVERIFY(std::is_sorted(sent.begin(), sent.end()));
        QCOMPARE(sent.last(), body.size());
    }

    void cancelEndsTheCallOnce()
    {
        m_f->network.setUploadPace(1024, 5);
        auto outcome = start<QByteArray>([&](auto done) {
            auto call = m_f->client.put(QStringLiteral("c.bin"), payload(100000), {}, {}, {}, done);
            QTimer::singleShot(20, [call] { call->cancel(); });
            return call;
        });
        QVERIFY(settle(outcome));
        QCOMPARE(outcome->result->error().kind, ProviderErrorKind::Cancelled);
        QVERIFY(!m_f->network.object(Bucket, QStringLiteral("c.bin")));
    }

    // --- multipart ------------------------------------------------------------------------------

    void multipartRoundTrip()
    {
        const QList<QByteArray> parts = {payload(int(5 * MiB)), payload(1000)};
        QList<s3::UploadedPart> uploaded;
        auto completed = uploadMultipart(QStringLiteral("renders/final cut.mp4"), parts, &uploaded);
        QVERIFY(completed);
        QVERIFY2(completed->result->ok(), completed->why().constData());
        const QByteArray expected = md5Hex(QCryptographicHash::hash(parts[0], QCryptographicHash::Md5) +
                                           QCryptographicHash::hash(parts[1], QCryptographicHash::Md5)) +
                                    "-2";
        QCOMPARE(completed->result->value(), expected);
        QCOMPARE(uploaded.size(), 2);
        QCOMPARE(uploaded[0].number, 1);
        QCOMPARE(uploaded[0].etag, md5Hex(parts[0]));
        QCOMPARE(uploaded[1].size, 1000);
        const std::optional<fakes3::Object> object =
            m_f->network.object(Bucket, QStringLiteral("renders/final cut.mp4"));
        QVERIFY(object);
        QCOMPARE(object->data, parts[0] + parts[1]);
        QCOMPARE(object->etag, expected);
        QCOMPARE(object->contentType, QByteArray("video/mp4"));
        QCOMPARE(object->metadata.value("look-id"), QByteArray("7"));
        QVERIFY(m_f->network.openUploads(Bucket).isEmpty());
        // The fake's upload ids have '+', '/' and '=': they reached it intact.
        const fakes3::Request &complete = m_f->network.requests().last();
        QCOMPARE(complete.kind, QStringLiteral("CompleteMultipartUpload"));
        QVERIFY(complete.queryValue("uploadId").startsWith("fake+"));
    }

    void multipartPartsAreChecked_data()
    {
        QTest::addColumn<int>("firstPartSize");
        QTest::addColumn<bool>("wrongETag");
        QTest::addColumn<QString>("code");
        QTest::newRow("part below 5 MiB") << 1000 << false << QStringLiteral("EntityTooSmall");
        QTest::newRow("wrong part ETag") << int(5 * MiB) << true << QStringLiteral("InvalidPart");
    }

    void multipartPartsAreChecked()
    {
        QFETCH(int, firstPartSize);
        QFETCH(bool, wrongETag);
        QFETCH(QString, code);
        const QString key = QStringLiteral("m.bin");
        auto created =
            start<QString>([&](auto done) { return m_f->client.createMultipart(key, {}, {}, done); });
        QVERIFY(settle(created));
        QList<s3::UploadedPart> parts;
        for (const QByteArray &data : {payload(firstPartSize), payload(10)}) {
            auto part = start<s3::UploadedPart>([&](auto done) {
                return m_f->client.uploadPart(key, valueOf(created), int(parts.size()) + 1, data, {}, done);
            });
            QVERIFY(settle(part));
            QVERIFY2(part->result->ok(), part->why().constData());
            parts << part->result->value();
        }
        if (wrongETag)
            parts[0].etag = md5Hex("something else");
        auto completed = start<QByteArray>(
            [&](auto done) { return m_f->client.completeMultipart(key, valueOf(created), parts, {}, done); });
        QVERIFY(settle(completed));
        QCOMPARE(completed->result->error().kind, ProviderErrorKind::BadRequest);
        QVERIFY2(completed->result->error().message.startsWith(code + QStringLiteral(": ")),
                 completed->why());
        QCOMPARE(m_f->network.openUploads(Bucket).size(), 1);
        QCOMPARE(m_f->network.openUploads(Bucket)[0].parts.size(), 2);

        auto aborted =
            start<Done>([&](auto done) { return m_f->client.abortMultipart(key, valueOf(created), done); });
        QVERIFY(settle(aborted));
        QVERIFY2(aborted->result->ok(), aborted->why().constData());
        QVERIFY(m_f->network.openUploads(Bucket).isEmpty());
        // Aborting again: the upload is gone, which is what was wanted.
        auto again =
            start<Done>([&](auto done) { return m_f->client.abortMultipart(key, valueOf(created), done); });
        QVERIFY(settle(again));
        QVERIFY2(again->result->ok(), again->why().constData());
        QCOMPARE(m_f->network.requests().last().status, 404);
    }

    void corruptETagsAreBadResponses_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("put") << QStringLiteral("PutObject");
        QTest::newRow("upload part") << QStringLiteral("UploadPart");
        QTest::newRow("complete") << QStringLiteral("CompleteMultipartUpload");
    }

    void corruptETagsAreBadResponses()
    {
        QFETCH(QString, kind);
        m_f->network.injectFault(FaultRule{Fault::CorruptETag, 1, kind});
        std::shared_ptr<Outcome<QByteArray>> outcome;
        if (kind == QLatin1String("PutObject")) {
            outcome = start<QByteArray>([&](auto done) {
                return m_f->client.put(QStringLiteral("e.bin"), "data", {}, {}, {}, done);
            });
            QVERIFY(settle(outcome));
        } else {
            outcome = uploadMultipart(QStringLiteral("e.bin"), {payload(int(5 * MiB)), payload(10)});
            if (kind == QLatin1String("UploadPart")) {
                QVERIFY(!outcome);  // the first part failed
                QCOMPARE(m_f->network.requestCount(QStringLiteral("UploadPart")), 1);
                return;
            }
            QVERIFY(outcome);
        }
        QCOMPARE(outcome->result->error().kind, ProviderErrorKind::BadResponse);
        QCOMPARE(m_f->network.requestCount(kind), 1);  // not retried: the storage answered
    }

    void partETagMismatchFailsThePart()
    {
        m_f->network.injectFault(FaultRule{Fault::CorruptETag, 1, QStringLiteral("UploadPart")});
        auto created = start<QString>(
            [&](auto done) { return m_f->client.createMultipart(QStringLiteral("p.bin"), {}, {}, done); });
        QVERIFY(settle(created));
        auto part = start<s3::UploadedPart>([&](auto done) {
            return m_f->client.uploadPart(QStringLiteral("p.bin"), valueOf(created), 1, "abc", {}, done);
        });
        QVERIFY(settle(part));
        QCOMPARE(part->result->error().kind, ProviderErrorKind::BadResponse);
        QVERIFY(part->result->error().message.contains(QStringLiteral("part 1")));
    }

    void completeWithErrorIn200Fails()
    {
        m_f->network.injectFault(FaultRule{Fault::ErrorIn200, 1, QStringLiteral("CompleteMultipartUpload")});
        auto completed = uploadMultipart(QStringLiteral("x.bin"), {payload(100)});
        QVERIFY(completed);
        QCOMPARE(completed->result->error().kind, ProviderErrorKind::Server);
        QVERIFY2(completed->result->error().message.startsWith(QStringLiteral("InternalError: ")),
                 completed->why());
        QCOMPARE(m_f->network.openUploads(Bucket).size(), 1);
        QVERIFY(!m_f->network.object(Bucket, QStringLiteral("x.bin")));
    }

    void completeAcceptsTheWholeObjectMd5()
    {
        // s3rver answers the whole object's MD5 instead of S3's "md5-of-md5s-N".
        m_f->network.injectFault(
            FaultRule{Fault::WholeObjectETag, 1, QStringLiteral("CompleteMultipartUpload")});
        const QList<QByteArray> parts = {payload(int(5 * MiB)), payload(77)};
        QList<s3::UploadedPart> uploaded;
        auto created = start<QString>(
            [&](auto done) { return m_f->client.createMultipart(QStringLiteral("w.bin"), {}, {}, done); });
        QVERIFY(settle(created));
        for (int i = 0; i < 2; ++i) {
            auto part = start<s3::UploadedPart>([&](auto done) {
                return m_f->client.uploadPart(QStringLiteral("w.bin"), valueOf(created), i + 1, parts[i], {},
                                              done);
            });
            QVERIFY(settle(part));
            uploaded << valueOf(part);
        }
        const QByteArray whole = md5Hex(parts[0] + parts[1]);
        auto completed = start<QByteArray>([&](auto done) {
            return m_f->client.completeMultipart(QStringLiteral("w.bin"), valueOf(created), uploaded, whole,
                                                 done);
        });
        QVERIFY(settle(completed));
        QVERIFY2(completed->result->ok(), completed->why().constData());
        QCOMPARE(completed->result->value(), whole);
    }

    void completeWhoseAnswerWasLostSucceeds()
    {
        // The first attempt completes the upload but its answer is cut; the retry finds no upload and
        // the object with the expected ETag.
        m_f->network.injectFault(FaultRule{Fault::DropMidBody, 1, QStringLiteral("CompleteMultipartUpload")});
        auto completed = uploadMultipart(QStringLiteral("lost.bin"), {payload(int(5 * MiB)), payload(5)});
        QVERIFY(completed);
        QVERIFY2(completed->result->ok(), completed->why().constData());
        QCOMPARE(m_f->network.requestCount(QStringLiteral("CompleteMultipartUpload")), 2);
        QCOMPARE(m_f->network.requestCount(QStringLiteral("HeadObject")), 1);
        QVERIFY(completed->result->value().endsWith("-2"));
    }

    void abortUnsupportedIsAClearError_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("405 (s3rver)") << 405;
        QTest::newRow("501") << 501;
    }

    void abortUnsupportedIsAClearError()
    {
        QFETCH(int, status);
        m_f->network.injectFault(FaultRule{Fault::Status,
                                           1,
                                           QStringLiteral("AbortMultipartUpload"),
                                           {},
                                           {},
                                           {},
                                           status,
                                           QStringLiteral("MethodNotAllowed")});
        auto aborted = start<Done>([&](auto done) {
            return m_f->client.abortMultipart(QStringLiteral("a.bin"), QStringLiteral("id"), done);
        });
        QVERIFY(settle(aborted));
        QCOMPARE(aborted->result->error().kind, ProviderErrorKind::BadRequest);
        QCOMPARE(aborted->result->error().httpStatus, status);
        QVERIFY2(aborted->result->error().message.contains(QStringLiteral("cannot abort")), aborted->why());
        QCOMPARE(m_f->network.requestCount(QStringLiteral("AbortMultipartUpload")), 1);
    }

    // --- errors, retries, timeouts ----------------------------------------------------------------

    void s3ErrorsCarryTheirCode_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("no such bucket")
            << QStringLiteral("bucket") << int(ProviderErrorKind::NotFound)
            << QStringLiteral("NoSuchBucket: The specified bucket does not exist");
        QTest::newRow("no such key") << QStringLiteral("key") << int(ProviderErrorKind::NotFound)
                                     << QStringLiteral("NoSuchKey: The specified key does not exist.");
        QTest::newRow("wrong secret") << QStringLiteral("secret") << int(ProviderErrorKind::Unauthorized)
                                      << QStringLiteral(
                                             "SignatureDoesNotMatch: The request signature we calculated "
                                             "does not match the signature you provided. Check your key "
                                             "and signing method.");
        QTest::newRow("unknown key id") << QStringLiteral("key id") << int(ProviderErrorKind::Unauthorized)
                                        << QStringLiteral(
                                               "InvalidAccessKeyId: The AWS Access Key Id you provided "
                                               "does not exist in our records.");
        QTest::newRow("wrong region") << QStringLiteral("region") << int(ProviderErrorKind::BadRequest)
                                      << QStringLiteral(
                                             "AuthorizationHeaderMalformed: The authorization header is "
                                             "malformed; the region 'eu-west-3' is wrong; expecting "
                                             "'us-east-1'");
        QTest::newRow("clock skew") << QStringLiteral("clock") << int(ProviderErrorKind::Forbidden)
                                    << QStringLiteral(
                                           "RequestTimeTooSkewed: The difference between the request time "
                                           "and the current time is too large.");
    }

    void s3ErrorsCarryTheirCode()
    {
        QFETCH(QString, setup);
        QFETCH(int, kind);
        QFETCH(QString, message);
        s3::Location location = m_f->location(s3::Addressing::Path);
        s3::Keys keys{AccessKeyId, SecretKey};
        if (setup == QLatin1String("bucket"))
            location.bucket = QStringLiteral("missing-bucket");
        else if (setup == QLatin1String("secret"))
            keys.secretAccessKey = QStringLiteral("not-the-secret");
        else if (setup == QLatin1String("key id"))
            keys.accessKeyId = QStringLiteral("AKIAUNKNOWN");
        else if (setup == QLatin1String("region"))
            location.region = QStringLiteral("eu-west-3");
        else if (setup == QLatin1String("clock"))
            m_f->network.setClock([] { return QDateTime::currentDateTimeUtc().addSecs(3600); });
        s3::Client client(m_f->http, location, keys);
        const QString file = path(QStringLiteral("error.partial"));
        QFile::remove(file);
        auto outcome = start<qint64>(
            [&](auto done) { return client.download(QStringLiteral("nothing.mp4"), file, {}, done); });
        QVERIFY(settle(outcome));
        const ProviderError error = outcome->result->error();
        QCOMPARE(int(error.kind), kind);
        QCOMPARE(error.message, message);
        QCOMPARE(m_f->network.requests().size(), 1);  // S3's refusals are not retried
        QVERIFY(!error.message.contains(keys.secretAccessKey));
        QVERIFY(!error.message.contains(QStringLiteral("AWS4-HMAC-SHA256")));
        QCOMPARE(readFile(file), QByteArray());  // an error body never lands in the file
        if (setup == QLatin1String("key"))
            return;

        // The same through send() (list), where the body is read whole.
        auto listed = start<s3::ListPage>([&](auto done) { return client.list({}, {}, 5, done); });
        QVERIFY(settle(listed));
        QCOMPARE(int(listed->result->error().kind), kind);
        QCOMPARE(listed->result->error().message, message);
    }

    void headRefusalHasNoBodyButAKind()
    {
        s3::Client client(m_f->http, m_f->location(s3::Addressing::Path),
                          s3::Keys{AccessKeyId, QStringLiteral("wrong")});
        auto head = start<std::optional<s3::ObjectInfo>>(
            [&](auto done) { return client.head(QStringLiteral("a"), done); });
        QVERIFY(settle(head));
        QCOMPARE(head->result->error().kind, ProviderErrorKind::Forbidden);
        QCOMPARE(head->result->error().httpStatus, 403);
    }

    void serverErrorsAreRetried_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<QString>("kind");
        QTest::newRow("500 put") << int(Fault::InternalError) << QStringLiteral("PutObject");
        QTest::newRow("503 put") << int(Fault::SlowDown) << QStringLiteral("PutObject");
        QTest::newRow("500 get") << int(Fault::InternalError) << QStringLiteral("GetObject");
        QTest::newRow("503 list") << int(Fault::SlowDown) << QStringLiteral("ListObjectsV2");
        QTest::newRow("500 create multipart")
            << int(Fault::InternalError) << QStringLiteral("CreateMultipartUpload");
        QTest::newRow("503 complete") << int(Fault::SlowDown) << QStringLiteral("CompleteMultipartUpload");
        QTest::newRow("dropped get") << int(Fault::DropMidBody) << QStringLiteral("GetObject");
        QTest::newRow("dropped put") << int(Fault::DropMidBody) << QStringLiteral("PutObject");
    }

    void serverErrorsAreRetried()
    {
        QFETCH(int, fault);
        QFETCH(QString, kind);
        m_f->network.putObject(Bucket, QStringLiteral("seed.bin"), payload(50000));
        m_f->network.injectFault(FaultRule{Fault(fault), 2, kind});
        bool ok = false;
        if (kind == QLatin1String("PutObject")) {
            ok = put(QStringLiteral("r.bin"), payload(2000)) == md5Hex(payload(2000));
        } else if (kind == QLatin1String("GetObject")) {
            const QString file = path(QStringLiteral("retry.partial"));
            QFile::remove(file);
            auto got = start<qint64>(
                [&](auto done) { return m_f->client.download(QStringLiteral("seed.bin"), file, {}, done); });
            ok = settle(got) && got->result->ok() && readFile(file) == payload(50000);
        } else if (kind == QLatin1String("ListObjectsV2")) {
            auto listed = start<s3::ListPage>([&](auto done) { return m_f->client.list({}, {}, 10, done); });
            ok = settle(listed) && listed->result->ok() && listed->result->value().objects.size() == 1;
        } else {
            auto completed = uploadMultipart(QStringLiteral("mp.bin"), {payload(300)});
            ok = completed && completed->result->ok();
        }
        QVERIFY(ok);
        QCOMPARE(m_f->network.requestCount(kind), 3);
    }

    void serverErrorsExhaustTheRetries()
    {
        m_f->network.injectFault(FaultRule{Fault::InternalError, 10, QStringLiteral("PutObject")});
        auto outcome = start<QByteArray>(
            [&](auto done) { return m_f->client.put(QStringLiteral("x"), "x", {}, {}, {}, done); });
        QVERIFY(settle(outcome));
        QCOMPARE(outcome->result->error().kind, ProviderErrorKind::Server);
        QCOMPARE(outcome->result->error().httpStatus, 500);
        QCOMPARE(outcome->result->error().message,
                 QStringLiteral("InternalError: We encountered an internal error. Please try again."));
        QCOMPARE(m_f->network.requestCount(QStringLiteral("PutObject")), fastPolicy().maxAttempts);
    }

    void stallTimesOutAfterRetries_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("list") << QStringLiteral("ListObjectsV2");
        QTest::newRow("put") << QStringLiteral("PutObject");
        QTest::newRow("download") << QStringLiteral("GetObject");
    }

    void stallTimesOutAfterRetries()
    {
        QFETCH(QString, kind);
        m_f->client.setTransferTimeout(200ms);
        m_f->network.injectFault(FaultRule{Fault::Stall, 10, kind});
        QElapsedTimer clock;
        clock.start();
        std::shared_ptr<Outcome<Done>> outcome = start<Done>([&](auto done) {
            const auto adapt = [done](auto result) {
                done(result ? ProviderStatus(Done{}) : result.error());
            };
            if (kind == QLatin1String("PutObject"))
                return m_f->client.put(QStringLiteral("s"), payload(1000), {}, {}, {}, adapt);
            if (kind == QLatin1String("GetObject"))
                return m_f->client.download(QStringLiteral("s"), path(QStringLiteral("stall.partial")), {},
                                            adapt);
            return m_f->client.list({}, {}, 10, adapt);
        });
        QVERIFY(settle(outcome));
        QCOMPARE(outcome->result->error().kind, ProviderErrorKind::Timeout);
        QCOMPARE(m_f->network.requestCount(kind), fastPolicy().maxAttempts);
        QVERIFY(clock.elapsed() >= 3 * 200);
    }

    void slowButMovingUploadDoesNotTimeOut()
    {
        m_f->client.setTransferTimeout(400ms);
        m_f->network.setUploadPace(64 * 1024, 60);  // 16 steps of 60 ms: about 1 s in all
        const QByteArray body = payload(int(MiB));
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(put(QStringLiteral("slow.bin"), body), md5Hex(body));
        QVERIFY(clock.elapsed() >= 800);
        QCOMPARE(m_f->network.requestCount(QStringLiteral("PutObject")), 1);
    }

    void slowButMovingDownloadDoesNotTimeOut()
    {
        m_f->client.setTransferTimeout(400ms);
        m_f->network.putObject(Bucket, QStringLiteral("big.bin"), payload(int(MiB)));
        m_f->network.setDownloadPace(64 * 1024, 60);
        const QString file = path(QStringLiteral("slow.partial"));
        QFile::remove(file);
        QList<qint64> progress;
        auto got = start<qint64>([&](auto done) {
            return m_f->client.download(
                QStringLiteral("big.bin"), file,
                [&progress](qint64 received, qint64) { progress << received; }, done);
        });
        QVERIFY(settle(got));
        QVERIFY2(got->result->ok(), got->why().constData());
        QCOMPARE(readFile(file), payload(int(MiB)));
        QCOMPARE(progress.size(), 16);
        QCOMPARE(m_f->network.requestCount(QStringLiteral("GetObject")), 1);
    }

    // --- downloads --------------------------------------------------------------------------------

    void downloadResumesFromAPartialFile()
    {
        const QByteArray object = payload(200000);
        m_f->network.putObject(Bucket, QStringLiteral("v.mp4"), object, "video/mp4");
        const QString file = path(QStringLiteral("resume.partial"));
        QFile partial(file);
        QVERIFY(partial.open(QIODevice::WriteOnly | QIODevice::Truncate));
        partial.write(object.left(12345));
        partial.close();
        auto got = start<qint64>(
            [&](auto done) { return m_f->client.download(QStringLiteral("v.mp4"), file, {}, done); });
        QVERIFY(settle(got));
        QVERIFY2(got->result->ok(), got->why().constData());
        QCOMPARE(readFile(file), object);
        QCOMPARE(m_f->network.requests().size(), 1);
        QCOMPARE(m_f->network.requests()[0].headers.value("range"), QByteArray("bytes=12345-"));
        QCOMPARE(m_f->network.requests()[0].status, 206);
    }

    void droppedDownloadResumesWithRange()
    {
        const QByteArray object = payload(300000);
        m_f->network.putObject(Bucket, QStringLiteral("d.mp4"), object, "video/mp4");
        m_f->network.injectFault(FaultRule{Fault::DropMidBody, 1, QStringLiteral("GetObject")});
        const QString file = path(QStringLiteral("dropped.partial"));
        QFile::remove(file);
        auto got = start<qint64>(
            [&](auto done) { return m_f->client.download(QStringLiteral("d.mp4"), file, {}, done); });
        QVERIFY(settle(got));
        QVERIFY2(got->result->ok(), got->why().constData());
        QCOMPARE(readFile(file), object);
        const QList<fakes3::Request> &requests = m_f->network.requests();
        QCOMPARE(requests.size(), 2);
        QVERIFY(!requests[0].headers.contains("range"));
        QCOMPARE(requests[1].headers.value("range"), "bytes=" + QByteArray::number(object.size() / 2) + '-');
    }

    void completePartialFileIsDone()
    {
        const QByteArray object = payload(4096);
        m_f->network.putObject(Bucket, QStringLiteral("whole.bin"), object);
        const QString file = path(QStringLiteral("whole.partial"));
        QFile partial(file);
        QVERIFY(partial.open(QIODevice::WriteOnly | QIODevice::Truncate));
        partial.write(object);
        partial.close();
        auto got = start<qint64>(
            [&](auto done) { return m_f->client.download(QStringLiteral("whole.bin"), file, {}, done); });
        QVERIFY(settle(got));
        QVERIFY2(got->result->ok(), got->why().constData());
        QCOMPARE(got->result->value(), object.size());
        QCOMPARE(m_f->network.requests()[0].status, 416);
        QCOMPARE(readFile(file), object);
    }

    // --- presigned URLs, addressing, redirects ------------------------------------------------------

    void presignedUrlIsAcceptedAndTamperingRejected()
    {
        const QByteArray object = "presigned bytes";
        m_f->network.putObject(Bucket, QString::fromUtf8("share/ü clip+1.mp4"), object, "video/mp4");
        const QUrl url = m_f->client.presignGet(QString::fromUtf8("share/ü clip+1.mp4"), 3600);
        const auto fetch = [this](const QUrl &target) {
            QNetworkReply *reply = m_f->network.get(QNetworkRequest(target));
            if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 5000))
                return std::pair<int, QByteArray>(-1, {});
            reply->deleteLater();
            return std::pair<int, QByteArray>(
                reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll());
        };
        const auto [status, body] = fetch(url);
        QCOMPARE(status, 200);
        QCOMPARE(body, object);

        // Every character after the host, changed to another that decodes differently, is refused.
        const QByteArray encoded = url.toEncoded();
        // (From the character after the path's first '/': before it, a change names another host.)
        const qsizetype start = encoded.indexOf('/', encoded.indexOf("//") + 2) + 1;
        int tried = 0;
        for (qsizetype i = start; i < encoded.size(); ++i) {
            const char c = encoded[i];
            if (c == '%' || (i >= 2 && encoded[i - 1] == '%') || (i >= 3 && encoded[i - 2] == '%'))
                continue;  // inside an escape, a change of case means the same
            QByteArray tampered = encoded;
            tampered[i] = (c >= '0' && c <= '8') || (c >= 'a' && c <= 'y') || (c >= 'A' && c <= 'Y')
                              ? char(c + 1)
                          : (c == '9' || c == 'z' || c == 'Z') ? char(c - 1)
                                                               : 'x';
            const auto [refused, ignored] = fetch(QUrl::fromEncoded(tampered));
            QVERIFY2(refused >= 400, tampered.constData());
            ++tried;
        }
        QVERIFY(tried > 200);

        // An expired URL is refused.
        const QUrl old = m_f->client.presignGet(QString::fromUtf8("share/ü clip+1.mp4"), 3600,
                                                QDateTime::currentDateTimeUtc().addSecs(-3601));
        QCOMPARE(fetch(old).first, 403);
        QCOMPARE(m_f->network.requests().last().status, 403);
        // ... and so is one checked after the clock passed its expiry.
        m_f->network.setClock([] { return QDateTime::currentDateTimeUtc().addSecs(7200); });
        QCOMPARE(fetch(url).first, 403);
    }

    void virtualHostedAddressing()
    {
        Fixture f(s3::Addressing::VirtualHosted);
        s3::Client &client = f.client;
        const QByteArray body = "virtually hosted";
        auto put = start<QByteArray>([&](auto done) {
            return client.put(QStringLiteral("v/h.txt"), body, "text/plain", {}, {}, done);
        });
        QVERIFY(settle(put));
        QVERIFY2(put->result->ok(), put->why().constData());
        auto listed =
            start<s3::ListPage>([&](auto done) { return client.list(QStringLiteral("v/"), {}, 10, done); });
        QVERIFY(settle(listed));
        QVERIFY2(listed->result->ok(), listed->why().constData());
        QCOMPARE(listed->result->value().objects.size(), 1);
        const QUrl presigned = client.presignGet(QStringLiteral("v/h.txt"), 600);
        QCOMPARE(presigned.host(), QStringLiteral("studio-media.s3.fake.test"));
        QNetworkReply *reply = f.network.get(QNetworkRequest(presigned));
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->readAll(), body);
        delete reply;
        for (const fakes3::Request &request : f.network.requests()) {
            QCOMPARE(request.host, QByteArray("studio-media.s3.fake.test"));
            QVERIFY(!request.path.startsWith("/studio-media"));
        }
        QCOMPARE(f.network.requests()[0].path, QByteArray("/v/h.txt"));
        QCOMPARE(f.network.requests()[1].path, QByteArray("/"));
        QCOMPARE(f.network.requests()[1].status, 200);
        harvest(f.network);
    }

    void crossOriginRedirectDropsTheSignature()
    {
        m_f->network.injectFault(
            FaultRule{Fault::Redirect,
                      1,
                      QStringLiteral("ListObjectsV2"),
                      {},
                      {},
                      QUrl(QStringLiteral("http://elsewhere.test/studio-media?list-type=2"))});
        auto listed = start<s3::ListPage>([&](auto done) { return m_f->client.list({}, {}, 10, done); });
        QVERIFY(settle(listed));
        QCOMPARE(listed->result->error().kind, ProviderErrorKind::Network);
        const QList<fakes3::Request> &requests = m_f->network.requests();
        QVERIFY(requests.size() >= 2);
        QVERIFY(requests[0].headers.contains("authorization"));
        for (qsizetype i = 1; i < requests.size(); ++i) {
            QCOMPARE(requests[i].url.host(), QStringLiteral("elsewhere.test"));
            QVERIFY(!requests[i].headers.contains("authorization"));
        }
    }
};

QTEST_GUILESS_MAIN(TestS3Client)
#include "tst_s3client.moc"
