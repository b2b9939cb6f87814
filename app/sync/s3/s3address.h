#pragma once

#include "s3types.h"

#include <QUrl>

namespace storyreel::s3 {

// The URL of an object (or of the bucket when `key` is empty) under `location`'s addressing; the key's
// characters are percent-encoded as SigV4 expects ('/' kept). `query` is appended already encoded.
QUrl objectUrl(const Location &location, const QString &key, const QByteArray &query = {});

// Checks an endpoint, region and bucket name for what S3 accepts (bucket names 3-63 of [a-z0-9.-],
// virtual-hosted needs a name without dots for https); an empty string when fine, else the reason.
QString validate(const Location &location);

// Checks an object key: 1..1024 UTF-8 bytes, no "." or ".." segment (Qt would normalize it away from the
// URL), no control character; an empty string when fine, else the reason.
QString validateKey(const QString &key);

}  // namespace storyreel::s3
