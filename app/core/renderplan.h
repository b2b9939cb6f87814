#pragma once

#include "result.h"
#include "storyboard.h"
#include "storyboardrenderer.h"

namespace storyreel {

class Catalog;
class DataLocation;

// Finds a storyboard by catalog id ("3", "#3") or by title (case-insensitive); an unknown or
// ambiguous name is BadInput with the candidates listed.
Result<Storyboard> findStoryboard(const Catalog &catalog, const QString &idOrTitle);

// The scenes of a storyboard as the renderer takes them, image paths made absolute.
QList<RenderScene> renderScenesFor(const Storyboard &storyboard, const DataLocation &location);

// A file name for a render: "morning-ritual-sample.mp4".
QString renderFileName(const Storyboard &storyboard);

}  // namespace storyreel
