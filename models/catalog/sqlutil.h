#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDateTime>

#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

// Small helpers every store uses: timestamps as epoch milliseconds, JSON columns, NULL for "none",
// and prepared statements run in one call with an error message that names what failed.
namespace storyreel::sql {

// The context of the helpers' own words ("no such row").
struct Sql
{
    Q_DECLARE_TR_FUNCTIONS(storyreel::sql::Sql)
};

QVariant fromDateTime(const QDateTime &value);  // NULL for an invalid QDateTime
QDateTime toDateTime(const QVariant &value);
QVariant nullableId(qint64 id);              // NULL for 0
QVariant nullableText(const QString &text);  // NULL for an empty string (remote ids are UNIQUE)
QString toJson(const QJsonObject &object);
QJsonObject toJsonObject(const QVariant &value);

// Qt binds a null QString as SQL NULL; text columns are NOT NULL, so "no text" is bound as ''.
// Use nullableText() where NULL is really meant.
inline QVariant bindable(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}
inline QVariant bindable(const QVariant &value)
{
    return value;
}
template <typename T>
QVariant bindable(const T &value)
{
    return QVariant::fromValue(value);
}

Status prepare(QSqlQuery &query, const QString &statement, const QString &what);
Status exec(QSqlQuery &query, const QString &what);

// Prepares `statement` on `query`, binds `values` positionally and executes it.
template <typename... Values>
Status run(QSqlQuery &query, const QString &statement, const QString &what, const Values &...values)
{
    if (Status status = prepare(query, statement, what); !status)
        return status;
    (query.addBindValue(bindable(values)), ...);
    return exec(query, what);
}

// Runs a statement expected to change exactly one row; "no such row" otherwise.
template <typename... Values>
Status runOne(QSqlDatabase db, const QString &statement, const QString &what, const Values &...values)
{
    QSqlQuery query(db);
    if (Status status = run(query, statement, what, values...); !status)
        return status;
    if (query.numRowsAffected() != 1)
        return Status::failure(Sql::tr("%1: no such row").arg(what));
    return {};
}

// Runs a query whose first column of the first row is the answer (COUNT, SUM ...).
template <typename... Values>
Result<QVariant> scalar(QSqlDatabase db, const QString &statement, const QString &what,
                        const Values &...values)
{
    QSqlQuery query(db);
    if (Status status = run(query, statement, what, values...); !status)
        return status.failure();
    if (!query.next())
        return Failure{Sql::tr("%1: no result").arg(what)};
    return query.value(0);
}

// SELECT COUNT(*) FROM table; `table` is a constant of the calling store, never user input.
Result<int> countRows(QSqlDatabase db, const QString &table);

}  // namespace storyreel::sql
