#include "fakes3auth.h"

#include <QTimeZone>

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <algorithm>
#include <vector>

namespace storyreel::fakes3 {
namespace {

constexpr qint64 MaxSkewSeconds = 15 * 60;
constexpr qint64 MaxExpiresSeconds = 7 * 24 * 3600;

QByteArray digest(const EVP_MD *md, const QByteArray &data)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_Digest(data.constData(), size_t(data.size()), out, &length, md, nullptr);
    return QByteArray(reinterpret_cast<const char *>(out), int(length));
}

QByteArray hmac(const QByteArray &key, const QByteArray &data)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    HMAC(EVP_sha256(), key.constData(), int(key.size()),
         reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size()), out, &length);
    return QByteArray(reinterpret_cast<const char *>(out), int(length));
}

// RFC 3986 encoding as AWS's documentation spells it: A-Z a-z 0-9 - . _ ~ as they are, the rest %XX.
QByteArray awsEncode(const QByteArray &raw, bool encodeSlash)
{
    static const QByteArray plain = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
    QByteArray out;
    for (const char c : raw) {
        if (plain.contains(c) || (c == '/' && !encodeSlash))
            out.append(c);
        else
            out.append('%').append(QByteArray(1, c).toHex().toUpper());
    }
    return out;
}

// Credential=AKID/20240229/us-east-1/s3/aws4_request
struct Credential
{
    QString accessKeyId;
    QByteArray date;
    QString region;
    bool wellFormed = false;
};

Credential parseCredential(const QByteArray &text)
{
    const QList<QByteArray> parts = text.split('/');
    Credential credential;
    if (parts.size() != 5 || parts[3] != "s3" || parts[4] != "aws4_request")
        return credential;
    credential.accessKeyId = QString::fromUtf8(parts[0]);
    credential.date = parts[1];
    credential.region = QString::fromUtf8(parts[2]);
    credential.wellFormed = true;
    return credential;
}

