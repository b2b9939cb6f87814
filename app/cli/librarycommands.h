#pragma once

#include "commandline.h"

namespace storyreel {

// storyreel looks list | show ID | set-default LOOK VIDEO: the look library on the catalog of
// --data-dir; set-default goes through LibraryService (the provider first for an aistudio look,
// queued when it is unreachable).
int runLooksCommand(const CommandLine &commandLine);

// storyreel videos list [filters] | import FILE... | favorite ID [--off].
int runVideosCommand(const CommandLine &commandLine);

}  // namespace storyreel
