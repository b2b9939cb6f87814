#include "storeutil.h"

#include "sqlutil.h"

namespace storyreel::store {

Result<bool> hasRow(QSqlDatabase db, const QString &table, RowId id)
{
    Result<QVariant> found =
        sql::scalar(db, QStringLiteral("SELECT EXISTS(SELECT 1 FROM %1 WHERE id = ?)").arg(table),
                    QStringLiteral("look up %1 %2").arg(table).arg(id), id);
    if (!found)
        return found.failure();
    return found->toBool();
}

Status requireRow(QSqlDatabase db, const QString &table, RowId id, const QString &noun)
{
    Result<bool> found = hasRow(db, table, id);
    if (!found)
        return found.failure();
    if (!*found)
        return Status::failure(QStringLiteral("%1 %2 does not exist").arg(noun).arg(id));
    return {};
}

}  // namespace storyreel::store
