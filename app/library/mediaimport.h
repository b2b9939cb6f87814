#pragma once

#include "ids.h"
#include "result.h"

#include <QString>

namespace storyreel {

class Catalog;
class MediaStore;

// Imports a video file into the library (issue 7, File > Import and drag and drop): probes it with the
// media engine (a non-media, empty, truncated or corrupt file, or an image, is refused with a message
// naming the file), copies it into the content-addressed media store, stores a poster frame beside it,
// and adds a catalog Video of kind Import, Succeeded, titled after the file. Importing content the
// library already holds returns the existing video's id. Blocking: call it off the GUI thread (each
// thread has its own catalog connection).
Result<RowId> importMediaFile(const Catalog &catalog, const MediaStore &media, const QString &path);

}  // namespace storyreel
