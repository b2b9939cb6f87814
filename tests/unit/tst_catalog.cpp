#include "catalog.h"
#include "testcatalog.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace storyreel;

namespace {

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QString pragmaText(Catalog &catalog, const QString &pragma)
{
    QSqlQuery query(catalog.db());
    if (!query.exec(QStringLiteral("PRAGMA ") + pragma) || !query.next())
        return {};
    return query.value(0).toString();
}

bool exec(Catalog &catalog, const QString &statement, QString *error = nullptr)
{
    QSqlQuery query(catalog.db());
    const bool ok = query.exec(statement);
    if (!ok && error)
        *error = query.lastError().text();
    return ok;
}

}  // namespace

class TestCatalogFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void migratesFromAnEmptyFile()
    {
        test::TestCatalog fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        QCOMPARE(fixture.catalog().schemaVersion(), Catalog::kSchemaVersion);
        const QStringList expected{QStringLiteral("provider_accounts"),
                                   QStringLiteral("looks"),
                                   QStringLiteral("products"),
                                   QStringLiteral("videos"),
                                   QStringLiteral("look_videos"),
                                   QStringLiteral("storyboards"),
                                   QStringLiteral("scenes"),
                                   QStringLiteral("jobs"),
                                   QStringLiteral("job_events"),
                                   QStringLiteral("exports"),
                                   QStringLiteral("ledger_entries"),
                                   QStringLiteral("pending_ops"),
                                   QStringLiteral("review_notes"),
                                   QStringLiteral("meta")};
        QSqlQuery query(fixture.catalog().db());
        QVERIFY(query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")));
        QStringList tables;
        while (query.next())
            tables << query.value(0).toString();
        for (const QString &table : expected)
            QVERIFY2(tables.contains(table), qPrintable(table));
    }

    // Schema 5: the library's column and the indexes its filters and sorts rely on.
    void schemaHasTheLibraryIndexes()
    {
        test::TestCatalog fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        QVERIFY(exec(fixture.catalog(), QStringLiteral("SELECT remote_ref FROM videos")));
        QSqlQuery query(fixture.catalog().db());
        QVERIFY(query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index'")));
        QStringList indexes;
        while (query.next())
            indexes << query.value(0).toString();
        for (const char *name : {"looks_by_created", "videos_by_status", "videos_by_kind",
                                 "videos_by_account", "videos_favorite", "videos_offline", "videos_by_title",
                                 "videos_by_duration", "videos_by_media"})
            QVERIFY2(indexes.contains(QLatin1String(name)), name);
    }

    void connectionHasTheDesignPragmas()
    {
        test::TestCatalog fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        QCOMPARE(pragmaText(fixture.catalog(), QStringLiteral("journal_mode")), QStringLiteral("wal"));
        QCOMPARE(pragmaText(fixture.catalog(), QStringLiteral("foreign_keys")), QStringLiteral("1"));
        QCOMPARE(pragmaText(fixture.catalog(), QStringLiteral("synchronous")),
                 QStringLiteral("1"));  // NORMAL
        QCOMPARE(pragmaText(fixture.catalog(), QStringLiteral("busy_timeout")),
                 QString::number(Catalog::kBusyTimeoutMs));
        QCOMPARE(pragmaText(fixture.catalog(), QStringLiteral("cache_size")),
                 QString::number(-Catalog::kPageCacheKiB));  // negative: KiB, not pages
    }

    void migratesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("fromVersion");
        for (int version = 0; version < Catalog::kSchemaVersion; ++version)
            QTest::addRow("schema %d", version) << version;
    }

    // Data written at an older schema survives the upgrade to the current one.
    void migratesFromEveryEarlierVersion()
    {
        QFETCH(int, fromVersion);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("catalog.sqlite"));
        {
            Catalog old(path);
            QVERIFY2(old.openAtVersion(fromVersion).ok(), "could not build the old schema");
            QCOMPARE(old.schemaVersion(), fromVersion);
            if (fromVersion >= 1) {
                QVERIFY(exec(old, QStringLiteral("INSERT INTO looks(title, created_at, updated_at) "
                                                 "VALUES('Old look', 1, 1)")));
            }
        }
        Catalog current(path);
        const Status opened = current.open();
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QCOMPARE(current.schemaVersion(), Catalog::kSchemaVersion);
        QSqlQuery query(current.db());
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM looks WHERE title = 'Old look'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), fromVersion >= 1 ? 1 : 0);
        QSqlQuery check(current.db());
        QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
    }

    void refusesANewerSchemaAndChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("catalog.sqlite"));
        {
            Catalog future(path);
            QVERIFY(future.open().ok());
            QSqlQuery bump(future.db());
            QVERIFY(bump.exec(QStringLiteral("PRAGMA user_version = %1").arg(Catalog::kSchemaVersion + 7)));
            QSqlQuery checkpoint(future.db());
            QVERIFY(checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        const QByteArray before = sha256Of(path);
        QVERIFY(!before.isEmpty());

        Catalog catalog(path);
        const Status opened = catalog.open();
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(QStringLiteral("newer version")), qPrintable(opened.error()));
        QVERIFY(!catalog.isOpen());
        QCOMPARE(sha256Of(path), before);
    }

    void refusesAFileThatIsNotADatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("catalog.sqlite"));
        QFile garbage(path);
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(4096, 'x'));
        garbage.close();
        const QByteArray before = sha256Of(path);

        Catalog catalog(path);
        const Status opened = catalog.open();
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(QStringLiteral("not a Storyreel catalog")),
                 qPrintable(opened.error()));
        QCOMPARE(sha256Of(path), before);
    }

    void databaseRefusesASecondDefaultVideoForALook()
    {
        test::TestCatalog fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        Catalog &catalog = fixture.catalog();
        QVERIFY(exec(
            catalog,
            QStringLiteral("INSERT INTO looks(id, title, created_at, updated_at) VALUES(1, 'L', 1, 1)")));
        QVERIFY(exec(
            catalog,
            QStringLiteral("INSERT INTO looks(id, title, created_at, updated_at) VALUES(2, 'M', 1, 1)")));
        for (int id = 1; id <= 3; ++id) {
            QVERIFY(
                exec(catalog, QStringLiteral("INSERT INTO videos(id, kind, status, created_at, updated_at) "
                                             "VALUES(%1, 'text', 'succeeded', 1, 1)")
                                  .arg(id)));
        }
        QVERIFY(exec(catalog, QStringLiteral("INSERT INTO look_videos VALUES(1, 1, 1, 1)")));
        QVERIFY(exec(catalog, QStringLiteral("INSERT INTO look_videos VALUES(1, 2, 0, 1)")));
        QString error;
        QVERIFY(!exec(catalog, QStringLiteral("INSERT INTO look_videos VALUES(1, 3, 1, 1)"), &error));
        QVERIFY2(error.contains(QStringLiteral("UNIQUE")), qPrintable(error));
        QVERIFY(!exec(catalog, QStringLiteral("UPDATE look_videos SET is_default = 1 WHERE video_id = 2")));
        // Another look may have its own default, and the same video may be default there.
        QVERIFY(exec(catalog, QStringLiteral("INSERT INTO look_videos VALUES(2, 1, 1, 1)")));
    }

    void foreignKeysAreEnforced()
    {
        test::TestCatalog fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        QString error;
        QVERIFY(!exec(fixture.catalog(),
                      QStringLiteral("INSERT INTO scenes(storyboard_id, position) VALUES(999, 1)"), &error));
        QVERIFY2(error.contains(QStringLiteral("FOREIGN KEY")), qPrintable(error));
    }

    void metaValuesRoundTrip()
    {
        test::TestCatalog fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        QCOMPARE(fixture.catalog().metaValue(QStringLiteral("k")), QString());
        QVERIFY(fixture.catalog().setMetaValue(QStringLiteral("k"), QStringLiteral("1")).ok());
        QVERIFY(fixture.catalog().setMetaValue(QStringLiteral("k"), QStringLiteral("2")).ok());
        QCOMPARE(fixture.catalog().metaValue(QStringLiteral("k")), QStringLiteral("2"));
    }
};

QTEST_GUILESS_MAIN(TestCatalogFile)
#include "tst_catalog.moc"
