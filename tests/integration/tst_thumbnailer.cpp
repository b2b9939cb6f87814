#include "mediafixtures.h"
#include "mediastore.h"
#include "thumbnailer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace storyreel;

namespace {

constexpr int kFps = 25;

// The top quarter of every frame is a flat grey band whose luma encodes the frame number, so a
// picture says which frame it is: neighbours differ by 53 luma steps (about 60 in RGB).
const QString kBand = QStringLiteral("geq=lum='if(lt(Y,H/4),16+mod(N*53,200),lum(X,Y))'") +
                      QStringLiteral(":cb='if(lt(Y,H/4),128,cb(X,Y))':cr='if(lt(Y,H/4),128,cr(X,Y))'");

double expectedBand(int frame)
{
    return (frame * 53 % 200) * 255.0 / 219.0;
}

double mean(const QImage &image, const QRect &area)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    double sum = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x)
            sum += qGray(rgb.pixel(x, y));
    }
    return sum / (area.width() * area.height());
}

// The band, away from its edges (chroma subsampling and scaling blur them).
double bandGrey(const QImage &image)
{
    return mean(image, QRect(4, 2, image.width() - 8, image.height() / 4 - 6));
}

double meanAbsoluteDifference(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return 255.0;
    const QImage x = a.convertToFormat(QImage::Format_RGB32), y = b.convertToFormat(QImage::Format_RGB32);
    double sum = 0;
    for (int row = 0; row < x.height(); ++row) {
        for (int column = 0; column < x.width(); ++column) {
            const QRgb p = x.pixel(column, row), q = y.pixel(column, row);
            sum += qAbs(qRed(p) - qRed(q)) + qAbs(qGreen(p) - qGreen(q)) + qAbs(qBlue(p) - qBlue(q));
        }
    }
    return sum / (3.0 * x.width() * x.height());
}

