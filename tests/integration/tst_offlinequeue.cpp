// The offline queue end to end: the accounts reach the emulator through a TCP relay on 127.0.0.1 that
// the test stops (connection refused: the provider is unreachable) and starts again on the same port.
// Edits made meanwhile (set default, favourite, unlink) are applied in the catalog and queued in order,
// replayed in that order once the provider is back, and a conflict (the video was deleted remotely
// meanwhile) is kept and shown, not dropped, while later edits still go through.
#include "generationservice.h"
#include "libraryfixture.h"
#include "pendingopstore.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>

using namespace storyreel;
using namespace storyreel::test;

namespace {

#define VERIFY_OUTCOME(outcome, expected)                                             \
    do {                                                                              \
        const std::optional<LibraryOutcome> &o_ = (outcome);                          \
        QVERIFY2(o_.has_value() && o_->kind == (expected), qPrintable(describe(o_))); \
    } while (false)

// Forwards TCP connections from its own port to the emulator's; stop() closes the port and every
// connection through it, start() opens the same port again.
class TcpRelay final : public QObject
{
public:
    explicit TcpRelay(quint16 target) : m_target(target)
    {
        connect(&m_server, &QTcpServer::newConnection, this, &TcpRelay::accept);
    }

    bool start()
    {
        return m_server.listen(QHostAddress::LocalHost, m_port) && (m_port = m_server.serverPort()) > 0;
    }

    void stop()
    {
        m_server.close();
        for (const QPointer<QTcpSocket> &socket : std::as_const(m_sockets)) {
            if (socket)
                socket->abort();
        }
        m_sockets.clear();
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }
    int connections() const { return m_connections; }

private:
    void accept()
    {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            ++m_connections;
            auto *upstream = new QTcpSocket(client);
            m_sockets << client << upstream;
            auto pending = std::make_shared<QByteArray>();
            connect(client, &QTcpSocket::readyRead, upstream, [client, upstream, pending] {
                if (upstream->state() == QAbstractSocket::ConnectedState)
                    upstream->write(client->readAll());
                else
                    *pending += client->readAll();
            });
            connect(upstream, &QTcpSocket::connected, upstream, [upstream, pending] {
                upstream->write(*pending);
                pending->clear();
            });
            connect(upstream, &QTcpSocket::readyRead, client,
                    [client, upstream] { client->write(upstream->readAll()); });
            connect(upstream, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
            connect(client, &QTcpSocket::disconnected, client, [client, upstream] {
                upstream->disconnectFromHost();
                client->deleteLater();
            });
            upstream->connectToHost(QHostAddress::LocalHost, m_target);
        }
    }

    QTcpServer m_server;
    quint16 m_target;
    quint16 m_port = 0;
    int m_connections = 0;
    QList<QPointer<QTcpSocket>> m_sockets;
};

QStringList editRequests(const ProviderEmulator &emulator)
{
    QStringList lines;
    for (const ProviderEmulator::RequestRecord &record : emulator.requests()) {
        if (!record.cdn && record.method != "GET" && record.method != "POST")
            lines << QStringLiteral("%1 %2 %3")
                         .arg(QString::fromLatin1(record.method), record.path)
                         .arg(record.status);
    }
    return lines;
}

}  // namespace

class TestOfflineQueue final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void offlineEditsAreQueuedInOrderAndReplayedWhenTheProviderIsBack();
    void aConflictIsKeptAndLaterEditsStillRun();
    void dismissingADefaultConflictPutsTheCatalogRight();

private:
    QList<RowId> lookWithVideos(int count);
    QString deleteAtTheProvider(const QString &remoteVideo);

    std::unique_ptr<ProviderEmulator> m_emulator;
    std::unique_ptr<TcpRelay> m_relay;
    std::unique_ptr<LibraryFixture> m_fixture;
    RowId m_account = 0;
    QString m_remoteLook;
    QStringList m_remoteVideos;
};

void TestOfflineQueue::init()
{
    m_emulator = std::make_unique<ProviderEmulator>();
    QVERIFY(m_emulator->listen());
    m_relay = std::make_unique<TcpRelay>(quint16(m_emulator->baseUrl().port()));
    QVERIFY(m_relay->start());
    m_fixture = std::make_unique<LibraryFixture>();
    m_fixture->library->setReplayBackoff(std::chrono::milliseconds(300), std::chrono::milliseconds(1000));
    m_account = m_fixture->addAccount(Dialect::AiStudio, m_relay->url());
    m_remoteVideos.clear();
}

