#pragma once

#include "mediacontrol.h"
#include "result.h"

#include <QImage>
#include <QList>
#include <QString>

namespace storyreel {

// Still frames from videos: a keyframe seek, then decoding forward to the exact frame at the time
// asked, scaled to the requested width (aspect kept) with the stream's display rotation applied.
// atSeconds < 0 picks a representative poster time (10 % into the clip, at most 5 s).
Result<QImage> posterFrame(const QString &videoPath, double atSeconds, int width,
                           const MediaControl *control = nullptr);

// `count` frames spread evenly over the clip (at the centre of each of count equal intervals).
Result<QList<QImage>> filmstrip(const QString &videoPath, int count, int width,
                                const MediaControl *control = nullptr);

// Posters cached in the media store under media/thumbnails/, keyed by the video's content hash, the
// time and the width, so a second request costs a file read. Files are written atomically.
class PosterCache final
{
public:
    // dataRoot is the data folder (the media store lives in dataRoot/media).
    explicit PosterCache(QString dataRoot);

    // The cached poster's absolute path, producing it first when missing. format: "jpg" or "png".
    Result<QString> poster(const QString &videoPath, double atSeconds, int width,
                           const QString &format = QStringLiteral("jpg"),
                           const MediaControl *control = nullptr) const;

private:
    QString m_dataRoot;
};

}  // namespace storyreel
