// libFuzzer entry point: arbitrary bytes, as a media file, through probeMedia and posterFrame with
// small limits. Errors are the expected outcome; a crash, a sanitizer report or a hang is a bug.

#include "probe.h"
#include "thumbnailer.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QTemporaryDir dir;  // one folder for the whole run
    const QString path = dir.filePath(QStringLiteral("input"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 0;
    file.write(reinterpret_cast<const char *>(data), static_cast<qint64>(size));
    file.close();

    storyreel::ProbeLimits limits;
    limits.probeSizeBytes = 1 << 20;
    limits.analyzeDurationUs = 1000 * 1000;
    limits.maxStreams = 8;
    limits.maxPixels = 4096LL * 4096LL;
    limits.timeoutMs = 2000;
    (void)storyreel::probeMedia(path, limits);
    (void)storyreel::posterFrame(path, 0.5, 64);
    return 0;
}
