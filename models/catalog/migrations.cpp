#include "migrations.h"

#include "transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace storyreel {
namespace {

struct Migrations
{
    Q_DECLARE_TR_FUNCTIONS(storyreel::Migrations)
};

QString migrationResource(int version)
{
    static const char *const kFiles[] = {"0001_library.sql",   "0002_storyboards.sql", "0003_jobs.sql",
                                         "0004_job_queue.sql", "0005_library.sql",     "0006_cloud.sql"};
    if (version < 1 || version > int(std::size(kFiles)))
        return {};
    return QStringLiteral(":/storyreel/migrations/") + QLatin1String(kFiles[version - 1]);
}

// The migration files hold plain DDL separated by semicolons at line ends; comments are dropped.
QStringList splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    for (const QString &line : script.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1String("--")))
            continue;
        current += line + QLatin1Char('\n');
        if (trimmed.endsWith(QLatin1Char(';'))) {
            statements << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

Status applyOne(QSqlDatabase &db, int version)
{
    QFile file(migrationResource(version));
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(Migrations::tr("migration %1 is missing from this build").arg(version));
    const QString script = QString::fromUtf8(file.readAll());

    Transaction transaction(db);
    if (!transaction.began())
        return Status::failure(
            Migrations::tr("could not lock the catalog to migrate it: %1").arg(transaction.beginError()));
    for (const QString &statement : splitStatements(script)) {
        QSqlQuery query(db);
        if (!query.exec(statement)) {
            return Status::failure(Migrations::tr("migration to schema %1 failed: %2")
                                       .arg(version)
                                       .arg(query.lastError().text()));
        }
    }
    // PRAGMA takes no bound parameters; the version is an integer we produced.
    QSqlQuery bump(db);
    if (!bump.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)))
        return Status::failure(
            Migrations::tr("could not record schema %1: %2").arg(version).arg(bump.lastError().text()));
    return transaction.commit();
}

}  // namespace

Result<int> readSchemaVersion(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return Result<int>::failure(query.lastError().text());
    return query.value(0).toInt();
}

Status migrate(QSqlDatabase &db, int from, int to)
{
    for (int version = from + 1; version <= to; ++version) {
        if (Status status = applyOne(db, version); !status)
            return status;
    }
    return {};
}

}  // namespace storyreel