void TestOfflineQueue::cleanup()
{
    m_fixture.reset();
    m_relay.reset();
    m_emulator.reset();
}

QList<RowId> TestOfflineQueue::lookWithVideos(int count)
{
    m_remoteLook = m_emulator->addLook(QStringLiteral("alice"), QStringLiteral("Stone Essence"), 3);
    for (int i = 0; i < count; ++i) {
        m_remoteVideos << m_fixture->createRemoteVideo(m_account, QStringLiteral("Look video %1").arg(i + 1),
                                                       m_remoteLook);
        m_emulator->advance(1s);
    }
    m_emulator->advance(120s);
    if (!m_fixture->mirror(m_account))
        return {};
    QList<RowId> ids{m_fixture->lookByRemote(m_remoteLook)};
    for (const QString &remote : std::as_const(m_remoteVideos))
        ids << m_fixture->videoByRemote(m_account, remote);
    return ids;
}

// Deletes a video straight at the emulator (the web app, behind the library's back).
QString TestOfflineQueue::deleteAtTheProvider(const QString &remoteVideo)
{
    QNetworkAccessManager network;
    HttpClient http(&network, LibraryFixture::fastPolicy());
    AiStudioClient client(http, m_emulator->baseUrl(), QStringLiteral("token-alice"));
    const auto deleted =
        awaitAnswer<ProviderStatus>([&](auto done) { client.deleteVideoJob(remoteVideo, std::move(done)); });
    if (!deleted)
        return QStringLiteral("no answer");
    return deleted->ok() ? QString() : deleted->error().message;
}

