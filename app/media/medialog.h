#pragma once

namespace storyreel {

// Routes FFmpeg's log into the "storyreel.media.ffmpeg" logging category: errors as warnings,
// everything else as debug (hidden unless QT_LOGGING_RULES enables it), so encoders do not chatter
// on the terminal. Idempotent; call once at start-up.
void installFfmpegLogging();

}  // namespace storyreel
