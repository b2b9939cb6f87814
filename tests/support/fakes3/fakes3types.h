#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QUrl>

// What the fake S3 (FakeS3Network) stores, receives and answers.
namespace storyreel::fakes3 {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// One request as the fake received it (and recorded it for the test).
struct Request
{
    QByteArray method;
    QUrl url;
    QByteArray host;                        // the Host header Qt sends for `url`
    QByteArray path;                        // as on the wire (percent-encoded)
    QByteArray query;                       // as on the wire (percent-encoded), without '?'
    QHash<QByteArray, QByteArray> headers;  // lower-case names
    QByteArray body;
    QString bucket;  // empty when the host is not the fake's
    QString key;     // decoded
    QString kind;    // "PutObject", "UploadPart", ... ("Unknown" when not an operation the fake knows)
    int status = 0;  // the answer's status; 0 when none was given (yet, or stalled, dropped, unknown host)
    int id = 0;      // the fake's serial number of the request

    QByteArray queryValue(const QByteArray &name) const;  // decoded; empty when absent
    bool hasQueryItem(const QByteArray &name) const;
};

struct Object
{
    QByteArray data;
    QByteArray etag;  // without quotes
    QByteArray contentType;
    QHash<QByteArray, QByteArray> metadata;  // lower-case names without "x-amz-meta-"
    QDateTime lastModified;
};

// An open multipart upload (what ListMultipartUploads would show).
struct Upload
{
    QString bucket;
    QString key;
    QString uploadId;
    QByteArray contentType;
    QHash<QByteArray, QByteArray> metadata;
    QMap<int, QByteArray> parts;  // part number -> bytes
    QMap<int, QByteArray> etags;  // part number -> ETag without quotes
    QDateTime initiated;
};

struct Answer
{
    int status = 200;
    HeaderList headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const;
    void setHeader(const QByteArray &name, const QByteArray &value);
    void addHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append(qMakePair(name, value));
    }
};

// S3's error document: <Error><Code/><Message/>(extra elements)<RequestId/></Error>.
Answer errorAnswer(int status, const QString &code, const QString &message,
                   const QList<QPair<QString, QString>> &extra = {});

enum class Fault {
    InternalError,    // 500 InternalError, nothing done
    SlowDown,         // 503 SlowDown, nothing done
    Stall,            // the request body is taken, then no answer ever comes
    DropMidBody,      // handled, then the connection drops halfway through the answer's body (before
                      // the status line when it has no body)
    CorruptETag,      // handled, but the answer's ETag (header or XML) is wrong
    ErrorIn200,       // CompleteMultipartUpload's "200 OK with an <Error> body", nothing done
    Redirect,         // 307 to `redirectTo`, nothing done
    Status,           // `status` with S3's error `code` (e.g. 405 MethodNotAllowed), nothing done
    WholeObjectETag,  // handled, but CompleteMultipartUpload answers the whole object's MD5 (as s3rver does)
};

// The next `count` requests that match (every given criterion) get `fault`.
struct FaultRule
{
    Fault fault = Fault::InternalError;
    int count = 1;
    QString kind;          // "UploadPart"...; empty: any
    QByteArray method;     // empty: any
    QByteArray queryItem;  // a query parameter the request must have ("partNumber"); empty: any
    QUrl redirectTo;       // Fault::Redirect
    int status = 500;      // Fault::Status
    QString code = QStringLiteral("InternalError");  // Fault::Status
};

}  // namespace storyreel::fakes3
