#pragma once

#include "mediacontrol.h"
#include "mediainfo.h"
#include "result.h"

namespace storyreel {

// Reads container, streams and durations of a media file within the given limits. A zero-byte,
// truncated, corrupt or non-media file, or one beyond the limits, gives a clear FailureKind::BadInput
// message; a cancel gives FailureKind::Cancelled. Never hangs: the whole call is bounded by
// limits.timeoutMs.
Result<MediaInfo> probeMedia(const QString &path, const ProbeLimits &limits = {},
                             const MediaControl *control = nullptr);

}  // namespace storyreel
