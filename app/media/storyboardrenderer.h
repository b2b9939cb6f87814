#pragma once

#include "enums.h"
#include "mediacontrol.h"
#include "result.h"

#include <QList>
#include <QSize>
#include <QString>

namespace storyreel {

struct RenderScene
{
    QString imagePath;  // absolute; empty: a card is drawn from `text`
    QString text;       // the scene's description: the card's text and the caption
    qint64 durationMs = 5000;
};

struct RenderSettings
{
    Aspect aspect = Aspect::Landscape16x9;
    int shortSide = 1080;  // 480, 720 or 1080
    int fps = 30;
    bool motion = true;      // gentle Ken Burns zoom and drift
    int crossfadeMs = 1000;  // centred on each cut; 0 cuts hard
    bool captions = false;   // burn in each scene's description
    QString soundtrackPath;  // optional: mixed under, faded in and out
    double soundtrackGain = 0.8;
    int crf = 23;
    QString speed = QStringLiteral("veryfast");

    QSize frameSize() const;
};

struct RenderOutcome
{
    QString path;
    QSize size;
    qint64 durationMs = 0;
    qint64 frames = 0;
    bool hasAudio = false;
};

// Renders scenes into one H.264 MP4 (+faststart; AAC when there is a soundtrack) at destination,
// written as <destination>.partial-<uuid> and renamed into place when complete. The video lasts the
// sum of the scene durations; crossfades overlap neighbouring scenes around each cut.
Result<RenderOutcome> renderStoryboard(const QList<RenderScene> &scenes, const RenderSettings &settings,
                                       const QString &destination, const MediaControl *control = nullptr);

}  // namespace storyreel
