#include "emulatorserver.h"

#include "emulatorcore.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTimer>

namespace storyreel::emulator {

namespace {
using Fault = ProviderEmulator::Fault;

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
        case QHttpServerRequest::Method::Get:
            return "GET";
        case QHttpServerRequest::Method::Put:
            return "PUT";
        case QHttpServerRequest::Method::Delete:
            return "DELETE";
        case QHttpServerRequest::Method::Post:
            return "POST";
        case QHttpServerRequest::Method::Head:
            return "HEAD";
        case QHttpServerRequest::Method::Options:
            return "OPTIONS";
        case QHttpServerRequest::Method::Patch:
            return "PATCH";
        default:
            return "UNKNOWN";
    }
}

// A body that is not JSON, for Garbage faults before the handler: a proxy's HTML page cut short.
const QByteArray kGarbage = "<html><body>502 Bad Gateway</body>{\"job_id\": \"";
}  // namespace

EmulatorServer::EmulatorServer(EmulatorCore *core, bool cdn, Handler handler, QObject *parent)
    : QObject(parent), m_core(core), m_cdn(cdn), m_handler(std::move(handler))
{
    // One catch-all route (a QUrl placeholder takes any rest of the path, slashes included): each
    // dialect routes by itself, which keeps FastAPI-style 404/405/422 answers in one place. The
    // missing handler takes whatever the route's pattern would not (nothing is left unanswered).
    m_server.route(QStringLiteral("/<arg>"),
                   [this](const QUrl &, const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                       onRequest(request, std::move(responder));
                   });
    m_server.setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        onRequest(request, std::move(responder));
    });
}

bool EmulatorServer::listen(quint16 port)
{
    m_port = m_server.listen(QHostAddress::LocalHost, port);
    return m_port != 0;
}

bool EmulatorServer::Exchange::open() const
{
    return socket && socket->state() == QAbstractSocket::ConnectedState;
}

EmuRequest EmulatorServer::capture(const QHttpServerRequest &request) const
{
    EmuRequest captured;
    captured.method = methodName(request.method());
    const QUrl url = request.url();
    captured.path = url.path(QUrl::FullyDecoded);
    captured.rawQuery = url.query(QUrl::FullyEncoded);
    // FastAPI reads '+' in a query as a space; a literal plus arrives as %2B.
    QString query = captured.rawQuery;
    captured.query.setQuery(query.replace(QLatin1Char('+'), QStringLiteral("%20")));
    captured.headers = request.headers();
    captured.body = request.body();
    captured.atMs = QDateTime::currentMSecsSinceEpoch();
    const QByteArray authorization = captured.header("Authorization").trimmed();
    captured.hadAuthorization = !authorization.isEmpty();
    if (authorization.startsWith("Bearer ")) {
        const QString token = QString::fromUtf8(authorization.mid(7).trimmed());
        if (const auto user = m_core->userForToken(token))
            captured.userId = user->userId;
    }
    captured.idempotencyKey = captured.header("Idempotency-Key").trimmed();
    return captured;
}

void EmulatorServer::onRequest(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    Exchange exchange{nullptr, QPointer<QTcpSocket>(responder.socket())};
    exchange.responder = std::make_shared<QHttpServerResponder>(std::move(responder));
    EmuRequest captured = capture(request);
    const bool control = !m_cdn && captured.path.startsWith(QLatin1String("/_emulator"));
    const std::optional<FaultSpec> fault =
        control ? std::nullopt : m_core->takeFault(captured.method, captured.path);
    if (fault && fault->fault == Fault::Delay) {
        if (fault->afterHandling) {
            const EmuResponse response = m_handler(captured);
            QTimer::singleShot(fault->delayMs, this,
                               [this, exchange, captured, response] { send(exchange, captured, response); });
        } else {
            QTimer::singleShot(fault->delayMs, this, [this, exchange, captured]() mutable {
                finish(exchange, captured, std::nullopt);
            });
        }
        return;
    }
    finish(exchange, captured, fault);
}

