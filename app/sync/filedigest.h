#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace storyreel {

class MediaControl;

// What an upload needs to know of a file before it starts: its size, SHA-256 (x-amz-meta-sha256 and
// the catalog's identity of the content) and MD5 (the ETag S3 and s3rver give a whole object).
struct FileDigest
{
    qint64 size = 0;
    QString sha256;  // hex
    QByteArray md5;  // hex
};

// Streams the file once through both hashes (OpenSSL). Cancelled when `control` is cancelled.
Result<FileDigest> digestFile(const QString &path, const MediaControl *control = nullptr);

// The MD5 of bytes, hex and base64 (Content-MD5).
QByteArray md5Hex(const QByteArray &bytes);

}  // namespace storyreel
