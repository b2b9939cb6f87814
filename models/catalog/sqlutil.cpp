#include "sqlutil.h"

#include <QJsonDocument>
#include <QSqlError>

namespace storyreel::sql {

QVariant fromDateTime(const QDateTime &value)
{
    return value.isValid() ? QVariant(value.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime toDateTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QString toJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject toJsonObject(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

Status prepare(QSqlQuery &query, const QString &statement, const QString &what)
{
    if (!query.prepare(statement))
        return Status::failure(QStringLiteral("%1: %2").arg(what, query.lastError().text()));
    return {};
}

Status exec(QSqlQuery &query, const QString &what)
{
    if (!query.exec())
        return Status::failure(QStringLiteral("%1: %2").arg(what, query.lastError().text()));
    return {};
}

Result<int> countRows(QSqlDatabase db, const QString &table)
{
    Result<QVariant> value =
        scalar(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table), Sql::tr("count %1").arg(table));

    if (!value)
        return value.failure();
    return value->toInt();
}

}  // namespace storyreel::sql
