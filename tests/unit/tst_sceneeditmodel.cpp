#include "sceneeditmodel.h"
#include "scenelistmodel.h"
#include "storyboarddocument.h"
#include "storyboardstore.h"
#include "testcatalog.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QUrl>

using namespace storyreel;

// The editor's scene model: drag and drop exactly as a view delivers it, editing, image drops,
// all under Qt's model tester.
class TestSceneEditModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestCatalog> m_fixture;
    std::unique_ptr<StoryboardDocument> m_document;
    std::unique_ptr<SceneEditModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QTemporaryDir m_files;

    QString order() const
    {
        QStringList names;
        for (int row = 0; row < m_model->rowCount(); ++row)
            names << m_model->index(row).data().toString();
        return names.join(QLatin1Char(','));
    }

    QString storedOrder() const
    {
        QStringList names;
        for (const Scene &scene : StoryboardStore(m_fixture->catalog()).scenes(m_document->id()).value())
            names << scene.description;
        return names.join(QLatin1Char(','));
    }

    QString image(const QString &name, QColor colour = Qt::darkCyan) const
    {
        QImage picture(64, 36, QImage::Format_RGB32);
        picture.fill(colour);
        const QString path = m_files.filePath(name);
        return picture.save(path) ? path : QString();
    }

    static std::unique_ptr<QMimeData> urls(const QStringList &paths)
    {
        QList<QUrl> list;
        for (const QString &path : paths)
            list << QUrl::fromLocalFile(path);
        auto mime = std::make_unique<QMimeData>();
        mime->setUrls(list);
        return mime;
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<test::TestCatalog>();
        QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
        Storyboard board;
        board.title = QStringLiteral("Board");
        for (const char *name : {"a", "b", "c", "d", "e"}) {
            Scene scene;
            scene.description = QLatin1String(name);
            board.scenes << scene;
        }
        const RowId id = StoryboardStore(m_fixture->catalog()).create(board).value();
        m_document = std::make_unique<StoryboardDocument>(m_fixture->catalog());
        QVERIFY(m_document->open(id).ok());
        m_model = std::make_unique<SceneEditModel>(*m_document, m_fixture->dir(), QSize(96, 54));
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_document.reset();
        m_fixture.reset();
    }

    void dragAndDropDeclarations()
    {
        QCOMPARE(m_model->supportedDragActions(), Qt::MoveAction | Qt::CopyAction);
        QCOMPARE(m_model->supportedDropActions(), Qt::MoveAction | Qt::CopyAction);
        QCOMPARE(m_model->mimeTypes(), (QStringList{QStringLiteral("application/x-storyreel-scenes"),
                                                    QStringLiteral("text/uri-list")}));
        const Qt::ItemFlags flags = m_model->flags(m_model->index(0));
        QVERIFY(flags.testFlags(Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled | Qt::ItemIsEditable));
        QVERIFY(m_model->flags({}).testFlag(Qt::ItemIsDropEnabled));
    }

    void reorderThroughMimeData_data()
    {
        QTest::addColumn<QList<int>>("dragged");
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("parentRow");  // -1: between items / empty area
        QTest::addColumn<QString>("expected");
        QTest::newRow("down between") << QList<int>{0} << 3 << -1 << QStringLiteral("b,c,a,d,e");
        QTest::newRow("up to the top") << QList<int>{4} << 0 << -1 << QStringLiteral("e,a,b,c,d");
        QTest::newRow("after the last") << QList<int>{1} << 5 << -1 << QStringLiteral("a,c,d,e,b");
        QTest::newRow("empty area = end") << QList<int>{0} << -1 << -1 << QStringLiteral("b,c,d,e,a");
        QTest::newRow("onto an item") << QList<int>{4} << -1 << 1 << QStringLiteral("a,e,b,c,d");
        QTest::newRow("two, selected backwards")
            << QList<int>{3, 0} << 2 << -1 << QStringLiteral("b,a,d,c,e");
        QTest::newRow("two to the end") << QList<int>{0, 2} << 5 << -1 << QStringLiteral("b,d,e,a,c");
    }

    void reorderThroughMimeData()
    {
        QFETCH(QList<int>, dragged);
        QFETCH(int, row);
        QFETCH(int, parentRow);
        QFETCH(QString, expected);
        QModelIndexList indexes;
        for (int r : dragged)
            indexes << m_model->index(r);
        std::unique_ptr<QMimeData> mime(m_model->mimeData(indexes));
        QVERIFY(mime);
        QVERIFY(mime->hasFormat(QStringLiteral("application/x-storyreel-scenes")));
        const QModelIndex parent = parentRow >= 0 ? m_model->index(parentRow) : QModelIndex();
        QVERIFY(m_model->canDropMimeData(mime.get(), Qt::MoveAction, row, 0, parent));
        QVERIFY(m_model->dropMimeData(mime.get(), Qt::MoveAction, row, 0, parent));
        QCOMPARE(order(), expected);
        QCOMPARE(storedOrder(), expected);
        for (int r = 0; r < m_model->rowCount(); ++r)
            QCOMPARE(m_model->index(r).data(SceneEditModel::PositionRole).toInt(), r + 1);

        // What a source view does after a MoveAction drop: remove (or, in overwrite mode, clear) the
        // "moved away" rows. Neither may touch the storyboard.
        QVERIFY(!m_model->removeRows(0, 1));
        QMap<int, QVariant> cleared;
        cleared.insert(Qt::DisplayRole, QVariant());
        cleared.insert(Qt::EditRole, QVariant());
        QVERIFY(!m_model->setItemData(m_model->index(0), cleared));
        QVERIFY(!m_model->setData(m_model->index(0), QVariant(), Qt::EditRole));
        QCOMPARE(order(), expected);
        QCOMPARE(m_document->undoStack()->count(), 1);

        m_document->undoStack()->undo();
        QCOMPARE(order(), QStringLiteral("a,b,c,d,e"));
        QCOMPARE(storedOrder(), QStringLiteral("a,b,c,d,e"));
    }

    void copyDropInsertsCopies()
    {
        std::unique_ptr<QMimeData> mime(m_model->mimeData({m_model->index(0), m_model->index(1)}));
        QVERIFY(m_model->dropMimeData(mime.get(), Qt::CopyAction, 5, 0, {}));
        QCOMPARE(order(), QStringLiteral("a,b,c,d,e,a,b"));
        m_document->undoStack()->undo();
        QCOMPARE(order(), QStringLiteral("a,b,c,d,e"));
    }

    void keyboardMoves()
    {
        // Alt+Down on the first scene, Alt+Up on the last: the editor calls moveScenes like this.
        m_document->moveScenes({0}, 2);
        QCOMPARE(order(), QStringLiteral("b,a,c,d,e"));
        m_document->moveScenes({4}, 3);
        QCOMPARE(order(), QStringLiteral("b,a,c,e,d"));
        m_document->moveScenes({4}, 5);  // already last: nothing
        QCOMPARE(m_document->undoStack()->count(), 2);
        QCOMPARE(storedOrder(), QStringLiteral("b,a,c,e,d"));
        m_document->undoStack()->undo();
        m_document->undoStack()->undo();
        QCOMPARE(order(), QStringLiteral("a,b,c,d,e"));
    }

    void editingGoesThroughTheDocument()
    {
        const QModelIndex second = m_model->index(1);
        QVERIFY(m_model->setData(second, QStringLiteral("bee"), Qt::EditRole));
        QVERIFY(m_model->setData(second, QStringLiteral("a bee"), SceneEditModel::ImagePromptRole));
        QVERIFY(m_model->setData(second, 6500, SceneEditModel::DurationMsRole));
        QVERIFY(!m_model->setData(second, -5, SceneEditModel::DurationMsRole));
        QCOMPARE(second.data().toString(), QStringLiteral("bee"));
        QCOMPARE(second.data(SceneEditModel::ImagePromptRole).toString(), QStringLiteral("a bee"));
        QCOMPARE(second.data(SceneEditModel::CaptionRole).toString(), QStringLiteral("Scene 2 · 6.5 s"));
        QCOMPARE(m_document->undoStack()->count(), 3);
        QCOMPARE(StoryboardStore(m_fixture->catalog()).scenes(m_document->id()).value().at(1).durationMs,
                 6500);
        // Insertions and removals renumber the scenes after them.
        m_document->removeScenes({0});
        QCOMPARE(m_model->index(0).data(SceneEditModel::PositionRole).toInt(), 1);
        QCOMPARE(m_model->index(0).data(SceneEditModel::CaptionRole).toString(),
                 QStringLiteral("Scene 1 · 6.5 s"));
        while (m_document->undoStack()->canUndo())
            m_document->undoStack()->undo();
        QCOMPARE(m_model->index(1).data().toString(), QStringLiteral("b"));
    }

    void scatteredEditsKeepTheNumbers()
    {
        auto positions = [this] {
            QStringList list;
            for (int r = 0; r < m_model->rowCount(); ++r)
                list << m_model->index(r)
                            .data(SceneEditModel::CaptionRole)
                            .toString()
                            .section(QLatin1Char(' '), 1, 1);
            return list.join(QLatin1Char(','));
        };
        m_document->removeScenes({0, 2, 4});  // three runs
        QCOMPARE(order(), QStringLiteral("b,d"));
        QCOMPARE(positions(), QStringLiteral("1,2"));
        m_document->undoStack()->undo();  // three runs back
        QCOMPARE(order(), QStringLiteral("a,b,c,d,e"));
        QCOMPARE(positions(), QStringLiteral("1,2,3,4,5"));
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_document->duplicateScenes({0, 3});  // copies at rows 1 and 5: rows 2.. renumbered
        QCOMPARE(order(), QStringLiteral("a,a,b,c,d,d,e"));
        int firstChanged = m_model->rowCount();
        for (const QList<QVariant> &arguments : changed)
            firstChanged = qMin(firstChanged, arguments.at(0).toModelIndex().row());
        QCOMPARE(firstChanged, 2);  // views repaint every renumbered card
        QCOMPARE(positions(), QStringLiteral("1,2,3,4,5,6,7"));
        for (int r = 0; r < m_model->rowCount(); ++r)
            QCOMPARE(m_model->index(r).data(SceneEditModel::IdRole).toLongLong(),
                     m_document->scenes().at(r).id);
    }

    void rolesMatchTheSceneListModel()
    {
        SceneListModel list(m_fixture->catalog(), m_fixture->dir(), QSize(96, 54));
        QVERIFY(list.setStoryboard(m_document->id()));
        QCOMPARE(m_model->roleNames(), list.roleNames());
        for (int role : {int(Qt::DisplayRole), int(SceneListModel::IdRole), int(SceneListModel::CaptionRole),
                         int(SceneListModel::PositionRole), int(SceneListModel::DurationMsRole),
                         int(Qt::ToolTipRole), int(Qt::AccessibleTextRole)})
            QCOMPARE(m_model->index(2).data(role), list.index(2).data(role));
        QVERIFY(!m_model->index(2).data(Qt::DecorationRole).value<QImage>().isNull());
    }

    void imageDroppedOntoASceneBecomesItsImage()
    {
        const QString png = image(QStringLiteral("harbour.png"));
        QVERIFY(!png.isEmpty());
        const std::unique_ptr<QMimeData> mime = urls({png});
        QVERIFY(m_model->dropMimeData(mime.get(), Qt::CopyAction, -1, -1, m_model->index(2)));
        QCOMPARE(m_model->rowCount(), 5);
        const QString stored = m_model->index(2).data(SceneEditModel::ImagePathRole).toString();
        QVERIFY2(stored.startsWith(QStringLiteral("media/")), qPrintable(stored));
        QVERIFY(QFile::exists(QDir(m_fixture->dir()).filePath(stored)));
        QCOMPARE(StoryboardStore(m_fixture->catalog()).scenes(m_document->id()).value().at(2).imagePath,
                 stored);
        const QImage decoration = m_model->index(2).data(Qt::DecorationRole).value<QImage>();
        QCOMPARE(decoration.pixelColor(decoration.width() / 2, decoration.height() / 2),
                 QColor(Qt::darkCyan));
        m_document->undoStack()->undo();
        QVERIFY(m_model->index(2).data(SceneEditModel::ImagePathRole).toString().isEmpty());
    }

    void imagesDroppedBetweenScenesBecomeScenes()
    {
        const std::unique_ptr<QMimeData> between =
            urls({image(QStringLiteral("sunset_over-the-bay.png")), image(QStringLiteral("pier.jpg"))});
        QVERIFY(m_model->dropMimeData(between.get(), Qt::CopyAction, 1, 0, {}));
        QCOMPARE(order(), QStringLiteral("a,sunset over the bay,pier,b,c,d,e"));
        QVERIFY(!m_model->index(2).data(SceneEditModel::ImagePathRole).toString().isEmpty());
        const std::unique_ptr<QMimeData> onEmptyArea = urls({image(QStringLiteral("last.png"))});
        QVERIFY(m_model->dropMimeData(onEmptyArea.get(), Qt::CopyAction, -1, -1, {}));
        QCOMPARE(order(), QStringLiteral("a,sunset over the bay,pier,b,c,d,e,last"));
        QCOMPARE(storedOrder(), order());
        QCOMPARE(m_document->undoStack()->count(), 2);
    }

    void nonImagesAreRefused()
    {
        const QString text = m_files.filePath(QStringLiteral("notes.png"));  // the name lies
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not an image at all");
        file.close();
        QSignalSpy refused(m_model.get(), &SceneEditModel::dropRefused);
        const std::unique_ptr<QMimeData> onScene = urls({text});
        QVERIFY(!m_model->dropMimeData(onScene.get(), Qt::CopyAction, -1, -1, m_model->index(0)));
        QCOMPARE(refused.size(), 1);
        QVERIFY2(refused.at(0).at(0).toString().contains(QStringLiteral("notes.png is not an image")),
                 qPrintable(refused.at(0).at(0).toString()));
        QCOMPARE(m_document->undoStack()->count(), 0);
        QVERIFY(m_model->index(0).data(SceneEditModel::ImagePathRole).toString().isEmpty());
        QVERIFY(!QDir(m_fixture->dir()).exists(QStringLiteral("media")));

        // Mixed: the images are used, the rest named.
        const std::unique_ptr<QMimeData> mixed = urls({text, image(QStringLiteral("ok.png"))});
        QVERIFY(m_model->dropMimeData(mixed.get(), Qt::CopyAction, 0, 0, {}));
        QCOMPARE(refused.size(), 2);
        QCOMPARE(order(), QStringLiteral("ok,a,b,c,d,e"));
    }
};

QTEST_MAIN(TestSceneEditModel)
#include "tst_sceneeditmodel.moc"
