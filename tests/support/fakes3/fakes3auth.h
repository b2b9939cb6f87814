#pragma once

#include "fakes3types.h"

#include <optional>

// The fake's own SigV4 check, written apart from storyreel::s3::sigv4 (and on OpenSSL rather than
// Qt's hashes) so that a shared mistake cannot pass unnoticed. It follows AWS's documentation for
// S3: header form (Authorization) and query form (presigned URL).
namespace storyreel::fakes3 {

struct AuthContext
{
    QHash<QString, QString> secrets;  // access key id -> secret access key
    QString region;
    QDateTime now;
};

// nullopt when `request` is signed by a known key, for this region, recently enough, with a payload
// hash that matches its body; else the error S3 would answer (403 SignatureDoesNotMatch, ...).
std::optional<Answer> verify(const Request &request, const AuthContext &context);

// Hex digests over OpenSSL (shared by the fake's handlers).
QByteArray sha256Hex(const QByteArray &data);
QByteArray md5Digest(const QByteArray &data);

}  // namespace storyreel::fakes3