void TestOfflineQueue::offlineEditsAreQueuedInOrderAndReplayedWhenTheProviderIsBack()
{
    const QList<RowId> ids = lookWithVideos(3);
    QCOMPARE(ids.size(), 4);
    const RowId look = ids[0];
    // An asyncvideos video with the provider's own id, for a favourite.
    m_emulator->setSpeed(240.0);
    const RowId dust = m_fixture->addAccount(Dialect::AsyncVideos, m_relay->url());
    QVERIFY(m_fixture->queue->start(false).ok());
    VideoForm form;
    form.prompt = QStringLiteral("Lanterns over a night river");
    form.seconds = 5;
    const RowId job = GenerationService(m_fixture->catalog(), *m_fixture->queue)
                          .submit(dust, GenerationService::plan(form).value())
                          .value();
    QVERIFY(m_fixture->waitForJob(job));
    const RowId favourite =
        JobStore(m_fixture->catalog()).load(job).value().params.value(QStringLiteral("videoId")).toInteger();
    const QString remoteRef = VideoStore(m_fixture->catalog()).load(favourite).value().remoteRef;
    QVERIFY(!remoteRef.isEmpty());
    m_emulator->setSpeed(0.0);
    VERIFY_OUTCOME(m_fixture->setDefault(look, ids[1]), LibraryOutcome::Kind::Done);

    // Offline.
    m_relay->stop();
    m_emulator->clearRequests();
    QSignalSpy pendingChanged(m_fixture->library.get(), &LibraryService::pendingChanged);
    const std::optional<LibraryOutcome> first = m_fixture->setDefault(look, ids[2]);
    VERIFY_OUTCOME(first, LibraryOutcome::Kind::Queued);
    QVERIFY2(first->message.contains(QStringLiteral("queued: the provider is unreachable")),
             qPrintable(first->message));
    VERIFY_OUTCOME(m_fixture->setFavorite(favourite, true), LibraryOutcome::Kind::Queued);
    VERIFY_OUTCOME(m_fixture->unlink(look, ids[1]), LibraryOutcome::Kind::Queued);
    VERIFY_OUTCOME(m_fixture->setDefault(look, ids[3]), LibraryOutcome::Kind::Queued);

    // Applied in the catalog at once...
    QCOMPARE(m_fixture->defaultOf(look), ids[3]);
    QVERIFY(VideoStore(m_fixture->catalog()).load(favourite).value().favorite);
    QVERIFY(!VideoStore(m_fixture->catalog()).load(ids[1]).ok());  // deleted at the provider, no file here
    // ...and queued in order, nothing reached the provider.
    const QList<PendingOp> pending = PendingOpStore(m_fixture->catalog()).pendingInOrder().value();
    QStringList operations;
    for (const PendingOp &op : pending)
        operations << op.operation;
    QCOMPARE(operations, QStringList({QStringLiteral("set-default"), QStringLiteral("favorite"),
                                      QStringLiteral("unlink"), QStringLiteral("set-default")}));
    QCOMPARE(pending[0].payload.value(QStringLiteral("remoteVideoId")).toString(), m_remoteVideos[1]);
    QCOMPARE(pending[1].payload.value(QStringLiteral("remoteRef")).toString(), remoteRef);
    QCOMPARE(pending[2].payload.value(QStringLiteral("remoteVideoId")).toString(), m_remoteVideos[0]);
    QCOMPARE(pending[3].payload.value(QStringLiteral("remoteVideoId")).toString(), m_remoteVideos[2]);
    QCOMPARE(m_fixture->library->pendingCount(), 4);
    QVERIFY(!pendingChanged.isEmpty());
    QCOMPARE(pendingChanged.constLast().at(0).toInt(), 4);
    QVERIFY(editRequests(*m_emulator).isEmpty());

    // Asked to replay while still unreachable: everything stays, in order.
    m_fixture->library->replayPending();
    QTest::qWait(300);
    QCOMPARE(m_fixture->library->pendingCount(), 4);
    QCOMPARE(PendingOpStore(m_fixture->catalog()).pendingInOrder().value().constFirst().id, pending[0].id);

    // Back on the same port: the backoff timer replays without being asked.
    QVERIFY(m_relay->start());
    QTRY_COMPARE_WITH_TIMEOUT(m_fixture->library->pendingCount(), 0, 15000);
    QCOMPARE(pendingChanged.constLast().at(0).toInt(), 0);
    QCOMPARE(pendingChanged.constLast().at(1).toInt(), 0);
    for (const PendingOp &op : PendingOpStore(m_fixture->catalog()).list().value())
        QCOMPARE(op.state, PendingOpState::Done);
    // In order per account: the aistudio edits one after the other, the favourite on its own account.
    const QStringList edits = editRequests(*m_emulator);
    QStringList aistudio;
    for (const QString &line : edits) {
        if (line.contains(QStringLiteral("/api/v1/")))
            aistudio << line;
    }
    QCOMPARE(aistudio, QStringList({QStringLiteral("PATCH /api/v1/video-jobs/%1/set-default-for-look/%2 200")
                                        .arg(m_remoteVideos[1], m_remoteLook),
                                    QStringLiteral("DELETE /api/v1/video-jobs/%1 204").arg(m_remoteVideos[0]),
                                    QStringLiteral("PATCH /api/v1/video-jobs/%1/set-default-for-look/%2 200")
                                        .arg(m_remoteVideos[2], m_remoteLook)}));
    QVERIFY2(edits.contains(QStringLiteral("PUT /videos/%1 200").arg(remoteRef)),
             qPrintable(edits.join(u'\n')));
    QCOMPARE(edits.size(), 4);
    // The provider now has what the catalog showed all along.
    QVERIFY(m_fixture->mirror(m_account));
    QCOMPARE(m_fixture->defaultOf(look), ids[3]);
    QCOMPARE(VideoStore(m_fixture->catalog()).links(look).value().size(), 2);
    QVERIFY(m_fixture->library->conflicts().value().isEmpty());
}

