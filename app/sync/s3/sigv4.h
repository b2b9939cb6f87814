#pragma once

#include "s3types.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QUrl>

// AWS Signature Version 4 for S3 (service "s3"): the Authorization header form and the presigned URL
// form. Pure functions: the caller passes the time, so tests use fixed vectors (tests/unit/tst_sigv4,
// computed with Debian's python3-botocore).
namespace storyreel::s3::sigv4 {

using Headers = QList<QPair<QByteArray, QByteArray>>;

// The payload hash of a body that is signed ("UNSIGNED-PAYLOAD" is what presigned URLs use).
QByteArray payloadHash(const QByteArray &body);
inline constexpr char kUnsignedPayload[] = "UNSIGNED-PAYLOAD";
inline constexpr char kEmptyPayloadHash[] =
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

// RFC 3986 percent-encoding as SigV4 wants it: unreserved characters kept; '/' kept when `keepSlash`.
QByteArray uriEncode(const QByteArray &text, bool keepSlash);

// The canonical request, string to sign and signature, exposed for tests.
// `headers` must include host and every x-amz-* header sent; names are lower-cased and values trimmed
// here. The query is taken from `url` (already encoded or not: it is decoded and re-encoded).
QByteArray canonicalRequest(const QByteArray &method, const QUrl &url, const Headers &headers,
                            const QByteArray &payloadHash);
QByteArray stringToSign(const QDateTime &now, const QString &region, const QByteArray &canonicalRequest);
QByteArray signature(const Keys &keys, const QDateTime &now, const QString &region,
                     const QByteArray &stringToSign);

// The headers to add to a request so it is signed: x-amz-date, x-amz-content-sha256 and
// Authorization. `headers` are the other headers to sign besides host (e.g. content-md5,
// content-type, x-amz-meta-*); they are sent as given and not returned again.
Headers signRequest(const Keys &keys, const QString &region, const QByteArray &method, const QUrl &url,
                    const Headers &headers, const QByteArray &payloadHash, const QDateTime &now);

// A presigned URL (query form: X-Amz-Algorithm, -Credential, -Date, -Expires, -SignedHeaders=host,
// -Signature) valid for `expiresSeconds` (1 .. 604800) from `now`.
QUrl presign(const Keys &keys, const QString &region, const QByteArray &method, const QUrl &url,
             qint64 expiresSeconds, const QDateTime &now);

}  // namespace storyreel::s3::sigv4
