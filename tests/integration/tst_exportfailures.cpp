#include "exporter.h"
#include "mediafixtures.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <future>
#include <optional>
#include <thread>

using namespace storyreel;
using test::ClipSpec;

// What a failed or cancelled export leaves behind: nothing at the destination (or the file that was
// there before), no partial file, and a message that names the input.
namespace {

using Clock = std::chrono::steady_clock;

QStringList partialsIn(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("*.partial-*")}, QDir::Files | QDir::Hidden);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The current row's tag, usable in a file name.
QString dataTag()
{
    return QString::fromUtf8(QTest::currentDataTag()).replace(u' ', u'_');
}

ExportPreset preset(const QString &format, const QString &quality)
{
    return ExportPreset::parse(format, quality).value_or(ExportPreset{});
}

ClipSpec spec(int width, int height, double seconds = 1.0)
{
    ClipSpec clip;
    clip.width = width;
    clip.height = height;
    clip.seconds = seconds;
    return clip;
}

}  // namespace

class TestExportFailures : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Makes a test clip once per run; an empty path (with the CLI's reason in the log) on failure.
    QString clip(const QString &name, const ClipSpec &clipSpec)
    {
        return test::cachedClip(m_dir.path(), name, clipSpec);
    }

    QString output(const QString &name) const { return m_dir.filePath(QStringLiteral("out/") + name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("out")));
    }

    void cancelStopsPromptlyAndLeavesNothing_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<bool>("fromAnotherThread");
        QTest::addColumn<bool>("existingDestination");
        QTest::newRow("encoding, cancelled from another thread") << "webm" << true << false;
        QTest::newRow("encoding over an existing file") << "webm" << true << true;
        QTest::newRow("remuxing, cancelled from the progress callback") << "mp4" << false << false;
    }

    void cancelStopsPromptlyAndLeavesNothing()
    {
        QFETCH(QString, format);
        QFETCH(bool, fromAnotherThread);
        QFETCH(bool, existingDestination);
        const QString source = clip(QStringLiteral("long.mp4"), spec(320, 180, 20.0));
        QVERIFY(!source.isEmpty());
        const QString folder = m_dir.filePath(QStringLiteral("cancel-") + dataTag());
        QVERIFY(QDir().mkpath(folder));
        const QString destination = QDir(folder).filePath(QStringLiteral("out.") + format);
        if (existingDestination)
            QVERIFY(!test::writeBytes(destination, "the user's own file").isEmpty());

        std::promise<void> reached;
        std::promise<void> cancelSent;
        std::shared_future<void> cancelSentFuture = cancelSent.get_future().share();
        bool signalled = false;
        Clock::time_point cancelledAt;
        MediaControl control([&](double fraction, const QString &) {
            if (fraction <= 0.1 || signalled)
                return;
            signalled = true;
            if (!fromAnotherThread) {
                control.cancel();
                cancelledAt = Clock::now();
                return;
            }
            reached.set_value();
            cancelSentFuture.wait();  // hold the export here until the other thread has cancelled
        });
        std::optional<Result<ExportOutcome>> outcome;
        Clock::time_point returnedAt;
        std::thread worker([&] {
            outcome = exportVideo(source, preset(format, QStringLiteral("low")), destination, &control);
            returnedAt = Clock::now();
        });
        bool reachedInTime = true;
        if (fromAnotherThread) {
            reachedInTime =
                reached.get_future().wait_for(std::chrono::seconds(60)) == std::future_status::ready;
            control.cancel();
            cancelledAt = Clock::now();
            cancelSent.set_value();
        }
        worker.join();
        QVERIFY(reachedInTime);
        QVERIFY(outcome.has_value());
        QVERIFY2(!outcome->ok(), "the export finished despite the cancel");
        QCOMPARE(outcome->errorKind(), FailureKind::Cancelled);
        const auto stoppedAfter =
            std::chrono::duration_cast<std::chrono::milliseconds>(returnedAt - cancelledAt);
        QVERIFY2(stoppedAfter.count() < 500,
                 qPrintable(QStringLiteral("stopped %1 ms after the cancel").arg(stoppedAfter.count())));
        QVERIFY(partialsIn(folder).isEmpty());
        if (existingDestination)
            QCOMPARE(readAll(destination), QByteArray("the user's own file"));
        else
            QVERIFY(!QFile::exists(destination));
    }

    void badInputIsAClearError_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expectedWords");
        QTest::newRow("missing") << "missing"
                                 << "does not exist";
        QTest::newRow("zero bytes") << "empty"
                                    << "empty";
        QTest::newRow("not media") << "text"
                                   << "";
        QTest::newRow("truncated") << "truncated"
                                   << "";
        QTest::newRow("truncated faststart") << "truncated-faststart"
                                             << "truncated";
        QTest::newRow("corrupt") << "corrupt"
                                 << "";
        QTest::newRow("audio only") << "audio"
                                    << "no video";
    }

    void badInputIsAClearError()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expectedWords);
        const QString small = clip(QStringLiteral("small.mp4"), spec(640, 360));
        ClipSpec faststartSpec = spec(640, 360);
        faststartSpec.extraArgs = QStringList{QStringLiteral("-movflags"), QStringLiteral("+faststart")};
        const QString faststart = clip(QStringLiteral("faststart.mp4"), faststartSpec);
        QVERIFY(!small.isEmpty() && !faststart.isEmpty());
        const QString source = m_dir.filePath(QStringLiteral("bad-%1.mp4").arg(kind));
        if (kind == QLatin1String("empty"))
            test::writeBytes(source, {});
        else if (kind == QLatin1String("text"))
            test::writeBytes(source, "this is a shopping list, not a video\n");
        else if (kind == QLatin1String("truncated"))
            test::truncatedCopy(small, source, QFileInfo(small).size() / 2);
        else if (kind == QLatin1String("truncated-faststart"))
            test::truncatedCopy(faststart, source, QFileInfo(faststart).size() * 6 / 10);
        else if (kind == QLatin1String("corrupt"))
            test::writeBytes(source, readAll(small).left(64) + QByteArray(64 * 1024, '\x5a'));
        else if (kind == QLatin1String("audio")) {
            ClipSpec audioOnly = spec(0, 0);
            audioOnly.videoCodec.clear();
            QVERIFY(!test::makeClip(m_dir.path(), QFileInfo(source).fileName(), audioOnly).isEmpty());
        }
        QCOMPARE(QFile::exists(source), kind != QLatin1String("missing"));

        const QString destination = output(QStringLiteral("bad-%1.mp4").arg(kind));
        QVERIFY(!test::writeBytes(destination, "keep me").isEmpty());
        Result<ExportOutcome> outcome =
            exportVideo(source, preset(QStringLiteral("mp4"), QStringLiteral("low")), destination);
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.errorKind(), FailureKind::BadInput);
        QVERIFY2(outcome.error().contains(QFileInfo(source).fileName()), qPrintable(outcome.error()));
        QVERIFY2(outcome.error().contains(expectedWords), qPrintable(outcome.error()));
        QCOMPARE(readAll(destination), QByteArray("keep me"));
        QVERIFY(partialsIn(QFileInfo(destination).absolutePath()).isEmpty());
    }

    void aMissingDestinationFolderIsAClearError()
    {
        const QString source = clip(QStringLiteral("small.mp4"), spec(640, 360));
        QVERIFY(!source.isEmpty());
        const QString folder = m_dir.filePath(QStringLiteral("no/such/folder"));
        Result<ExportOutcome> outcome =
            exportVideo(source, preset(QStringLiteral("mp4"), QStringLiteral("low")),
                        QDir(folder).filePath(QStringLiteral("x.mp4")));
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.errorKind(), FailureKind::Failed);
        QVERIFY2(
            outcome.error().contains(folder) && outcome.error().contains(QStringLiteral("does not exist")),
            qPrintable(outcome.error()));
        QVERIFY(!QFileInfo::exists(folder));
    }
};

QTEST_GUILESS_MAIN(TestExportFailures)
#include "tst_exportfailures.moc"
