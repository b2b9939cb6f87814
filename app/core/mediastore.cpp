#include "mediastore.h"

#include "partialfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

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

bool MediaStore::contains(const QString &relativePath) const
{
    return QFileInfo::exists(absolutePath(relativePath));
}

Result<QString> MediaStore::addBytes(const QByteArray &bytes, const QString &extension) const
{
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
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
    // Streams twice (hash, then copy) so a large video never sits in memory.
    QFile source(sourcePath);
    if (!source.open(QIODevice::ReadOnly))
        return Failure{QStringLiteral("cannot read %1: %2")
                           .arg(QDir::toNativeSeparators(sourcePath), source.errorString())};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&source))
        return Failure{QStringLiteral("cannot read %1: %2")
                           .arg(QDir::toNativeSeparators(sourcePath), source.errorString())};
    const QString relative =
        relativePathFor(QString::fromLatin1(hash.result().toHex()), QFileInfo(sourcePath).suffix());
    const QString destination = absolutePath(relative);
    if (QFileInfo::exists(destination))
        return relative;
    if (!QDir().mkpath(QFileInfo(destination).absolutePath()))
        return Failure{
            QStringLiteral("cannot create the media folder under %1").arg(QDir::toNativeSeparators(m_root))};

    PartialFile output(destination);
    QFile target(output.partialPath());
    if (!source.seek(0) || !target.open(QIODevice::WriteOnly))
        return Failure{QStringLiteral("cannot copy %1 into the media store: %2")
                           .arg(QDir::toNativeSeparators(sourcePath), target.errorString())};
    QByteArray chunk;
    while (!(chunk = source.read(1 << 20)).isEmpty()) {
        if (target.write(chunk) != chunk.size())
            return Failure{QStringLiteral("cannot copy %1 into the media store: %2")
                               .arg(QDir::toNativeSeparators(sourcePath), target.errorString())};
    }
    if (source.error() != QFileDevice::NoError || !target.flush())
        return Failure{
            QStringLiteral("cannot copy %1 into the media store").arg(QDir::toNativeSeparators(sourcePath))};
    target.close();
    if (Status committed = output.commit(); !committed)
        return committed.failure();
    return relative;
}

}  // namespace storyreel
