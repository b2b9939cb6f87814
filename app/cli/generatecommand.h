#pragma once

#include "commandline.h"

namespace storyreel {

// storyreel generate [--account NAME] text PROMPT | image IMAGE PROMPT | explainer --topic T --context C
// | storyboard PROMPT [options] [--wait]: prints the estimate and the job id; --wait runs the job here
// to the end with the terminal progress. Without --account, the local provider.
int runGenerateCommand(const CommandLine &commandLine);

}  // namespace storyreel
