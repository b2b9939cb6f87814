#pragma once

#include "enums.h"
#include "ids.h"

#include <QDateTime>
#include <QString>

namespace storyreel {

// A provider account. Its token lives in the OS keychain under credentialKey(), never in the catalog.
struct ProviderAccount
{
    RowId id = 0;
    QString name;
    Dialect dialect = Dialect::Local;
    QString baseUrl;
    int concurrency = 3;
    QString balanceUnit;             // "tokens", "DUST", "USD" ... as the dialect counts cost
    qint64 monthlyBudgetMicros = 0;  // 0 = no budget
    QDateTime createdAt;
    QString catalogId;  // the catalog's own id (Catalog::instanceId()), filled by AccountStore

    // Scoped by catalog: two data folders (profiles) reuse row ids but never share a token.
    QString credentialKey() const { return QStringLiteral("%1/account-%2").arg(catalogId).arg(id); }
};

}  // namespace storyreel
