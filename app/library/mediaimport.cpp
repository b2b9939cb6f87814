#include "mediaimport.h"

#include "catalog.h"
#include "mediastore.h"
#include "probe.h"
#include "thumbnailer.h"
#include "videostore.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QLoggingCategory>
#include <QUuid>

namespace storyreel {
namespace {

struct MediaImport
{
    Q_DECLARE_TR_FUNCTIONS(storyreel::MediaImport)
};

Q_LOGGING_CATEGORY(lcImport, "storyreel.library.import", QtWarningMsg)

constexpr int kPosterWidth = 640;
const QStringList kVideoSuffixes = {QStringLiteral("mp4"),  QStringLiteral("m4v"), QStringLiteral("mov"),
                                    QStringLiteral("webm"), QStringLiteral("mkv"), QStringLiteral("avi")};

Failure refused(const QFileInfo &file, const QString &why)
{
    // The engine's messages name the file by its path; the sentence already names it.
    QString reason = why;
    //: Stands for the file in an error message of the media engine: "cannot open it: …".
    const QString it = MediaImport::tr("it");
    reason.replace(file.absoluteFilePath(), it).replace(file.filePath(), it);

    return Failure{MediaImport::tr("%1 is not a video Storyreel can read: %2").arg(file.fileName(), reason),
                   FailureKind::BadInput};
}

// FFmpeg opens a still image as a one-frame "video" (png_pipe, image2, ...): that is not a clip.
bool isStillImage(const MediaInfo &info)
{
    return info.container.endsWith(QLatin1String("_pipe")) || info.container == QLatin1String("image2") ||
           info.container == QLatin1String("gif") || info.container == QLatin1String("webp");
}

// The stored file's extension: the source's when it names a video container, else from the probe.
QString extensionFor(const QFileInfo &file, const MediaInfo &info)
{
    const QString suffix = file.suffix().toLower();
    if (kVideoSuffixes.contains(suffix))
        return suffix;
    if (info.container.contains(QLatin1String("webm")))
        return QStringLiteral("webm");
    if (info.container.contains(QLatin1String("matroska")))
        return QStringLiteral("mkv");
    if (info.container.contains(QLatin1String("mov")))
        return QStringLiteral("mp4");
    return suffix.isEmpty() ? QStringLiteral("video") : suffix;
}

// The import that already holds this content, if any.
Result<std::optional<RowId>> existingImport(const VideoStore &videos, const QString &sha256)
{
    // Any video with this content: a file already generated or imported is not added twice.
    Result<std::optional<Video>> found = videos.findByMedia(sha256);
    if (!found)
        return found.failure();
    return found->has_value() ? std::optional<RowId>((*found)->id) : std::optional<RowId>();
}

Result<QString> storeVideo(const MediaStore &media, const QFileInfo &file, const QString &extension)
{
    if (file.suffix().toLower() == extension)
        return media.addFile(file.absoluteFilePath());
    // The store names files by the source's suffix: give it one that says what the file is.
    const QString incoming =
        QDir(media.absolutePath(QStringLiteral("media"))).filePath(QStringLiteral("incoming"));
    QDir().mkpath(incoming);
    const QString copy = QDir(incoming).filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) +
                                                 QLatin1Char('.') + extension);
    if (!QFile::copy(file.absoluteFilePath(), copy))
        return Failure{MediaImport::tr("%1 could not be copied into the media store.").arg(file.fileName())};
    Result<QString> stored = media.addFile(copy);
    QFile::remove(copy);
    QDir().rmdir(incoming);
    return stored;
}

}  // namespace

Result<RowId> importMediaFile(const Catalog &catalog, const MediaStore &media, const QString &path)
{
    const QFileInfo file(path);
    if (!file.exists())
        return Failure{MediaImport::tr("%1 does not exist.").arg(QDir::toNativeSeparators(path)),
                       FailureKind::BadInput};
    if (file.isDir())
        return Failure{MediaImport::tr("%1 is a folder, not a video file.").arg(file.fileName()),
                       FailureKind::BadInput};
    if (!file.isReadable())
        return Failure{MediaImport::tr("%1 cannot be read (permissions).").arg(file.fileName()),
                       FailureKind::BadInput};
    if (file.size() == 0)
        return refused(file, MediaImport::tr("the file is empty."));
    // By content, not by name: a photo renamed .mp4 is still a photo.
    if (QImageReader(file.absoluteFilePath()).canRead())
        return Failure{
            MediaImport::tr("%1 is an image: only videos go into the library (use it as a look's or a "
                            "scene's image instead).")
                .arg(file.fileName()),
            FailureKind::BadInput};

    Result<MediaInfo> info = probeMedia(file.absoluteFilePath());
    if (!info)
        return refused(file, info.error());
    if (isStillImage(*info))
        return Failure{
            MediaImport::tr("%1 is an image: only videos go into the library.").arg(file.fileName()),
            FailureKind::BadInput};
    if (!info->hasVideo())
        return refused(file, MediaImport::tr("it has no picture (an audio file?)."));
    if (info->durationMs <= 0)
        return refused(file, MediaImport::tr("its duration is unknown or zero."));

    Result<QString> sha = MediaStore::contentHash(file.absoluteFilePath());
    if (!sha)
        return sha.failure();
    const VideoStore videos(catalog);
    Result<std::optional<RowId>> existing = existingImport(videos, *sha);
    if (!existing)
        return existing.failure();
    if (existing->has_value())
        return existing->value();

    // A poster before anything is stored: a file whose frames cannot be decoded is refused whole.
    Result<QImage> poster = posterFrame(file.absoluteFilePath(), -1.0, kPosterWidth);
    if (!poster)
        return refused(file, poster.error());
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    if (!poster->save(&buffer, "JPG", 85))
        return Failure{MediaImport::tr("The poster of %1 could not be encoded.").arg(file.fileName())};

    Result<QString> stored = storeVideo(media, file, extensionFor(file, *info));
    if (!stored)
        return stored.failure();
    Result<QString> posterPath = media.addBytes(jpeg, QStringLiteral("jpg"));
    if (!posterPath)
        return posterPath.failure();

    Video video;
    video.kind = VideoKind::Import;
    video.status = VideoStatus::Succeeded;
    video.title = file.completeBaseName();
    video.mediaSha256 = *sha;
    video.filePath = *stored;
    video.posterPath = *posterPath;
    video.durationMs = info->durationMs;
    video.width = info->displayWidth();
    video.height = info->displayHeight();
    video.progress = 1.0;
    Result<RowId> id = videos.create(video);
    if (id)
        qCInfo(lcImport) << "imported" << file.fileName() << "as video" << *id;
    return id;
}

}  // namespace storyreel
