#include "mediafixtures.h"
#include "probe.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace storyreel;

namespace {

// FFmpeg 5.1 drops ClipSpec::rotation when encoding and, on a stream copy, stores the legacy "rotate"
// tag with the opposite sign: tag (360 - cw) gives a display matrix ffprobe reports as -cw, which the
// ffmpeg CLI turns clockwise by cw. So remux, then check with ffprobe.
QString rotatedCopy(const QString &source, const QString &destination, int clockwise)
{
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral("ffmpeg"),
                 {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"), QStringLiteral("-i"),
                  source, QStringLiteral("-c"), QStringLiteral("copy"), QStringLiteral("-metadata:s:v:0"),
                  QStringLiteral("rotate=%1").arg((360 - clockwise) % 360), destination});
    return ffmpeg.waitForFinished(60000) && ffmpeg.exitCode() == 0 ? destination : QString();
}

int ffprobeRotation(const QString &path)
{
    const QJsonObject video = test::ffprobeStream(test::ffprobe(path), QStringLiteral("video"));
    for (const QJsonValue &side : video.value(QStringLiteral("side_data_list")).toArray()) {
        if (side.toObject().contains(QStringLiteral("rotation")))
            return side.toObject().value(QStringLiteral("rotation")).toInt();
    }
    return 0;
}

}  // namespace

