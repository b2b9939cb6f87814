// The multipart half of the fake's store: create, upload part, complete (with S3's checks), abort.
#include "fakes3auth.h"
#include "fakes3store.h"

#include <QRandomGenerator>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace storyreel::fakes3 {
namespace {

constexpr int MaxPartNumber = 10000;

Answer noSuchUpload(const Request &request)
{
    return errorAnswer(
        404, QStringLiteral("NoSuchUpload"),
        QStringLiteral("The specified upload does not exist. The upload ID may be invalid, or the "
                       "upload may have been aborted or completed."),
        {{QStringLiteral("UploadId"), QString::fromUtf8(request.queryValue("uploadId"))}});
}

Answer xmlAnswer(const QString &root, const QList<QPair<QString, QString>> &fields)
{
    Answer answer;
    answer.addHeader("Content-Type", "application/xml");
    QXmlStreamWriter xml(&answer.body);
    xml.writeStartDocument();
    xml.writeStartElement(root);
    xml.writeDefaultNamespace(QStringLiteral("http://s3.amazonaws.com/doc/2006-03-01/"));
    for (const auto &[name, value] : fields)
        xml.writeTextElement(name, value);
    xml.writeEndElement();
    xml.writeEndDocument();
    return answer;
}

struct ListedPart
{
    int number = 0;
    QByteArray etag;
};

// <CompleteMultipartUpload><Part><PartNumber/><ETag/></Part>...; nullopt when malformed.
std::optional<QList<ListedPart>> parseParts(const QByteArray &body)
{
    QXmlStreamReader xml(body);
    QList<ListedPart> parts;
    ListedPart current;
    QString element;
    bool rootSeen = false;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
            case QXmlStreamReader::StartElement:
                if (!rootSeen && xml.name() != QLatin1String("CompleteMultipartUpload"))
                    return std::nullopt;
                rootSeen = true;
                element = xml.name().toString();
                if (element == QLatin1String("Part"))
                    current = ListedPart();
                break;
            case QXmlStreamReader::Characters:
                if (element == QLatin1String("PartNumber"))
                    current.number = xml.text().toString().trimmed().toInt();
                else if (element == QLatin1String("ETag"))
                    current.etag += xml.text().toString().trimmed().toLatin1();
                break;
            case QXmlStreamReader::EndElement:
                if (xml.name() == QLatin1String("Part"))
                    parts << current;
                element.clear();
                break;
            default:
                break;
        }
    }
    if (xml.hasError() || !rootSeen)
        return std::nullopt;
    return parts;
}

QByteArray withoutQuotes(QByteArray etag)
{
    if (etag.startsWith('"') && etag.endsWith('"') && etag.size() >= 2)
        etag = etag.mid(1, etag.size() - 2);
    return etag;
}

}  // namespace

Upload *Store::findUpload(const Request &request)
{
    const auto found = m_uploads.find(QString::fromUtf8(request.queryValue("uploadId")));
    if (found == m_uploads.end() || found->bucket != request.bucket || found->key != request.key)
        return nullptr;
    return &*found;
}

Answer Store::createUpload(const Request &request)
{
    Upload upload;
    upload.bucket = request.bucket;
    upload.key = request.key;
    // With '+', '/' and '=' on purpose: clients must encode upload ids in queries.
    upload.uploadId = QStringLiteral("fake+%1/%2==")
                          .arg(m_nextUpload++)
                          .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    upload.contentType = request.headers.value("content-type");
    for (auto it = request.headers.cbegin(); it != request.headers.cend(); ++it) {
        if (it.key().startsWith("x-amz-meta-"))
            upload.metadata.insert(it.key().mid(11), it.value().trimmed());
    }
    upload.initiated = m_clock();
    m_uploads.insert(upload.uploadId, upload);
    return xmlAnswer(QStringLiteral("InitiateMultipartUploadResult"),
                     {{QStringLiteral("Bucket"), request.bucket},
                      {QStringLiteral("Key"), request.key},
                      {QStringLiteral("UploadId"), upload.uploadId}});
}

Answer Store::uploadPart(const Request &request)
{
    bool numeric = false;
    const int number = request.queryValue("partNumber").toInt(&numeric);
    if (!numeric || number < 1 || number > MaxPartNumber)
        return errorAnswer(400, QStringLiteral("InvalidArgument"),
                           QStringLiteral("Part number must be an integer between 1 and 10000, inclusive"));
    Upload *upload = findUpload(request);
    if (!upload)
        return noSuchUpload(request);
    upload->parts.insert(number, request.body);
    upload->etags.insert(number, md5Digest(request.body).toHex());
    Answer answer;
    answer.addHeader("ETag", quoted(upload->etags.value(number)));
    return answer;
}

Answer Store::completeUpload(const Request &request, Bucket &bucket)
{
    Upload *upload = findUpload(request);
    if (!upload)
        return noSuchUpload(request);
    const std::optional<QList<ListedPart>> parts = parseParts(request.body);
    if (!parts || parts->isEmpty())
        return errorAnswer(
            400, QStringLiteral("MalformedXML"),
            QStringLiteral("The XML you provided was not well-formed or did not validate against "
                           "our published schema"));
    QByteArray data;
    QByteArray digests;
    for (qsizetype i = 0; i < parts->size(); ++i) {
        const ListedPart &part = parts->at(i);
        if (i > 0 && part.number <= parts->at(i - 1).number)
            return errorAnswer(
                400, QStringLiteral("InvalidPartOrder"),
                QStringLiteral("The list of parts was not in ascending order. The parts list must "
                               "be specified in order by part number."));
        if (!upload->parts.contains(part.number) ||
            withoutQuotes(part.etag).toLower() != upload->etags.value(part.number))
            return errorAnswer(
                400, QStringLiteral("InvalidPart"),
                QStringLiteral("One or more of the specified parts could not be found. The part may "
                               "not have been uploaded, or the specified entity tag may not match "
                               "the part's entity tag."),
                {{QStringLiteral("PartNumber"), QString::number(part.number)}});
        const QByteArray &bytes = upload->parts.value(part.number);
        if (i + 1 < parts->size() && bytes.size() < MinPartSize)
            return errorAnswer(
                400, QStringLiteral("EntityTooSmall"),
                QStringLiteral("Your proposed upload is smaller than the minimum allowed object "
                               "size."),
                {{QStringLiteral("ProposedSize"), QString::number(bytes.size())},
                 {QStringLiteral("MinSizeAllowed"), QString::number(MinPartSize)},
                 {QStringLiteral("PartNumber"), QString::number(part.number)}});
        data += bytes;
        digests += md5Digest(bytes);
    }
    Object object;
    object.data = data;
    object.etag = md5Digest(digests).toHex() + '-' + QByteArray::number(parts->size());
    object.contentType = upload->contentType;
    object.metadata = upload->metadata;
    object.lastModified = m_clock();
    bucket.insert(request.key.toUtf8(), object);
    m_uploads.remove(upload->uploadId);
    return xmlAnswer(QStringLiteral("CompleteMultipartUploadResult"),
                     {{QStringLiteral("Location"), request.url.toString(QUrl::RemoveQuery)},
                      {QStringLiteral("Bucket"), request.bucket},
                      {QStringLiteral("Key"), request.key},
                      {QStringLiteral("ETag"), QString::fromLatin1(quoted(object.etag))}});
}

Answer Store::abortUpload(const Request &request)
{
    Upload *upload = findUpload(request);
    if (!upload)
        return noSuchUpload(request);
    m_uploads.remove(upload->uploadId);
    Answer answer;
    answer.status = 204;
    return answer;
}

}  // namespace storyreel::fakes3
