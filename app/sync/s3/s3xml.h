#pragma once

#include "s3types.h"

#include <QByteArray>
#include <QString>

#include <optional>

// S3's XML bodies, read with QXmlStreamReader and written with QXmlStreamWriter. Readers return nullopt
// when the body is not the document expected (malformed, another root element, a required field missing).
namespace storyreel::s3::xml {

// <Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message>...</Error>
struct Error
{
    QString code;
    QString message;
};
std::optional<Error> parseError(const QByteArray &body);

// <ListBucketResult> of ListObjectsV2.
std::optional<ListPage> parseListPage(const QByteArray &body);

// <InitiateMultipartUploadResult>'s UploadId.
std::optional<QString> parseUploadId(const QByteArray &body);

// <CompleteMultipartUploadResult>'s ETag, without quotes.
std::optional<QByteArray> parseCompleteETag(const QByteArray &body);

// The <CompleteMultipartUpload> request body (parts in the order given).
QByteArray completeBody(const QList<UploadedPart> &parts);

// An ETag without its quotes (and without a weak "W/" prefix).
QByteArray unquoted(const QByteArray &etag);

}  // namespace storyreel::s3::xml
