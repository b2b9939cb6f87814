#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

namespace storyreel {

// Content-addressed media files: media/<first two hex digits>/<sha256>.<ext>. Files are written
// atomically and never changed afterwards, so equal content is stored once and may be shared.
class MediaStore final
{
    Q_DECLARE_TR_FUNCTIONS(storyreel::MediaStore)

public:
    // root is the data folder; media go under root/media. Paths returned are relative to root.
    explicit MediaStore(QString root);

    Result<QString> addBytes(const QByteArray &bytes, const QString &extension) const;
    Result<QString> addFile(const QString &sourcePath) const;
    QString absolutePath(const QString &relativePath) const;
    bool contains(const QString &relativePath) const;

    static QString relativePathFor(const QString &sha256Hex, const QString &extension);
    // The SHA-256 (hex) of a file's content, streamed. A file already in a media store is named by its
    // hash, so nothing is read for it.
    static Result<QString> contentHash(const QString &path);

private:
    // Stores content of hash `sha256` with `write` unless it is there already; the relative path.
    Result<QString> place(const QString &sha256, const QString &extension,
                          const std::function<Status(const QString &destination)> &write) const;

    QString m_root;
};

}  // namespace storyreel
