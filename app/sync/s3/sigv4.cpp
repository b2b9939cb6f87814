#include "sigv4.h"

#include "sha256.h"

#include <QMessageAuthenticationCode>

#include <algorithm>

namespace storyreel::s3::sigv4 {
namespace {

constexpr char kAlgorithm[] = "AWS4-HMAC-SHA256";
constexpr qint64 kMaxExpires = 604800;  // S3 refuses presigned URLs valid for longer than 7 days

QByteArray amzDate(const QDateTime &now)
{
    return now.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

QByteArray credentialScope(const QDateTime &now, const QString &region)
{
    return now.toUTC().toString(QStringLiteral("yyyyMMdd")).toLatin1() + '/' + region.toUtf8() +
           "/s3/aws4_request";
}

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

// What Qt sends as Host: the host, and the port unless it is the scheme's default.
QByteArray hostHeader(const QUrl &url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toLower().toUtf8();
    if (host.contains(':'))
        host = '[' + host + ']';  // IPv6
    const QString scheme = url.scheme().toLower();
    const int defaultPort = scheme == QLatin1String("https") ? 443 : 80;
    if (url.port() != -1 && url.port() != defaultPort)
        host += ':' + QByteArray::number(url.port());
    return host;
}

QByteArray canonicalUri(const QUrl &url)
{
    const QByteArray path = url.path(QUrl::FullyEncoded).toLatin1();
    if (path.isEmpty())
        return "/";
    // S3 signs the path as sent; decoding first makes any encoding Qt chose come out the same.
    return uriEncode(QByteArray::fromPercentEncoding(path), true);
}

QByteArray canonicalQuery(const QUrl &url)
{
    QList<QPair<QByteArray, QByteArray>> pairs;
    const QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
    for (const QByteArray &item : query.split('&')) {
        if (item.isEmpty())
            continue;
        const qsizetype equals = item.indexOf('=');
        const QByteArray name = equals < 0 ? item : item.left(equals);
        const QByteArray value = equals < 0 ? QByteArray() : item.mid(equals + 1);
        pairs.append({uriEncode(QByteArray::fromPercentEncoding(name), false),
                      uriEncode(QByteArray::fromPercentEncoding(value), false)});
    }
    std::sort(pairs.begin(), pairs.end());
    QByteArray canonical;
    for (const auto &[name, value] : pairs) {
        if (!canonical.isEmpty())
            canonical += '&';
        canonical += name + '=' + value;
    }
    return canonical;
}

// Lower-case names, values trimmed with inner runs of spaces collapsed ("Trimall"), sorted by name;
// a repeated header's values joined with commas.
QList<QPair<QByteArray, QByteArray>> canonicalHeaders(const Headers &headers)
{
    QList<QPair<QByteArray, QByteArray>> sorted;
    for (const auto &[name, value] : headers)
        sorted.append({name.trimmed().toLower(), value.simplified()});
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<QPair<QByteArray, QByteArray>> merged;
    for (const auto &header : sorted) {
        if (!merged.isEmpty() && merged.last().first == header.first)
            merged.last().second += ',' + header.second;
        else
            merged.append(header);
    }
    return merged;
}

QByteArray signedHeaderNames(const QList<QPair<QByteArray, QByteArray>> &canonical)
{
    QByteArrayList names;
    for (const auto &header : canonical)
        names << header.first;
    return names.join(';');
}

bool hasHeader(const Headers &headers, const QByteArray &name)
{
    return std::any_of(headers.begin(), headers.end(), [&name](const auto &header) {
        return header.first.trimmed().compare(name, Qt::CaseInsensitive) == 0;
    });
}

}  // namespace

QByteArray payloadHash(const QByteArray &body)
{
    if (body.isEmpty())
        return kEmptyPayloadHash;
    return sha256Hex(body).toLatin1();
}

QByteArray uriEncode(const QByteArray &text, bool keepSlash)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    QByteArray encoded;
    encoded.reserve(text.size() * 3);
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        const bool unreserved = (byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z') ||
                                (byte >= '0' && byte <= '9') || c == '-' || c == '_' || c == '.' || c == '~';
        if (unreserved || (keepSlash && c == '/')) {
            encoded += c;
        } else {
            encoded += '%';
            encoded += hex[byte >> 4];
            encoded += hex[byte & 0x0f];
        }
    }
    return encoded;
}

QByteArray canonicalRequest(const QByteArray &method, const QUrl &url, const Headers &headers,
                            const QByteArray &payloadHash)
{
    const QList<QPair<QByteArray, QByteArray>> canonical = canonicalHeaders(headers);
    QByteArray block;
    for (const auto &[name, value] : canonical)
        block += name + ':' + value + '\n';
    return method.toUpper() + '\n' + canonicalUri(url) + '\n' + canonicalQuery(url) + '\n' + block + '\n' +
           signedHeaderNames(canonical) + '\n' + payloadHash;
}

QByteArray stringToSign(const QDateTime &now, const QString &region, const QByteArray &canonicalRequest)
{
    return QByteArray(kAlgorithm) + '\n' + amzDate(now) + '\n' + credentialScope(now, region) + '\n' +
           QCryptographicHash::hash(canonicalRequest, QCryptographicHash::Sha256).toHex();
}

QByteArray signature(const Keys &keys, const QDateTime &now, const QString &region,
                     const QByteArray &stringToSign)
{
    const QByteArray date = hmac("AWS4" + keys.secretAccessKey.toUtf8(),
                                 now.toUTC().toString(QStringLiteral("yyyyMMdd")).toLatin1());
    const QByteArray signingKey = hmac(hmac(hmac(date, region.toUtf8()), "s3"), "aws4_request");
    return hmac(signingKey, stringToSign).toHex();
}

Headers signRequest(const Keys &keys, const QString &region, const QByteArray &method, const QUrl &url,
                    const Headers &headers, const QByteArray &payloadHash, const QDateTime &now)
{
    const Headers added = {{"x-amz-date", amzDate(now)}, {"x-amz-content-sha256", payloadHash}};
    Headers all = headers + added;
    if (!hasHeader(all, "host"))
        all.append({"host", hostHeader(url)});
    const QByteArray request = canonicalRequest(method, url, all, payloadHash);
    const QByteArray signed_ = signature(keys, now, region, stringToSign(now, region, request));
    const QByteArray authorization = QByteArray(kAlgorithm) + " Credential=" + keys.accessKeyId.toUtf8() +
                                     '/' + credentialScope(now, region) +
                                     ", SignedHeaders=" + signedHeaderNames(canonicalHeaders(all)) +
                                     ", Signature=" + signed_;
    return added + Headers{{"Authorization", authorization}};
}

QUrl presign(const Keys &keys, const QString &region, const QByteArray &method, const QUrl &url,
             qint64 expiresSeconds, const QDateTime &now)
{
    const qint64 expires = std::clamp<qint64>(expiresSeconds, 1, kMaxExpires);
    const QByteArray credential = keys.accessKeyId.toUtf8() + '/' + credentialScope(now, region);
    const QByteArray auth = "X-Amz-Algorithm=" + QByteArray(kAlgorithm) +
                            "&X-Amz-Credential=" + uriEncode(credential, false) +
                            "&X-Amz-Date=" + amzDate(now) + "&X-Amz-Expires=" + QByteArray::number(expires) +
                            "&X-Amz-SignedHeaders=host";
    const QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
    QUrl presigned = url;
    presigned.setQuery(QString::fromLatin1(query.isEmpty() ? auth : query + '&' + auth));
    const QByteArray request =
        canonicalRequest(method, presigned, {{"host", hostHeader(url)}}, kUnsignedPayload);
    const QByteArray signed_ = signature(keys, now, region, stringToSign(now, region, request));
    presigned.setQuery(presigned.query(QUrl::FullyEncoded) + QStringLiteral("&X-Amz-Signature=") +
                       QString::fromLatin1(signed_));
    return presigned;
}

}  // namespace storyreel::s3::sigv4
