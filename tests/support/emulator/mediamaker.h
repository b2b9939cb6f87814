#pragma once

#include "enums.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QTemporaryDir>

#include <optional>

namespace storyreel::emulator {

// Real result files for the emulator, made with the studio's media engine: small H.264 MP4s (320x180,
// 2 s, a title card of the prompt), their JPEG posters, JPEG cards for looks and scenes, and seed-003
// exports. Everything is cached by content key, so a file is made once per prompt.
class MediaMaker final
{
public:
    MediaMaker();

    struct File
    {
        QByteArray data;
        QByteArray contentType;
    };

    // Empty data when the engine failed (logged); callers answer 500.
    QByteArray video(const QString &text, Aspect aspect);
    QByteArray poster(const QString &text, Aspect aspect);
    QByteArray card(const QString &text);
    // format mp4|webm|mov, quality low|medium|high; nullopt for an unknown format or quality.
    std::optional<File> exported(const QString &text, Aspect aspect, const QString &format,
                                 const QString &quality);

    static Aspect aspectOf(const QString &ratio);  // "9:16", "1:1", else 16:9

private:
    QString videoPath(const QString &text, Aspect aspect);
    static QString keyOf(const QString &text, Aspect aspect);

    QTemporaryDir m_dir;
    QHash<QString, QByteArray> m_cache;  // key -> bytes
};

}  // namespace storyreel::emulator
