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

Result<QString> MediaStore::addBytes(const QByteArray &bytes, const QString &extension) const
{
    const QString sha = sha256Hex(bytes);
    const QString relative = relativePathFor(sha, extension);
    const QString destination = absolutePath(relative);
    if (QFileInfo::exists(destination))
        return relative;
    if (!QDir().mkpath(QFileInfo(destination).absolutePath()))
        return Failure{
            QStringLiteral("cannot create the media folder under %1").arg(QDir::toNativeSeparators(m_root))};
    if (Status written = writeFileAtomically(destination, bytes); !written)
        return written.failure();
    return relative;
}

Result<QString> MediaStore::addFile(const QString &sourcePath) const
{
    // Hash first (streamed), then copy only when the content is new; a large video never sits in memory.
    Result<QString> sha = contentHash(sourcePath);
    if (!sha)
        return sha.failure();
    const QString relative = relativePathFor(*sha, QFileInfo(sourcePath).suffix());
    const QString destination = absolutePath(relative);
    if (QFileInfo::exists(destination))
        return relative;
    if (!QDir().mkpath(QFileInfo(destination).absolutePath()))
        return Failure{
            QStringLiteral("cannot create the media folder under %1").arg(QDir::toNativeSeparators(m_root))};
    PartialFile output(destination);
    if (Status copied = copyFileContents(sourcePath, output.partialPath()); !copied)
        return Failure{QStringLiteral("cannot copy %1 into the media store: %2")
                           .arg(QDir::toNativeSeparators(sourcePath), copied.error())};
    if (Status committed = output.commit(); !committed)
        return committed.failure();
    return relative;
}

}  // namespace storyreel
