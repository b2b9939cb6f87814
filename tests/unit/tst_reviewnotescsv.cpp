// Review notes as CSV: RFC 4180 quoting, order by time, h:mm:ss.mmm times, and an atomic write that
// fails with a clear message (and no stray files) when the folder cannot be written.
#include "reviewnotescsv.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace storyreel;

namespace {

ReviewNote note(RowId id, qint64 atMs, const QString &text)
{
    ReviewNote result;
    result.id = id;
    result.videoId = 1;
    result.atMs = atMs;
    result.text = text;
    return result;
}

// A minimal RFC 4180 reader, independent of the writer: records of fields.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            fields << field;
            records << fields;
            fields.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !fields.isEmpty())
        records << (fields << field);
    return records;
}

}  // namespace

class TstReviewNotesCsv final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatsTimes_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("0:00:00.000");
        QTest::newRow("millis") << qint64(7) << QStringLiteral("0:00:00.007");
        QTest::newRow("seconds") << qint64(12'400) << QStringLiteral("0:00:12.400");
        QTest::newRow("minutes") << qint64(754'321) << QStringLiteral("0:12:34.321");
        QTest::newRow("hours") << qint64(3'723'004) << QStringLiteral("1:02:03.004");
        QTest::newRow("many hours") << qint64(36'000'000 + 59'999) << QStringLiteral("10:00:59.999");
        QTest::newRow("negative clamps") << qint64(-5) << QStringLiteral("0:00:00.000");
    }
    void formatsTimes()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QCOMPARE(reviewNoteCsvTime(ms), text);
    }

    void quotesFields_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("field");
        QTest::newRow("plain") << QStringLiteral("soften the cut") << QStringLiteral("soften the cut");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("comma") << QStringLiteral("red, not pink") << QStringLiteral("\"red, not pink\"");
        QTest::newRow("quote") << QStringLiteral("the \"hero\" shot")
                               << QStringLiteral("\"the \"\"hero\"\" shot\"");
        QTest::newRow("newline") << QStringLiteral("line one\nline two")
                                 << QStringLiteral("\"line one\nline two\"");
        QTest::newRow("crlf") << QStringLiteral("a\r\nb") << QStringLiteral("\"a\r\nb\"");
        QTest::newRow("leading space") << QStringLiteral(" indented") << QStringLiteral("\" indented\"");
        QTest::newRow("unicode") << QStringLiteral("très bien — ✓") << QStringLiteral("très bien — ✓");
    }
    void quotesFields()
    {
        QFETCH(QString, value);
        QFETCH(QString, field);
        QCOMPARE(csvField(value), field);
    }

    void writesHeaderAndRowsByTime()
    {
        const QList<ReviewNote> notes = {
            note(3, 61'250, QStringLiteral("third, later")),
            note(1, 400, QStringLiteral("first \"quoted\"")),
            note(4, 61'250, QStringLiteral("same time,\nsecond line")),
            note(2, 12'000, QStringLiteral("plain")),
        };
        const QByteArray bytes = reviewNotesCsv(notes);
        QVERIFY2(bytes.startsWith("time,seconds,note\r\n"), bytes.constData());
        QVERIFY(bytes.endsWith("\r\n"));
        const QList<QStringList> records = parseCsv(QString::fromUtf8(bytes));
        QCOMPARE(records.size(), 5);
        QCOMPARE(records.at(0),
                 (QStringList{QStringLiteral("time"), QStringLiteral("seconds"), QStringLiteral("note")}));
        QCOMPARE(records.at(1), (QStringList{QStringLiteral("0:00:00.400"), QStringLiteral("0.400"),
                                             QStringLiteral("first \"quoted\"")}));
        QCOMPARE(records.at(2), (QStringList{QStringLiteral("0:00:12.000"), QStringLiteral("12.000"),
                                             QStringLiteral("plain")}));
        // Equal times keep the order they were written in (by id).
        QCOMPARE(records.at(3), (QStringList{QStringLiteral("0:01:01.250"), QStringLiteral("61.250"),
                                             QStringLiteral("third, later")}));
        QCOMPARE(records.at(4), (QStringList{QStringLiteral("0:01:01.250"), QStringLiteral("61.250"),
                                             QStringLiteral("same time,\nsecond line")}));
        // The embedded line break stays inside its quotes: exactly one bare record break per row.
        QCOMPARE(bytes.count("\r\n"), 5);
    }

    void writesAtomically()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("notes.csv"));
        QVERIFY(writeReviewNotesCsv(path, {note(1, 1500, QStringLiteral("ok"))}).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("time,seconds,note\r\n0:00:01.500,1.500,ok\r\n"));
        file.close();
        // Rewriting replaces the file whole and leaves no temporary file behind.
        QVERIFY(writeReviewNotesCsv(path, {}).ok());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("time,seconds,note\r\n"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("notes.csv")});
    }

    void failsClearlyWhenTheFolderCannotBeWritten()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // A "folder" that is a file: no user, root included, can create anything inside it.
        const QString blocker = dir.filePath(QStringLiteral("not-a-folder"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const QString path = blocker + QStringLiteral("/notes.csv");
        const Status written = writeReviewNotesCsv(path, {note(1, 0, QStringLiteral("x"))});
        QVERIFY(!written.ok());
        QVERIFY2(written.error().contains(path), qPrintable(written.error()));
        QVERIFY2(written.error().startsWith(QStringLiteral("Could not export the notes")),
                 qPrintable(written.error()));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("not-a-folder")});

        const Status missing = writeReviewNotesCsv(dir.filePath(QStringLiteral("gone/notes.csv")), {});
        QVERIFY(!missing.ok());
        QVERIFY2(!missing.error().isEmpty(), "a failure says why");

        QVERIFY(!writeReviewNotesCsv(QString(), {}).ok());

        // A read-only folder, for users the permission bits bind (root ignores them).
        if (::geteuid() != 0) {
            const QString locked = dir.filePath(QStringLiteral("locked"));
            QVERIFY(QDir().mkdir(locked));
            QVERIFY(QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
            const Status denied = writeReviewNotesCsv(locked + QStringLiteral("/notes.csv"), {});
            QFile::setPermissions(locked,
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            QVERIFY(!denied.ok());
            QVERIFY2(denied.error().contains(QStringLiteral("notes.csv")), qPrintable(denied.error()));
        }
    }
};

QTEST_GUILESS_MAIN(TstReviewNotesCsv)
#include "tst_reviewnotescsv.moc"
