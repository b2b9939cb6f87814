// `storyreel looks ...` and `storyreel videos ...` as a user runs them, on one temporary data folder.
// Looks and videos that only a provider could make are written into the catalog by the test; the
// aistudio account points at a closed port on 127.0.0.1 (its token in the real keychain: the test runs
// under tests/support/with-keyring.sh), so a set-default on its look is queued.
#include "accountstore.h"
#include "catalog.h"
#include "lookstore.h"
#include "mediafixtures.h"
#include "pendingopstore.h"
#include "videostore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace storyreel;

class TestLibraryCli final : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    QString m_binary = qEnvironmentVariable("STORYREEL_BINARY");
    QTemporaryDir m_data;
    QTemporaryDir m_files;
    QString m_clip;
    RowId m_look = 0;
    RowId m_pending = 0;

    Run storyreel(const QStringList &arguments, const QProcessEnvironment &extra = {}) const
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
        for (const QString &key : extra.keys())
            environment.insert(key, extra.value(key));
        process.setProcessEnvironment(environment);
        process.start(m_binary, QStringList{QStringLiteral("--data-dir"), m_data.path()} + arguments);
        if (!process.waitForStarted(10000))
            return {};
        process.closeWriteChannel();
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
            return {-1, QString(), QStringLiteral("timed out")};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    // The catalog the CLI writes, opened here only for a moment (the CLI runs in another process).
    template <typename F>
    auto withCatalog(F f) const
    {
        Catalog catalog(QDir(m_data.path()).filePath(QStringLiteral("catalog.sqlite")));
        if (Status opened = catalog.open(); !opened)
            qFatal("cannot open the catalog: %s", qPrintable(opened.error()));
        return f(catalog);
    }

    // The table's line whose first column is `id`.
    static QString lineOf(const QString &out, RowId id)
    {
        for (const QString &line : out.split(QLatin1Char('\n'))) {
            if (line.section(QLatin1Char(' '), 0, 0) == QString::number(id))
                return line;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(m_binary), "STORYREEL_BINARY must name the built storyreel");
        QVERIFY2(qEnvironmentVariable("STORYREEL_KEYRING_SESSION") == QLatin1String("ready"),
                 "run under tests/support/with-keyring.sh (a D-Bus session with an unlocked keyring)");
        storyreel::test::ClipSpec spec;
        spec.seconds = 2.0;
        QString error;
        m_clip = storyreel::test::makeClip(m_files.path(), QStringLiteral("Harbour walk.mp4"), spec, &error);
        QVERIFY2(!m_clip.isEmpty(), qPrintable(error));
    }

    void importTakesVideosAndRefusesTheRest()
    {
        const QString notes = storyreel::test::writeBytes(
            QDir(m_files.path()).filePath(QStringLiteral("notes.txt")), QByteArray("not a video\n"));
        const Run run = storyreel({QStringLiteral("videos"), QStringLiteral("import"), m_clip, notes});
        QCOMPARE(run.exitCode, 2);  // one was refused
        QVERIFY2(run.out.contains(QStringLiteral(
                     "imported: Harbour walk.mp4 -> video 1 \"Harbour walk\" (0:02, 640x360)")),
                 qPrintable(run.out));
        QVERIFY2(run.err.contains(QStringLiteral("refused: notes.txt is not a video Storyreel can read")),
                 qPrintable(run.err));
        QVERIFY(!run.out.contains(QStringLiteral("notes.txt")));
        QCOMPARE(withCatalog([](Catalog &c) { return VideoStore(c).count().value(); }), 1);

        // Again: the same video, not a second one.
        const Run again = storyreel({QStringLiteral("videos"), QStringLiteral("import"), m_clip});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(QStringLiteral("-> video 1 ")), qPrintable(again.out));
        QCOMPARE(withCatalog([](Catalog &c) { return VideoStore(c).count().value(); }), 1);
    }

    void listFiltersAndFavourites()
    {
        // A failed draft beside the import.
        withCatalog([](Catalog &c) {
            Video failed;
            failed.kind = VideoKind::TextToVideo;
            failed.status = VideoStatus::Failed;
            failed.title = QStringLiteral("Broken lantern");
            failed.prompt = QStringLiteral("lanterns over a river");
            return VideoStore(c).create(failed).value();
        });
        const Run all = storyreel({QStringLiteral("videos"), QStringLiteral("list")});
        QVERIFY2(all.exitCode == 0, qPrintable(all.err));
        QVERIFY(all.out.startsWith(QStringLiteral("ID")));
        const QString imported = lineOf(all.out, 1);
        QVERIFY2(imported.contains(QStringLiteral("succeeded")) &&
                     imported.contains(QStringLiteral("import")) &&
                     imported.contains(QStringLiteral("yes")) && imported.contains(QStringLiteral("0:02")) &&
                     imported.contains(QStringLiteral("Harbour walk")),
                 qPrintable(all.out));
        QVERIFY(!lineOf(all.out, 2).isEmpty());

        const Run failed = storyreel({QStringLiteral("videos"), QStringLiteral("list"),
                                      QStringLiteral("--status"), QStringLiteral("failed")});
        QVERIFY(lineOf(failed.out, 1).isEmpty() && !lineOf(failed.out, 2).isEmpty());
        const Run search = storyreel({QStringLiteral("videos"), QStringLiteral("list"),
                                      QStringLiteral("--search"), QStringLiteral("LANTERNS")});
        QVERIFY(lineOf(search.out, 1).isEmpty() && !lineOf(search.out, 2).isEmpty());
        const Run kind = storyreel({QStringLiteral("videos"), QStringLiteral("list"),
                                    QStringLiteral("--kind"), QStringLiteral("import")});
        QVERIFY(!lineOf(kind.out, 1).isEmpty() && lineOf(kind.out, 2).isEmpty());
        const Run limited = storyreel({QStringLiteral("videos"), QStringLiteral("list"),
                                       QStringLiteral("--limit"), QStringLiteral("1")});
        QCOMPARE(limited.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 2);  // header + 1
        QVERIFY2(limited.err.contains(QStringLiteral("Showing 1 of 2")), qPrintable(limited.err));
        const Run badStatus = storyreel({QStringLiteral("videos"), QStringLiteral("list"),
                                         QStringLiteral("--status"), QStringLiteral("done")});
        QCOMPARE(badStatus.exitCode, 2);

        const Run none =
            storyreel({QStringLiteral("videos"), QStringLiteral("list"), QStringLiteral("--favorite")});
        QVERIFY2(none.out.contains(QStringLiteral("No videos match")), qPrintable(none.out));
        const Run star =
            storyreel({QStringLiteral("videos"), QStringLiteral("favorite"), QStringLiteral("1")});
        QVERIFY2(star.exitCode == 0, qPrintable(star.err));
        const Run favourites =
            storyreel({QStringLiteral("videos"), QStringLiteral("list"), QStringLiteral("--favorite")});
        QVERIFY2(!lineOf(favourites.out, 1).isEmpty() && lineOf(favourites.out, 2).isEmpty(),
                 qPrintable(favourites.out));
        const Run unstar = storyreel({QStringLiteral("videos"), QStringLiteral("favorite"),
                                      QStringLiteral("1"), QStringLiteral("--off")});
        QVERIFY2(unstar.exitCode == 0, qPrintable(unstar.err));
        QCOMPARE(withCatalog([](Catalog &c) { return VideoStore(c).load(1).value().favorite; }), false);
        const Run missing =
            storyreel({QStringLiteral("videos"), QStringLiteral("favorite"), QStringLiteral("99")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(QStringLiteral("no video 99")), qPrintable(missing.err));
    }

    void looksListShowAndSetDefault()
    {
        withCatalog([this](Catalog &c) {
            Look look;
            look.title = QStringLiteral("Weekend layers");
            Product shirt;
            shirt.name = QStringLiteral("Linen shirt");
            shirt.brand = QStringLiteral("Atelier");
            shirt.priceCents = 4900;
            shirt.currency = QStringLiteral("EUR");
            Product coat;
            coat.position = 2;
            coat.name = QStringLiteral("Wool coat");
            look.products = {shirt, coat};
            m_look = LookStore(c).create(look).value();
            Video pending;
            pending.kind = VideoKind::TextToVideo;
            pending.status = VideoStatus::Running;
            pending.title = QStringLiteral("Still generating");
            m_pending = VideoStore(c).create(pending).value();
            const VideoStore videos(c);
            return videos.linkToLook(m_look, m_pending).ok() && videos.linkToLook(m_look, 1).ok();
        });
        const Run list = storyreel({QStringLiteral("looks"), QStringLiteral("list")});
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        QVERIFY(list.out.startsWith(QStringLiteral("ID")) && list.out.contains(QStringLiteral("SHOWS")));
        const QString row = lineOf(list.out, m_look).simplified();
        QCOMPARE(row, QStringLiteral("%1 Weekend layers 2 2 - image").arg(m_look));

        // A video still generating cannot be the default: non-zero exit, the reason, nothing changed.
        const Run refused = storyreel({QStringLiteral("looks"), QStringLiteral("set-default"),
                                       QString::number(m_look), QString::number(m_pending)});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("Only a finished video can be the default")),
                 qPrintable(refused.err));
        const Run notLinked = storyreel({QStringLiteral("looks"), QStringLiteral("set-default"),
                                         QString::number(m_look), QStringLiteral("2")});
        QCOMPARE(notLinked.exitCode, 1);
        QVERIFY2(notLinked.err.contains(QStringLiteral("not linked")), qPrintable(notLinked.err));
        const Run badId = storyreel({QStringLiteral("looks"), QStringLiteral("set-default"),
                                     QStringLiteral("x"), QStringLiteral("1")});
        QCOMPARE(badId.exitCode, 2);

        const Run set = storyreel({QStringLiteral("looks"), QStringLiteral("set-default"),
                                   QString::number(m_look), QStringLiteral("1")});
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        QVERIFY2(set.out.contains(QStringLiteral("Video 1 is the default of look %1").arg(m_look)),
                 qPrintable(set.out));
        QCOMPARE(
            lineOf(storyreel({QStringLiteral("looks"), QStringLiteral("list")}).out, m_look).simplified(),
            QStringLiteral("%1 Weekend layers 2 2 1 video").arg(m_look));

        const Run show =
            storyreel({QStringLiteral("looks"), QStringLiteral("show"), QString::number(m_look)});
        QVERIFY2(show.exitCode == 0, qPrintable(show.err));
        QVERIFY2(show.out.contains(QStringLiteral("Look %1: Weekend layers").arg(m_look)),
                 qPrintable(show.out));
        QVERIFY(show.out.contains(QStringLiteral("Provider: local")));
        QVERIFY(show.out.contains(QStringLiteral("Products (2):")));
        QVERIFY(show.out.contains(QStringLiteral("1. Linen shirt (Atelier), 49.00 EUR")));
        QVERIFY(show.out.contains(QStringLiteral("2. Wool coat")));
        const QStringList lines = show.out.split(QLatin1Char('\n'));
        const auto videoLine = [&lines](const QString &title) {
            for (const QString &line : lines) {
                if (line.endsWith(title))
                    return line.simplified();
            }
            return QString();
        };
        QCOMPARE(videoLine(QStringLiteral("Harbour walk")),
                 QStringLiteral("* 1 succeeded 0:02 offline Harbour walk"));
        QCOMPARE(videoLine(QStringLiteral("Still generating")),
                 QStringLiteral("%1 running - - Still generating").arg(m_pending));
        QVERIFY2(show.out.contains(QStringLiteral("Shows: the default video 1")), qPrintable(show.out));
        const Run missing =
            storyreel({QStringLiteral("looks"), QStringLiteral("show"), QStringLiteral("999")});
        QCOMPARE(missing.exitCode, 2);
    }

    void anUnreachableProviderQueuesTheDefault()
    {
        // A port that nothing listens on.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort());
        probe.close();
        QProcessEnvironment token;
        token.insert(QStringLiteral("STUDIO_TOKEN"), QStringLiteral("token-alice"));
        const Run added = storyreel(
            {QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--name"),
             QStringLiteral("Studio"), QStringLiteral("--dialect"), QStringLiteral("aistudio"),
             QStringLiteral("--url"), url, QStringLiteral("--token-env"), QStringLiteral("STUDIO_TOKEN")},
            token);
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        RowId look = 0, first = 0, second = 0;
        withCatalog([&](Catalog &c) {
            const RowId account = AccountStore(c).findByName(QStringLiteral("Studio")).value()->id;
            Look remote;
            remote.accountId = account;
            remote.remoteId = QStringLiteral("look-r1");
            remote.title = QStringLiteral("Stone Essence");
            look = LookStore(c).create(remote).value();
            for (RowId *id : {&first, &second}) {
                Video video;
                video.accountId = account;
                video.remoteId = QStringLiteral("video-r%1").arg(id == &first ? 1 : 2);
                video.kind = VideoKind::TextToVideo;
                video.status = VideoStatus::Succeeded;
                video.title = QStringLiteral("Remote %1").arg(id == &first ? 1 : 2);
                *id = VideoStore(c).create(video).value();
                (void)VideoStore(c).linkToLook(look, *id);
            }
            return VideoStore(c).setDefault(look, first).ok();
        });
        const Run queued = storyreel({QStringLiteral("looks"), QStringLiteral("set-default"),
                                      QString::number(look), QString::number(second)});
        QVERIFY2(queued.exitCode == 0, qPrintable(queued.err));
        QVERIFY2(queued.out.contains(QStringLiteral("queued: the provider is unreachable")),
                 qPrintable(queued.out));
        QVERIFY2(
            queued.err.contains(QStringLiteral("refused")) || queued.err.contains(QStringLiteral("reach")),
            qPrintable(queued.err));
        const auto state = [&] {
            return withCatalog([&](Catalog &c) {
                QStringList ops;
                for (const PendingOp &op : PendingOpStore(c).pendingInOrder().value())
                    ops << op.operation + QLatin1Char(':') +
                               QString::number(op.payload.value(QStringLiteral("videoId")).toInteger());
                const std::optional<Video> current = VideoStore(c).defaultVideo(look).value();
                return qMakePair(ops, current ? current->id : RowId(0));
            });
        };
        QCOMPARE(state().first, QStringList{QStringLiteral("set-default:%1").arg(second)});
        QCOMPARE(state().second, second);  // applied in the catalog
        // A second edit waits behind the first, in order.
        const Run behind = storyreel({QStringLiteral("looks"), QStringLiteral("set-default"),
                                      QString::number(look), QString::number(first)});
        QVERIFY2(behind.exitCode == 0 && behind.out.contains(QStringLiteral("queued")),
                 qPrintable(behind.err));
        QCOMPARE(state().first, QStringList({QStringLiteral("set-default:%1").arg(second),
                                             QStringLiteral("set-default:%1").arg(first)}));
        QCOMPARE(state().second, first);
    }

    void helpAndUsage()
    {
        const Run looksHelp = storyreel({QStringLiteral("looks"), QStringLiteral("--help")});
        QCOMPARE(looksHelp.exitCode, 0);
        QVERIFY(looksHelp.out.contains(QStringLiteral("set-default LOOK VIDEO")));
        const Run videosHelp = storyreel({QStringLiteral("videos"), QStringLiteral("--help")});
        QCOMPARE(videosHelp.exitCode, 0);
        QVERIFY(videosHelp.out.contains(QStringLiteral("import FILE...")) &&
                videosHelp.out.contains(QStringLiteral("--favorite")));
        const Run help = storyreel({QStringLiteral("--help")});
        QVERIFY(help.out.contains(QStringLiteral("looks list | show ID | set-default LOOK VIDEO")));
        QCOMPARE(storyreel({QStringLiteral("looks"), QStringLiteral("delete")}).exitCode, 2);
        QCOMPARE(storyreel({QStringLiteral("videos"), QStringLiteral("import")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestLibraryCli)
#include "tst_librarycli.moc"
