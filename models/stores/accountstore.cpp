#include "accountstore.h"

#include "catalog.h"
#include "sqlutil.h"

#include <QSqlQuery>

namespace storyreel {
namespace {

const QString kColumns = QStringLiteral(
    "id, name, dialect, base_url, concurrency, balance_unit, monthly_budget_micros, created_at");

ProviderAccount accountFromRow(const QSqlQuery &query)
{
    ProviderAccount account;
    account.id = query.value(0).toLongLong();
    account.name = query.value(1).toString();
    account.dialect = fromText<Dialect>(query.value(2).toString()).value_or(Dialect::Local);
    account.baseUrl = query.value(3).toString();
    account.concurrency = query.value(4).toInt();
    account.balanceUnit = query.value(5).toString();
    account.monthlyBudgetMicros = query.value(6).toLongLong();
    account.createdAt = sql::toDateTime(query.value(7));
    return account;
}

}  // namespace

Result<RowId> AccountStore::create(const ProviderAccount &account) const
{
    QSqlQuery query(m_catalog.db());
    const QDateTime createdAt =
        account.createdAt.isValid() ? account.createdAt : QDateTime::currentDateTimeUtc();
    Status inserted = sql::run(
        query,
        QStringLiteral("INSERT INTO provider_accounts(name, dialect, base_url, concurrency, balance_unit, "
                       "monthly_budget_micros, created_at) VALUES(?, ?, ?, ?, ?, ?, ?)"),
        AccountStore::tr("create account \"%1\"").arg(account.name), account.name, toText(account.dialect),
        account.baseUrl, account.concurrency, account.balanceUnit, account.monthlyBudgetMicros,
        sql::fromDateTime(createdAt));
    if (!inserted) {
        // The UNIQUE name is the usual reason; say so rather than quoting SQLite.
        Result<std::optional<ProviderAccount>> existing = findByName(account.name);
        if (existing && existing->has_value())
            return Failure{AccountStore::tr("an account named \"%1\" already exists").arg(account.name)};
        return inserted.failure();
    }
    return query.lastInsertId().toLongLong();
}

Status AccountStore::update(const ProviderAccount &account) const
{
    Status updated = sql::runOne(
        m_catalog.db(),
        QStringLiteral("UPDATE provider_accounts SET name = ?, dialect = ?, base_url = ?, concurrency = ?, "
                       "balance_unit = ?, monthly_budget_micros = ? WHERE id = ?"),
        AccountStore::tr("save account %1").arg(account.id), account.name, toText(account.dialect),
        account.baseUrl, account.concurrency, account.balanceUnit, account.monthlyBudgetMicros, account.id);
    if (!updated) {
        Result<std::optional<ProviderAccount>> existing = findByName(account.name);
        if (existing && existing->has_value() && existing->value().id != account.id)
            return Failure{AccountStore::tr("an account named \"%1\" already exists").arg(account.name)};
    }
    return updated;
}

Status AccountStore::remove(RowId id) const
{
    return sql::runOne(m_catalog.db(), QStringLiteral("DELETE FROM provider_accounts WHERE id = ?"),
                       AccountStore::tr("delete account %1").arg(id), id);
}

Result<ProviderAccount> AccountStore::load(RowId id) const
{
    QSqlQuery query(m_catalog.db());
    if (Status status =
            sql::run(query, QStringLiteral("SELECT %1 FROM provider_accounts WHERE id = ?").arg(kColumns),
                     AccountStore::tr("load account"), id);
        !status)
        return status.failure();
    if (!query.next())
        return Failure{AccountStore::tr("account %1 does not exist").arg(id)};
    ProviderAccount account = accountFromRow(query);
    account.catalogId = m_catalog.instanceId();
    return account;
}

Result<QList<ProviderAccount>> AccountStore::list() const
{
    QSqlQuery query(m_catalog.db());
    if (Status status = sql::run(
            query, QStringLiteral("SELECT %1 FROM provider_accounts ORDER BY name, id").arg(kColumns),
            AccountStore::tr("list accounts"));
        !status)
        return status.failure();
    QList<ProviderAccount> accounts;
    const QString catalogId = m_catalog.instanceId();
    while (query.next()) {
        accounts << accountFromRow(query);
        accounts.last().catalogId = catalogId;
    }
    return accounts;
}

Result<std::optional<ProviderAccount>> AccountStore::findByName(const QString &name) const
{
    QSqlQuery query(m_catalog.db());
    if (Status status =
            sql::run(query, QStringLiteral("SELECT %1 FROM provider_accounts WHERE name = ?").arg(kColumns),
                     AccountStore::tr("find account \"%1\"").arg(name), name);
        !status)
        return status.failure();
    if (!query.next())
        return std::optional<ProviderAccount>();
    ProviderAccount account = accountFromRow(query);
    account.catalogId = m_catalog.instanceId();
    return std::optional<ProviderAccount>(account);
}

}  // namespace storyreel
