#include "mediafixtures.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

namespace storyreel::test {
namespace {

bool runTool(const QString &program, const QStringList &arguments, QByteArray *output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        if (output)
            *output = "timed out";
        return false;
    }
    if (output)
        *output = process.readAll();
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

}  // namespace

QString makeClip(const QString &dir, const QString &name, const ClipSpec &spec, QString *error)
{
    const QString path = QDir(dir).filePath(name);
    QStringList args{QStringLiteral("-hide_banner"), QStringLiteral("-loglevel"), QStringLiteral("error"),
                     QStringLiteral("-y")};
    const QString seconds = QString::number(spec.seconds);
    if (!spec.videoCodec.isEmpty()) {
        args << QStringLiteral("-f") << QStringLiteral("lavfi") << QStringLiteral("-i")
             << QStringLiteral("testsrc2=size=%1x%2:rate=%3:duration=%4")
                    .arg(spec.width)
                    .arg(spec.height)
                    .arg(spec.fps)
                    .arg(seconds);
    }
    if (!spec.audioCodec.isEmpty()) {
        args << QStringLiteral("-f") << QStringLiteral("lavfi") << QStringLiteral("-i")
             << QStringLiteral("sine=frequency=440:sample_rate=48000:duration=%1").arg(seconds);
    }
    if (!spec.videoCodec.isEmpty()) {
        args << QStringLiteral("-c:v") << spec.videoCodec << QStringLiteral("-pix_fmt") << spec.pixelFormat;
        if (spec.videoCodec == QLatin1String("libx264"))
            args << QStringLiteral("-preset") << QStringLiteral("ultrafast");
        if (spec.videoCodec == QLatin1String("libvpx-vp9"))
            args << QStringLiteral("-deadline") << QStringLiteral("realtime") << QStringLiteral("-cpu-used")
                 << QStringLiteral("8");
    }
    if (!spec.audioCodec.isEmpty())
        args << QStringLiteral("-c:a") << spec.audioCodec << QStringLiteral("-ac") << QStringLiteral("2");
    // FFmpeg 5.1 writes the rotate tag only when stream-copying, and counts it counter-clockwise:
    // encode first, then remux with the tag.
    const QString encoded =
        spec.rotation == 0 ? path : path + QStringLiteral(".unrotated.") + QFileInfo(path).suffix();
    args << spec.extraArgs << encoded;
    QByteArray output;
    bool ok = runTool(QStringLiteral("ffmpeg"), args, &output);
    if (ok && spec.rotation != 0) {
        ok = runTool(QStringLiteral("ffmpeg"),
                     {QStringLiteral("-hide_banner"), QStringLiteral("-loglevel"), QStringLiteral("error"),
                      QStringLiteral("-y"), QStringLiteral("-i"), encoded, QStringLiteral("-c"),
                      QStringLiteral("copy"), QStringLiteral("-metadata:s:v:0"),
                      QStringLiteral("rotate=%1").arg((360 - spec.rotation % 360) % 360), path},
                     &output);
        QFile::remove(encoded);
    }
    if (!ok) {
        if (error)
            *error = QString::fromUtf8(output);
        return {};
    }
    return path;
}

QString cachedClip(const QString &dir, const QString &name, const ClipSpec &spec)
{
    const QString existing = QDir(dir).filePath(name);
    if (QFile::exists(existing))
        return existing;
    QString error;
    const QString path = makeClip(dir, name, spec, &error);
    if (path.isEmpty())
        qWarning("cannot make %s: %s", qPrintable(name), qPrintable(error));
    return path;
}

QString makeImage(const QString &dir, const QString &name, int width, int height)
{
    const QString path = QDir(dir).filePath(name);
    QByteArray output;
    const bool ok =
        runTool(QStringLiteral("ffmpeg"),
                {QStringLiteral("-hide_banner"), QStringLiteral("-loglevel"), QStringLiteral("error"),
                 QStringLiteral("-y"), QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                 QStringLiteral("testsrc2=size=%1x%2:duration=1").arg(width).arg(height),
                 QStringLiteral("-frames:v"), QStringLiteral("1"), path},
                &output);
    return ok ? path : QString();
}

QJsonObject ffprobe(const QString &path)
{
    QByteArray output;
    QProcess process;
    process.start(QStringLiteral("ffprobe"),
                  {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-show_format"),
                   QStringLiteral("-show_streams"), QStringLiteral("-of"), QStringLiteral("json"), path});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

QJsonObject ffprobeStream(const QJsonObject &probe, const QString &codecType)
{
    for (const QJsonValue &stream : probe.value(QStringLiteral("streams")).toArray()) {
        if (stream.toObject().value(QStringLiteral("codec_type")).toString() == codecType)
            return stream.toObject();
    }
    return {};
}

double ffprobeDurationSeconds(const QJsonObject &probe)
{
    return probe.value(QStringLiteral("format"))
        .toObject()
        .value(QStringLiteral("duration"))
        .toString()
        .toDouble();
}

int ffprobeFrameCount(const QString &path)
{
    QProcess process;
    process.start(
        QStringLiteral("ffprobe"),
        {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-count_frames"),
         QStringLiteral("-select_streams"), QStringLiteral("v:0"), QStringLiteral("-show_entries"),
         QStringLiteral("stream=nb_read_frames"), QStringLiteral("-of"), QStringLiteral("csv=p=0"), path});
    if (!process.waitForFinished(120000) || process.exitCode() != 0)
        return -1;
    bool ok = false;
    const int frames = QString::fromUtf8(process.readAllStandardOutput()).trimmed().toInt(&ok);
    return ok ? frames : -1;
}

QImage frameAt(const QString &path, double seconds)
{
    QProcess process;
    process.start(QStringLiteral("ffmpeg"),
                  {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-i"), path,
                   QStringLiteral("-ss"), QString::number(seconds, 'f', 3), QStringLiteral("-frames:v"),
                   QStringLiteral("1"), QStringLiteral("-f"), QStringLiteral("image2pipe"),
                   QStringLiteral("-vcodec"), QStringLiteral("png"), QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QImage::fromData(process.readAllStandardOutput(), "PNG").convertToFormat(QImage::Format_RGB32);
}

QColor meanColour(const QImage &image, const QRect &area)
{
    const QRect clipped = area.intersected(image.rect());
    if (clipped.isEmpty())
        return {};
    qint64 r = 0, g = 0, b = 0;
    for (int y = clipped.top(); y <= clipped.bottom(); ++y) {
        for (int x = clipped.left(); x <= clipped.right(); ++x) {
            const QRgb pixel = image.pixel(x, y);
            r += qRed(pixel);
            g += qGreen(pixel);
            b += qBlue(pixel);
        }
    }
    const qint64 count = qint64(clipped.width()) * clipped.height();
    return QColor(int(r / count), int(g / count), int(b / count));
}

QString makeSolidImage(const QString &dir, const QString &name, QSize size, const QColor &colour)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(colour);
    const QString path = QDir(dir).filePath(name);
    return image.save(path) ? path : QString();
}

QString truncatedCopy(const QString &source, const QString &destination, qint64 keepBytes)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    return writeBytes(destination, in.read(keepBytes));
}

QString writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
        return {};
    return path;
}

}  // namespace storyreel::test
