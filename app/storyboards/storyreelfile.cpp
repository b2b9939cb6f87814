#include "storyreelfile.h"

#include "catalog.h"
#include "mediastore.h"
#include "partialfile.h"
#include "storyboardstore.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeDatabase>

namespace storyreel::storyreelfile {
namespace {

struct StoryreelFile
{
    Q_DECLARE_TR_FUNCTIONS(storyreel::storyreelfile::StoryreelFile)
};

constexpr qint64 kMaxFileBytes = 512LL * 1024 * 1024;  // embedded images make files large
constexpr qint64 kMaxImageBytes = 64LL * 1024 * 1024;
constexpr int kMaxScenes = 1000;
constexpr int kMaxTextLength = 20000;
constexpr qint64 kMaxDurationMs = 10 * 60 * 1000;

const QString kFormat = QStringLiteral("storyreel");

Failure bad(const QString &filePath, const QString &why)
{
    return Failure{
        StoryreelFile::tr("%1 is not a valid storyreel file: %2").arg(QFileInfo(filePath).fileName(), why),
        FailureKind::BadInput};
}

QString imageFolderName(const QString &filePath)
{
    return QFileInfo(filePath).completeBaseName() + QStringLiteral("-images");
}

// The image format's usual extension ("png", "jpg"), or empty when the bytes are not a readable image.
QString imageExtension(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QByteArray format = reader.format();
    if (format.isEmpty() || reader.read().isNull())
        return {};
    return format == "jpeg" ? QStringLiteral("jpg") : QString::fromLatin1(format);
}

// Reads an optional string member; false when present but not a string or too long.
bool readText(const QJsonObject &object, const QString &key, QString &out, bool required)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return !required;
    if (!value.isString() || value.toString().size() > kMaxTextLength)
        return false;
    out = value.toString();
    return true;
}

}  // namespace

bool looksLikeStoryreelPath(const QString &path)
{
    return path.endsWith(QLatin1Char('.') + QLatin1String(kSuffix), Qt::CaseInsensitive);
}

Status save(const Storyboard &board, const QString &dataRoot, const QString &filePath, Images images)
{
    const QDir data(dataRoot);
    const QFileInfo target(filePath);
    const QString folderName = imageFolderName(filePath);
    QStringList written;  // alongside: the image files of this save
    QJsonArray scenes;
    for (int i = 0; i < board.scenes.size(); ++i) {
        const Scene &scene = board.scenes.at(i);
        QJsonObject object{{QStringLiteral("description"), scene.description},
                           {QStringLiteral("image_prompt"), scene.imagePrompt},
                           {QStringLiteral("duration_ms"), scene.durationMs}};
        if (!scene.imagePath.isEmpty()) {
            QFile source(data.filePath(scene.imagePath));
            if (!source.open(QIODevice::ReadOnly))
                return Failure{StoryreelFile::tr("Cannot read the image of scene %1 (%2): %3")
                                   .arg(i + 1)
                                   .arg(scene.imagePath, source.errorString())};
            const QByteArray bytes = source.readAll();
            const QString extension = QFileInfo(scene.imagePath).suffix().toLower();
            if (images == Images::Embedded) {
                object.insert(
                    QStringLiteral("image"),
                    QJsonObject{{QStringLiteral("data"), QString::fromLatin1(bytes.toBase64())},
                                {QStringLiteral("type"), QMimeDatabase().mimeTypeForData(bytes).name()}});
            } else {
                const QString relative =
                    QStringLiteral("%1/scene-%2.%3").arg(folderName).arg(i + 1).arg(extension);
                if (!target.dir().mkpath(folderName))
                    return Failure{StoryreelFile::tr("Cannot create the folder %1")
                                       .arg(target.dir().filePath(folderName))};
                if (Status copied = writeFileAtomically(target.dir().filePath(relative), bytes); !copied)
                    return copied;
                object.insert(QStringLiteral("image"), QJsonObject{{QStringLiteral("file"), relative}});
                written << relative;
            }
        }
        scenes << object;
    }
    const QJsonObject storyboard{{QStringLiteral("title"), board.title},
                                 {QStringLiteral("prompt"), board.prompt},
                                 {QStringLiteral("style"), board.style},
                                 {QStringLiteral("aspect"), toText(board.aspect)},
                                 {QStringLiteral("approved"), board.approved},
                                 {QStringLiteral("refinement_count"), board.refinementCount},
                                 {QStringLiteral("scenes"), scenes}};
    const QJsonObject root{{QStringLiteral("format"), kFormat},
                           {QStringLiteral("version"), kVersion},
                           {QStringLiteral("storyboard"), storyboard}};
    if (Status saved = writeFileAtomically(filePath, QJsonDocument(root).toJson(QJsonDocument::Indented));
        !saved)
        return saved;
    // Images of an earlier save to the same name that this one no longer uses.
    QDir folder(target.dir().filePath(folderName));
    for (const QString &name : folder.entryList({QStringLiteral("scene-*")}, QDir::Files))
        if (!written.contains(QStringLiteral("%1/%2").arg(folderName, name)))
            folder.remove(name);
    return {};
}

