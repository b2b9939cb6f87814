#include "mediastore.h"
#include "storyboardstore.h"
#include "storyreelfile.h"
#include "testcatalog.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace storyreel;

Q_DECLARE_METATYPE(storyreelfile::Images)

// .storyreel files: save and open again (images alongside or embedded), and malformed files refused
// with a clear message and nothing changed.
class TestStoryreelFile : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestCatalog> m_source;
    RowId m_id = 0;
    QTemporaryDir m_out;

    static QString describe(const Storyboard &board)
    {
        QStringList parts{board.title,
                          board.prompt,
                          board.style,
                          toText(board.aspect),
                          board.approved ? QStringLiteral("approved") : QStringLiteral("draft"),
                          QString::number(board.refinementCount)};
        for (const Scene &scene : board.scenes)
            parts << QStringLiteral("%1|%2|%3|%4")
                         .arg(scene.description, scene.imagePrompt)
                         .arg(scene.durationMs)
                         .arg(scene.imagePath);
        return parts.join(QLatin1Char(';'));
    }

    static QByteArray bytesOf(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // A valid embedded file as JSON, to break one piece at a time.
    QJsonObject validRoot()
    {
        const QString path = m_out.filePath(QStringLiteral("valid.storyreel"));
        const Storyboard board = StoryboardStore(m_source->catalog()).load(m_id).value();
        if (!storyreelfile::save(board, m_source->dir(), path, storyreelfile::Images::Embedded).ok())
            return {};
        return QJsonDocument::fromJson(bytesOf(path)).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_source = std::make_unique<test::TestCatalog>();
        QVERIFY2(m_source->ok(), qPrintable(m_source->error()));
        const MediaStore media(m_source->dir());
        Storyboard board;
        board.title = QStringLiteral("Harbour \"dawn\" ünïcode");
        board.prompt = QStringLiteral("a harbour at dawn");
        board.style = QStringLiteral("watercolour");
        board.aspect = Aspect::Portrait9x16;
        board.approved = true;
        board.refinementCount = 2;
        const QList<QColor> colours{Qt::red, Qt::green, Qt::blue};
        for (int i = 0; i < 3; ++i) {
            Scene scene;
            scene.description = QStringLiteral("scene %1\nwith a line break").arg(i + 1);
            scene.imagePrompt = QStringLiteral("prompt %1").arg(i + 1);
            scene.durationMs = 1500 + 1000 * i;
            if (i < 2) {  // the third scene has no image
                QImage image(40, 30, QImage::Format_RGB32);
                image.fill(colours.at(i));
                const QString file = m_out.filePath(QStringLiteral("source-%1.png").arg(i));
                QVERIFY(image.save(file));
                scene.imagePath = media.addFile(file).value();
            }
            board.scenes << scene;
        }
        // The sample project's images are SVG: they travel too.
        Scene vector;
        vector.description = QStringLiteral("vector");
        const QString svg = m_out.filePath(QStringLiteral("card.svg"));
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::WriteOnly));
        svgFile.write(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"32\" height=\"18\">"
            "<rect width=\"32\" height=\"18\" fill=\"#c08040\"/></svg>");
        svgFile.close();
        vector.imagePath = media.addFile(svg).value();
        board.scenes << vector;
        m_id = StoryboardStore(m_source->catalog()).create(board).value();
    }

    void resavingAlongsideDropsStaleImages()
    {
        Storyboard board = StoryboardStore(m_source->catalog()).load(m_id).value();
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("b.storyreel"));
        QVERIFY(storyreelfile::save(board, m_source->dir(), path, storyreelfile::Images::Alongside).ok());
        QCOMPARE(QDir(folder.filePath(QStringLiteral("b-images"))).entryList(QDir::Files),
                 (QStringList{QStringLiteral("scene-1.png"), QStringLiteral("scene-2.png"),
                              QStringLiteral("scene-4.svg")}));
        board.scenes.removeFirst();
        QVERIFY(storyreelfile::save(board, m_source->dir(), path, storyreelfile::Images::Alongside).ok());
        QCOMPARE(QDir(folder.filePath(QStringLiteral("b-images"))).entryList(QDir::Files),
                 (QStringList{QStringLiteral("scene-1.png"), QStringLiteral("scene-3.svg")}));
        board.scenes.first().imagePath = QStringLiteral("media/00/missing.png");
        const Status missing =
            storyreelfile::save(board, m_source->dir(), path, storyreelfile::Images::Alongside);
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().contains(QStringLiteral("scene 1")), qPrintable(missing.error()));
    }

    void roundTrip_data()
    {
        QTest::addColumn<storyreelfile::Images>("images");
        QTest::newRow("alongside") << storyreelfile::Images::Alongside;
        QTest::newRow("embedded") << storyreelfile::Images::Embedded;
    }

    void roundTrip()
    {
        QFETCH(storyreelfile::Images, images);
        const Storyboard board = StoryboardStore(m_source->catalog()).load(m_id).value();
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("My board.storyreel"));
        const Status saved = storyreelfile::save(board, m_source->dir(), path, images);
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        const QJsonObject root = QJsonDocument::fromJson(bytesOf(path)).object();
        QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("storyreel"));
        QCOMPARE(root.value(QStringLiteral("version")).toInt(), 1);
        const QJsonObject firstImage = root.value(QStringLiteral("storyboard"))
                                           .toObject()
                                           .value(QStringLiteral("scenes"))
                                           .toArray()
                                           .at(0)
                                           .toObject()
                                           .value(QStringLiteral("image"))
                                           .toObject();
        if (images == storyreelfile::Images::Alongside) {
            QCOMPARE(firstImage.value(QStringLiteral("file")).toString(),
                     QStringLiteral("My board-images/scene-1.png"));
            QVERIFY(QFile::exists(folder.filePath(QStringLiteral("My board-images/scene-2.png"))));
        } else {
            QCOMPARE(firstImage.value(QStringLiteral("type")).toString(), QStringLiteral("image/png"));
            QVERIFY(!firstImage.value(QStringLiteral("data")).toString().isEmpty());
            QVERIFY(!QDir(folder.path()).exists(QStringLiteral("My board-images")));
        }
        QVERIFY(QDir(folder.path()).entryList({QStringLiteral("*.partial-*")}, QDir::Files).isEmpty());

        // Open it on "another machine": a fresh data folder and catalog.
        test::TestCatalog other;
        QVERIFY2(other.ok(), qPrintable(other.error()));
        Result<RowId> imported = storyreelfile::import(other.catalog(), other.dir(), path);
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        const Storyboard copy = StoryboardStore(other.catalog()).load(*imported).value();
        QCOMPARE(describe(copy), describe(board));  // content-addressed images: the same relative paths
        for (int i : {0, 1, 3})
            QCOMPARE(bytesOf(QDir(other.dir()).filePath(copy.scenes.at(i).imagePath)),
                     bytesOf(QDir(m_source->dir()).filePath(board.scenes.at(i).imagePath)));
        QVERIFY(copy.scenes.at(2).imagePath.isEmpty());
        QVERIFY(copy.scenes.at(3).imagePath.endsWith(QStringLiteral(".svg")));
        QCOMPARE(copy.accountId, 0);
    }

    void malformedFilesChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        const QJsonObject valid = validRoot();
        QVERIFY(!valid.isEmpty());
        QVERIFY(
            valid.value(QStringLiteral("storyboard")).toObject().value(QStringLiteral("scenes")).isArray());
        auto json = [](const QJsonObject &object) { return QJsonDocument(object).toJson(); };
        auto withBoard = [&](const std::function<void(QJsonObject &)> &change) {
            QJsonObject root = valid;
            QJsonObject board = root.value(QStringLiteral("storyboard")).toObject();
            change(board);
            root.insert(QStringLiteral("storyboard"), board);
            return json(root);
        };
        auto withScene = [&](int index, const std::function<void(QJsonObject &)> &change) {
            return withBoard([&](QJsonObject &board) {
                QJsonArray scenes = board.value(QStringLiteral("scenes")).toArray();
                QJsonObject scene = scenes.at(index).toObject();
                change(scene);
                scenes.replace(index, scene);
                board.insert(QStringLiteral("scenes"), scenes);
            });
        };
        auto rooted = [&](const QString &key, const QJsonValue &value) {
            QJsonObject root = valid;
            root.insert(key, value);
            return json(root);
        };

        QTest::newRow("garbage") << QByteArray("\x89PNG garbage {{{") << QStringLiteral("not JSON");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not JSON");
        QTest::newRow("array") << QByteArray("[1, 2]") << QStringLiteral("not JSON");
        QTest::newRow("other format")
            << rooted(QStringLiteral("format"), QStringLiteral("premiere")) << QStringLiteral("\"format\"");
        QTest::newRow("newer version") << rooted(QStringLiteral("version"), 2) << QStringLiteral("newer");
        QTest::newRow("version as text")
            << rooted(QStringLiteral("version"), QStringLiteral("1")) << QStringLiteral("\"version\"");
        QTest::newRow("no storyboard")
            << rooted(QStringLiteral("storyboard"), QJsonValue()) << QStringLiteral("\"storyboard\"");
        QTest::newRow("missing title")
            << withBoard([](QJsonObject &board) { board.remove(QStringLiteral("title")); })
            << QStringLiteral("\"title\"");
        QTest::newRow("title a number")
            << withBoard([](QJsonObject &board) { board.insert(QStringLiteral("title"), 5); })
            << QStringLiteral("\"title\"");
        QTest::newRow("bad aspect") << withBoard([](QJsonObject &board) {
            board.insert(QStringLiteral("aspect"), QStringLiteral("4:3"));
        }) << QStringLiteral("\"aspect\"");
        QTest::newRow("missing scenes")
            << withBoard([](QJsonObject &board) { board.remove(QStringLiteral("scenes")); })
            << QStringLiteral("\"scenes\"");
        QTest::newRow("approved as text") << withBoard([](QJsonObject &board) {
            board.insert(QStringLiteral("approved"), QStringLiteral("yes"));
        }) << QStringLiteral("\"approved\"");
        QTest::newRow("scene missing duration")
            << withScene(2, [](QJsonObject &scene) { scene.remove(QStringLiteral("duration_ms")); })
            << QStringLiteral("scene 3: \"duration_ms\"");
        QTest::newRow("negative duration")
            << withScene(1, [](QJsonObject &scene) { scene.insert(QStringLiteral("duration_ms"), -400); })
            << QStringLiteral("scene 2: \"duration_ms\"");
        QTest::newRow("scene missing description")
            << withScene(0, [](QJsonObject &scene) { scene.remove(QStringLiteral("description")); })
            << QStringLiteral("scene 1: \"description\"");
        QTest::newRow("bad base64") << withScene(1, [](QJsonObject &scene) {
            scene.insert(QStringLiteral("image"),
                         QJsonObject{{QStringLiteral("data"), QStringLiteral("%%%not*base64")},
                                     {QStringLiteral("type"), QStringLiteral("image/png")}});
        }) << QStringLiteral("scene 2: the embedded image is not valid base64");
        QTest::newRow("base64 of text") << withScene(1, [](QJsonObject &scene) {
            scene.insert(QStringLiteral("image"),
                         QJsonObject{{QStringLiteral("data"), QStringLiteral("aGVsbG8gd29ybGQ=")},
                                     {QStringLiteral("type"), QStringLiteral("image/png")}});
        }) << QStringLiteral("cannot be decoded");
        QTest::newRow("missing image file") << withScene(0, [](QJsonObject &scene) {
            scene.insert(QStringLiteral("image"),
                         QJsonObject{{QStringLiteral("file"), QStringLiteral("gone/scene-1.png")}});
        }) << QStringLiteral("missing");
        QTest::newRow("image outside the folder") << withScene(0, [](QJsonObject &scene) {
            scene.insert(QStringLiteral("image"),
                         QJsonObject{{QStringLiteral("file"), QStringLiteral("../../etc/passwd")}});
        }) << QStringLiteral("inside the file's folder");
    }

    void malformedFilesChangeNothing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        test::TestCatalog target;
        QVERIFY2(target.ok(), qPrintable(target.error()));
        Storyboard existing;
        existing.title = QStringLiteral("Existing");
        existing.scenes << Scene{};
        QVERIFY(StoryboardStore(target.catalog()).create(existing).ok());
        const int boards = test::rowCount(target.catalog(), QStringLiteral("storyboards"));
        const int scenes = test::rowCount(target.catalog(), QStringLiteral("scenes"));

        const QString path = m_out.filePath(QStringLiteral("broken.storyreel"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        file.close();
        Result<RowId> imported = storyreelfile::import(target.catalog(), target.dir(), path);
        QVERIFY(!imported.ok());
        QCOMPARE(imported.errorKind(), FailureKind::BadInput);
        QVERIFY2(imported.error().contains(message), qPrintable(imported.error()));
        QVERIFY2(imported.error().contains(QStringLiteral("broken.storyreel")), qPrintable(imported.error()));
        QCOMPARE(test::rowCount(target.catalog(), QStringLiteral("storyboards")), boards);
        QCOMPARE(test::rowCount(target.catalog(), QStringLiteral("scenes")), scenes);
        QVERIFY(!QDir(target.dir()).exists(QStringLiteral("media")));  // no image stored either
    }

    void theValidBaseImports()
    {
        // The malformed cases above differ from this file by one piece only.
        test::TestCatalog target;
        QVERIFY(target.ok());
        QFile file(m_out.filePath(QStringLiteral("valid.storyreel")));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(validRoot()).toJson());
        file.close();
        Result<RowId> imported = storyreelfile::import(target.catalog(), target.dir(), file.fileName());
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
    }
};

QTEST_MAIN(TestStoryreelFile)
#include "tst_storyreelfile.moc"