QDateTime parseAmzDate(const QByteArray &text)
{
    QDateTime at = QDateTime::fromString(QString::fromLatin1(text), QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    at.setTimeSpec(Qt::UTC);
    return at;
}

QByteArray canonicalQueryOf(const Request &request, bool withoutSignature)
{
    std::vector<std::pair<QByteArray, QByteArray>> sorted;
    for (const QByteArray &item : request.query.split('&')) {
        if (item.isEmpty())
            continue;
        const qsizetype equals = item.indexOf('=');
        const QByteArray name = QByteArray::fromPercentEncoding(equals < 0 ? item : item.left(equals));
        const QByteArray value =
            equals < 0 ? QByteArray() : QByteArray::fromPercentEncoding(item.mid(equals + 1));
        if (withoutSignature && name == "X-Amz-Signature")
            continue;
        sorted.emplace_back(awsEncode(name, true), awsEncode(value, true));
    }
    std::sort(sorted.begin(), sorted.end());  // by encoded name, then by value
    QByteArrayList pairs;
    for (const auto &[name, value] : sorted)
        pairs << name + '=' + value;
    return pairs.join('&');
}

Answer signatureMismatch(const Request &request, const QString &accessKeyId, const QByteArray &stringToSign,
                         const QByteArray &provided, const QByteArray &canonical)
{
    Q_UNUSED(request)
    // The extra elements are what real S3 sends back; the client must keep them out of its messages.
    return errorAnswer(403, QStringLiteral("SignatureDoesNotMatch"),
                       QStringLiteral("The request signature we calculated does not match the signature you "
                                      "provided. Check your key and signing method."),
                       {{QStringLiteral("AWSAccessKeyId"), accessKeyId},
                        {QStringLiteral("StringToSign"), QString::fromUtf8(stringToSign)},
                        {QStringLiteral("SignatureProvided"), QString::fromLatin1(provided)},
                        {QStringLiteral("CanonicalRequest"), QString::fromUtf8(canonical)}});
}

struct Signed
{
    Credential credential;
    QByteArrayList signedHeaders;
    QByteArray signature;
    QByteArray amzDate;
    QByteArray payloadHash;
    bool presigned = false;
};

std::optional<Answer> checkAndSign(const Request &request, const AuthContext &context, const Signed &form)
{
    const QString secret = context.secrets.value(form.credential.accessKeyId);
    if (secret.isEmpty())
        return errorAnswer(
            403, QStringLiteral("InvalidAccessKeyId"),
            QStringLiteral("The AWS Access Key Id you provided does not exist in our records."));
    if (form.credential.region != context.region)
        return errorAnswer(400, QStringLiteral("AuthorizationHeaderMalformed"),
                           QStringLiteral("The authorization header is malformed; the region '%1' is wrong; "
                                          "expecting '%2'")
                               .arg(form.credential.region, context.region));
    const QDateTime signedAt = parseAmzDate(form.amzDate);
    if (!signedAt.isValid() || form.amzDate.left(8) != form.credential.date)
        return errorAnswer(400, QStringLiteral("AuthorizationHeaderMalformed"),
                           QStringLiteral("Invalid credential date or X-Amz-Date"));

    // Canonical request, built from the request as it would arrive.
    QByteArray headerBlock;
    for (const QByteArray &name : form.signedHeaders) {
        const QByteArray value = name == "host" ? request.host : request.headers.value(name);
        headerBlock += name + ':' + value.simplified() + '\n';
    }
    const QByteArray uri = request.path.isEmpty()
                               ? QByteArray("/")
                               : awsEncode(QByteArray::fromPercentEncoding(request.path), false);
    const QByteArray canonical = request.method + '\n' + uri + '\n' +
                                 canonicalQueryOf(request, form.presigned) + '\n' + headerBlock + '\n' +
                                 form.signedHeaders.join(';') + '\n' + form.payloadHash;
    const QByteArray scope = form.credential.date + '/' + context.region.toUtf8() + "/s3/aws4_request";
    const QByteArray stringToSign =
        "AWS4-HMAC-SHA256\n" + form.amzDate + '\n' + scope + '\n' + digest(EVP_sha256(), canonical).toHex();
    QByteArray key = hmac("AWS4" + secret.toUtf8(), form.credential.date);
    for (const QByteArray &step : {context.region.toUtf8(), QByteArray("s3"), QByteArray("aws4_request")})
        key = hmac(key, step);
    const QByteArray expected = hmac(key, stringToSign).toHex();
    if (expected != form.signature)
        return signatureMismatch(request, form.credential.accessKeyId, stringToSign, form.signature,
                                 canonical);
    return std::nullopt;
}

std::optional<Answer> verifyHeaderForm(const Request &request, const AuthContext &context)
{
    const QByteArray authorization = request.headers.value("authorization");
    const QByteArray prefix = "AWS4-HMAC-SHA256 ";
    if (!authorization.startsWith(prefix))
        return errorAnswer(400, QStringLiteral("InvalidArgument"),
                           QStringLiteral("Unsupported Authorization Type"));
    QHash<QByteArray, QByteArray> fields;
    for (const QByteArray &item : authorization.mid(prefix.size()).split(',')) {
        const qsizetype equals = item.indexOf('=');
        if (equals > 0)
            fields.insert(item.left(equals).trimmed(), item.mid(equals + 1).trimmed());
    }
    Signed form;
    form.credential = parseCredential(fields.value("Credential"));
    form.signedHeaders = fields.value("SignedHeaders").split(';');
    form.signature = fields.value("Signature");
    if (!form.credential.wellFormed || form.signature.isEmpty() || !form.signedHeaders.contains("host"))
        return errorAnswer(400, QStringLiteral("AuthorizationHeaderMalformed"),
                           QStringLiteral("The authorization header is malformed"));

    form.amzDate = request.headers.value("x-amz-date");
    if (form.amzDate.isEmpty())
        return errorAnswer(403, QStringLiteral("AccessDenied"),
                           QStringLiteral("AWS authentication requires a valid Date or x-amz-date header"));
    const QDateTime signedAt = parseAmzDate(form.amzDate);
    if (signedAt.isValid() && qAbs(signedAt.secsTo(context.now)) > MaxSkewSeconds)
        return errorAnswer(
            403, QStringLiteral("RequestTimeTooSkewed"),
            QStringLiteral("The difference between the request time and the current time is too "
                           "large."));

    form.payloadHash = request.headers.value("x-amz-content-sha256");
    if (form.payloadHash.isEmpty())
        return errorAnswer(400, QStringLiteral("InvalidRequest"),
                           QStringLiteral("Missing required header for this request: x-amz-content-sha256"));
    if (form.payloadHash != "UNSIGNED-PAYLOAD" && form.payloadHash != sha256Hex(request.body))
        return errorAnswer(
            400, QStringLiteral("XAmzContentSHA256Mismatch"),
            QStringLiteral("The provided 'x-amz-content-sha256' header does not match what was "
                           "computed."));

    // Strict: S3 insists on every x-amz-* header being signed; the fake also on Content-MD5 and
    // Content-Type, which the studio always signs.
    for (auto it = request.headers.cbegin(); it != request.headers.cend(); ++it) {
        const bool mustSign =
            it.key().startsWith("x-amz-") || it.key() == "content-md5" || it.key() == "content-type";
        if (mustSign && !form.signedHeaders.contains(it.key()))
            return errorAnswer(
                403, QStringLiteral("AccessDenied"),
                QStringLiteral("There were headers present in the request which were not signed"),
                {{QStringLiteral("HeadersNotSigned"), QString::fromLatin1(it.key())}});
    }
    return checkAndSign(request, context, form);
}

std::optional<Answer> verifyQueryForm(const Request &request, const AuthContext &context)
{
    if (request.queryValue("X-Amz-Algorithm") != "AWS4-HMAC-SHA256")
        return errorAnswer(400, QStringLiteral("AuthorizationQueryParametersError"),
                           QStringLiteral("X-Amz-Algorithm only supports \"AWS4-HMAC-SHA256\""));
    Signed form;
    form.presigned = true;
    form.credential = parseCredential(request.queryValue("X-Amz-Credential"));
    form.signedHeaders = request.queryValue("X-Amz-SignedHeaders").split(';');
    form.signature = request.queryValue("X-Amz-Signature");
    form.amzDate = request.queryValue("X-Amz-Date");
    bool numeric = false;
    const qint64 expires = request.queryValue("X-Amz-Expires").toLongLong(&numeric);
    if (!form.credential.wellFormed || form.signature.isEmpty() || form.amzDate.isEmpty() || !numeric ||
        !form.signedHeaders.contains("host"))
        return errorAnswer(
            400, QStringLiteral("AuthorizationQueryParametersError"),
            QStringLiteral("Query-string authentication version 4 requires the X-Amz-Algorithm, "
                           "X-Amz-Credential, X-Amz-Signature, X-Amz-Date, X-Amz-SignedHeaders, "
                           "and X-Amz-Expires parameters."));
    if (expires < 1 || expires > MaxExpiresSeconds)
        return errorAnswer(
            400, QStringLiteral("AuthorizationQueryParametersError"),
            QStringLiteral("X-Amz-Expires must be less than a week (in seconds) that is 604800"));
    const QDateTime signedAt = parseAmzDate(form.amzDate);
    if (signedAt.isValid() && context.now > signedAt.addSecs(expires))
        return errorAnswer(403, QStringLiteral("AccessDenied"), QStringLiteral("Request has expired"));
    if (signedAt.isValid() && signedAt.secsTo(context.now) < -MaxSkewSeconds)
        return errorAnswer(403, QStringLiteral("AccessDenied"), QStringLiteral("Request is not valid yet"));
    const QByteArray contentHash = request.headers.value("x-amz-content-sha256");
    form.payloadHash = contentHash.isEmpty() ? QByteArray("UNSIGNED-PAYLOAD") : contentHash;
    return checkAndSign(request, context, form);
}

}  // namespace

QByteArray sha256Hex(const QByteArray &data)
{
    return digest(EVP_sha256(), data).toHex();
}

QByteArray md5Digest(const QByteArray &data)
{
    return digest(EVP_md5(), data);
}

std::optional<Answer> verify(const Request &request, const AuthContext &context)
{
    const bool header = request.headers.contains("authorization");
    const bool query = request.hasQueryItem("X-Amz-Algorithm") || request.hasQueryItem("X-Amz-Signature");
    if (header && query)
        return errorAnswer(400, QStringLiteral("InvalidArgument"),
                           QStringLiteral("Only one auth mechanism allowed; only the X-Amz-Algorithm query "
                                          "parameter, Signature query string parameter or the Authorization "
                                          "header should be specified"));
    if (header)
        return verifyHeaderForm(request, context);
    if (query)
        return verifyQueryForm(request, context);
    return errorAnswer(403, QStringLiteral("AccessDenied"), QStringLiteral("Access Denied"));
}

}  // namespace storyreel::fakes3
