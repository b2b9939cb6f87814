#include "fakes3network.h"

#include "fakes3auth.h"
#include "fakes3reply.h"
#include "fakes3store.h"

#include <QRegularExpression>

namespace storyreel {

using namespace fakes3;

namespace {

QByteArray verbOf(QNetworkAccessManager::Operation operation, const QNetworkRequest &request)
{
    switch (operation) {
        case QNetworkAccessManager::HeadOperation:
            return "HEAD";
        case QNetworkAccessManager::GetOperation:
            return "GET";
        case QNetworkAccessManager::PutOperation:
            return "PUT";
        case QNetworkAccessManager::PostOperation:
            return "POST";
        case QNetworkAccessManager::DeleteOperation:
            return "DELETE";
        default:
            return request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray().toUpper();
    }
}

// The Host header Qt writes for a URL: the port only when it is not the scheme's default.
QByteArray hostHeaderOf(const QUrl &url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toLower().toLatin1();
    const bool https = url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
    if (url.port() != -1 && url.port() != (https ? 443 : 80))
        host += ':' + QByteArray::number(url.port());
    return host;
}

// Replaces the answer's ETag (header, or the XML's <ETag> element) with `quotedETag`.
void corruptETag(Answer &answer, const QByteArray &quotedETag)
{
    if (!answer.header("ETag").isEmpty())
        answer.setHeader("ETag", quotedETag);
    static const QRegularExpression element(QStringLiteral("<ETag>[^<]*</ETag>"));
    QString body = QString::fromUtf8(answer.body);
    body.replace(element, QStringLiteral("<ETag>") + QString::fromLatin1(quotedETag).toHtmlEscaped() +
                              QStringLiteral("</ETag>"));
    answer.body = body.toUtf8();
}

// The answer of a fault that replaces the request's handling (nothing is done); nullopt for the others.
std::optional<Answer> injectedAnswer(const FaultRule &fault)
{
    Answer answer;
    switch (fault.fault) {
        case Fault::InternalError:
            return errorAnswer(500, QStringLiteral("InternalError"),
                               QStringLiteral("We encountered an internal error. Please try again."));
        case Fault::SlowDown:
            return errorAnswer(503, QStringLiteral("SlowDown"),
                               QStringLiteral("Please reduce your request rate."));
        case Fault::Status:
            return errorAnswer(fault.status, fault.code, QStringLiteral("Injected by the test"));
        case Fault::ErrorIn200:
            answer = errorAnswer(500, QStringLiteral("InternalError"),
                                 QStringLiteral("We encountered an internal error. Please try again."));
            answer.status = 200;
            return answer;
        case Fault::Redirect:
            answer.status = 307;
            answer.addHeader("Location", fault.redirectTo.toEncoded());
            return answer;
        default:
            return std::nullopt;
    }
}

std::optional<Answer> checkContentMd5(const Request &request)
{
    if (!request.headers.contains("content-md5"))
        return std::nullopt;
    const auto digest = QByteArray::fromBase64Encoding(request.headers.value("content-md5").trimmed(),
                                                       QByteArray::AbortOnBase64DecodingErrors);
    if (!digest || digest.decoded.size() != 16)
        return errorAnswer(400, QStringLiteral("InvalidDigest"),
                           QStringLiteral("The Content-MD5 you specified was not valid."));
    if (digest.decoded != md5Digest(request.body))
        return errorAnswer(400, QStringLiteral("BadDigest"),
                           QStringLiteral("The Content-MD5 you specified did not match what we received."));
    return std::nullopt;
}

}  // namespace

FakeS3Network::FakeS3Network(QObject *parent)
    : QNetworkAccessManager(parent),
      m_clock([] { return QDateTime::currentDateTimeUtc(); }),
      m_store(std::make_unique<Store>([this] { return m_clock(); }))
{}

FakeS3Network::~FakeS3Network() = default;

QUrl FakeS3Network::endpoint(const QString &scheme) const
{
    return QUrl(scheme + QStringLiteral("://") + m_endpointHost);
}

void FakeS3Network::addKeys(const QString &accessKeyId, const QString &secretAccessKey)
{
    m_secrets.insert(accessKeyId, secretAccessKey);
}

void FakeS3Network::createBucket(const QString &bucket)
{
    m_store->createBucket(bucket);
}

void FakeS3Network::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

void FakeS3Network::setUploadPace(qint64 bytesPerStep, int intervalMs)
{
    m_uploadChunk = qMax<qint64>(1, bytesPerStep);
    m_uploadIntervalMs = intervalMs;
}

void FakeS3Network::setDownloadPace(qint64 bytesPerStep, int intervalMs)
{
    m_downloadChunk = qMax<qint64>(1, bytesPerStep);
    m_downloadIntervalMs = intervalMs;
}

void FakeS3Network::injectFault(const FaultRule &rule)
{
    m_faults.append(rule);
}

void FakeS3Network::putObject(const QString &bucket, const QString &key, const QByteArray &data,
                              const QByteArray &contentType, const QHash<QByteArray, QByteArray> &metadata)
{
    m_store->putObject(bucket, key, data, contentType, metadata);
}

std::optional<Object> FakeS3Network::object(const QString &bucket, const QString &key) const
{
    return m_store->object(bucket, key);
}

QStringList FakeS3Network::keys(const QString &bucket) const
{
    return m_store->keys(bucket);
}

QList<Upload> FakeS3Network::openUploads(const QString &bucket) const
{
    return m_store->uploads(bucket);
}

int FakeS3Network::requestCount(const QString &kind) const
{
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(),
                             [&kind](const Request &request) { return request.kind == kind; }));
}

