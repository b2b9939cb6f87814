#pragma once

#include "result.h"

#include <QSize>
#include <QString>

namespace storyreel {
class Catalog;
}

// A large, realistic catalog for tests and benchmarks of the library (issue 7: 100,000 videos and
// 10,000 looks). Deterministic: the same arguments always give the same rows.
namespace storyreel::test {

// How fillLargeCatalog() shapes the rows, so tests can assert against it.
struct LargeCatalogShape
{
    static constexpr int kVideosPerLook = 5;  // links per look (fewer when there are fewer videos)
    static constexpr int kDistinctImages = 100;
    // Look j (0-based, in insertion order): j % 10 == 8 has a default that is not Succeeded,
    // j % 10 == 9 has no default, the others default to their first succeeded video (when any).
    static bool hasFailedDefault(int look) { return look % 10 == 8; }
    static bool hasNoDefault(int look) { return look % 10 == 9; }
    // Words the prompts are made of; kRareWord is in every 1,000th prompt only.
    static constexpr const char *kRareWord = "chartreuse";
    static constexpr const char *kPercentPhrase = "100% linen";    // every 500th prompt
    static constexpr const char *kUnderscoreWord = "snake_print";  // every 700th prompt
};

// Adds `looks` looks with `productsPerLook` products each and `videos` videos in one transaction with
// prepared statements (100,000 videos and 10,000 looks take a few seconds). The mix: two provider
// accounts and local rows; every status and kind; about 1 in 13 videos a favourite; a quarter of
// the succeeded videos offline (file_path set); ~5 videos linked to each look with one default on
// most looks (see LargeCatalogShape); prompts made of fashion words. Image and poster paths point at
// `images/look-NNN.jpg` and `posters/poster-NNN.jpg` (NNN < kDistinctImages): see
// writeLargeCatalogImages(). Expects an empty, open catalog.
Status fillLargeCatalog(const Catalog &catalog, int looks, int videos, int productsPerLook = 3);

// Writes the kDistinctImages look images and posters fillLargeCatalog() refers to under dataRoot.
Status writeLargeCatalogImages(const QString &dataRoot, QSize size = QSize(720, 900));

}  // namespace storyreel::test
