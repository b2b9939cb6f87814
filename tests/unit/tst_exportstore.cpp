#include "exportstore.h"
#include "testcatalog.h"

#include <QTest>

using namespace storyreel;

namespace {

ExportEntry entry(const QString &sha, const QString &preset, qint64 sizeBytes, qint64 createdMs)
{
    ExportEntry result;
    result.sourceSha256 = sha;
    result.preset = preset;
    result.filePath = QStringLiteral("exports/%1-%2.bin").arg(sha.left(8), preset);
    result.sizeBytes = sizeBytes;
    result.createdAt = QDateTime::fromMSecsSinceEpoch(createdMs, Qt::UTC);
    return result;
}

const QString kShaA = QStringLiteral("aa").repeated(32);
const QString kShaB = QStringLiteral("bb").repeated(32);

}  // namespace

class TestExportStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsEveryField()
    {
        test::TestCatalog fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        ExportStore store(fixture.catalog());
        const ExportEntry written = entry(kShaA, QStringLiteral("mp4-medium"), 3'456'789, 1'700'000'000'042);
        const Result<RowId> id = store.put(written);
        QVERIFY2(id.ok(), qPrintable(id.error()));

        const Result<std::optional<ExportEntry>> found = store.find(kShaA, QStringLiteral("mp4-medium"));
        QVERIFY2(found.ok(), qPrintable(found.error()));
        QVERIFY(found->has_value());
        const ExportEntry &got = found->value();
        QCOMPARE(got.id, *id);
        QCOMPARE(got.sourceSha256, written.sourceSha256);
        QCOMPARE(got.preset, written.preset);
        QCOMPARE(got.filePath, written.filePath);
        QCOMPARE(got.sizeBytes, written.sizeBytes);
        QCOMPARE(got.createdAt, written.createdAt);
    }

    void findMissesOtherSourcesAndPresets_data()
    {
        QTest::addColumn<QString>("sha");
        QTest::addColumn<QString>("preset");
        QTest::addRow("other preset") << kShaA << QStringLiteral("webm-low");
        QTest::addRow("other source") << kShaB << QStringLiteral("mp4-medium");
        QTest::addRow("preset case differs") << kShaA << QStringLiteral("MP4-medium");
        QTest::addRow("empty") << QString() << QString();
    }

    void findMissesOtherSourcesAndPresets()
    {
        QFETCH(QString, sha);
        QFETCH(QString, preset);
        test::TestCatalog fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        ExportStore store(fixture.catalog());
        QVERIFY(store.put(entry(kShaA, QStringLiteral("mp4-medium"), 10, 1)).ok());
        const Result<std::optional<ExportEntry>> found = store.find(sha, preset);
        QVERIFY2(found.ok(), qPrintable(found.error()));
        QVERIFY(!found->has_value());
        QVERIFY(store.find(kShaA, QStringLiteral("mp4-medium"))->has_value());
    }

    void putReplacesTheEntryForSourceAndPreset()
    {
        test::TestCatalog fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        ExportStore store(fixture.catalog());
        const Result<RowId> first = store.put(entry(kShaA, QStringLiteral("mp4-high"), 100, 1'000));
        const Result<RowId> sibling = store.put(entry(kShaA, QStringLiteral("mov-high"), 300, 1'500));
        QVERIFY(first.ok() && sibling.ok());
        QVERIFY(*first != *sibling);

        ExportEntry replacement = entry(kShaA, QStringLiteral("mp4-high"), 200, 2'000);
        replacement.filePath = QStringLiteral("exports/re-encoded.mp4");
        const Result<RowId> second = store.put(replacement);
        QVERIFY2(second.ok(), qPrintable(second.error()));
        QCOMPARE(*second, *first);

        const Result<QList<ExportEntry>> entries = store.list();
        QVERIFY2(entries.ok(), qPrintable(entries.error()));
        QCOMPARE(entries->size(), 2);
        const ExportEntry got = store.find(kShaA, QStringLiteral("mp4-high"))->value();
        QCOMPARE(got.filePath, replacement.filePath);
        QCOMPARE(got.sizeBytes, qint64(200));
        QCOMPARE(got.createdAt, replacement.createdAt);
        QCOMPARE(store.find(kShaA, QStringLiteral("mov-high"))->value().sizeBytes, qint64(300));
    }

    void listsNewestFirst()
    {
        test::TestCatalog fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        ExportStore store(fixture.catalog());
        QVERIFY(store.put(entry(kShaA, QStringLiteral("p1"), 1, 3'000)).ok());
        QVERIFY(store.put(entry(kShaB, QStringLiteral("p2"), 2, 1'000)).ok());
        QVERIFY(store.put(entry(kShaA, QStringLiteral("p3"), 3, 2'000)).ok());
        const Result<QList<ExportEntry>> entries = store.list();
        QVERIFY2(entries.ok(), qPrintable(entries.error()));
        QStringList presets;
        for (const ExportEntry &e : *entries)
            presets << e.preset;
        QCOMPARE(presets, (QStringList{QStringLiteral("p1"), QStringLiteral("p3"), QStringLiteral("p2")}));
    }

    void removeDeletesOnlyThatEntry()
    {
        test::TestCatalog fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        ExportStore store(fixture.catalog());
        const Result<RowId> gone = store.put(entry(kShaA, QStringLiteral("webm-low"), 1, 1));
        const Result<RowId> kept = store.put(entry(kShaB, QStringLiteral("webm-low"), 2, 2));
        QVERIFY(gone.ok() && kept.ok());
        const Status removed = store.remove(*gone);
        QVERIFY2(removed.ok(), qPrintable(removed.error()));
        QVERIFY(!store.find(kShaA, QStringLiteral("webm-low"))->has_value());
        QCOMPARE(store.list()->size(), 1);
        QCOMPARE(store.list()->at(0).id, *kept);

        const Status again = store.remove(*gone);
        QVERIFY(!again.ok());
        QVERIFY2(again.error().contains(QStringLiteral("export %1").arg(*gone)), qPrintable(again.error()));
        QCOMPARE(store.list()->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestExportStore)
#include "tst_exportstore.moc"