Result<Contents> read(const QString &filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return Failure{StoryreelFile::tr("Cannot open %1: %2").arg(filePath, file.errorString()),
                       FailureKind::BadInput};
    if (file.size() > kMaxFileBytes)
        return bad(filePath, StoryreelFile::tr("it is larger than 512 MiB"));
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !json.isObject())
        return bad(filePath, StoryreelFile::tr("it is not JSON (%1)").arg(parseError.errorString()));
    const QJsonObject root = json.object();
    if (root.value(QStringLiteral("format")).toString() != kFormat)
        return bad(filePath, StoryreelFile::tr("\"format\" is not \"storyreel\""));
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() != double(version.toInt()) || version.toInt() < 1)
        return bad(filePath, StoryreelFile::tr("\"version\" is missing or not a whole number"));
    if (version.toInt() > kVersion)
        return Failure{
            StoryreelFile::tr("%1 was saved by a newer Storyreel Studio (file version %2; this one reads "
                              "up to version %3). Update Storyreel Studio to open it.")
                .arg(QFileInfo(filePath).fileName())
                .arg(version.toInt())
                .arg(kVersion),
            FailureKind::BadInput};
    if (!root.value(QStringLiteral("storyboard")).isObject())
        return bad(filePath, StoryreelFile::tr("\"storyboard\" is missing"));
    const QJsonObject object = root.value(QStringLiteral("storyboard")).toObject();

    Contents contents;
    Storyboard &board = contents.storyboard;
    QString aspect;
    if (!readText(object, QStringLiteral("title"), board.title, true) || board.title.trimmed().isEmpty())
        return bad(filePath, StoryreelFile::tr("\"title\" is missing or not a text"));
    if (!readText(object, QStringLiteral("prompt"), board.prompt, false) ||
        !readText(object, QStringLiteral("style"), board.style, false))
        return bad(filePath, StoryreelFile::tr("\"prompt\" and \"style\" must be texts"));
    if (!readText(object, QStringLiteral("aspect"), aspect, true) || !fromText<Aspect>(aspect))
        return bad(filePath, StoryreelFile::tr("\"aspect\" must be 16:9, 9:16 or 1:1"));
    board.aspect = *fromText<Aspect>(aspect);
    const QJsonValue approved = object.value(QStringLiteral("approved"));
    if (!approved.isUndefined() && !approved.isBool())
        return bad(filePath, StoryreelFile::tr("\"approved\" must be true or false"));
    board.approved = approved.toBool(false);
    const QJsonValue refinements = object.value(QStringLiteral("refinement_count"));
    if (!refinements.isUndefined() && (!refinements.isDouble() || refinements.toInt(-1) < 0))
        return bad(filePath, StoryreelFile::tr("\"refinement_count\" must be a whole number"));
    board.refinementCount = refinements.toInt(0);
    if (!object.value(QStringLiteral("scenes")).isArray())
        return bad(filePath, StoryreelFile::tr("\"scenes\" is missing"));
    const QJsonArray scenes = object.value(QStringLiteral("scenes")).toArray();
    if (scenes.size() > kMaxScenes)
        return bad(filePath, StoryreelFile::tr("it has more than %1 scenes").arg(kMaxScenes));

    const QDir folder = QFileInfo(filePath).absoluteDir();
    for (int i = 0; i < scenes.size(); ++i) {
        const QString where = StoryreelFile::tr("scene %1: ").arg(i + 1);
        if (!scenes.at(i).isObject())
            return bad(filePath, where + StoryreelFile::tr("not an object"));
        const QJsonObject sceneObject = scenes.at(i).toObject();
        Scene scene;
        scene.position = i + 1;
        if (!readText(sceneObject, QStringLiteral("description"), scene.description, true))
            return bad(filePath, where + StoryreelFile::tr("\"description\" is missing or not a text"));
        if (!readText(sceneObject, QStringLiteral("image_prompt"), scene.imagePrompt, false))
            return bad(filePath, where + StoryreelFile::tr("\"image_prompt\" must be a text"));
        const QJsonValue duration = sceneObject.value(QStringLiteral("duration_ms"));
        if (!duration.isDouble() || duration.toDouble() != double(duration.toInteger()) ||
            duration.toInteger() < 100 || duration.toInteger() > kMaxDurationMs)
            return bad(filePath, where + StoryreelFile::tr("\"duration_ms\" must be a whole number of "
                                                           "milliseconds from 100 to 600000"));
        scene.durationMs = duration.toInteger();

        QByteArray bytes;
        const QJsonValue image = sceneObject.value(QStringLiteral("image"));
        if (image.isObject()) {
            const QJsonObject imageObject = image.toObject();
            if (imageObject.value(QStringLiteral("data")).isString()) {
                if (!imageObject.value(QStringLiteral("type")).toString().startsWith(QLatin1String("image/")))
                    return bad(filePath,
                               where + StoryreelFile::tr("the image's \"type\" is not an image type"));
                const QByteArray encoded = imageObject.value(QStringLiteral("data")).toString().toLatin1();
                QByteArray::FromBase64Result decoded =
                    QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
                if (!decoded || decoded.decoded.isEmpty())
                    return bad(filePath, where + StoryreelFile::tr("the embedded image is not valid base64"));
                bytes = std::move(decoded.decoded);
            } else if (imageObject.value(QStringLiteral("file")).isString()) {
                const QString relative = imageObject.value(QStringLiteral("file")).toString();
                const QString cleaned = QDir::cleanPath(relative);
                if (QDir::isAbsolutePath(relative) || cleaned.startsWith(QLatin1String("..")))
                    return bad(filePath,
                               where + StoryreelFile::tr("the image must be inside the file's folder"));
                QFile imageFile(folder.filePath(cleaned));
                if (!imageFile.open(QIODevice::ReadOnly))
                    return bad(
                        filePath,
                        where + StoryreelFile::tr("its image %1 is missing next to the file").arg(relative));
                if (imageFile.size() > kMaxImageBytes)
                    return bad(filePath, where + StoryreelFile::tr("its image is larger than 64 MiB"));
                bytes = imageFile.readAll();
            } else {
                return bad(filePath, where + StoryreelFile::tr("\"image\" needs \"file\" or \"data\""));
            }
            if (bytes.size() > kMaxImageBytes)
                return bad(filePath, where + StoryreelFile::tr("its image is larger than 64 MiB"));
        } else if (!image.isUndefined() && !image.isNull()) {
            return bad(filePath, where + StoryreelFile::tr("\"image\" must be an object"));
        }
        QString extension;
        if (!bytes.isEmpty()) {
            extension = imageExtension(bytes);
            if (extension.isEmpty())
                return bad(filePath, where + StoryreelFile::tr("its image cannot be decoded"));
        }
        board.scenes << scene;
        contents.images << bytes;
        contents.imageExtensions << extension;
    }
    return contents;
}

Result<RowId> import(const Catalog &catalog, const QString &dataRoot, const QString &filePath)
{
    Result<Contents> contents = read(filePath);
    if (!contents)
        return contents.failure();
    // Everything is valid: only now the media store (content-addressed, so a failure below leaves at
    // most unreferenced files) and then the catalog, in the store's one transaction.
    Storyboard board = contents->storyboard;
    const MediaStore media(dataRoot);
    for (int i = 0; i < board.scenes.size(); ++i) {
        if (contents->images.at(i).isEmpty())
            continue;
        Result<QString> stored = media.addBytes(contents->images.at(i), contents->imageExtensions.at(i));
        if (!stored)
            return stored.failure();
        board.scenes[i].imagePath = *stored;
    }
    board.status = StoryboardStatus::Ready;
    if (board.approved)
        board.approvedAt = QDateTime::currentDateTimeUtc();
    return StoryboardStore(catalog).create(board);
}

}  // namespace storyreel::storyreelfile
