#pragma once

#include "result.h"
#include "storyboard.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace storyreel {

class Catalog;

// A storyboard shared as a file: versioned JSON
//   {"format": "storyreel", "version": 1, "storyboard": {"title", "prompt", "style", "aspect",
//    "approved", "refinement_count", "scenes": [{"description", "image_prompt", "duration_ms",
//    "image": {"file": "<name>-images/scene-1.png"} | {"data": "<base64>", "type": "image/png"}}]}}
// with its images in a folder next to the file or embedded. Opening validates everything before it
// changes anything; a newer version is refused with a clear message.
namespace storyreelfile {

constexpr int kVersion = 1;
constexpr const char *kSuffix = "storyreel";
enum class Images { Alongside, Embedded };

// Writes `board` (image paths relative to dataRoot) to `filePath` atomically. Alongside: images go to
// "<base name>-images/" next to the file (replacing that folder's scene-N files).
Status save(const Storyboard &board, const QString &dataRoot, const QString &filePath, Images images);

// A parsed and validated file: the storyboard (no ids, image paths empty) and each scene's image
// bytes (empty when none) with its file extension.
struct Contents
{
    Storyboard storyboard;
    QList<QByteArray> images;
    QList<QString> imageExtensions;
};
Result<Contents> read(const QString &filePath);

// Reads the file and adds it to the catalog as a new local storyboard (images into the media store
// under dataRoot, the storyboard in one transaction). A malformed file changes nothing; BadInput.
Result<RowId> import(const Catalog &catalog, const QString &dataRoot, const QString &filePath);

bool looksLikeStoryreelPath(const QString &path);

}  // namespace storyreelfile
}  // namespace storyreel