void EmulatorServer::finish(const Exchange &exchange, EmuRequest &request,
                            const std::optional<FaultSpec> &fault)
{
    if (!fault) {
        send(exchange, request, m_handler(request));
        return;
    }
    qCDebug(lcEmulator) << "fault" << int(fault->fault) << "on" << request.method << request.path;
    const bool safe = request.method == "GET" || request.method == "HEAD";
    switch (fault->fault) {
        case Fault::Status: {
            if (fault->afterHandling)
                m_handler(request);
            EmuResponse response =
                EmuResponse::error(isWritableStatus(fault->status) ? fault->status : 500,
                                   QStringLiteral("Emulated failure (HTTP %1)").arg(fault->status));
            if (fault->retryAfterSeconds)
                response.setHeader("Retry-After", QByteArray::number(*fault->retryAfterSeconds));
            send(exchange, request, response);
            return;
        }
        case Fault::Drop:
            if (fault->afterHandling)
                m_handler(request);
            drop(exchange, request);
            return;
        case Fault::Garbage: {
            // A complete HTTP message whose body is not JSON: half of the real body when the handler
            // ran (truncated JSON), else a proxy's page.
            EmuResponse garbage{200, "application/json", kGarbage, {}};
            if (fault->afterHandling) {
                const EmuResponse real = m_handler(request);
                if (!real.body.isEmpty())
                    garbage = {real.status, "application/json", real.body.left(real.body.size() / 2), {}};
            }
            send(exchange, request, garbage);
            return;
        }
        case Fault::Truncated: {
            // GETs are safe, so their real body (e.g. a video) is cut; others run only afterHandling.
            EmuResponse body{200, "application/json", kGarbage + QByteArray(512, ' ') + "\"}", {}};
            if (fault->afterHandling || safe) {
                const EmuResponse real = m_handler(request);
                if (!real.body.isEmpty())
                    body = real;
            }
            sendTruncated(exchange, request, body);
            return;
        }
        case Fault::RedirectToCdn: {
            const EmuResponse real = m_handler(request);
            if (m_cdn || !m_redirector) {
                send(exchange, request, real);
                return;
            }
            EmuResponse redirect = EmuResponse::empty(302);
            redirect.setHeader("Location", m_redirector(real).toEncoded());
            send(exchange, request, redirect);
            return;
        }
        case Fault::Delay:
            break;  // handled in onRequest
    }
    send(exchange, request, m_handler(request));
}

void EmulatorServer::writeHead(QHttpServerResponder &responder, const EmuResponse &response,
                               qint64 contentLength)
{
    const int status = isWritableStatus(response.status) ? response.status : 500;
    responder.writeStatusLine(QHttpServerResponder::StatusCode(status));
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(name, value);
    if (!response.contentType.isEmpty())
        responder.writeHeader("Content-Type", response.contentType);
    if (status != 204 && status != 304)
        responder.writeHeader("Content-Length", QByteArray::number(contentLength));
}

void EmulatorServer::send(const Exchange &exchange, const EmuRequest &request, const EmuResponse &response)
{
    if (!exchange.open()) {
        qCDebug(lcEmulator) << "client left before the answer to" << request.method << request.path;
        record(request, 0);
        return;
    }
    const bool bodyless = request.method == "HEAD" || response.status == 204 || response.status == 304;
    writeHead(*exchange.responder, response, response.body.size());
    exchange.responder->writeBody(bodyless ? QByteArray() : response.body);
    record(request, response.status);
}

void EmulatorServer::sendTruncated(const Exchange &exchange, const EmuRequest &request,
                                   const EmuResponse &response)
{
    if (!exchange.open()) {
        record(request, 0);
        return;
    }
    // Content-Length promises the whole body; half of it is sent, then the connection closes.
    writeHead(*exchange.responder, response, response.body.size());
    exchange.responder->writeBody(response.body.left(response.body.size() / 2));
    exchange.socket->disconnectFromHost();
    record(request, response.status);
}

void EmulatorServer::drop(const Exchange &exchange, const EmuRequest &request)
{
    // Closed with no status line: the client sees the remote host close the connection.
    if (exchange.open())
        exchange.socket->disconnectFromHost();
    record(request, 0);
}

void EmulatorServer::record(const EmuRequest &request, int status)
{
    // Tokens are never logged: only the method, the path and the status.
    qCDebug(lcEmulator).noquote() << (m_cdn ? "cdn" : "api") << request.method << request.path << "->"
                                  << status;
    if (!m_cdn && request.path.startsWith(QLatin1String("/_emulator")))
        return;
    m_core->record({request.method, request.path, request.rawQuery, request.atMs, request.hadAuthorization,
                    request.idempotencyKey, status, m_cdn});
}

}  // namespace storyreel::emulator
