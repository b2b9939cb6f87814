#pragma once

#include <QString>

namespace storyreel {

// Versions of the libraries this build runs on, for the About box and --version.
QString ffmpegVersion();
QString qtVersion();

}  // namespace storyreel
