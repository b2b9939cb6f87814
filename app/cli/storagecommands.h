#pragma once

#include "clirunner.h"

namespace storyreel {

// `storyreel storage add|test|list|remove|refresh`: the cloud storages (keys go to the keychain).
int runStorageCommand(const CommandLine &commandLine);
// `storyreel upload VIDEO-ID|FILE`, `storyreel download VIDEO-ID | --key KEY --to FILE` and
// `storyreel share VIDEO-ID|FILE`: transfers as jobs (run here with --wait) and presigned links.
int runUploadCommand(const CommandLine &commandLine);
int runDownloadCommand(const CommandLine &commandLine);
int runShareCommand(const CommandLine &commandLine);

}  // namespace storyreel
