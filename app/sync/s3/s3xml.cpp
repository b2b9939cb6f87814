#include "s3xml.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <functional>

namespace storyreel::s3::xml {
namespace {

// Walks a document and calls `onEnd` with each element's path below the root ("Contents/Key") and its
// text when the element closes ("" for the root). Returns the root's name, or empty when the document
// is malformed.
QString walk(const QByteArray &body,
             const std::function<void(const QString &path, const QString &text)> &onEnd)
{
    QXmlStreamReader reader(body);
    QStringList path;
    QStringList texts;
    QString root;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
            case QXmlStreamReader::StartElement:
                if (root.isEmpty())
                    root = reader.name().toString();
                else
                    path << reader.name().toString();
                texts << QString();
                break;
            case QXmlStreamReader::Characters:
                if (!texts.isEmpty())
                    texts.last() += reader.text();
                break;
            case QXmlStreamReader::EndElement:
                onEnd(path.join(QLatin1Char('/')), texts.takeLast());
                if (!path.isEmpty())
                    path.removeLast();
                break;
            default:
                break;
        }
    }
    return reader.hasError() ? QString() : root;
}

QDateTime parseTimestamp(const QString &text)
{
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid())
        at = QDateTime::fromString(text, Qt::ISODate);
    return at.toUTC();
}

}  // namespace

QByteArray unquoted(const QByteArray &etag)
{
    QByteArray text = etag.trimmed();
    if (text.startsWith("W/"))
        text = text.mid(2);
    if (text.size() >= 2 && text.startsWith('"') && text.endsWith('"'))
        text = text.mid(1, text.size() - 2);
    return text;
}

std::optional<Error> parseError(const QByteArray &body)
{
    Error error;
    const QString root = walk(body, [&error](const QString &path, const QString &text) {
        if (path == QLatin1String("Code"))
            error.code = text.trimmed();
        else if (path == QLatin1String("Message"))
            error.message = text.trimmed();
    });
    if (root != QLatin1String("Error") || error.code.isEmpty())
        return std::nullopt;
    return error;
}

std::optional<ListPage> parseListPage(const QByteArray &body)
{
    ListPage page;
    ObjectInfo object;
    bool truncated = false;
    const QString root = walk(body, [&](const QString &path, const QString &text) {
        if (path == QLatin1String("Contents/Key")) {
            object.key = text;
        } else if (path == QLatin1String("Contents/Size")) {
            object.size = text.trimmed().toLongLong();
        } else if (path == QLatin1String("Contents/ETag")) {
            object.etag = unquoted(text.toLatin1());
        } else if (path == QLatin1String("Contents/LastModified")) {
            object.lastModified = parseTimestamp(text.trimmed());
        } else if (path == QLatin1String("Contents")) {
            page.objects.append(std::exchange(object, ObjectInfo()));
        } else if (path == QLatin1String("CommonPrefixes/Prefix")) {
            page.commonPrefixes.append(text);
        } else if (path == QLatin1String("IsTruncated")) {
            truncated = text.trimmed() == QLatin1String("true");
        } else if (path == QLatin1String("NextContinuationToken")) {
            page.nextContinuationToken = text;
        }
    });
    if (root != QLatin1String("ListBucketResult"))
        return std::nullopt;
    // A truncated page must say where the next one starts, or the listing would stop short silently.
    if (truncated && page.nextContinuationToken.isEmpty())
        return std::nullopt;
    if (!truncated)
        page.nextContinuationToken.clear();
    return page;
}

std::optional<QString> parseUploadId(const QByteArray &body)
{
    QString uploadId;
    const QString root = walk(body, [&uploadId](const QString &path, const QString &text) {
        if (path == QLatin1String("UploadId"))
            uploadId = text.trimmed();
    });
    if (root != QLatin1String("InitiateMultipartUploadResult") || uploadId.isEmpty())
        return std::nullopt;
    return uploadId;
}

std::optional<QByteArray> parseCompleteETag(const QByteArray &body)
{
    QByteArray etag;
    const QString root = walk(body, [&etag](const QString &path, const QString &text) {
        if (path == QLatin1String("ETag"))
            etag = unquoted(text.toLatin1());
    });
    if (root != QLatin1String("CompleteMultipartUploadResult") || etag.isEmpty())
        return std::nullopt;
    return etag;
}

QByteArray completeBody(const QList<UploadedPart> &parts)
{
    QByteArray body;
    QXmlStreamWriter writer(&body);
    writer.writeStartDocument();
    writer.writeStartElement(QStringLiteral("CompleteMultipartUpload"));
    writer.writeDefaultNamespace(QStringLiteral("http://s3.amazonaws.com/doc/2006-03-01/"));
    for (const UploadedPart &part : parts) {
        writer.writeStartElement(QStringLiteral("Part"));
        writer.writeTextElement(QStringLiteral("PartNumber"), QString::number(part.number));
        writer.writeTextElement(QStringLiteral("ETag"),
                                QLatin1Char('"') + QString::fromLatin1(part.etag) + QLatin1Char('"'));
        writer.writeEndElement();
    }
    writer.writeEndElement();
    writer.writeEndDocument();
    return body;
}

}  // namespace storyreel::s3::xml
