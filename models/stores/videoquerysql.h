#pragma once

#include "videoquery.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

// Turns a VideoQuery into SQL for VideoStore (not part of its public API). Only constant SQL text is
// generated; every user value is a bound parameter.
namespace storyreel::store {

struct VideoFilterSql
{
    QStringList clauses;            // over the alias v of videos, to be joined with AND
    QVariantList values;            // bound positionally, in order
    bool sortWithoutIndex = false;  // pass to videoOrderSql()

    // " WHERE ..." or empty.
    QString where() const;
};

VideoFilterSql videoFilterSql(const VideoQuery &query);
// " ORDER BY ...", always ending with the id so that the order is total and pages never overlap.
// With scan, the sort column's index is kept out of the plan: the matches are found first (by a
// table scan or a filter's index) and then sorted.
QString videoOrderSql(VideoQuery::Sort sort, bool scan = false);
// `text` as a LIKE pattern matching it anywhere, with \ escaping %, _ and \ itself.
QString containsPattern(const QString &text);

}  // namespace storyreel::store