Request FakeS3Network::parse(Operation operation, const QNetworkRequest &networkRequest,
                             QIODevice *outgoingData) const
{
    Request request;
    request.method = verbOf(operation, networkRequest);
    request.url = networkRequest.url();
    request.host = hostHeaderOf(request.url);
    // What goes on the wire: Qt resolves "." and ".." segments before sending.
    request.path = request.url.adjusted(QUrl::NormalizePathSegments).path(QUrl::FullyEncoded).toLatin1();
    request.query = request.url.query(QUrl::FullyEncoded).toLatin1();
    for (const QByteArray &name : networkRequest.rawHeaderList())
        request.headers.insert(name.toLower(), networkRequest.rawHeader(name));
    if (outgoingData)
        request.body = outgoingData->readAll();

    const QString host = request.url.host().toLower();
    QByteArray rest = request.path.mid(1);  // without the leading '/'
    if (host == m_endpointHost) {
        const qsizetype slash = rest.indexOf('/');
        request.bucket =
            QString::fromUtf8(QByteArray::fromPercentEncoding(slash < 0 ? rest : rest.left(slash)));
        rest = slash < 0 ? QByteArray() : rest.mid(slash + 1);
    } else if (host.endsWith(QLatin1Char('.') + m_endpointHost)) {
        request.bucket = host.left(host.size() - m_endpointHost.size() - 1);
    }
    if (!request.bucket.isEmpty())
        request.key = QString::fromUtf8(QByteArray::fromPercentEncoding(rest));
    request.kind = request.bucket.isEmpty() ? QStringLiteral("Unknown") : Store::kindOf(request);
    return request;
}

std::optional<FaultRule> FakeS3Network::takeFault(const Request &request)
{
    for (FaultRule &rule : m_faults) {
        if (rule.count <= 0 || (!rule.kind.isEmpty() && rule.kind != request.kind) ||
            (!rule.method.isEmpty() && rule.method != request.method) ||
            (!rule.queryItem.isEmpty() && !request.hasQueryItem(rule.queryItem)))
            continue;
        --rule.count;
        return rule;
    }
    return std::nullopt;
}

Answer FakeS3Network::handled(const Request &request)
{
    const AuthContext context{m_secrets, m_region, m_clock()};
    if (std::optional<Answer> refused = verify(request, context))
        return *refused;
    if (std::optional<Answer> refused = checkContentMd5(request))
        return *refused;
    return m_store->handle(request);
}

Answer FakeS3Network::answer(const Request &request, const std::optional<FaultRule> &fault)
{
    Answer answer;
    if (std::optional<Answer> instead = fault ? injectedAnswer(*fault) : std::nullopt) {
        answer = *instead;
    } else {
        answer = handled(request);
        if (fault && fault->fault == Fault::CorruptETag)
            corruptETag(answer, "\"00000000000000000000000000000000-1\"");
        if (fault && fault->fault == Fault::WholeObjectETag) {
            if (const std::optional<Object> stored = m_store->object(request.bucket, request.key))
                corruptETag(answer, '"' + md5Digest(stored->data).toHex() + '"');
        }
    }
    if (request.method == "HEAD")
        answer.body.clear();  // S3 answers HEAD without a body, errors included
    answer.addHeader("x-amz-request-id", "FAKE0REQUEST0ID");
    return answer;
}

void FakeS3Network::recordStatus(int id, int status)
{
    for (Request &request : m_requests) {
        if (request.id == id)
            request.status = status;
    }
}

QNetworkReply *FakeS3Network::createRequest(Operation operation, const QNetworkRequest &networkRequest,
                                            QIODevice *outgoingData)
{
    Request request = parse(operation, networkRequest, outgoingData);
    request.id = ++m_lastId;
    m_requests.append(request);

    const std::optional<FaultRule> fault = request.bucket.isEmpty() ? std::nullopt : takeFault(request);
    Delivery delivery;
    delivery.uploadSize = request.body.size();
    delivery.uploadChunk = m_uploadChunk;
    delivery.uploadIntervalMs = m_uploadIntervalMs;
    delivery.downloadChunk = m_downloadChunk;
    delivery.downloadIntervalMs = m_downloadIntervalMs;
    delivery.hostNotFound = request.bucket.isEmpty();
    delivery.stall = fault && fault->fault == Fault::Stall;
    delivery.dropMidBody = fault && fault->fault == Fault::DropMidBody;
    delivery.respond = [this, request, fault, drop = delivery.dropMidBody] {
        const Answer answer = this->answer(request, fault);
        // A connection dropped before the status line leaves no status.
        recordStatus(request.id, drop && answer.body.isEmpty() ? 0 : answer.status);
        return answer;
    };
    return new FakeS3Reply(operation, networkRequest, std::move(delivery), this);
}

}  // namespace storyreel