void TestOfflineQueue::aConflictIsKeptAndLaterEditsStillRun()
{
    const QList<RowId> ids = lookWithVideos(3);
    QCOMPARE(ids.size(), 4);
    const RowId look = ids[0];
    VERIFY_OUTCOME(m_fixture->setDefault(look, ids[1]), LibraryOutcome::Kind::Done);

    m_relay->stop();
    VERIFY_OUTCOME(m_fixture->setDefault(look, ids[2]), LibraryOutcome::Kind::Queued);
    VERIFY_OUTCOME(m_fixture->setDefault(look, ids[3]), LibraryOutcome::Kind::Queued);
    // Meanwhile the second video is deleted at the provider.
    QCOMPARE(deleteAtTheProvider(m_remoteVideos[1]), QString());
    m_emulator->clearRequests();

    QVERIFY(m_relay->start());
    QSignalSpy pendingChanged(m_fixture->library.get(), &LibraryService::pendingChanged);
    m_fixture->library->replayPending(m_account);
    QTRY_COMPARE_WITH_TIMEOUT(m_fixture->library->pendingCount(), 0, 10000);

    const QStringList edits = editRequests(*m_emulator);
    QCOMPARE(edits, QStringList({QStringLiteral("PATCH /api/v1/video-jobs/%1/set-default-for-look/%2 404")
                                     .arg(m_remoteVideos[1], m_remoteLook),
                                 QStringLiteral("PATCH /api/v1/video-jobs/%1/set-default-for-look/%2 200")
                                     .arg(m_remoteVideos[2], m_remoteLook)}));
    const QList<PendingOp> conflicts = m_fixture->library->conflicts().value();
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.constFirst().operation, QStringLiteral("set-default"));
    QCOMPARE(conflicts.constFirst().payload.value(QStringLiteral("videoId")).toInteger(), ids[2]);
    QVERIFY2(conflicts.constFirst().lastError.contains(QStringLiteral("no longer exists on the provider")),
             qPrintable(conflicts.constFirst().lastError));
    QCOMPARE(m_fixture->library->conflictCount(), 1);
    QCOMPARE(pendingChanged.constLast().at(1).toInt(), 1);
    QCOMPARE(m_fixture->defaultOf(look), ids[3]);

    // Dismissed: it leaves the list but stays on record as handled.
    QVERIFY(m_fixture->library->dismissConflict(conflicts.constFirst().id).ok());
    QVERIFY(m_fixture->library->conflicts().value().isEmpty());
    QCOMPARE(pendingChanged.constLast().at(1).toInt(), 0);
    bool kept = false;
    for (const PendingOp &op : PendingOpStore(m_fixture->catalog()).list().value())
        kept = kept || (op.id == conflicts.constFirst().id && op.state == PendingOpState::Failed &&
                        op.lastError.contains(QStringLiteral("no longer exists")));
    QVERIFY(kept);
    QCOMPARE(m_fixture->defaultOf(look), ids[3]);  // not the dismissed edit's video: left alone
    QVERIFY(!m_fixture->library->dismissConflict(conflicts.constFirst().id).ok());
}

void TestOfflineQueue::dismissingADefaultConflictPutsTheCatalogRight()
{
    const QList<RowId> ids = lookWithVideos(2);
    QCOMPARE(ids.size(), 3);
    const RowId look = ids[0];
    VERIFY_OUTCOME(m_fixture->setDefault(look, ids[1]), LibraryOutcome::Kind::Done);
    m_relay->stop();
    VERIFY_OUTCOME(m_fixture->setDefault(look, ids[2]), LibraryOutcome::Kind::Queued);
    QCOMPARE(m_fixture->defaultOf(look), ids[2]);  // what the user chose, shown while offline
    QCOMPARE(deleteAtTheProvider(m_remoteVideos[1]), QString());
    QVERIFY(m_relay->start());
    m_fixture->library->replayPending();
    QTRY_COMPARE_WITH_TIMEOUT(m_fixture->library->conflictCount(), 1, 10000);
    QCOMPARE(m_fixture->library->pendingCount(), 0);
    // The catalog still claims the refused default until the user saw the conflict...
    QCOMPARE(m_fixture->defaultOf(look), ids[2]);
    QSignalSpy looksChanged(m_fixture->library.get(), &LibraryService::looksChanged);
    QVERIFY(
        m_fixture->library->dismissConflict(m_fixture->library->conflicts().value().constFirst().id).ok());
    // ...then it stops claiming it at once, and the re-sync brings back what the provider has: the
    // first video still its default, the deleted one no longer linked.
    QVERIFY(m_fixture->defaultOf(look) != ids[2]);
    QTRY_COMPARE_WITH_TIMEOUT(m_fixture->defaultOf(look), ids[1], 10000);
    QTRY_COMPARE_WITH_TIMEOUT(VideoStore(m_fixture->catalog()).links(look).value().size(), 1, 10000);
    QVERIFY(!looksChanged.isEmpty());
}

QTEST_MAIN(TestOfflineQueue)
#include "tst_offlinequeue.moc"
