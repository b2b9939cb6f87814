#include "jobqueue.h"
#include "mainwindow.h"
#include "sceneeditmodel.h"
#include "storyboarddocument.h"
#include "storyboardlistmodel.h"
#include "storyboards/refinedialog.h"
#include "storyboards/sceneeditor.h"
#include "storyboards/sceneform.h"
#include "storyboards/sceneview.h"
#include "storyboards/storyboardlistpane.h"
#include "storyboardstore.h"
#include "studio.h"
#include "testcatalog.h"
#include "translations.h"
#include "workspaces/storyboardsworkspace.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoGroup>
#include <QUndoStack>
#include <QUrl>

using namespace storyreel;

// The storyboard editor in the real main window under Xvfb: a scene dragged with QTest mouse events
// (a real QDrag: the mouse moves and the release are sent from a timer that fires inside QDrag::exec's
// own loop, where QBasicDrag filters the application's mouse events and xcb delivers the drop to our
// window), Alt+Down, undo through the Edit menu, approval reset, the refinement limit, batch
// duration, the storyboard list, .storyreel files, and screenshots of the grid and list views. Drops
// that come from outside the app (files from a file manager) cannot be a QDrag of ours: those are
// sent as QDragEnterEvent + QDropEvent to the viewport, as the platform delivers them.
class TestStoryboardEditor : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_data;
    std::unique_ptr<QTemporaryDir> m_config;
    std::unique_ptr<Studio> m_studio;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;

    StoryboardsWorkspace *workspace() const { return m_window->storyboardsWorkspace(); }
    SceneEditor *editor() const { return workspace()->editor(); }
    StoryboardDocument *document() const { return editor()->document(); }
    SceneView *view() const { return editor()->view(); }
    QAction *action(const char *name) const
    {
        auto *found = m_window->findChild<QAction *>(QString::fromLatin1(name));
        if (!found)
            qFatal("no action %s", name);
        return found;
    }

    QStringList descriptions() const
    {
        QStringList out;
        for (const Scene &scene : document()->scenes())
            out << scene.description;
        return out;
    }
    // What the catalog holds, read with a fresh store: the editor saved it, not just showed it.
    QStringList catalogDescriptions() const
    {
        QStringList out;
        Result<Storyboard> board = StoryboardStore(m_studio->catalog()).load(document()->id());
        if (board)
            for (const Scene &scene : board->scenes)
                out << scene.description;
        return out;
    }
    static QStringList reordered(const QStringList &list, const QList<int> &order)
    {
        QStringList out;
        for (int index : order)
            out << list.at(index);
        return out;
    }
    void saveScreenshot(const QString &name)
    {
        QTest::qWait(250);  // item views lay out on a timer
        const QString path = QDir(test::artifactsDir()).filePath(name);
        QVERIFY2(m_window->grab().save(path), qPrintable(path));
        qInfo("screenshot: %s", qPrintable(path));
    }
    QPoint cardPoint(int row, double xFraction) const
    {
        const QRect rect = view()->visualRect(view()->model()->index(row, 0));
        return {rect.left() + int(rect.width() * xFraction), rect.center().y()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QGuiApplication::platformName() != QLatin1String("offscreen") ||
                     qEnvironmentVariableIsSet("DISPLAY"),
                 "GUI tests run in a real X display");
        installTranslations(*qApp);
    }

    void init()
    {
        m_data = std::make_unique<QTemporaryDir>();
        m_config = std::make_unique<QTemporaryDir>();
        Result<std::unique_ptr<Studio>> studio = Studio::open(DataLocation(m_data->path()));
        QVERIFY2(studio.ok(), qPrintable(studio.error()));
        m_studio = std::move(studio).value();
        QVERIFY(m_studio->ensureSampleProject().value());
        m_settings = std::make_unique<QSettings>(m_config->filePath(QStringLiteral("storyreel.ini")),
                                                 QSettings::IniFormat);
        m_window = std::make_unique<MainWindow>(*m_studio, *m_settings);
        m_window->move(0, 0);
        m_window->resize(1500, 940);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();  // no window manager under Xvfb: shortcuts need an active window
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->setWorkspace(MainWindow::Storyboards);
        QVERIFY(editor()->isVisible());
        QCOMPARE(document()->sceneCount(), 5);
        QCOMPARE(m_window->undoGroup()->activeStack(), document()->undoStack());
        QTest::qWait(200);
    }

    void cleanup()
    {
        m_window.reset();
        m_settings.reset();
        m_studio.reset();
    }

    void dragMovesASceneAndUndoRestoresIt()
    {
        const QStringList original = descriptions();
        QCOMPARE(catalogDescriptions(), original);
        QWidget *viewport = view()->viewport();
        const QPoint from = cardPoint(0, 0.5);
        const QPoint to = cardPoint(2, 0.85);  // the right half of scene 3: after it
        // QAbstractItemView starts the drag from a mouse move; QDrag::exec then runs its own loop
        // (QBasicDrag filters the application's mouse events). The moves and the release are sent
        // from inside that loop, by a timer started before the drag.
        bool released = false;
        QTimer::singleShot(100, viewport, [&] {
            for (int step = 1; step <= 8; ++step)
                QTest::mouseMove(viewport, from + (to - from) * step / 8);
            QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
            released = true;
        });
        QTimer::singleShot(5000, viewport, [&] {  // never hang: Escape cancels a stuck drag
            if (!released)
                QTest::keyClick(viewport, Qt::Key_Escape);
        });
        QTest::mousePress(viewport, Qt::LeftButton, {}, from);
        QTest::mouseMove(viewport, from + QPoint(6, 0));
        QTest::mouseMove(viewport, from + QPoint(40, 4));
        QTRY_VERIFY(released);
        const QStringList moved = reordered(original, {1, 2, 0, 3, 4});
        QTRY_COMPARE(descriptions(), moved);
        QCOMPARE(catalogDescriptions(), moved);
        QCOMPARE(document()->sceneCount(), 5);  // moved once, not removed again by the view
        QCOMPARE(editor()->currentRow(), 2);    // the moved scene stays selected

        action("editUndo")->trigger();
        QCOMPARE(descriptions(), original);
        QCOMPARE(catalogDescriptions(), original);
        action("editRedo")->trigger();
        QCOMPARE(catalogDescriptions(), moved);
    }

    void dropAtTheEndAndRefusedFiles()
    {
        // The drop as a drag delivers it (the model's own mime data), onto the empty space after the
        // last card: the scene goes to the end.
        const QStringList original = descriptions();
        QWidget *viewport = view()->viewport();
        std::unique_ptr<QMimeData> mime(view()->model()->mimeData({view()->model()->index(1, 0)}));
        const QPoint end(viewport->width() - 5, viewport->height() - 5);
        QVERIFY(!view()->indexAt(end).isValid());
        QDragEnterEvent enter(end, Qt::CopyAction | Qt::MoveAction, mime.get(), Qt::LeftButton, {});
        QApplication::sendEvent(viewport, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(end, Qt::CopyAction | Qt::MoveAction, mime.get(), Qt::LeftButton, {});
        drop.setDropAction(Qt::MoveAction);
        QApplication::sendEvent(viewport, &drop);
        QCOMPARE(catalogDescriptions(), reordered(original, {0, 2, 3, 4, 1}));

        // A text file dropped from a file manager is refused, and the banner says why.
        QTemporaryDir files;
        const QString text = files.filePath(QStringLiteral("notes.txt"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not an image");
        file.close();
        QMimeData urls;
        urls.setUrls({QUrl::fromLocalFile(text)});
        QDragEnterEvent fileEnter(end, Qt::CopyAction, &urls, Qt::LeftButton, {});
        QApplication::sendEvent(viewport, &fileEnter);
        QVERIFY(fileEnter.isAccepted());  // the view cannot know yet; the model decides on the drop
        QDropEvent refused(end, Qt::CopyAction, &urls, Qt::LeftButton, {});
        QApplication::sendEvent(viewport, &refused);
        QCOMPARE(document()->sceneCount(), 5);
        QVERIFY2(!editor()->bannerText().isEmpty(), "a refused drop is explained");
        qInfo("refusal: %s", qPrintable(editor()->bannerText()));
    }

    void imageFilesDroppedOnASceneAndOnTheBoard()
    {
        QTemporaryDir files;
        const QString png = files.filePath(QStringLiteral("harbour.png"));
        QImage image(320, 180, QImage::Format_RGB32);
        image.fill(QColor(20, 120, 200));
        QVERIFY(image.save(png));
        QMimeData urls;
        urls.setUrls({QUrl::fromLocalFile(png)});
        QWidget *viewport = view()->viewport();
        const auto dropAt = [&](QPoint at) {
            QDragEnterEvent enter(at, Qt::CopyAction, &urls, Qt::LeftButton, {});
            QApplication::sendEvent(viewport, &enter);
            QDropEvent drop(at, Qt::CopyAction, &urls, Qt::LeftButton, {});
            QApplication::sendEvent(viewport, &drop);
            return drop.isAccepted();
        };
        const QString before = document()->scenes().at(2).imagePath;
        QVERIFY(dropAt(cardPoint(2, 0.5)));  // onto scene 3: its image
        QCOMPARE(document()->sceneCount(), 5);
        QVERIFY(document()->scenes().at(2).imagePath != before);
        QVERIFY(!document()->scenes().at(2).imagePath.isEmpty());
        QVERIFY(dropAt(QPoint(viewport->width() - 5, viewport->height() - 5)));  // the board: a new scene
        QCOMPARE(document()->sceneCount(), 6);
        QVERIFY(!document()->scenes().at(5).imagePath.isEmpty());
        action("editUndo")->trigger();
        action("editUndo")->trigger();
        QCOMPARE(document()->sceneCount(), 5);
        QCOMPARE(document()->scenes().at(2).imagePath, before);
    }

    void saveAndOpenAStoryreelFile()
    {
        QTemporaryDir files;
        const QString path = files.filePath(QStringLiteral("morning.storyreel"));
        QVERIFY(workspace()->saveStoryboardFile(path));
        QVERIFY(QFileInfo::exists(path));
        const RowId opened = workspace()->openStoryboardFile(path);
        QVERIFY(opened > 0);
        QCOMPARE(document()->id(), opened);
        QCOMPARE(document()->sceneCount(), 5);
        QCOMPARE(workspace()->storyboardModel()->rowCount(), 2);

        const QString broken = files.filePath(QStringLiteral("broken.storyreel"));
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"storyreel\", \"version\": 1, \"storyboard\": [");
        file.close();
        QSignalSpy errors(workspace(), &StoryboardsWorkspace::errorOccurred);
        QCOMPARE(workspace()->openStoryboardFile(broken), RowId(0));
        QCOMPARE(errors.count(), 1);
        QVERIFY(errors.first().first().toString().contains(QStringLiteral("broken.storyreel")));
        QCOMPARE(workspace()->storyboardModel()->rowCount(), 2);  // nothing added
        QCOMPARE(document()->id(), opened);
    }

    void altDownMovesTheCurrentScene()
    {
        const QStringList original = descriptions();
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, cardPoint(1, 0.5));
        QCOMPARE(editor()->currentRow(), 1);
        view()->setFocus();
        QTest::keyClick(view(), Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(catalogDescriptions(), reordered(original, {0, 2, 1, 3, 4}));
        QCOMPARE(editor()->currentRow(), 2);
        QTest::keyClick(view(), Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(catalogDescriptions(), reordered(original, {0, 2, 3, 1, 4}));
        QTest::keyClick(view(), Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(catalogDescriptions(), reordered(original, {0, 2, 1, 3, 4}));
        // Ctrl+Z, the Edit menu's shortcut, three times: back to the start.
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(catalogDescriptions(), original);
    }

    void theDescriptionIsEditedOnTheCard_data()
    {
        QTest::addColumn<bool>("doubleClick");
        QTest::newRow("F2") << false;
        QTest::newRow("double-click") << true;
    }

    void theDescriptionIsEditedOnTheCard()
    {
        QFETCH(bool, doubleClick);
        const QStringList original = descriptions();
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, cardPoint(3, 0.5));
        QCOMPARE(editor()->currentRow(), 3);
        view()->setFocus();
        if (doubleClick)
            QTest::mouseDClick(view()->viewport(), Qt::LeftButton, {}, cardPoint(3, 0.5));
        else
            QTest::keyClick(view(), Qt::Key_F2);
        QLineEdit *inline_ = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((inline_ = view()->viewport()->findChild<QLineEdit *>()) != nullptr, 2000);
        QCOMPARE(inline_->text(), original.at(3));
        // On the card: inside its rectangle, below the picture (grid mode).
        const QRect card = view()->visualRect(view()->model()->index(3, 0));
        QVERIFY2(card.contains(inline_->geometry()), "the editor sits on the card");
        inline_->selectAll();
        QTest::keyClicks(inline_, QStringLiteral("A quiet sea at dusk"));
        QTest::keyClick(inline_, Qt::Key_Return);
        QTRY_COMPARE(catalogDescriptions().at(3), QStringLiteral("A quiet sea at dusk"));
        saveScreenshot(QStringLiteral("storyboard-inline-edit.png"));
        document()->undoStack()->undo();
        QCOMPARE(catalogDescriptions(), original);
    }

    void anEditResetsTheApprovalVisibly()
    {
        QLabel *badge = editor()->approvalBadge();
        QVERIFY(!document()->storyboard().approved);
        action("approveStoryboard")->trigger();
        QVERIFY(StoryboardStore(m_studio->catalog()).load(document()->id())->approved);
        QVERIFY2(badge->text().contains(QStringLiteral("Approved")), qPrintable(badge->text()));
        QVERIFY(!action("approveStoryboard")->isEnabled());
        saveScreenshot(QStringLiteral("storyboard-approved.png"));

        // Typing in the description (one merged undo command for the keystrokes).
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, cardPoint(0, 0.5));
        QPlainTextEdit *description = editor()->form()->descriptionEdit();
        description->setFocus();
        description->moveCursor(QTextCursor::End);
        const int before = document()->undoStack()->count();
        QTest::keyClicks(description, QStringLiteral(" at dawn"));
        // The keystrokes must be one undo step (StoryboardDocument merges them).
        QVERIFY(document()->scenes().at(0).description.endsWith(QStringLiteral(" at dawn")));
        QCOMPARE(document()->undoStack()->count(), before + 1);  // the keystrokes are one step
        QVERIFY(!StoryboardStore(m_studio->catalog()).load(document()->id())->approved);
        QCOMPARE(badge->text(), QStringLiteral("Edited since approval — approve again"));
        QVERIFY(action("approveStoryboard")->isEnabled());
        saveScreenshot(QStringLiteral("storyboard-approval-reset.png"));

        // A batch duration over three selected scenes: one command, resets the approval too.
        action("approveStoryboard")->trigger();
        QVERIFY(document()->storyboard().approved);
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, cardPoint(1, 0.5));
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, Qt::ShiftModifier, cardPoint(3, 0.5));
        QCOMPARE(editor()->selectedRows(), (QList<int>{1, 2, 3}));
        editor()->form()->durationEdit()->setValue(7.5);
        editor()->findChild<QPushButton *>(QStringLiteral("applyBatchDuration"))->click();
        for (int row : {1, 2, 3})
            QCOMPARE(document()->scenes().at(row).durationMs, 7500);
        QVERIFY(!document()->storyboard().approved);
        QVERIFY(badge->text().contains(QStringLiteral("approve again")));
        action("editUndo")->trigger();
        QVERIFY(document()->scenes().at(2).durationMs != 7500);
    }

    void refineCountsDownToTheLimit()
    {
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, cardPoint(0, 0.5));
        auto *count = editor()->findChild<QLabel *>(QStringLiteral("refinementCount"));
        QCOMPARE(count->text(), QStringLiteral("5 of 5 refinements left"));
        for (int i = 0; i < StoryboardDocument::kMaxRefinements; ++i) {
            RefineDialog *dialog = editor()->showRefine();
            QVERIFY(dialog);
            QVERIFY(dialog->countLabel()->text().startsWith(
                QStringLiteral("%1 of 5 refinements left").arg(5 - i)));
            dialog->findChild<QPlainTextEdit *>(QStringLiteral("refinePrompt"))
                ->setPlainText(QStringLiteral("A warmer light, take %1").arg(i + 1));
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            QVERIFY(ok->isEnabled());
            ok->click();
            QTRY_VERIFY(!dialog->isVisible());
        }
        QCOMPARE(document()->scenes().at(0).imagePrompt, QStringLiteral("A warmer light, take 5"));
        QCOMPARE(StoryboardStore(m_studio->catalog()).load(document()->id())->refinementCount, 5);
        QCOMPARE(count->text(), QStringLiteral("No refinements left"));
        RefineDialog *limit = editor()->showRefine();
        QVERIFY(limit->countLabel()->text().contains(QStringLiteral("Refinement limit reached")));
        QVERIFY(!limit->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        QTest::qWait(100);
        const QString path =
            QDir(test::artifactsDir()).filePath(QStringLiteral("storyboard-refine-limit.png"));
        QVERIFY(limit->grab().save(path));
        limit->close();
    }

    void gridAndListScreenshots()
    {
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, cardPoint(1, 0.5));
        QVERIFY(editor()->gridMode());
        saveScreenshot(QStringLiteral("storyboard-grid.png"));
        action("toggleListView")->trigger();
        QVERIFY(!editor()->gridMode());
        QCOMPARE(view()->viewMode(), QListView::ListMode);
        saveScreenshot(QStringLiteral("storyboard-list.png"));
        action("toggleListView")->trigger();
        QVERIFY(editor()->gridMode());
    }

    void theOutputPanelJoinsWithAJobQueue()
    {
        // With the scheduler (constructed, not started) the render/export panel sits under the cards.
        m_window.reset();
        JobQueue queue(m_studio->catalog(), 1);
        m_window = std::make_unique<MainWindow>(*m_studio, *m_settings, &queue);
        m_window->move(0, 0);
        m_window->resize(1500, 940);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->setWorkspace(MainWindow::Storyboards);
        QWidget *panel = editor()->findChild<QWidget *>(QStringLiteral("storyboardOutputPanel"));
        if (!panel) {
            const QList<QWidget *> all = editor()->findChildren<QWidget *>();
            for (QWidget *widget : all)
                if (QByteArray(widget->metaObject()->className()).endsWith("StoryboardOutputPanel"))
                    panel = widget;
        }
        QVERIFY2(panel && panel->isVisible(), "the output panel is in the editor");
        saveScreenshot(QStringLiteral("storyboard-editor-output.png"));
        m_window.reset();  // before the queue goes
    }

    void listPaneSearchDuplicateDeleteAndUndo()
    {
        StoryboardListPane *list = workspace()->listPane();
        const RowId sample = list->currentId();
        const RowId copy = list->duplicateCurrent();
        QVERIFY(copy > 0);
        QCOMPARE(list->model()->rowCount(), 2);
        QCOMPARE(document()->id(), copy);
        QCOMPARE(document()->storyboard().title, QStringLiteral("Morning Ritual (sample) (copy)"));

        QTest::keyClicks(list->searchField(), QStringLiteral("copy"));
        QCOMPARE(list->view()->model()->rowCount(), 1);
        list->searchField()->clear();

        QCOMPARE(list->deleteCurrent(), copy);
        QCOMPARE(list->model()->rowCount(), 1);
        QVERIFY(list->canUndoDelete());
        QVERIFY(m_window->findChild<QWidget *>(QStringLiteral("storyboardUndoBanner"))->isVisible());
        const RowId restored = list->undoDelete();
        QVERIFY(restored > 0);
        QCOMPARE(list->model()->rowCount(), 2);
        QCOMPARE(document()->id(), restored);
        QCOMPARE(document()->sceneCount(), 5);
        QCOMPARE(document()->storyboard().title, QStringLiteral("Morning Ritual (sample) (copy)"));

        // Rename through the title field: undoable like every edit.
        list->select(sample);
        editor()->startRename();
        auto *title = editor()->findChild<QLineEdit *>(QStringLiteral("storyboardTitleEdit"));
        QVERIFY(title->isVisible());
        title->setText(QStringLiteral("Morning Ritual, take two"));
        QTest::keyClick(title, Qt::Key_Return);
        QCOMPARE(StoryboardStore(m_studio->catalog()).load(sample)->title,
                 QStringLiteral("Morning Ritual, take two"));
        action("editUndo")->trigger();
        QCOMPARE(StoryboardStore(m_studio->catalog()).load(sample)->title,
                 QStringLiteral("Morning Ritual (sample)"));
    }

    void newFromScript()
    {
        const RowId id = workspace()->createFromScript(
            QStringLiteral("Harbour"),
            QStringLiteral("Dawn over the harbour. Boats wake.\n\nA gull lands on the "
                           "rail.\n\nThe market opens and the town fills with voices."));
        QVERIFY(id > 0);
        QCOMPARE(document()->id(), id);
        QCOMPARE(document()->sceneCount(), 3);
        QCOMPARE(document()->storyboard().title, QStringLiteral("Harbour"));
        QVERIFY(workspace()->createFromScript(QString(), QStringLiteral("   \n\n  ")) == 0);
    }
};

QTEST_MAIN(TestStoryboardEditor)
#include "tst_storyboardeditor.moc"
