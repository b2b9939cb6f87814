#include "exporter.h"
#include "mediafixtures.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtEndian>
#include <QTest>

using namespace storyreel;
using test::ClipSpec;

namespace {

QString run(const QString &program, const QStringList &arguments, bool *ok = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    const bool finished = process.waitForFinished(120000);
    if (ok)
        *ok = finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
}

// The video packets' bytes, hashed by the ffmpeg CLI: equal only when nothing was re-encoded.
QString videoPacketsMd5(const QString &path)
{
    return run(QStringLiteral("ffmpeg"),
               {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-i"), path,
                QStringLiteral("-map"), QStringLiteral("0:v"), QStringLiteral("-c"), QStringLiteral("copy"),
                QStringLiteral("-f"), QStringLiteral("md5"), QStringLiteral("-")})
        .trimmed();
}

// The order of an ISO-BMFF file's top-level boxes, read from its bytes.
QStringList topLevelBoxes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList boxes;
    for (qint64 position = 0; position + 8 <= file.size();) {
        file.seek(position);
        const QByteArray header = file.read(16);
        quint64 length = qFromBigEndian<quint32>(header.constData());
        if (length == 1 && header.size() == 16)
            length = qFromBigEndian<quint64>(header.constData() + 8);
        else if (length == 0)
            length = quint64(file.size() - position);
        if (length < 8)
            break;
        boxes << QString::fromLatin1(header.mid(4, 4));
        position += qint64(length);
    }
    return boxes;
}

// The clockwise turn a player gives the video stream: ffprobe prints the display matrix's rotation
// counterclockwise.
int clockwiseRotation(const QJsonObject &videoStream)
{
    for (const QJsonValue &data : videoStream.value(QStringLiteral("side_data_list")).toArray()) {
        if (data.toObject().contains(QStringLiteral("rotation")))
            return ((-data.toObject().value(QStringLiteral("rotation")).toInt()) % 360 + 360) % 360;
    }
    return 0;
}

// PSNR of `output` against `source`, both turned upright by the ffmpeg CLI and scaled to `size`.
double uprightPsnr(const QString &source, const QString &output, QSize size)
{
    const QString scale = QStringLiteral("scale=%1:%2,format=yuv420p").arg(size.width()).arg(size.height());
    const QString text =
        run(QStringLiteral("ffmpeg"),
            {QStringLiteral("-hide_banner"), QStringLiteral("-i"), source, QStringLiteral("-i"), output,
             QStringLiteral("-filter_complex"), QStringLiteral("[0:v]%1[a];[1:v]%1[b];[a][b]psnr").arg(scale),
             QStringLiteral("-f"), QStringLiteral("null"), QStringLiteral("-")});
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("average:([0-9.]+|inf)")).match(text);
    return !match.hasMatch()                           ? 0.0
           : match.captured(1) == QLatin1String("inf") ? 100.0
                                                       : match.captured(1).toDouble();
}

QSize sizeOf(const QJsonObject &videoStream)
{
    return {videoStream.value(QStringLiteral("width")).toInt(),
            videoStream.value(QStringLiteral("height")).toInt()};
}

// The current row's tag, usable in a file name.
QString dataTag()
{
    return QString::fromUtf8(QTest::currentDataTag()).replace(u' ', u'_');
}

QStringList partialsIn(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("*.partial-*")}, QDir::Files | QDir::Hidden);
}

ExportPreset preset(const QString &format, const QString &quality, bool allowUpscale = false)
{
    ExportPreset result = ExportPreset::parse(format, quality).value_or(ExportPreset{});
    result.allowUpscale = allowUpscale;
    return result;
}

ClipSpec spec(int width, int height, double seconds = 1.0)
{
    ClipSpec clip;
    clip.width = width;
    clip.height = height;
    clip.seconds = seconds;
    return clip;
}

StreamInfo stream(StreamInfo::Type type, const QString &codec)
{
    StreamInfo info;
    info.type = type;
    info.codec = codec;
    return info;
}

}  // namespace

