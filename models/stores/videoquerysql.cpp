#include "videoquerysql.h"

#include <QDateTime>
#include <QStringList>

namespace storyreel::store {

QString containsPattern(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 4);
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('%') || c == QLatin1Char('_'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

VideoFilterSql videoFilterSql(const VideoQuery &query)
{
    VideoFilterSql sql;
    QStringList &clauses = sql.clauses;
    // Without statistics the planner would drive the search by whichever equality index comes first,
    // e.g. status (three quarters of a library are succeeded videos) over favourites. The filters
    // that usually keep few rows (one look, favourites, offline) drive instead: the others are then
    // written with a unary + (an expression no index provides) and checked row by row.
    const bool narrowDriver = query.lookId || query.favoritesOnly || query.offlineOnly;
    const QString column = narrowDriver ? QStringLiteral("+v.") : QStringLiteral("v.");
    if (query.lookId) {
        clauses << QStringLiteral("v.id IN (SELECT video_id FROM look_videos WHERE look_id = ?)");
        sql.values << *query.lookId;
    }
    // Literals, not parameters: the planner can only use a partial index for a literal match.
    if (query.favoritesOnly)
        clauses << QStringLiteral("v.favorite = 1");
    if (query.offlineOnly)
        clauses << QStringLiteral("v.file_path <> ''");
    if (query.status) {
        clauses << column + QStringLiteral("status = ?");
        sql.values << toText(*query.status);
    }
    if (query.kind) {
        clauses << column + QStringLiteral("kind = ?");
        sql.values << toText(*query.kind);
    }
    if (query.accountId) {
        if (*query.accountId == 0) {
            clauses << column + QStringLiteral("account_id IS NULL");
        } else {
            clauses << column + QStringLiteral("account_id = ?");
            sql.values << *query.accountId;
        }
    }
    // Dates are the user's calendar days: local midnight to local midnight.
    if (query.from.isValid()) {
        clauses << column + QStringLiteral("created_at >= ?");
        sql.values << query.from.startOfDay().toMSecsSinceEpoch();
    }
    if (query.to.isValid()) {
        clauses << column + QStringLiteral("created_at < ?");
        sql.values << query.to.addDays(1).startOfDay().toMSecsSinceEpoch();
    }
    // LIKE folds ASCII case only (SQLite without ICU); prompts are matched anywhere, literally.
    if (const QString text = query.text.trimmed(); !text.isEmpty()) {
        clauses << QStringLiteral("(v.prompt LIKE ? ESCAPE '\\' OR v.title LIKE ? ESCAPE '\\')");
        const QString pattern = containsPattern(text);
        sql.values << pattern << pattern;
    }
    // A text search reads every row anyway; a narrow filter keeps few rows. Either way sorting the
    // matches beats walking a sort index with a table read per row (Newest and Oldest excepted for
    // favourites and offline: their partial indexes are in created order).
    const bool sortIndexed = query.sort == VideoQuery::Sort::Newest || query.sort == VideoQuery::Sort::Oldest;
    sql.sortWithoutIndex = !query.text.trimmed().isEmpty() || query.lookId || (narrowDriver && !sortIndexed);
    return sql;
}

QString VideoFilterSql::where() const
{
    return clauses.isEmpty() ? QString() : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
}

QString videoOrderSql(VideoQuery::Sort sort, bool scan)
{
    // A unary + makes the column an expression no index provides, so the planner scans and sorts.
    const QString column = scan ? QStringLiteral("+v.") : QStringLiteral("v.");
    switch (sort) {
        case VideoQuery::Sort::Oldest:
            return QStringLiteral(" ORDER BY %1created_at, v.id").arg(column);
        case VideoQuery::Sort::Title:
            return QStringLiteral(" ORDER BY %1title COLLATE NOCASE, v.id").arg(column);
        case VideoQuery::Sort::Duration:
            return QStringLiteral(" ORDER BY %1duration_ms DESC, v.id DESC").arg(column);
        case VideoQuery::Sort::Newest:
            break;
    }
    return QStringLiteral(" ORDER BY %1created_at DESC, v.id DESC").arg(column);
}

}  // namespace storyreel::store
