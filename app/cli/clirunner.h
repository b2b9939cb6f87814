#pragma once

#include "commandline.h"

namespace storyreel {

// Exit codes of every headless command.
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitBadInput = 2 };

// Runs a headless command (CommandLine::Action::Command) and returns its exit code.
int runCommand(const CommandLine &commandLine);

// What `packaging/dev.sh run` does without a display: says so, then runs the main job headless.
int runHeadlessFallback(const CommandLine &commandLine);

}  // namespace storyreel