class TestExporter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Makes a test clip once per run; an empty path (with the CLI's reason in the log) on failure.
    QString clip(const QString &name, const ClipSpec &clipSpec)
    {
        return test::cachedClip(m_dir.path(), name, clipSpec);
    }

    // A copy of `source` whose display matrix says: turn `clockwise` degrees to show upright.
    // (ffmpeg 5.1 records a "rotate" tag only when stream-copying, and counts it counterclockwise.)
    QString rotatedClip(const QString &name, const ClipSpec &clipSpec, int clockwise)
    {
        const QString source = clip(QStringLiteral("unrotated-") + name, clipSpec);
        const QString path = m_dir.filePath(name);
        bool ok = false;
        run(QStringLiteral("ffmpeg"),
            {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"), QStringLiteral("-i"),
             source, QStringLiteral("-c"), QStringLiteral("copy"), QStringLiteral("-metadata:s:v:0"),
             QStringLiteral("rotate=%1").arg((360 - clockwise) % 360), path},
            &ok);
        return ok ? path : QString();
    }

    QString output(const QString &name) const { return m_dir.filePath(QStringLiteral("out/") + name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("out")));
    }

    void satisfiesPresetOnlyWhenNothingWouldChange_data()
    {
        QTest::addColumn<QString>("videoCodec");
        QTest::addColumn<QString>("pixelFormat");
        QTest::addColumn<QString>("audioCodec");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("rotation");
        QTest::addColumn<QString>("preset");
        QTest::addColumn<bool>("satisfies");
        const auto row = [](const char *tag, const char *video, const char *pixelFormat, const char *audio,
                            QSize size, int rotation, const char *preset, bool satisfies) {
            QTest::newRow(tag) << QString::fromLatin1(video) << QString::fromLatin1(pixelFormat)
                               << QString::fromLatin1(audio) << size << rotation
                               << QString::fromLatin1(preset) << satisfies;
        };
        const QSize hd(1280, 720);
        const QSize sd(640, 360);
        row("h264 aac 720p, mp4 medium", "h264", "yuv420p", "aac", hd, 0, "mp4-medium", true);
        row("h264 720p, no audio", "h264", "yuv420p", "", hd, 0, "mov-medium", true);
        row("full-range 4:2:0", "h264", "yuvj420p", "aac", sd, 0, "mp4-low", true);
        row("rotated h264 keeps metadata", "h264", "yuv420p", "aac", sd, 90, "mp4-low", true);
        row("vp9 opus, webm low", "vp9", "yuv420p", "opus", QSize(854, 480), 0, "webm-low", true);
        row("10-bit", "h264", "yuv420p10le", "aac", hd, 0, "mp4-medium", false);
        row("4:4:4", "h264", "yuv444p", "aac", hd, 0, "mp4-medium", false);
        row("opus in mp4", "h264", "yuv420p", "opus", hd, 0, "mp4-medium", false);
        row("hevc", "hevc", "yuv420p", "aac", hd, 0, "mp4-medium", false);
        row("too large", "h264", "yuv420p", "aac", QSize(1920, 1080), 0, "mp4-medium", false);
        row("odd size", "h264", "yuv420p", "aac", QSize(641, 361), 0, "mp4-medium", false);
        row("rotated vp9 to webm", "vp9", "yuv420p", "opus", sd, 90, "webm-low", false);
        row("h264 to webm", "h264", "yuv420p", "", sd, 0, "webm-low", false);
    }

    void satisfiesPresetOnlyWhenNothingWouldChange()
    {
        QFETCH(QString, videoCodec);
        QFETCH(QString, pixelFormat);
        QFETCH(QString, audioCodec);
        QFETCH(QSize, size);
        QFETCH(int, rotation);
        QFETCH(QString, preset);
        QFETCH(bool, satisfies);
        MediaInfo info;
        StreamInfo video = stream(StreamInfo::Type::Video, videoCodec);
        video.width = size.width();
        video.height = size.height();
        video.pixelFormat = pixelFormat;
        video.rotation = rotation;
        info.streams << video;
        if (!audioCodec.isEmpty())
            info.streams << stream(StreamInfo::Type::Audio, audioCodec);
        const QStringList parts = preset.split(QLatin1Char('-'));
        QCOMPARE(satisfiesPreset(info, ::preset(parts[0], parts[1])), satisfies);
    }

    void exportsEveryFormatAndQuality_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("quality");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("remuxed");
        const QSize sd(854, 480);
        const QSize hd(1280, 720);  // the 720p source is never upscaled
        for (const QString &format : {QStringLiteral("mp4"), QStringLiteral("webm"), QStringLiteral("mov")}) {
            const bool h264 = format != QLatin1String("webm");
            QTest::newRow(qPrintable(format + QStringLiteral(" low"))) << format << "low" << sd << false;
            QTest::newRow(qPrintable(format + QStringLiteral(" medium"))) << format << "medium" << hd << h264;
            QTest::newRow(qPrintable(format + QStringLiteral(" high"))) << format << "high" << hd << h264;
        }
    }

    void exportsEveryFormatAndQuality()
    {
        QFETCH(QString, format);
        QFETCH(QString, quality);
        QFETCH(QSize, size);
        QFETCH(bool, remuxed);
        const QString source = clip(QStringLiteral("hd.mp4"), spec(1280, 720));
        QVERIFY(!source.isEmpty());
        const QString destination = output(QStringLiteral("all-%1-%2.%1").arg(format, quality));
        MediaControl control;
        Result<ExportOutcome> outcome = exportVideo(source, preset(format, quality), destination, &control);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
        QCOMPARE(outcome->path, destination);
        QCOMPARE(outcome->remuxed, remuxed);
        QCOMPARE(outcome->size, size);
        QCOMPARE(control.lastStage(), remuxed ? QStringLiteral("remuxing") : QStringLiteral("encoding"));
        QCOMPARE(control.lastFraction(), 1.0);

        const QJsonObject probe = test::ffprobe(destination);
        const QJsonObject video = test::ffprobeStream(probe, QStringLiteral("video"));
        const QJsonObject audio = test::ffprobeStream(probe, QStringLiteral("audio"));
        const bool webm = format == QLatin1String("webm");
        QCOMPARE(video.value(QStringLiteral("codec_name")).toString(),
                 webm ? QStringLiteral("vp9") : QStringLiteral("h264"));
        QCOMPARE(audio.value(QStringLiteral("codec_name")).toString(),
                 webm ? QStringLiteral("opus") : QStringLiteral("aac"));
        QCOMPARE(sizeOf(video), size);
        const double expected = test::ffprobeDurationSeconds(test::ffprobe(source));
        const double duration = test::ffprobeDurationSeconds(probe);
        QVERIFY2(qAbs(duration - expected) <= 1.0 / 25 + 1e-3, qPrintable(QString::number(duration)));
        QVERIFY(partialsIn(QFileInfo(destination).absolutePath()).isEmpty());
    }

    void keepsAspectAndEvenSizes_data()
    {
        QTest::addColumn<QSize>("source");
        QTest::addColumn<QString>("pixelFormat");
        QTest::addColumn<QString>("quality");
        QTest::addColumn<bool>("allowUpscale");
        QTest::addColumn<QSize>("expected");
        QTest::addColumn<bool>("remuxed");
        QTest::newRow("smaller than high: not upscaled") << QSize(640, 360) << "yuv420p"
                                                         << "high" << false << QSize(640, 360) << true;
        QTest::newRow("upscaled when asked") << QSize(640, 360) << "yuv420p"
                                             << "medium" << true << QSize(1280, 720) << false;
        QTest::newRow("9:16 keeps its aspect") << QSize(720, 1280) << "yuv420p"
                                               << "low" << false << QSize(480, 854) << false;
        QTest::newRow("odd size made even") << QSize(323, 181) << "yuv444p"
                                            << "medium" << false << QSize(322, 180) << false;
    }

    void keepsAspectAndEvenSizes()
    {
        QFETCH(QSize, source);
        QFETCH(QString, pixelFormat);
        QFETCH(QString, quality);
        QFETCH(bool, allowUpscale);
        QFETCH(QSize, expected);
        QFETCH(bool, remuxed);
        ClipSpec clipSpec = spec(source.width(), source.height(), 0.5);
        clipSpec.pixelFormat = pixelFormat;
        const QString name =
            QStringLiteral("%1x%2-%3.mp4").arg(source.width()).arg(source.height()).arg(pixelFormat);
        const QString input = clip(name, clipSpec);
        QVERIFY(!input.isEmpty());
        const QString destination = output(QStringLiteral("size-%1.mp4").arg(dataTag()));
        Result<ExportOutcome> outcome =
            exportVideo(input, preset(QStringLiteral("mp4"), quality, allowUpscale), destination);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
        QCOMPARE(outcome->remuxed, remuxed);
        const QJsonObject video = test::ffprobeStream(test::ffprobe(destination), QStringLiteral("video"));
        QCOMPARE(sizeOf(video), expected);
        QCOMPARE(video.value(QStringLiteral("pix_fmt")).toString(), QStringLiteral("yuv420p"));
    }

    void withoutAudioStaysWithoutAudio_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<bool>("remuxed");
        QTest::newRow("mp4 remux") << "mp4" << true;
        QTest::newRow("webm encode") << "webm" << false;
    }

    void withoutAudioStaysWithoutAudio()
    {
        QFETCH(QString, format);
        QFETCH(bool, remuxed);
        ClipSpec clipSpec = spec(640, 360, 0.5);
        clipSpec.audioCodec.clear();
        const QString source = clip(QStringLiteral("silent.mp4"), clipSpec);
        QVERIFY(!source.isEmpty());
        const QString destination = output(QStringLiteral("silent.") + format);
        Result<ExportOutcome> outcome =
            exportVideo(source, preset(format, QStringLiteral("low")), destination);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
        QCOMPARE(outcome->remuxed, remuxed);
        const QJsonObject probe = test::ffprobe(destination);
        QVERIFY(!test::ffprobeStream(probe, QStringLiteral("video")).isEmpty());
        QVERIFY(test::ffprobeStream(probe, QStringLiteral("audio")).isEmpty());
    }

    void keepsTheRotation_data()
    {
        QTest::addColumn<QSize>("source");
        QTest::addColumn<int>("clockwise");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QSize>("stored");
        QTest::addColumn<int>("recorded");  // clockwise rotation in the output's metadata
        QTest::addColumn<bool>("remuxed");
        QTest::newRow("mp4 remux keeps the matrix")
            << QSize(640, 360) << 90 << "mp4" << QSize(640, 360) << 90 << true;
        QTest::newRow("mov encode records it")
            << QSize(1280, 720) << 90 << "mov" << QSize(854, 480) << 90 << false;
        QTest::newRow("mov encode, 270")
            << QSize(1280, 720) << 270 << "mov" << QSize(854, 480) << 270 << false;
        QTest::newRow("webm turns the pixels")
            << QSize(640, 360) << 90 << "webm" << QSize(360, 640) << 0 << false;
        QTest::newRow("webm turns the pixels, 180")
            << QSize(640, 360) << 180 << "webm" << QSize(640, 360) << 0 << false;
    }

    void keepsTheRotation()
    {
        QFETCH(QSize, source);
        QFETCH(int, clockwise);
        QFETCH(QString, format);
        QFETCH(QSize, stored);
        QFETCH(int, recorded);
        QFETCH(bool, remuxed);
        const QString name =
            QStringLiteral("rotated-%1-%2x%3.mp4").arg(clockwise).arg(source.width()).arg(source.height());
        const QString input = rotatedClip(name, spec(source.width(), source.height(), 0.5), clockwise);
        QVERIFY(!input.isEmpty());
        const QJsonObject sourceVideo = test::ffprobeStream(test::ffprobe(input), QStringLiteral("video"));
        QCOMPARE(clockwiseRotation(sourceVideo), clockwise);

        const QString destination =
            output(QStringLiteral("rotated-%1-%2.%3").arg(clockwise).arg(source.width()).arg(format));
        Result<ExportOutcome> outcome =
            exportVideo(input, preset(format, QStringLiteral("low")), destination);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
        QCOMPARE(outcome->remuxed, remuxed);
        QCOMPARE(outcome->size, stored);
        const QJsonObject video = test::ffprobeStream(test::ffprobe(destination), QStringLiteral("video"));
        QCOMPARE(sizeOf(video), stored);
        QCOMPARE(clockwiseRotation(video), recorded);
        // What a player shows must be the source's picture, turned the same way (a wrong turn scores ~5 dB).
        const double psnr = uprightPsnr(input, destination, recorded % 180 ? stored.transposed() : stored);
        QVERIFY2(psnr > 20.0, qPrintable(QStringLiteral("PSNR %1 dB").arg(psnr)));
    }

    void remuxCopiesThePacketsUnchanged_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("audioCodec");
        QTest::newRow("mp4") << "small.mp4"
                             << "mp4"
                             << "aac";
        QTest::newRow("mov") << "small.mp4"
                             << "mov"
                             << "aac";
        QTest::newRow("webm") << "small.webm"
                              << "webm"
                              << "opus";
    }

    void remuxCopiesThePacketsUnchanged()
    {
        QFETCH(QString, source);
        QFETCH(QString, format);
        QFETCH(QString, audioCodec);
        ClipSpec clipSpec = spec(640, 360);
        if (format == QLatin1String("webm")) {
            clipSpec.videoCodec = QStringLiteral("libvpx-vp9");
            clipSpec.audioCodec = QStringLiteral("libopus");
        }
        source = clip(source, clipSpec);
        QVERIFY(!source.isEmpty());
        const QString destination = output(QStringLiteral("remux.") + format);
        Result<ExportOutcome> outcome =
            exportVideo(source, preset(format, QStringLiteral("medium")), destination);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
        QVERIFY(outcome->remuxed);
        const QString expected = videoPacketsMd5(source);
        QVERIFY2(expected.startsWith(QStringLiteral("MD5=")), qPrintable(expected));
        QCOMPARE(videoPacketsMd5(destination), expected);
        const QJsonObject probe = test::ffprobe(destination);
        QCOMPARE(test::ffprobeStream(probe, QStringLiteral("audio"))
                     .value(QStringLiteral("codec_name"))
                     .toString(),
                 audioCodec);
        const double sourceDuration = test::ffprobeDurationSeconds(test::ffprobe(source));
        QVERIFY2(qAbs(test::ffprobeDurationSeconds(probe) - sourceDuration) <= 1.0 / 25 + 1e-3,
                 qPrintable(QString::number(test::ffprobeDurationSeconds(probe))));
    }

    void reencodesWhenTheSourceDoesNotFit_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("videoCodec");
        QTest::addColumn<QString>("audioCodec");
        QTest::addColumn<QSize>("expected");
        QTest::newRow("1080p to medium") << "full-hd.mp4" << QSize(1920, 1080) << "libx264"
                                         << "aac" << QSize(1280, 720);
        QTest::newRow("hevc") << "hevc.mp4" << QSize(640, 360) << "libx265"
                              << "aac" << QSize(640, 360);
        QTest::newRow("mpeg4 part 2") << "mpeg4.mp4" << QSize(640, 360) << "mpeg4"
                                      << "aac" << QSize(640, 360);
        QTest::newRow("opus audio") << "opus.mkv" << QSize(640, 360) << "libx264"
                                    << "libopus" << QSize(640, 360);
    }

    void reencodesWhenTheSourceDoesNotFit()
    {
        QFETCH(QString, name);
        QFETCH(QSize, size);
        QFETCH(QString, videoCodec);
        QFETCH(QString, audioCodec);
        QFETCH(QSize, expected);
        ClipSpec clipSpec = spec(size.width(), size.height(), 0.5);
        clipSpec.videoCodec = videoCodec;
        clipSpec.audioCodec = audioCodec;
        const QString source = clip(name, clipSpec);
        QVERIFY(!source.isEmpty());
        const QString destination = output(QStringLiteral("reencoded-") + QFileInfo(name).completeBaseName() +
                                           QStringLiteral(".mp4"));
        Result<ExportOutcome> outcome =
            exportVideo(source, preset(QStringLiteral("mp4"), QStringLiteral("medium")), destination);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
        QVERIFY(!outcome->remuxed);
        const QJsonObject probe = test::ffprobe(destination);
        const QJsonObject video = test::ffprobeStream(probe, QStringLiteral("video"));
        QCOMPARE(video.value(QStringLiteral("codec_name")).toString(), QStringLiteral("h264"));
        QCOMPARE(sizeOf(video), expected);
        QCOMPARE(test::ffprobeStream(probe, QStringLiteral("audio"))
                     .value(QStringLiteral("codec_name"))
                     .toString(),
                 QStringLiteral("aac"));
        QVERIFY(videoPacketsMd5(destination) != videoPacketsMd5(source));
    }

    void mp4AndMovStartWithTheIndex_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("quality");
        QTest::addColumn<bool>("remuxed");
        QTest::newRow("mp4 remux") << "mp4"
                                   << "medium" << true;
        QTest::newRow("mp4 encode") << "mp4"
                                    << "low" << false;
        QTest::newRow("mov encode") << "mov"
                                    << "low" << false;
    }

    void mp4AndMovStartWithTheIndex()
    {
        QFETCH(QString, format);
        QFETCH(QString, quality);
        QFETCH(bool, remuxed);
        const QString source = clip(QStringLiteral("small.mp4"), spec(640, 360));
        QVERIFY(!source.isEmpty());
        // The fixture's own file is not faststart: the check below can tell the difference.
        const QStringList sourceBoxes = topLevelBoxes(source);
        QVERIFY2(sourceBoxes.indexOf(QStringLiteral("mdat")) < sourceBoxes.indexOf(QStringLiteral("moov")),
                 qPrintable(sourceBoxes.join(u' ')));
        const QString destination = output(QStringLiteral("faststart-%1.%2").arg(quality, format));
        Result<ExportOutcome> outcome = exportVideo(source, preset(format, quality, !remuxed), destination);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
        QCOMPARE(outcome->remuxed, remuxed);
        const QStringList boxes = topLevelBoxes(destination);
        QVERIFY2(boxes.contains(QStringLiteral("moov")) && boxes.contains(QStringLiteral("mdat")),
                 qPrintable(boxes.join(u' ')));
        QVERIFY2(boxes.indexOf(QStringLiteral("moov")) < boxes.indexOf(QStringLiteral("mdat")),
                 qPrintable(boxes.join(u' ')));
    }
};

QTEST_GUILESS_MAIN(TestExporter)
#include "tst_exporter.moc"
