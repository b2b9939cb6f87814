#pragma once

#include "exportpreset.h"
#include "mediacontrol.h"
#include "mediainfo.h"
#include "result.h"

namespace storyreel {

struct ExportOutcome
{
    QString path;
    bool remuxed = false;  // streams copied, nothing re-encoded
    QSize size;            // output frame size as stored (before display rotation)
    qint64 durationMs = 0;
};

// Whether `source` can be stream-copied into `preset` unchanged: its codecs are the preset's (H.264
// 8-bit 4:2:0 + AAC for mp4/mov, VP9 + Opus for webm; audio may be absent) and the preset would not
// resize it.
bool satisfiesPreset(const MediaInfo &source, const ExportPreset &preset);

// Converts `sourcePath` to `preset` at `destination`, written as <destination>.partial-<uuid> and
// renamed into place after the trailer and fsync; a cancel or an error leaves nothing at destination.
// Remuxes when satisfiesPreset(), otherwise decodes, scales and re-encodes; audio is kept when present.
Result<ExportOutcome> exportVideo(const QString &sourcePath, const ExportPreset &preset,
                                  const QString &destination, const MediaControl *control = nullptr);

}  // namespace storyreel
