#pragma once

// Shared by tst_httpclient and tst_httpdownload: a scriptable raw HTTP server on 127.0.0.1 (answers,
// dropped and hung sockets, arrival times), one-callback outcomes, and a log capture that proves no
// secret reaches a log line.

#include "httpclient.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QTcpServer>
#include <QTest>

#include <memory>
#include <optional>

class QTcpSocket;

namespace storyreel::test {

// The token and the presigned-style query every test uses: neither may appear in a log line.
extern const QString Canary;
extern const QByteArray QuerySecret;

// One request as the server read it; header names lower-case.
struct Arrival
{
    QByteArray method;
    QByteArray target;
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;
    qint64 atMs = 0;  // when the whole request had arrived
};

struct Answer
{
    enum class Action { Respond, Drop, Hang };
    Action action = Action::Respond;
    QByteArray raw;
};

// "HTTP/1.1 <status>" with Connection: close, the headers, and Content-Length (the body's unless
// `contentLength` says otherwise, to announce more than is sent).
QByteArray response(int status, const QList<QPair<QByteArray, QByteArray>> &headers = {},
                    const QByteArray &body = {}, qint64 contentLength = -1);
Answer respond(const QByteArray &raw);
QByteArray detail(const QByteArray &text);  // {"detail": "..."}

// A tiny HTTP/1.1 server whose answers the test scripts; one request per connection.
class RawServer final : public QObject
{
public:
    using Handler = std::function<Answer(const Arrival &, int index)>;

    RawServer();

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    QUrl url(const QString &pathAndQuery) const;
    const QList<Arrival> &arrivals() const { return m_arrivals; }

private:
    void read(QTcpSocket *socket);

    QTcpServer m_server;
    Handler m_handler;
    QList<Arrival> m_arrivals;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

template <typename T>
struct Outcome
{
    int calls = 0;
    std::optional<ProviderResult<T>> result;

    // For failure messages: QVERIFY2 evaluates its message even when the check passes.
    QByteArray why() const
    {
        return result && !result->ok() ? result->error().message.toUtf8() : QByteArray();
    }
};

// Waits for the one callback, then a little longer to catch a second one.
template <typename T>
bool settle(const std::shared_ptr<Outcome<T>> &outcome, int timeoutMs = 15000)
{
    if (!QTest::qWaitFor([&] { return outcome->calls > 0; }, timeoutMs))
        return false;
    QTest::qWait(50);
    return outcome->calls == 1;
}

std::shared_ptr<Outcome<HttpResponse>> sendRequest(HttpClient &client, HttpRequest request);
std::shared_ptr<Outcome<qint64>> downloadTo(HttpClient &client, HttpRequest request, const QString &path,
                                            const QList<QByteArray> &types = {"video/"});

HttpPolicy fastPolicy();           // 3 attempts, 20 ms base delay
HttpRequest get(const QUrl &url);  // with the canary token and a 5 s transfer timeout
QByteArray payload(int size);      // deterministic bytes
QByteArray readFile(const QString &path);
QByteArray httpDate(const QDateTime &at);

// Every log line of the process (all storyreel.* categories enabled, debug included) from start()
// on; lines that are not debug still reach the previous handler.
namespace logcapture {
void start();
QStringList stop();
}  // namespace logcapture

}  // namespace storyreel::test