bool runFfmpeg(const QStringList &arguments)
{
    QProcess ffmpeg;
    ffmpeg.start(
        QStringLiteral("ffmpeg"),
        QStringList{QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y")} + arguments);
    return ffmpeg.waitForFinished(120000) && ffmpeg.exitCode() == 0;
}

// The frame at `seconds` as the ffmpeg CLI extracts it (accurate seek, autorotation), at `size`.
QImage ffmpegFrame(const QString &clip, double seconds, QSize size, const QString &out)
{
    if (!runFfmpeg({QStringLiteral("-ss"), QString::number(seconds), QStringLiteral("-i"), clip,
                    QStringLiteral("-frames:v"), QStringLiteral("1"), QStringLiteral("-vf"),
                    QStringLiteral("scale=%1:%2").arg(size.width()).arg(size.height()), out}))
        return {};
    return QImage(out);
}

QString sha256Of(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    return file.open(QIODevice::ReadOnly) && hash.addData(&file) ? QString::fromLatin1(hash.result().toHex())
                                                                 : QString();
}

}  // namespace

class TestThumbnailer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_clip;                    // 640x360, 4 s at 25 fps, keyframes every 2 s, B-frames, AAC audio
    QString m_rotated;                 // the same, displayed turned 90 degrees clockwise
    QMap<QString, QString> m_remuxed;  // the same frames in other containers, by extension

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::ClipSpec spec;
        spec.seconds = 4;
        spec.fps = kFps;
        spec.extraArgs = {QStringLiteral("-vf"), kBand,
                          QStringLiteral("-g"),  QStringLiteral("50"),
                          QStringLiteral("-bf"), QStringLiteral("3")};
        QString error;
        m_clip = test::makeClip(m_dir.path(), QStringLiteral("frames.mp4"), spec, &error);
        QVERIFY2(!m_clip.isEmpty(), qPrintable(error));
        // FFmpeg 5.1 ignores ClipSpec::rotation when encoding and stores a stream-copied "rotate" tag
        // with the opposite sign: 270 here is what ffmpeg and players show turned 90 degrees clockwise.
        m_rotated = m_dir.filePath(QStringLiteral("rotated.mp4"));
        QVERIFY(runFfmpeg({QStringLiteral("-i"), m_clip, QStringLiteral("-c"), QStringLiteral("copy"),
                           QStringLiteral("-metadata:s:v:0"), QStringLiteral("rotate=270"), m_rotated}));
        // MPEG-TS seeks by timestamp search, not an index, and starts at 1.4 s; Matroska seeks by cues.
        for (const QString &extension : {QStringLiteral("ts"), QStringLiteral("mkv")}) {
            m_remuxed[extension] = m_dir.filePath(QStringLiteral("frames.") + extension);
            QVERIFY(runFfmpeg({QStringLiteral("-i"), m_clip, QStringLiteral("-c"), QStringLiteral("copy"),
                               m_remuxed[extension]}));
        }
        m_remuxed[QStringLiteral("mp4")] = m_clip;
    }

    void posterIsTheExactFrame_data()
    {
        QTest::addColumn<QString>("container");
        QTest::addColumn<double>("seconds");
        for (const QString &container :
             {QStringLiteral("mp4"), QStringLiteral("ts"), QStringLiteral("mkv")}) {
            const QByteArray name = container.toLatin1();
            QTest::addRow("%s: first frame", name.constData()) << container << 0.0;
            QTest::addRow("%s: just before a keyframe", name.constData()) << container << 1.96;
            QTest::addRow("%s: a keyframe", name.constData()) << container << 2.0;
            QTest::addRow("%s: inside a GOP", name.constData()) << container << 2.84;
            QTest::addRow("%s: last frame", name.constData()) << container << 3.96;
        }
    }

    void posterIsTheExactFrame()
    {
        QFETCH(QString, container);
        QFETCH(double, seconds);
        const QString clip = m_remuxed.value(container);
        QStringList stages;
        MediaControl control([&stages](double, const QString &stage) { stages << stage; });
        Result<QImage> poster = posterFrame(clip, seconds, 320, &control);
        QVERIFY2(poster.ok(), qPrintable(poster.error()));
        QCOMPARE(poster->size(), QSize(320, 180));
        const int frame = qRound(seconds * kFps);
        QVERIFY2(qAbs(bandGrey(*poster) - expectedBand(frame)) < 10,
                 qPrintable(QStringLiteral("band %1, frame %2 has %3")
                                .arg(bandGrey(*poster))
                                .arg(frame)
                                .arg(expectedBand(frame))));
        for (const QString &stage :
             {QStringLiteral("probing"), QStringLiteral("decoding"), QStringLiteral("scaling")})
            QVERIFY2(stages.contains(stage), qPrintable(stages.join(QLatin1Char(','))));

        // The same picture as the ffmpeg CLI's, and a frame a second away is clearly different. Not for
        // MPEG-TS: there FFmpeg 5.1's own -ss starts mid-GOP and returns a later frame, or none.
        if (container == QLatin1String("ts"))
            return;
        const QImage reference =
            ffmpegFrame(clip, seconds, poster->size(), m_dir.filePath(QStringLiteral("reference.png")));
        QVERIFY(!reference.isNull());
        QVERIFY2(meanAbsoluteDifference(*poster, reference) < 6,
                 qPrintable(QString::number(meanAbsoluteDifference(*poster, reference))));
        const double other = seconds >= 1.0 ? seconds - 1.0 : seconds + 1.0;
        const QImage elsewhere =
            ffmpegFrame(clip, other, poster->size(), m_dir.filePath(QStringLiteral("elsewhere.png")));
        QVERIFY(meanAbsoluteDifference(*poster, elsewhere) > 12);
    }

    void widthIsHonouredAndAspectKept_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::newRow("320") << 320 << 180;
        QTest::newRow("200: 112.5 rounds to even") << 200 << 112;
        QTest::newRow("101") << 101 << 56;
        QTest::newRow("upscaled") << 1280 << 720;
    }

    void widthIsHonouredAndAspectKept()
    {
        QFETCH(int, width);
        QFETCH(int, height);
        Result<QImage> poster = posterFrame(m_clip, 1.0, width);
        QVERIFY2(poster.ok(), qPrintable(poster.error()));
        QCOMPARE(poster->size(), QSize(width, height));
    }

    void rotationIsApplied()
    {
        Result<QImage> poster = posterFrame(m_rotated, 2.0, 180);
        QVERIFY2(poster.ok(), qPrintable(poster.error()));
        QCOMPARE(poster->size(), QSize(180, 320));
        // Turned clockwise, the band that was on top runs down the right-hand side.
        const double right = mean(*poster, QRect(180 - 180 / 4 + 6, 4, 180 / 4 - 8, 312));
        QVERIFY2(qAbs(right - expectedBand(50)) < 10, qPrintable(QString::number(right)));
        const QImage reference =
            ffmpegFrame(m_rotated, 2.0, poster->size(), m_dir.filePath(QStringLiteral("rotated.png")));
        QVERIFY2(meanAbsoluteDifference(*poster, reference) < 6,
                 qPrintable(QString::number(meanAbsoluteDifference(*poster, reference))));
    }

    void filmstripHasDistinctFramesInOrder()
    {
        Result<QList<QImage>> strip = filmstrip(m_clip, 5, 160);
        QVERIFY2(strip.ok(), qPrintable(strip.error()));
        QCOMPARE(strip->size(), 5);
        // Centres of five 0.8 s intervals: 0.4, 1.2, 2.0, 2.8 and 3.6 s.
        const QList<int> frames{10, 30, 50, 70, 90};
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(strip->at(i).size(), QSize(160, 90));
            QVERIFY2(qAbs(bandGrey(strip->at(i)) - expectedBand(frames[i])) < 10,
                     qPrintable(QStringLiteral("image %1: band %2, expected %3")
                                    .arg(i)
                                    .arg(bandGrey(strip->at(i)))
                                    .arg(expectedBand(frames[i]))));
        }
    }

    void coverArtIsThePosterOfASong()
    {
        test::ClipSpec song;
        song.videoCodec.clear();
        const QString sound = test::makeClip(m_dir.path(), QStringLiteral("song.m4a"), song);
        const QString cover = test::makeImage(m_dir.path(), QStringLiteral("cover.png"), 320, 240);
        const QString covered = m_dir.filePath(QStringLiteral("covered.m4a"));
        QVERIFY(runFfmpeg({QStringLiteral("-i"), sound, QStringLiteral("-i"), cover, QStringLiteral("-map"),
                           QStringLiteral("0"), QStringLiteral("-map"), QStringLiteral("1"),
                           QStringLiteral("-c"), QStringLiteral("copy"), QStringLiteral("-disposition:v:0"),
                           QStringLiteral("attached_pic"), covered}));
        Result<QImage> poster = posterFrame(covered, -1, 160);
        QVERIFY2(poster.ok(), qPrintable(poster.error()));
        QCOMPARE(poster->size(), QSize(160, 120));
        const QImage expected =
            QImage(cover).scaled(160, 120, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        QVERIFY2(meanAbsoluteDifference(*poster, expected) < 8,
                 qPrintable(QString::number(meanAbsoluteDifference(*poster, expected))));
    }

    void cachedPosterFormats_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("magic");
        QTest::newRow("png") << "png" << QByteArray("\x89PNG\r\n\x1a\n");
        QTest::newRow("jpg") << "jpg" << QByteArray("\xff\xd8\xff");
    }

    void cachedPosterFormats()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, magic);
        QTemporaryDir data;
        Result<QString> path = PosterCache(data.path()).poster(m_clip, 2.0, 320, format);
        QVERIFY2(path.ok(), qPrintable(path.error()));
        const QString sha = sha256Of(m_clip);
        QCOMPARE(*path,
                 QDir(data.path())
                     .filePath(
                         QStringLiteral("media/thumbnails/%1/%2-2000-320.%3").arg(sha.left(2), sha, format)));
        QFile file(*path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(magic.size()) == magic);
        const QImage image(*path);
        QCOMPARE(image.size(), QSize(320, 180));
        QVERIFY(qAbs(bandGrey(image) - expectedBand(50)) < 10);
        QCOMPARE(
            QDir(QFileInfo(*path).absolutePath()).entryList({QStringLiteral("*.partial-*")}, QDir::Files),
            QStringList());
    }

    void aCachedPosterIsNotDecodedAgain()
    {
        QTemporaryDir data;
        Result<QString> stored = MediaStore(data.path()).addFile(m_clip);
        QVERIFY2(stored.ok(), qPrintable(stored.error()));
        const QString source = MediaStore(data.path()).absolutePath(*stored);
        QCOMPARE(*MediaStore::contentHash(source), sha256Of(m_clip));

        QStringList firstStages, secondStages;
        MediaControl first([&firstStages](double, const QString &stage) { firstStages << stage; });
        Result<QString> made =
            PosterCache(data.path()).poster(source, 1.0, 160, QStringLiteral("jpg"), &first);
        QVERIFY2(made.ok(), qPrintable(made.error()));
        QVERIFY(firstStages.contains(QStringLiteral("decoding")));
        const QByteArray bytes = [&] {
            QFile file(*made);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();
        const QDateTime modified = QFileInfo(*made).lastModified();

        // With the video gone nothing could be decoded: only the cache can answer. A media-store name
        // is its hash, so nothing needs reading either.
        QVERIFY(QFile::remove(source));
        MediaControl second([&secondStages](double, const QString &stage) { secondStages << stage; });
        Result<QString> again =
            PosterCache(data.path()).poster(source, 1.0, 160, QStringLiteral("jpg"), &second);
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(*again, *made);
        QCOMPARE(secondStages, QStringList());
        QCOMPARE(QFileInfo(*again).lastModified(), modified);
        QFile file(*again);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), bytes);
        // A different time or width is a different poster, and that does need the video.
        QCOMPARE(PosterCache(data.path()).poster(source, 1.0, 200).errorKind(), FailureKind::BadInput);
    }

    void badInputIsAClearError_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        QTest::newRow("zero bytes") << test::writeBytes(m_dir.filePath(QStringLiteral("empty.mp4")), {})
                                    << "is empty (0 bytes)";
        QTest::newRow("text") << test::writeBytes(m_dir.filePath(QStringLiteral("script.txt")),
                                                  QByteArray("Fade in.\n").repeated(500))
                              << "is not a video or audio file";
        QTest::newRow("truncated") << test::truncatedCopy(m_clip, m_dir.filePath(QStringLiteral("cut.mp4")),
                                                          1000)
                                   << "is not a video or audio file";
        test::ClipSpec audioOnly;
        audioOnly.videoCodec.clear();
        QTest::newRow("audio only") << test::makeClip(m_dir.path(), QStringLiteral("sound.m4a"), audioOnly)
                                    << "has no video";
        QTest::newRow("missing") << m_dir.filePath(QStringLiteral("gone.mp4")) << "does not exist";
    }

    void badInputIsAClearError()
    {
        QFETCH(QString, path);
        QFETCH(QString, expected);
        QVERIFY(!path.isEmpty());
        Result<QImage> poster = posterFrame(path, -1, 160);
        QVERIFY2(!poster.ok(), "made a poster");
        QCOMPARE(poster.errorKind(), FailureKind::BadInput);
        QVERIFY2(poster.error().contains(QDir::toNativeSeparators(path)), qPrintable(poster.error()));
        QVERIFY2(poster.error().contains(expected), qPrintable(poster.error()));
        QTemporaryDir data;
        QCOMPARE(PosterCache(data.path()).poster(path, -1, 160).errorKind(), FailureKind::BadInput);
        QCOMPARE(filmstrip(path, 3, 160).errorKind(), FailureKind::BadInput);
    }

    void aCancelStopsDecoding()
    {
        // One keyframe in 60 s: a poster near the end means decoding ~1400 frames from the start.
        test::ClipSpec spec;
        spec.width = 320;
        spec.height = 180;
        spec.seconds = 60;
        spec.audioCodec.clear();
        spec.extraArgs = {QStringLiteral("-g"), QStringLiteral("100000")};
        const QString clip = test::makeClip(m_dir.path(), QStringLiteral("long.mp4"), spec);
        QVERIFY(!clip.isEmpty());

        // A tenth of the way through decoding, the worker waits in its progress report until the
        // cancel has been issued, so the cancel lands mid-decode however fast this machine is.
        QSemaphore decoding, cancelIssued;
        std::atomic<bool> once{false};
        MediaControl control([&](double fraction, const QString &stage) {
            if (stage == QLatin1String("decoding") && fraction >= 0.1 && !once.exchange(true)) {
                decoding.release();
                cancelIssued.tryAcquire(1, 30000);
            }
        });
        Result<QImage> result = Failure{QStringLiteral("not run")};
        std::thread worker([&] { result = posterFrame(clip, 55.0, 160, &control); });
        const bool started = decoding.tryAcquire(1, 30000);
        control.cancel();
        QElapsedTimer timer;
        timer.start();
        cancelIssued.release();
        worker.join();
        QVERIFY2(started, "decoding never started");
        QCOMPARE(result.errorKind(), FailureKind::Cancelled);
        QVERIFY2(timer.elapsed() < 2000,
                 qPrintable(QStringLiteral("stopped %1 ms after the cancel").arg(timer.elapsed())));
    }
};

QTEST_MAIN(TestThumbnailer)
#include "tst_thumbnailer.moc"
