#include "exportstore.h"

#include "catalog.h"
#include "sqlutil.h"
#include "transaction.h"

#include <QSqlQuery>

namespace storyreel {
namespace {

const QString kColumns = QStringLiteral("id, source_sha256, preset, file_path, size_bytes, created_at");

ExportEntry entryFromRow(const QSqlQuery &query)
{
    ExportEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.sourceSha256 = query.value(1).toString();
    entry.preset = query.value(2).toString();
    entry.filePath = query.value(3).toString();
    entry.sizeBytes = query.value(4).toLongLong();
    entry.createdAt = sql::toDateTime(query.value(5));
    return entry;
}

}  // namespace

Result<RowId> ExportStore::put(const ExportEntry &entry) const
{
    QSqlDatabase db = m_catalog.db();
    const QString what = ExportStore::tr("save export %1 of %2").arg(entry.preset, entry.sourceSha256);
    Transaction transaction(db);
    if (!transaction.began())
        return Failure{QStringLiteral("%1: %2").arg(what, transaction.beginError())};
    const QDateTime createdAt = entry.createdAt.isValid() ? entry.createdAt : QDateTime::currentDateTimeUtc();
    QSqlQuery upsert(db);
    if (Status status =
            sql::run(upsert,
                     QStringLiteral("INSERT INTO exports(source_sha256, preset, file_path, size_bytes, "
                                    "created_at) VALUES(?, ?, ?, ?, ?) "
                                    "ON CONFLICT(source_sha256, preset) DO UPDATE SET "
                                    "file_path = excluded.file_path, size_bytes = excluded.size_bytes, "
                                    "created_at = excluded.created_at"),
                     what, entry.sourceSha256, entry.preset, entry.filePath, entry.sizeBytes,
                     sql::fromDateTime(createdAt));
        !status)
        return status.failure();
    // lastInsertId() is not the row's id when the upsert updated, so ask.
    Result<QVariant> id =
        sql::scalar(db, QStringLiteral("SELECT id FROM exports WHERE source_sha256 = ? AND preset = ?"), what,
                    entry.sourceSha256, entry.preset);
    if (!id)
        return id.failure();
    if (Status status = transaction.commit(); !status)
        return status.failure();
    return id->toLongLong();
}

Result<std::optional<ExportEntry>> ExportStore::find(const QString &sourceSha256, const QString &preset) const
{
    QSqlQuery query(m_catalog.db());
    if (Status status = sql::run(
            query,
            QStringLiteral("SELECT %1 FROM exports WHERE source_sha256 = ? AND preset = ?").arg(kColumns),
            ExportStore::tr("find export %1 of %2").arg(preset, sourceSha256), sourceSha256, preset);
        !status)
        return status.failure();
    if (!query.next())
        return std::optional<ExportEntry>();
    return std::optional<ExportEntry>(entryFromRow(query));
}

Result<QList<ExportEntry>> ExportStore::list() const
{
    QSqlQuery query(m_catalog.db());
    if (Status status = sql::run(
            query, QStringLiteral("SELECT %1 FROM exports ORDER BY created_at DESC, id DESC").arg(kColumns),
            ExportStore::tr("list exports"));
        !status)
        return status.failure();
    QList<ExportEntry> entries;
    while (query.next())
        entries << entryFromRow(query);
    return entries;
}

Status ExportStore::remove(RowId id) const
{
    return sql::runOne(m_catalog.db(), QStringLiteral("DELETE FROM exports WHERE id = ?"),
                       ExportStore::tr("delete export %1").arg(id), id);
}

}  // namespace storyreel
