#include "emulatorhttp.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcEmulator, "storyreel.emulator", QtInfoMsg)

namespace storyreel::emulator {

QByteArray EmuRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString EmuRequest::queryValue(const QString &key) const
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

void EmuResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray EmuResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

EmuResponse EmuResponse::json(const QJsonObject &object, int status)
{
    return {status, "application/json", QJsonDocument(object).toJson(QJsonDocument::Compact), {}};
}

EmuResponse EmuResponse::json(const QJsonArray &array, int status)
{
    return {status, "application/json", QJsonDocument(array).toJson(QJsonDocument::Compact), {}};
}

EmuResponse EmuResponse::empty(int status)
{
    return {status, {}, {}, {}};
}

EmuResponse EmuResponse::error(int status, const QString &detail, const QJsonObject &extra)
{
    QJsonObject body = extra;
    body.insert(QStringLiteral("detail"), detail);
    return json(body, status);
}

EmuResponse EmuResponse::validation(const QStringList &loc, const QString &msg, const QString &type)
{
    QJsonArray location;
    for (const QString &part : loc)
        location.append(part);
    const QJsonObject item{
        {QStringLiteral("loc"), location}, {QStringLiteral("msg"), msg}, {QStringLiteral("type"), type}};
    return json(QJsonObject{{QStringLiteral("detail"), QJsonArray{item}}}, 422);
}

EmuResponse EmuResponse::invalidEnum(const QStringList &loc, const QStringList &allowed)
{
    return validation(loc,
                      QStringLiteral("value is not a valid enumeration member; permitted: '%1'")
                          .arg(allowed.join(QStringLiteral("', '"))),
                      QStringLiteral("type_error.enum"));
}

EmuResponse EmuResponse::media(const EmuRequest &request, const QByteArray &data, const QByteArray &type)
{
    const QByteArray range = request.header("Range").trimmed();
    EmuResponse response{200, type, data, {{"Accept-Ranges", "bytes"}}};
    if (range.isEmpty())
        return response;
    // Only single ranges: "bytes=N-" and "bytes=N-M" (what resuming clients send).
    static const QRegularExpression pattern(QStringLiteral("^bytes=(\\d+)-(\\d*)$"));
    const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(range));
    const qint64 size = data.size();
    if (!match.hasMatch()) {
        return response;  // unsupported range syntax: the whole file, as servers may
    }
    const qint64 first = match.captured(1).toLongLong();
    qint64 last = match.captured(2).isEmpty() ? size - 1 : match.captured(2).toLongLong();
    if (first >= size || last < first) {
        EmuResponse unsatisfiable = error(416, QStringLiteral("Requested Range Not Satisfiable"));
        unsatisfiable.setHeader("Content-Range", "bytes */" + QByteArray::number(size));
        return unsatisfiable;
    }
    last = std::min(last, size - 1);
    response.status = 206;
    response.body = data.mid(first, last - first + 1);
    response.setHeader("Content-Range", "bytes " + QByteArray::number(first) + '-' +
                                            QByteArray::number(last) + '/' + QByteArray::number(size));
    return response;
}

bool matchPath(const QString &path, QStringView pattern, QStringList *captures)
{
    const QList<QStringView> want = pattern.split(u'/', Qt::SkipEmptyParts);
    const QList<QStringView> have = QStringView(path).split(u'/', Qt::SkipEmptyParts);
    if (want.size() != have.size())
        return false;
    QStringList captured;
    for (qsizetype i = 0; i < want.size(); ++i) {
        if (want[i] == u"{}") {
            captured.append(have[i].toString());
        } else if (want[i] != have[i]) {
            return false;
        }
    }
    if (captures)
        *captures = captured;
    return true;
}

std::optional<QHash<QString, QByteArray>> parseMultipart(const QByteArray &contentType,
                                                         const QByteArray &body)
{
    if (!contentType.toLower().startsWith("multipart/form-data"))
        return std::nullopt;
    const qsizetype at = contentType.indexOf("boundary=");
    if (at < 0)
        return std::nullopt;
    QByteArray boundary = contentType.mid(at + 9).trimmed();
    if (const qsizetype semicolon = boundary.indexOf(';'); semicolon >= 0)
        boundary.truncate(semicolon);
    if (boundary.startsWith('"') && boundary.endsWith('"') && boundary.size() >= 2)
        boundary = boundary.mid(1, boundary.size() - 2);
    const QByteArray delimiter = "--" + boundary;
    QHash<QString, QByteArray> fields;
    qsizetype position = body.indexOf(delimiter);
    if (position < 0)
        return std::nullopt;
    static const QRegularExpression namePattern(QStringLiteral("name=\"([^\"]*)\""));
    while (true) {
        position += delimiter.size();
        if (body.mid(position, 2) == "--")
            return fields;  // closing delimiter
        const qsizetype next = body.indexOf(delimiter, position);
        if (next < 0)
            return std::nullopt;  // no closing delimiter: truncated body
        QByteArray part = body.mid(position, next - position);
        if (part.startsWith("\r\n"))
            part.remove(0, 2);
        if (part.endsWith("\r\n"))
            part.chop(2);
        const qsizetype split = part.indexOf("\r\n\r\n");
        if (split < 0)
            return std::nullopt;
        const QString partHeaders = QString::fromUtf8(part.left(split));
        const QRegularExpressionMatch name = namePattern.match(partHeaders);
        if (name.hasMatch())
            fields.insert(name.captured(1), part.mid(split + 4));
        position = next;
    }
}

std::optional<QJsonObject> parseJsonObject(const EmuRequest &request, EmuResponse *invalid)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        *invalid = EmuResponse::validation({QStringLiteral("body")}, QStringLiteral("Expected a JSON object"),
                                           QStringLiteral("value_error.jsondecode"));
        return std::nullopt;
    }
    return document.object();
}

QString isoTime(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC).toString(Qt::ISODateWithMs);
}

bool isWritableStatus(int status)
{
    static const QList<int> known{200, 201, 202, 204, 206, 301, 302, 303, 304, 307, 308, 400, 401, 402, 403,
                                  404, 405, 408, 409, 410, 413, 415, 416, 422, 429, 500, 501, 502, 503, 504};
    return known.contains(status);
}

}  // namespace storyreel::emulator
