#pragma once

#include "commandline.h"

#include <QTextStream>

namespace storyreel {

class Studio;

// storyreel render STORYBOARD|FILE.storyreel -o OUT [--aspect A] [--quality Q] [--no-motion] [--captions]
//                  [--crossfade S] [--soundtrack FILE]
int runRenderCommand(const CommandLine &commandLine);

// Renders the sample storyboard into <data>/renders/ and prints where the video is (the headless run).
int renderSampleStoryboard(Studio &studio, QTextStream &out, QTextStream &err);

}  // namespace storyreel
