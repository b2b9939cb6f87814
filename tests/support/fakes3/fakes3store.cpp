#include "fakes3store.h"

#include "fakes3auth.h"

#include <QLocale>
#include <QXmlStreamWriter>

namespace storyreel::fakes3 {
namespace {

constexpr int DefaultMaxKeys = 1000;

QHash<QByteArray, QByteArray> metadataOf(const Request &request)
{
    QHash<QByteArray, QByteArray> metadata;
    for (auto it = request.headers.cbegin(); it != request.headers.cend(); ++it) {
        if (it.key().startsWith("x-amz-meta-"))
            metadata.insert(it.key().mid(11), it.value().trimmed());
    }
    return metadata;
}

QString isoTime(const QDateTime &at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
}

// "bytes=a-b", "bytes=a-", "bytes=-n" -> [first, last]; nullopt when absent or not one range (S3 then
// answers the whole object); {-1, -1} when unsatisfiable.
std::optional<std::pair<qint64, qint64>> parseRange(const QByteArray &header, qint64 size)
{
    const QByteArray text = header.trimmed();
    if (!text.startsWith("bytes=") || text.contains(','))
        return std::nullopt;
    const QByteArray spec = text.mid(6);
    const qsizetype dash = spec.indexOf('-');
    if (dash < 0)
        return std::nullopt;
    bool okFirst = true;
    bool okLast = true;
    const QByteArray firstText = spec.left(dash).trimmed();
    const QByteArray lastText = spec.mid(dash + 1).trimmed();
    if (firstText.isEmpty()) {  // suffix: the last n bytes
        const qint64 n = lastText.toLongLong(&okLast);
        if (!okLast)
            return std::nullopt;
        if (n <= 0 || size == 0)
            return std::pair<qint64, qint64>(-1, -1);
        return std::pair<qint64, qint64>(qMax<qint64>(0, size - n), size - 1);
    }
    const qint64 first = firstText.toLongLong(&okFirst);
    const qint64 last = lastText.isEmpty() ? size - 1 : lastText.toLongLong(&okLast);
    if (!okFirst || !okLast || (!lastText.isEmpty() && last < first))
        return std::nullopt;
    if (first >= size)
        return std::pair<qint64, qint64>(-1, -1);
    return std::pair<qint64, qint64>(first, qMin(last, size - 1));
}

}  // namespace

QByteArray httpDate(const QDateTime &at)
{
    return QLocale::c().toString(at.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
}

QByteArray quoted(const QByteArray &etag)
{
    return '"' + etag + '"';
}

QString Store::kindOf(const Request &request)
{
    const QByteArray &method = request.method;
    if (request.key.isEmpty()) {
        if (method == "GET" && request.hasQueryItem("uploads"))
            return QStringLiteral("ListMultipartUploads");
        if (method == "GET" && request.queryValue("list-type") == "2")
            return QStringLiteral("ListObjectsV2");
        return QStringLiteral("Unknown");
    }
    if (method == "HEAD")
        return QStringLiteral("HeadObject");
    if (method == "GET")
        return QStringLiteral("GetObject");
    if (method == "PUT")
        return request.hasQueryItem("partNumber") ? QStringLiteral("UploadPart")
                                                  : QStringLiteral("PutObject");
    if (method == "POST" && request.hasQueryItem("uploads"))
        return QStringLiteral("CreateMultipartUpload");
    if (method == "POST" && request.hasQueryItem("uploadId"))
        return QStringLiteral("CompleteMultipartUpload");
    if (method == "DELETE")
        return request.hasQueryItem("uploadId") ? QStringLiteral("AbortMultipartUpload")
                                                : QStringLiteral("DeleteObject");
    return QStringLiteral("Unknown");
}

Answer Store::handle(const Request &request)
{
    auto bucket = m_buckets.find(request.bucket);
    if (bucket == m_buckets.end())
        return errorAnswer(404, QStringLiteral("NoSuchBucket"),
                           QStringLiteral("The specified bucket does not exist"),
                           {{QStringLiteral("BucketName"), request.bucket}});
    const QString kind = kindOf(request);
    const QByteArray key = request.key.toUtf8();
    if (kind == QLatin1String("ListObjectsV2"))
        return listObjects(request, *bucket);
    if (kind == QLatin1String("HeadObject") || kind == QLatin1String("GetObject")) {
        const auto found = bucket->constFind(key);
        if (found == bucket->cend())
            return errorAnswer(404, QStringLiteral("NoSuchKey"),
                               QStringLiteral("The specified key does not exist."),
                               {{QStringLiteral("Key"), request.key}});
        return headOrGet(request, *found);
    }
    if (kind == QLatin1String("PutObject"))
        return putObject(request, *bucket);
    if (kind == QLatin1String("DeleteObject")) {
        bucket->remove(key);
        Answer answer;
        answer.status = 204;
        return answer;
    }
    if (kind == QLatin1String("CreateMultipartUpload"))
        return createUpload(request);
    if (kind == QLatin1String("UploadPart"))
        return uploadPart(request);
    if (kind == QLatin1String("CompleteMultipartUpload"))
        return completeUpload(request, *bucket);
    if (kind == QLatin1String("AbortMultipartUpload"))
        return abortUpload(request);
    return errorAnswer(501, QStringLiteral("NotImplemented"),
                       QStringLiteral("A header you provided implies functionality that is not implemented"));
}

Answer Store::listObjects(const Request &request, const Bucket &bucket) const
{
    const QByteArray prefix = request.queryValue("prefix");
    const QByteArray token = request.queryValue("continuation-token");
    int maxKeys = DefaultMaxKeys;
    if (request.hasQueryItem("max-keys")) {
        bool ok = false;
        maxKeys = request.queryValue("max-keys").toInt(&ok);
        if (!ok || maxKeys < 0)
            return errorAnswer(400, QStringLiteral("InvalidArgument"),
                               QStringLiteral("Provided max-keys not an integer or within integer range"));
        maxKeys = qMin(maxKeys, DefaultMaxKeys);
    }
    // The token is opaque to clients; here it is the last key listed, base64 (so it has '+', '/', '=').
    QByteArray after;
    if (!token.isEmpty()) {
        const auto decoded = QByteArray::fromBase64Encoding(token, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || !decoded.decoded.startsWith("fake:"))
            return errorAnswer(400, QStringLiteral("InvalidArgument"),
                               QStringLiteral("The continuation token provided is incorrect"));
        after = decoded.decoded.mid(5);
    }

    QList<const Object *> listed;
    QByteArrayList listedKeys;
    bool truncated = false;
    for (auto it = bucket.upperBound(after); it != bucket.cend(); ++it) {
        if (!it.key().startsWith(prefix))
            continue;
        if (listed.size() == maxKeys) {
            truncated = true;
            break;
        }
        listed << &it.value();
        listedKeys << it.key();
    }

    Answer answer;
    answer.addHeader("Content-Type", "application/xml");
    QXmlStreamWriter xml(&answer.body);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("ListBucketResult"));
    xml.writeDefaultNamespace(QStringLiteral("http://s3.amazonaws.com/doc/2006-03-01/"));
    xml.writeTextElement(QStringLiteral("Name"), request.bucket);
    xml.writeTextElement(QStringLiteral("Prefix"), QString::fromUtf8(prefix));
    xml.writeTextElement(QStringLiteral("KeyCount"), QString::number(listed.size()));
    xml.writeTextElement(QStringLiteral("MaxKeys"), QString::number(maxKeys));
    xml.writeTextElement(QStringLiteral("IsTruncated"),
                         truncated ? QStringLiteral("true") : QStringLiteral("false"));
    if (!token.isEmpty())
        xml.writeTextElement(QStringLiteral("ContinuationToken"), QString::fromLatin1(token));
    if (truncated && !listedKeys.isEmpty())
        xml.writeTextElement(QStringLiteral("NextContinuationToken"),
                             QString::fromLatin1(("fake:" + listedKeys.last()).toBase64()));
    for (qsizetype i = 0; i < listed.size(); ++i) {
        xml.writeStartElement(QStringLiteral("Contents"));
        xml.writeTextElement(QStringLiteral("Key"), QString::fromUtf8(listedKeys[i]));
        xml.writeTextElement(QStringLiteral("LastModified"), isoTime(listed[i]->lastModified));
        xml.writeTextElement(QStringLiteral("ETag"), QString::fromLatin1(quoted(listed[i]->etag)));
        xml.writeTextElement(QStringLiteral("Size"), QString::number(listed[i]->data.size()));
        xml.writeTextElement(QStringLiteral("StorageClass"), QStringLiteral("STANDARD"));
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return answer;
}

Answer Store::headOrGet(const Request &request, const Object &object) const
{
    Answer answer;
    answer.headers = {{"ETag", quoted(object.etag)},
                      {"Last-Modified", httpDate(object.lastModified)},
                      {"Accept-Ranges", "bytes"},
                      {"Content-Type", object.contentType.isEmpty() ? QByteArray("binary/octet-stream")
                                                                    : object.contentType}};
    for (auto it = object.metadata.cbegin(); it != object.metadata.cend(); ++it)
        answer.addHeader("x-amz-meta-" + it.key(), it.value());
    const qint64 size = object.data.size();
    const auto range =
        request.method == "GET" ? parseRange(request.headers.value("range"), size) : std::nullopt;
    if (range && range->first < 0) {
        Answer refused = errorAnswer(
            416, QStringLiteral("InvalidRange"), QStringLiteral("The requested range is not satisfiable"),
            {{QStringLiteral("RangeRequested"), QString::fromLatin1(request.headers.value("range"))},
             {QStringLiteral("ActualObjectSize"), QString::number(size)}});
        refused.addHeader("Content-Range", "bytes */" + QByteArray::number(size));
        return refused;
    }
    if (range) {
        answer.status = 206;
        answer.body = object.data.mid(range->first, range->second - range->first + 1);
        answer.addHeader("Content-Range", "bytes " + QByteArray::number(range->first) + '-' +
                                              QByteArray::number(range->second) + '/' +
                                              QByteArray::number(size));
    } else if (request.method == "GET") {
        answer.body = object.data;
    }
    // HEAD announces the object's length without sending it.
    answer.addHeader("Content-Length",
                     QByteArray::number(request.method == "HEAD" ? size : answer.body.size()));
    return answer;
}

Answer Store::putObject(const Request &request, Bucket &bucket)
{
    if (request.headers.contains("x-amz-copy-source"))
        return errorAnswer(501, QStringLiteral("NotImplemented"),
                           QStringLiteral("The fake does not copy objects"));
    Object object;
    object.data = request.body;
    object.etag = md5Digest(request.body).toHex();
    object.contentType = request.headers.value("content-type");
    object.metadata = metadataOf(request);
    object.lastModified = m_clock();
    bucket.insert(request.key.toUtf8(), object);
    Answer answer;
    answer.addHeader("ETag", quoted(object.etag));
    return answer;
}

void Store::createBucket(const QString &bucket)
{
    m_buckets.insert(bucket, {});
}

void Store::putObject(const QString &bucket, const QString &key, const QByteArray &data,
                      const QByteArray &contentType, const QHash<QByteArray, QByteArray> &metadata)
{
    m_buckets[bucket].insert(key.toUtf8(),
                             Object{data, md5Digest(data).toHex(), contentType, metadata, m_clock()});
}

std::optional<Object> Store::object(const QString &bucket, const QString &key) const
{
    const auto found = m_buckets.constFind(bucket);
    if (found == m_buckets.cend() || !found->contains(key.toUtf8()))
        return std::nullopt;
    return found->value(key.toUtf8());
}

QStringList Store::keys(const QString &bucket) const
{
    QStringList keys;
    for (const QByteArray &key : m_buckets.value(bucket).keys())
        keys << QString::fromUtf8(key);
    return keys;
}

QList<Upload> Store::uploads(const QString &bucket) const
{
    QList<Upload> open;
    for (const Upload &upload : m_uploads) {
        if (upload.bucket == bucket)
            open << upload;
    }
    std::sort(open.begin(), open.end(),
              [](const Upload &a, const Upload &b) { return a.uploadId < b.uploadId; });
    return open;
}

}  // namespace storyreel::fakes3