class TestProbe : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_mp4;
    QString m_faststart;

    QString clip(const QString &name, const test::ClipSpec &spec)
    {
        QString error;
        const QString path = test::makeClip(m_dir.path(), name, spec, &error);
        if (path.isEmpty())
            qWarning("cannot make %s: %s", qPrintable(name), qPrintable(error));
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_mp4 = clip(QStringLiteral("clip.mp4"), {});
        test::ClipSpec faststart;
        faststart.seconds = 4;
        faststart.extraArgs = {QStringLiteral("-movflags"), QStringLiteral("+faststart")};
        m_faststart = clip(QStringLiteral("faststart.mp4"), faststart);
        QVERIFY(!m_mp4.isEmpty() && !m_faststart.isEmpty());
    }

    void readsWhatFfprobeReads_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("container");  // one of the demuxer's names
        QTest::addColumn<QString>("videoCodec");
        QTest::addColumn<QString>("audioCodec");

        QTest::newRow("h264+aac mp4") << m_mp4 << "mp4"
                                      << "h264"
                                      << "aac";
        test::ClipSpec webm;
        webm.videoCodec = QStringLiteral("libvpx-vp9");
        webm.audioCodec = QStringLiteral("libopus");
        QTest::newRow("vp9+opus webm") << clip(QStringLiteral("clip.webm"), webm) << "webm"
                                       << "vp9"
                                       << "opus";
        test::ClipSpec audioOnly;
        audioOnly.videoCodec.clear();
        QTest::newRow("aac m4a") << clip(QStringLiteral("sound.m4a"), audioOnly) << "m4a"
                                 << ""
                                 << "aac";
        QTest::newRow("png still") << test::makeImage(m_dir.path(), QStringLiteral("still.png"), 320, 240)
                                   << "png"
                                   << "png"
                                   << "";
    }

    void readsWhatFfprobeReads()
    {
        QFETCH(QString, path);
        QFETCH(QString, container);
        QFETCH(QString, videoCodec);
        QFETCH(QString, audioCodec);
        QVERIFY(!path.isEmpty());
        const QJsonObject expected = test::ffprobe(path);
        QVERIFY(!expected.isEmpty());

        QStringList stages;
        MediaControl control([&stages](double, const QString &stage) { stages << stage; });
        Result<MediaInfo> info = probeMedia(path, {}, &control);
        QVERIFY2(info.ok(), qPrintable(info.error()));
        QVERIFY2(info->container.contains(container), qPrintable(info->container));
        QCOMPARE(info->sizeBytes, QFileInfo(path).size());
        QCOMPARE(stages.value(0), QStringLiteral("probing"));
        QCOMPARE(control.lastFraction(), 1.0);

        const QJsonObject video = test::ffprobeStream(expected, QStringLiteral("video"));
        QCOMPARE(info->hasVideo(), !videoCodec.isEmpty());
        if (info->hasVideo()) {
            QCOMPARE(info->video()->codec, videoCodec);
            QCOMPARE(info->video()->width, video.value(QStringLiteral("width")).toInt());
            QCOMPARE(info->video()->height, video.value(QStringLiteral("height")).toInt());
            QCOMPARE(info->video()->rotation, 0);
        }
        const QJsonObject audio = test::ffprobeStream(expected, QStringLiteral("audio"));
        QCOMPARE(info->hasAudio(), !audioCodec.isEmpty());
        if (info->hasAudio()) {
            QCOMPARE(info->audio()->codec, audioCodec);
            QCOMPARE(info->audio()->sampleRate,
                     audio.value(QStringLiteral("sample_rate")).toString().toInt());
            QCOMPARE(info->audio()->sampleRate, 48000);
            QCOMPARE(info->audio()->channels, 2);
        }
        if (videoCodec == QLatin1String("png"))
            return;  // a still: no duration, bit rate or frame rate worth checking
        if (info->hasVideo())
            QVERIFY2(qAbs(info->video()->frameRate - 25.0) < 0.01,
                     qPrintable(QString::number(info->video()->frameRate)));
        const double ffprobeMs = test::ffprobeDurationSeconds(expected) * 1000.0;
        QVERIFY2(qAbs(info->durationMs - ffprobeMs) <= 40.0,  // one frame at 25 fps
                 qPrintable(QStringLiteral("%1 ms, ffprobe %2 ms").arg(info->durationMs).arg(ffprobeMs)));
        QVERIFY(info->bitRate > 0);
    }

    void rotationIsClockwise()
    {
        const QString path = rotatedCopy(m_mp4, m_dir.filePath(QStringLiteral("rotated.mp4")), 90);
        QVERIFY(!path.isEmpty());
        QCOMPARE(ffprobeRotation(path), -90);  // ffprobe's angle is counterclockwise
        Result<MediaInfo> info = probeMedia(path);
        QVERIFY2(info.ok(), qPrintable(info.error()));
        QCOMPARE(info->video()->rotation, 90);
        QCOMPARE(info->video()->width, 640);
        QCOMPARE(info->displayWidth(), 360);
        QCOMPARE(info->displayHeight(), 640);
    }

    void coverArtIsNotTheVideo()
    {
        test::ClipSpec song;
        song.videoCodec.clear();
        const QString sound = clip(QStringLiteral("song.m4a"), song);
        const QString cover = test::makeImage(m_dir.path(), QStringLiteral("cover.png"), 320, 240);
        const QString covered = m_dir.filePath(QStringLiteral("covered.m4a"));
        QProcess ffmpeg;
        ffmpeg.start(
            QStringLiteral("ffmpeg"),
            {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"), QStringLiteral("-i"), sound,
             QStringLiteral("-i"), cover, QStringLiteral("-map"), QStringLiteral("0"), QStringLiteral("-map"),
             QStringLiteral("1"), QStringLiteral("-c"), QStringLiteral("copy"),
             QStringLiteral("-disposition:v:0"), QStringLiteral("attached_pic"), covered});
        QVERIFY(ffmpeg.waitForFinished(60000) && ffmpeg.exitCode() == 0);
        Result<MediaInfo> info = probeMedia(covered);
        QVERIFY2(info.ok(), qPrintable(info.error()));
        QCOMPARE(info->streams.size(), 2);
        QCOMPARE(info->streams[1].type, StreamInfo::Type::Video);
        QCOMPARE(info->streams[1].codec, QStringLiteral("png"));
        QVERIFY(info->streams[1].attachedPicture);
        QVERIFY(!info->hasVideo());
        QVERIFY(info->hasAudio());
    }

    void badInputIsAClearError_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");  // part of the message

        QTest::newRow("zero bytes") << test::writeBytes(m_dir.filePath(QStringLiteral("empty.mp4")), {})
                                    << "is empty (0 bytes)";
        // FFmpeg's tty demuxer would "play" a .txt file as ANSI art.
        QTest::newRow("text") << test::writeBytes(m_dir.filePath(QStringLiteral("notes.txt")),
                                                  QByteArray("Scene 1: a dawn over the sea.\n").repeated(200))
                              << "is not a video or audio file FFmpeg can read";
        QByteArray noise(256 * 1024, Qt::Uninitialized);
        QRandomGenerator random(20240611);  // fixed seed: the same bytes on every run
        for (char &byte : noise)
            byte = char(random.bounded(256));
        QTest::newRow("random bytes") << test::writeBytes(m_dir.filePath(QStringLiteral("noise.mov")), noise)
                                      << "is not a video or audio file FFmpeg can read";
        const qint64 size = QFileInfo(m_faststart).size();
        QTest::newRow("half of a faststart mp4")
            << test::truncatedCopy(m_faststart, m_dir.filePath(QStringLiteral("half.mp4")), size / 2)
            << QStringLiteral("is truncated: it ends at byte %1 but its index points to byte").arg(size / 2);
        QTest::newRow("first 1000 bytes of an mp4")
            << test::truncatedCopy(m_mp4, m_dir.filePath(QStringLiteral("start.mp4")), 1000)
            << "is not a video or audio file FFmpeg can read";
        QTest::newRow("missing") << m_dir.filePath(QStringLiteral("nowhere.mp4")) << "does not exist";
        QTest::newRow("folder") << m_dir.path() << "is a folder";
    }

    void badInputIsAClearError()
    {
        QFETCH(QString, path);
        QFETCH(QString, expected);
        QVERIFY(!path.isEmpty());
        Result<MediaInfo> info = probeMedia(path);
        QVERIFY2(!info.ok(), "probed without an error");
        QCOMPARE(info.errorKind(), FailureKind::BadInput);
        QVERIFY2(info.error().contains(QDir::toNativeSeparators(path)), qPrintable(info.error()));
        QVERIFY2(info.error().contains(expected), qPrintable(info.error()));
    }

    void limitsAreEnforced_data()
    {
        QTest::addColumn<qint64>("maxPixels");
        QTest::addColumn<int>("maxStreams");
        QTest::addColumn<QString>("expected");

        QTest::newRow("enormous frames")
            << qint64(640 * 360 - 1) << 32
            << QStringLiteral("has 640x360 frames, more than the %1 pixels allowed").arg(640 * 360 - 1);
        QTest::newRow("too many streams")
            << qint64(8192) * 8192 << 1 << QStringLiteral("has 2 streams, more than the 1 allowed");
    }

    void limitsAreEnforced()
    {
        QFETCH(qint64, maxPixels);
        QFETCH(int, maxStreams);
        QFETCH(QString, expected);
        ProbeLimits limits;
        limits.maxPixels = maxPixels;
        limits.maxStreams = maxStreams;
        Result<MediaInfo> info = probeMedia(m_mp4, limits);
        QVERIFY2(!info.ok(), "probed beyond the limits");
        QCOMPARE(info.errorKind(), FailureKind::BadInput);
        QVERIFY2(info.error().contains(QDir::toNativeSeparators(m_mp4)), qPrintable(info.error()));
        QVERIFY2(info.error().contains(expected), qPrintable(info.error()));
        QVERIFY(probeMedia(m_mp4).ok());  // the defaults let the same clip through
    }

    void aCancelledControlStopsTheProbe()
    {
        MediaControl control;
        control.cancel();
        Result<MediaInfo> info = probeMedia(m_mp4, {}, &control);
        QVERIFY(!info.ok());
        QCOMPARE(info.errorKind(), FailureKind::Cancelled);
    }

    void aSilentPipeTimesOut()
    {
        // Nobody ever writes to this FIFO: a plain open() or read() would block forever.
        const QString fifo = m_dir.filePath(QStringLiteral("silent.mp4"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        ProbeLimits limits;
        limits.timeoutMs = 300;
        QElapsedTimer timer;
        timer.start();
        Result<MediaInfo> info = probeMedia(fifo, limits);
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(!info.ok(), "probed a FIFO nobody writes to");
        QVERIFY2(elapsed < 2000, qPrintable(QStringLiteral("took %1 ms").arg(elapsed)));
        QCOMPARE(info.errorKind(), FailureKind::Failed);
        QVERIFY2(info.error().contains(QDir::toNativeSeparators(fifo)), qPrintable(info.error()));
        QVERIFY2(info.error().contains(QLatin1String("timed out")), qPrintable(info.error()));
    }
};

QTEST_GUILESS_MAIN(TestProbe)
#include "tst_probe.moc"
