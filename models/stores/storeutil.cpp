#include "storeutil.h"

#include "sqlutil.h"

#include <QCoreApplication>

namespace storyreel::store {
namespace {

struct StoreUtil
{
    Q_DECLARE_TR_FUNCTIONS(storyreel::store::StoreUtil)
};

}  // namespace

Result<bool> hasRow(QSqlDatabase db, const QString &table, RowId id)
{
    Result<QVariant> found =
        sql::scalar(db, QStringLiteral("SELECT EXISTS(SELECT 1 FROM %1 WHERE id = ?)").arg(table),
                    StoreUtil::tr("look up %1 %2").arg(table).arg(id), id);

    if (!found)
        return found.failure();
    return found->toBool();
}

Status requireRow(QSqlDatabase db, const QString &table, RowId id, const QString &missing)
{
    Result<bool> found = hasRow(db, table, id);
    if (!found)
        return found.failure();
    if (!*found)
        return Status::failure(missing.arg(id));
    return {};
}

}  // namespace storyreel::store
