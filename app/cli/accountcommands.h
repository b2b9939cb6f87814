#pragma once

#include "commandline.h"

namespace storyreel {

// storyreel accounts add --name N --dialect D --url U [--token-env VARIABLE] | list | test NAME |
// remove NAME. The token comes from the environment variable or one line on stdin, never from an
// argument (`--token` is refused: argv is visible to other users).
int runAccountsCommand(const CommandLine &commandLine);

}  // namespace storyreel
