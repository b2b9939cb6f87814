#pragma once

#include "emulatorhttp.h"
#include "provideremulator.h"

#include <QHttpServer>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace storyreel::emulator {

class EmulatorCore;

// One origin of the emulator on 127.0.0.1: a QHttpServer whose single catch-all route copies each
// request into an EmuRequest, applies the pending fault (status, dropped connection, garbage or
// truncated body, delay, redirect to the CDN), asks the handler for the answer, writes it with the
// responder's low-level calls (status line, headers, body, or a deliberate half of it) and records it.
class EmulatorServer final : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<EmuResponse(EmuRequest &)>;
    using FaultSpec = ProviderEmulator::FaultSpec;

    EmulatorServer(EmulatorCore *core, bool cdn, Handler handler, QObject *parent = nullptr);

    bool listen(quint16 port);
    quint16 port() const { return m_port; }
    // RedirectToCdn faults: the CDN URL that will serve a copy of the real answer.
    void setRedirector(std::function<QUrl(const EmuResponse &)> redirector)
    {
        m_redirector = std::move(redirector);
    }

private:
    // The open exchange: the responder outlives the route callback for delayed answers; the socket is
    // watched because the client may hang up first (QHttpServer deletes it later).
    struct Exchange
    {
        std::shared_ptr<QHttpServerResponder> responder;
        QPointer<QTcpSocket> socket;
        bool open() const;
    };

    void onRequest(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    EmuRequest capture(const QHttpServerRequest &request) const;
    void finish(const Exchange &exchange, EmuRequest &request, const std::optional<FaultSpec> &fault);
    void send(const Exchange &exchange, const EmuRequest &request, const EmuResponse &response);
    void sendTruncated(const Exchange &exchange, const EmuRequest &request, const EmuResponse &response);
    void drop(const Exchange &exchange, const EmuRequest &request);
    void writeHead(QHttpServerResponder &responder, const EmuResponse &response, qint64 contentLength);
    void record(const EmuRequest &request, int status);

    EmulatorCore *m_core;
    bool m_cdn;
    Handler m_handler;
    std::function<QUrl(const EmuResponse &)> m_redirector;
    QHttpServer m_server;
    quint16 m_port = 0;
};

}  // namespace storyreel::emulator
