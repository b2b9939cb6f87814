#include "mediastore.h"

#include "filecopy.h"
#include "partialfile.h"
#include "sha256.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace storyreel {

MediaStore::MediaStore(QString root) : m_root(std::move(root)) {}

QString MediaStore::relativePathFor(const QString &sha256Hex, const QString &extension)
{
    return QStringLiteral("media/%1/%2.%3").arg(sha256Hex.left(2), sha256Hex, extension.toLower());
}

QString MediaStore::absolutePath(const QString &relativePath) const
{
    return QDir(m_root).filePath(relativePath);
}

Result<QString> MediaStore::contentHash(const QString &path)
{
    // A file in a media store is named by its hash: media/<2 hex>/<64 hex>.<ext>.
    const QFileInfo info(path);
    const QString base = info.completeBaseName();
    static const QRegularExpression kSha256(QStringLiteral("^[0-9a-f]{64}$"));
    const QDir folder = info.absoluteDir();
    QDir parent = folder;
    if (kSha256.match(base).hasMatch() && folder.dirName() == base.left(2) && parent.cdUp() &&
        parent.dirName() == QLatin1String("media"))
        return base;
    return sha256OfFile(path);
}

bool MediaStore::contains(const QString &relativePath) const
{
    return QFileInfo::exists(absolutePath(relativePath));
}

Result<QString> MediaStore::place(const QString &sha256, const QString &extension,
                                  const std::function<Status(const QString &destination)> &write) const
{
    const QString relative = relativePathFor(sha256, extension);
    const QString destination = absolutePath(relative);
    if (QFileInfo::exists(destination))
        return relative;  // the same content is already stored
    if (!QDir().mkpath(QFileInfo(destination).absolutePath()))
        return Failure{tr("cannot create the media folder under %1").arg(QDir::toNativeSeparators(m_root))};
    if (Status written = write(destination); !written)
        return written.failure();
    return relative;
}

Result<QString> MediaStore::addBytes(const QByteArray &bytes, const QString &extension) const
{
    return place(sha256Hex(bytes), extension,
                 [&bytes](const QString &destination) { return writeFileAtomically(destination, bytes); });
}

Result<QString> MediaStore::addFile(const QString &sourcePath) const
{
    // Hash first (streamed), then copy only when the content is new; a large video never sits in memory.
    Result<QString> sha = contentHash(sourcePath);
    if (!sha)
        return sha.failure();
    return place(*sha, QFileInfo(sourcePath).suffix(), [&sourcePath](const QString &destination) -> Status {
        PartialFile output(destination);
        if (Status copied = copyFileContents(sourcePath, output.partialPath()); !copied)
            return Failure{tr("cannot copy %1 into the media store: %2")
                               .arg(QDir::toNativeSeparators(sourcePath), copied.error())};
        return output.commit();
    });
}

}  // namespace storyreel
