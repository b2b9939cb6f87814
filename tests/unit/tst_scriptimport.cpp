#include "scriptimport.h"
#include "storyboardstore.h"
#include "testcatalog.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace storyreel;

// A pasted or opened script into scenes: paragraphs, first sentences, durations from word counts.
class TestScriptImport : public QObject
{
    Q_OBJECT

    static QString words(int count)
    {
        QStringList list;
        for (int i = 0; i < count; ++i)
            list << QStringLiteral("word");
        return list.join(QLatin1Char(' '));
    }

private Q_SLOTS:
    void durationFromWordCount_data()
    {
        QTest::addColumn<int>("wordCount");
        QTest::addColumn<qint64>("durationMs");
        QTest::newRow("one word: at least 2 s") << 1 << qint64(2000);
        QTest::newRow("5 words = 2 s") << 5 << qint64(2000);
        QTest::newRow("10 words = 4 s") << 10 << qint64(4000);
        QTest::newRow("11 words = 4.4 s -> 4.5") << 11 << qint64(4500);
        QTest::newRow("12 words = 4.8 s -> 5") << 12 << qint64(5000);
        QTest::newRow("16 words = 6.4 s -> 6.5") << 16 << qint64(6500);
        QTest::newRow("37 words = 14.8 s -> 15") << 37 << qint64(15000);
        QTest::newRow("100 words: at most 15 s") << 100 << qint64(15000);
    }

    void durationFromWordCount()
    {
        QFETCH(int, wordCount);
        QFETCH(qint64, durationMs);
        QCOMPARE(script::estimateDurationMs(words(wordCount)), durationMs);
    }

    void oneScenePerParagraph()
    {
        const QString text = QStringLiteral(
            "  Dawn over the harbour. Gulls circle\nthe fishing boats as they come in.\r\n"
            "\r\n   \n"
            "A woman pours coffee! The steam rises slowly.\n\n\n"
            "The city wakes\n");
        Result<QList<Scene>> scenes = script::scenesFromScript(text);
        QVERIFY2(scenes.ok(), qPrintable(scenes.error()));
        QCOMPARE(scenes->size(), 3);
        QCOMPARE(scenes->at(0).description,
                 QStringLiteral("Dawn over the harbour. Gulls circle the fishing boats as they come in."));
        QCOMPARE(scenes->at(0).imagePrompt, QStringLiteral("Dawn over the harbour."));
        QCOMPARE(scenes->at(0).durationMs, 5000);  // 13 words = 5.2 s
        QCOMPARE(scenes->at(1).imagePrompt, QStringLiteral("A woman pours coffee!"));
        QCOMPARE(scenes->at(2).description, QStringLiteral("The city wakes"));
        QCOMPARE(scenes->at(2).imagePrompt, QStringLiteral("The city wakes"));
        QCOMPARE(scenes->at(2).durationMs, 2000);
        QCOMPARE(scenes->at(2).position, 3);
        // A dot inside a number or name does not end the sentence.
        QCOMPARE(script::firstSentence(QStringLiteral("It costs 2.50 at St.Ives. Then rain.")),
                 QStringLiteral("It costs 2.50 at St.Ives."));
    }

    void emptyScriptIsBadInput_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank lines") << QStringLiteral("\n \n\t\n\r\n");
    }

    void emptyScriptIsBadInput()
    {
        QFETCH(QString, text);
        Result<QList<Scene>> scenes = script::scenesFromScript(text);
        QVERIFY(!scenes.ok());
        QCOMPARE(scenes.errorKind(), FailureKind::BadInput);
        QVERIFY2(scenes.error().contains(QStringLiteral("empty")), qPrintable(scenes.error()));
        test::TestCatalog fixture;
        QVERIFY(fixture.ok());
        QVERIFY(!script::createStoryboard(fixture.catalog(), text).ok());
        QCOMPARE(test::rowCount(fixture.catalog(), QStringLiteral("storyboards")), 0);
    }

    void createsAStoryboard()
    {
        test::TestCatalog fixture;
        QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
        const QString text = QStringLiteral("Morning light on the old stone bridge, quietly.\n\nRain.");
        Result<RowId> id = script::createStoryboard(fixture.catalog(), text, {}, Aspect::Portrait9x16);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        Storyboard board = StoryboardStore(fixture.catalog()).load(*id).value();
        QCOMPARE(board.title, QStringLiteral("Morning light on the old stone…"));
        QCOMPARE(board.aspect, Aspect::Portrait9x16);
        QCOMPARE(board.scenes.size(), 2);
        QCOMPARE(board.scenes.at(1).description, QStringLiteral("Rain."));
        QVERIFY(!board.approved);
        Result<RowId> titled = script::createStoryboard(fixture.catalog(), text, QStringLiteral(" Bridge "));
        QCOMPARE(StoryboardStore(fixture.catalog()).load(*titled).value().title, QStringLiteral("Bridge"));
        QCOMPARE(script::titleFromScript(QStringLiteral("Short one.")), QStringLiteral("Short one"));
    }

    void readsTextFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("script.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Caf\xc3\xa9 at noon.\n\nNight.");
        file.close();
        Result<QString> text = script::readScriptFile(path);
        QVERIFY2(text.ok(), qPrintable(text.error()));
        QCOMPARE(script::scenesFromScript(*text)->size(), 2);
        QVERIFY(text->startsWith(QStringLiteral("Caf\u00e9")));

        const QString binary = dir.filePath(QStringLiteral("image.png"));
        QFile other(binary);
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write(QByteArray("\x89PNG\r\n\x1a\n\0\0\xff\xfe", 14));
        other.close();
        QCOMPARE(script::readScriptFile(binary).errorKind(), FailureKind::BadInput);
        QVERIFY(!script::readScriptFile(dir.filePath(QStringLiteral("missing.txt"))).ok());
    }
};

QTEST_GUILESS_MAIN(TestScriptImport)
#include "tst_scriptimport.moc"
