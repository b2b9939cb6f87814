#include "videostore.h"

#include "catalog.h"
#include "sqlutil.h"
#include "storeutil.h"
#include "videoquerysql.h"
#include "videorow.h"

#include <QHash>
#include <QSqlQuery>

// VideoStore's searches for the library (VideoQuery): kept apart from the record keeping in
// videostore.cpp.
namespace storyreel {
namespace {

// Prepares `statement`, binds `values` then `more`, and runs it.
Status runWith(QSqlQuery &query, const QString &statement, const QString &what, const QVariantList &values,
               const QVariantList &more = {})
{
    if (Status status = sql::prepare(query, statement, what); !status)
        return status;
    for (const QVariant &value : values)
        query.addBindValue(value);
    for (const QVariant &value : more)
        query.addBindValue(value);
    return sql::exec(query, what);
}

}  // namespace

Result<QList<Video>> VideoStore::query(const VideoQuery &query, int limit, int offset) const
{
    const store::VideoFilterSql filter = store::videoFilterSql(query);
    QSqlQuery select(m_catalog.db());
    select.setForwardOnly(true);
    if (Status status =
            runWith(select,
                    QStringLiteral("SELECT %1 FROM videos v").arg(store::kVideoColumns) + filter.where() +
                        store::videoOrderSql(query.sort, filter.sortWithoutIndex) +
                        QStringLiteral(" LIMIT ? OFFSET ?"),
                    VideoStore::tr("query videos"), filter.values,
                    {QVariant(store::sqlLimit(limit)), QVariant(qMax(offset, 0))});
        !status)
        return status.failure();
    return store::videosFrom(select);
}

Result<int> VideoStore::countMatching(const VideoQuery &query) const
{
    const store::VideoFilterSql filter = store::videoFilterSql(query);
    QSqlQuery count(m_catalog.db());
    const QString what = VideoStore::tr("count videos");
    if (Status status = runWith(count, QStringLiteral("SELECT COUNT(*) FROM videos v") + filter.where(), what,
                                filter.values);
        !status)
        return status.failure();
    if (!count.next())
        return Failure{VideoStore::tr("%1: no result").arg(what)};
    return count.value(0).toInt();
}

Result<QList<RowId>> VideoStore::queryIds(const VideoQuery &query) const
{
    const store::VideoFilterSql filter = store::videoFilterSql(query);
    QSqlQuery select(m_catalog.db());
    select.setForwardOnly(true);
    if (Status status = runWith(select,
                                QStringLiteral("SELECT v.id FROM videos v") + filter.where() +
                                    store::videoOrderSql(query.sort, filter.sortWithoutIndex),
                                VideoStore::tr("query video ids"), filter.values);
        !status)
        return status.failure();
    QList<RowId> ids;
    while (select.next())
        ids << select.value(0).toLongLong();
    return ids;
}

Result<bool> VideoStore::matches(RowId id, const VideoQuery &query) const
{
    store::VideoFilterSql filter = store::videoFilterSql(query);
    filter.clauses.prepend(QStringLiteral("v.id = ?"));
    filter.values.prepend(id);
    QSqlQuery select(m_catalog.db());
    const QString what = VideoStore::tr("match video %1").arg(id);
    if (Status status =
            runWith(select, QStringLiteral("SELECT EXISTS(SELECT 1 FROM videos v%1)").arg(filter.where()),
                    what, filter.values);
        !status)
        return status.failure();
    if (!select.next())
        return Failure{VideoStore::tr("%1: no result").arg(what)};
    return select.value(0).toBool();
}

Result<QList<Video>> VideoStore::loadMany(const QList<RowId> &ids) const
{
    if (ids.isEmpty())
        return QList<Video>();
    QVariantList values;
    values.reserve(ids.size());
    for (const RowId id : ids)
        values << id;
    // One placeholder per id: SQLite allows 32,766 parameters, far more than a page.
    QString placeholders = QStringLiteral("?").repeated(int(ids.size()));
    for (int i = int(ids.size()) - 1; i > 0; --i)
        placeholders.insert(i, QLatin1Char(','));
    QSqlQuery select(m_catalog.db());
    select.setForwardOnly(true);
    if (Status status = runWith(select,
                                QStringLiteral("SELECT %1 FROM videos v WHERE v.id IN (%2)")
                                    .arg(store::kVideoColumns, placeholders),
                                VideoStore::tr("load videos"), values);
        !status)
        return status.failure();
    QHash<RowId, Video> byId;
    byId.reserve(ids.size());
    while (select.next()) {
        Video video = store::videoFromRow(select);
        byId.insert(video.id, std::move(video));
    }
    QList<Video> videos;
    videos.reserve(byId.size());
    for (const RowId id : ids) {
        if (auto found = byId.constFind(id); found != byId.cend())
            videos << *found;
    }
    return videos;
}

}  // namespace storyreel
