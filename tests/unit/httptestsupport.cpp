#include "httptestsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QMutex>
#include <QTcpSocket>

#include <utility>

using namespace std::chrono_literals;

namespace storyreel::test {

const QString Canary = QStringLiteral("canary-token-7f3a9c");
const QByteArray QuerySecret = "X-Amz-Signature=querysecret42";

QByteArray response(int status, const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body,
                    qint64 contentLength)
{
    QByteArray raw = "HTTP/1.1 " + QByteArray::number(status) + " Status\r\nConnection: close\r\n";
    bool typed = false;
    for (const auto &[name, value] : headers) {
        raw += name + ": " + value + "\r\n";
        typed = typed || name.compare("Content-Type", Qt::CaseInsensitive) == 0;
    }
    if (!typed && !body.isEmpty())
        raw += "Content-Type: application/json\r\n";
    raw += "Content-Length: " + QByteArray::number(contentLength >= 0 ? contentLength : body.size()) +
           "\r\n\r\n";
    return raw + body;
}

Answer respond(const QByteArray &raw)
{
    return Answer{Answer::Action::Respond, raw};
}

QByteArray detail(const QByteArray &text)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("detail"), QString::fromUtf8(text)}})
        .toJson(QJsonDocument::Compact);
}

RawServer::RawServer()
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            socket->setParent(this);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    if (!m_server.listen(QHostAddress::LocalHost))
        qFatal("RawServer: cannot listen on 127.0.0.1");
}

QUrl RawServer::url(const QString &pathAndQuery) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(pathAndQuery));
}

void RawServer::read(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    Arrival arrival;
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    arrival.method = requestLine.value(0);
    arrival.target = requestLine.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            arrival.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                   lines[i].mid(colon + 1).trimmed());
    }
    const qsizetype length = arrival.headers.value("content-length").toLongLong();
    if (buffer.size() < end + 4 + length)
        return;
    arrival.body = buffer.mid(end + 4, length);
    arrival.atMs = QDateTime::currentMSecsSinceEpoch();
    buffer.clear();
    m_arrivals.append(arrival);
    const Answer answer = m_handler ? m_handler(arrival, int(m_arrivals.size()) - 1) : respond(response(200));
    switch (answer.action) {
        case Answer::Action::Respond:
            socket->write(answer.raw);
            socket->disconnectFromHost();
            break;
        case Answer::Action::Drop:
            socket->abort();
            break;
        case Answer::Action::Hang:
            break;
    }
}

std::shared_ptr<Outcome<HttpResponse>> sendRequest(HttpClient &client, HttpRequest request)
{
    auto outcome = std::make_shared<Outcome<HttpResponse>>();
    client.send(std::move(request), [outcome](ProviderResult<HttpResponse> result) {
        ++outcome->calls;
        outcome->result.emplace(std::move(result));
    });
    return outcome;
}

std::shared_ptr<Outcome<qint64>> downloadTo(HttpClient &client, HttpRequest request, const QString &path,
                                            const QList<QByteArray> &types)
{
    auto outcome = std::make_shared<Outcome<qint64>>();
    client.download(std::move(request), path, types, {}, [outcome](ProviderResult<qint64> result) {
        ++outcome->calls;
        outcome->result.emplace(std::move(result));
    });
    return outcome;
}

HttpPolicy fastPolicy()
{
    HttpPolicy policy;
    policy.maxAttempts = 3;
    policy.baseDelay = 20ms;
    policy.maxDelay = 200ms;
    policy.maxWait = 5000ms;
    return policy;
}

HttpRequest get(const QUrl &url)
{
    HttpRequest request;
    request.url = url;
    request.bearerToken = Canary;
    request.transferTimeout = 5000ms;
    request.what = QStringLiteral("test call");
    return request;
}

QByteArray payload(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        bytes[i] = char((i * 31 + 7) % 251);
    return bytes;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray httpDate(const QDateTime &at)
{
    return QLocale::c().toString(at.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
}

namespace logcapture {
namespace {

QMutex mutex;  // protects lines: messages may come from any thread
QStringList lines;
QtMessageHandler previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&mutex);
        lines << QString::fromLatin1(context.category ? context.category : "default") + QLatin1Char(' ') +
                     message;
    }
    if (previous && type != QtDebugMsg)
        previous(type, context, message);
}

}  // namespace

void start()
{
    QLoggingCategory::setFilterRules(QStringLiteral("storyreel.*=true"));
    previous = qInstallMessageHandler(capture);
}

QStringList stop()
{
    qInstallMessageHandler(previous);
    QMutexLocker lock(&mutex);
    return std::exchange(lines, {});
}

}  // namespace logcapture

}  // namespace storyreel::test
