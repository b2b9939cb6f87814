#pragma once

#include <QTextStream>

namespace storyreel {

class Studio;

// Prints where the data lives and what the catalog holds (storyboards, looks, videos, jobs).
int printSummary(const Studio &studio, QTextStream &out);

}  // namespace storyreel
