#include "s3address.h"

#include "sigv4.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace storyreel::s3 {
namespace {

struct S3Address
{
    Q_DECLARE_TR_FUNCTIONS(storyreel::s3::S3Address)
};

}  // namespace

QUrl objectUrl(const Location &location, const QString &key, const QByteArray &query)
{
    QUrl url = location.endpoint;
    url.setUserInfo({});
    url.setFragment({});
    const QByteArray encodedKey = sigv4::uriEncode(key.toUtf8(), true);
    QByteArray path;
    if (location.addressing == Addressing::VirtualHosted) {
        url.setHost(location.bucket + QLatin1Char('.') + url.host());
        path = '/' + encodedKey;
    } else {
        path = '/' + sigv4::uriEncode(location.bucket.toUtf8(), false);
        if (!key.isEmpty())
            path += '/' + encodedKey;
    }
    // Already encoded: QUrl keeps the encoding of reserved characters ("%2B" stays, not '+').
    url.setPath(QString::fromLatin1(path), QUrl::TolerantMode);
    url.setQuery(query.isEmpty() ? QString() : QString::fromLatin1(query));
    return url;
}

QString validate(const Location &location)
{
    const QUrl &endpoint = location.endpoint;
    const QString scheme = endpoint.scheme().toLower();
    if (!endpoint.isValid() || endpoint.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return S3Address::tr("The storage endpoint must be an http:// or https:// address");
    if ((!endpoint.path().isEmpty() && endpoint.path() != QLatin1String("/")) || endpoint.hasQuery() ||
        endpoint.hasFragment() || !endpoint.userInfo().isEmpty())
        return S3Address::tr("The storage endpoint must be only scheme://host[:port], without a path");

    static const QRegularExpression regionPattern(QStringLiteral("^[a-z0-9-]+$"));
    if (!regionPattern.match(location.region).hasMatch())
        return S3Address::tr(
            "The storage region must be letters, digits and '-' (such as us-east-1 or auto)");

    const QString &bucket = location.bucket;
    static const QRegularExpression bucketPattern(QStringLiteral("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$"));
    if (!bucketPattern.match(bucket).hasMatch())
        return S3Address::tr(
            "A bucket name has 3 to 63 characters: lower-case letters, digits, '.' and '-', beginning "
            "and ending with a letter or digit");
    if (bucket.contains(QLatin1String("..")) || bucket.contains(QLatin1String(".-")) ||
        bucket.contains(QLatin1String("-.")))
        return S3Address::tr("A bucket name cannot have '..', '.-' or '-.'");
    if (!QHostAddress(bucket).isNull())
        return S3Address::tr("A bucket name cannot look like an IP address");
    if (location.addressing == Addressing::VirtualHosted && scheme == QLatin1String("https") &&
        bucket.contains(QLatin1Char('.')))
        return S3Address::tr(
            "A bucket with '.' in its name cannot be reached over https by virtual-hosted addressing "
            "(the certificate does not cover it); use path-style addressing");
    return {};
}

QString validateKey(const QString &key)
{
    const QByteArray utf8 = key.toUtf8();
    if (utf8.isEmpty() || utf8.size() > 1024)
        return S3Address::tr("An object key has 1 to 1024 bytes");
    for (const QString &segment : key.split(QLatin1Char('/'))) {
        // Qt removes "." and ".." segments from URLs, so the object named would not be the one signed.
        if (segment == QLatin1String(".") || segment == QLatin1String(".."))
            return S3Address::tr("An object key cannot have \".\" or \"..\" between slashes");
    }
    for (const QChar c : key) {
        // S3's XML listings cannot carry control characters.
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return S3Address::tr("An object key cannot have control characters");
    }
    return {};
}

}  // namespace storyreel::s3
