#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QLoggingCategory>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcEmulator)

// Plain request/response values of the provider emulator, copied out of QHttpServer so a handler can
// run later (Delay faults) and so the dialect code never touches sockets.
namespace storyreel::emulator {

struct EmuRequest
{
    QByteArray method;
    QString path;      // decoded path, e.g. "/api/v1/looks/abc"
    QString rawQuery;  // as sent (may hold presigned signatures: never logged)
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    qint64 atMs = 0;  // real ms since epoch
    bool hadAuthorization = false;
    QString userId;  // the Bearer token's user; empty when missing or unknown
    QByteArray idempotencyKey;

    QByteArray header(const QByteArray &name) const;  // case-insensitive; empty when absent
    QString queryValue(const QString &key) const;     // fully decoded
    bool hasQuery(const QString &key) const { return query.hasQueryItem(key); }
    bool authenticated() const { return !userId.isEmpty(); }
};

struct EmuResponse
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;  // besides Content-Type and Content-Length

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;

    static EmuResponse json(const QJsonObject &object, int status = 200);
    static EmuResponse json(const QJsonArray &array, int status = 200);
    static EmuResponse empty(int status);
    // FastAPI error: {"detail": message} (+ extra members).
    static EmuResponse error(int status, const QString &detail, const QJsonObject &extra = {});
    // FastAPI 422: {"detail": [{"loc": loc, "msg": msg, "type": type}]}.
    static EmuResponse validation(const QStringList &loc, const QString &msg,
                                  const QString &type = QStringLiteral("value_error"));
    static EmuResponse invalidEnum(const QStringList &loc, const QStringList &allowed);
    static EmuResponse missing(const QStringList &loc)
    {
        return validation(loc, QStringLiteral("field required"), QStringLiteral("value_error.missing"));
    }
    static EmuResponse unauthorized() { return error(401, QStringLiteral("Not authenticated")); }
    static EmuResponse notFound(const QString &detail = QStringLiteral("Not Found"))
    {
        return error(404, detail);
    }
    // A file body honouring "Range: bytes=N-" / "bytes=N-M" (206 + Content-Range, 416 when outside).
    static EmuResponse media(const EmuRequest &request, const QByteArray &data, const QByteArray &type);
};

// Matches "/api/v1/looks/{}/videos"-style patterns segment by segment; {} captures one segment.
bool matchPath(const QString &path, QStringView pattern, QStringList *captures = nullptr);

// multipart/form-data fields (name -> value); nullopt when the body is not valid multipart.
std::optional<QHash<QString, QByteArray>> parseMultipart(const QByteArray &contentType,
                                                         const QByteArray &body);

// A JSON object body, or a 422 response describing why not.
std::optional<QJsonObject> parseJsonObject(const EmuRequest &request, EmuResponse *invalid);

// ISO 8601 UTC with milliseconds and "Z", as the seeds show.
QString isoTime(qint64 msSinceEpoch);

// Known HTTP reason phrases only: QHttpServerResponder (6.4) throws on codes it does not know.
bool isWritableStatus(int status);

}  // namespace storyreel::emulator
