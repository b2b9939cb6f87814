#pragma once

#include "commandline.h"

namespace storyreel {

// storyreel probe FILE [--json]
int runProbeCommand(const CommandLine &commandLine);
// storyreel thumbnail FILE -o OUT [--at SECONDS] [--width W]
int runThumbnailCommand(const CommandLine &commandLine);
// storyreel export FILE --format mp4|webm|mov --quality low|medium|high -o OUT [--upscale]
int runExportCommand(const CommandLine &commandLine);

}  // namespace storyreel
