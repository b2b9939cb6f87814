#include "accountservice.h"
#include "cloudobjectstore.h"
#include "cloudservice.h"
#include "generationservice.h"
#include "jobqueue.h"
#include "jobstore.h"
#include "libraryservice.h"
#include "lookstore.h"
#include "mainwindow.h"
#include "mediafixtures.h"
#include "mediaimport.h"
#include "memorycredentialstore.h"
#include "providerhub.h"
#include "storagestore.h"
#include "storyboardstore.h"
#include "studio.h"
#include "studioservices.h"
#include "testcatalog.h"
#include "videostore.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace storyreel;

// The studio from the keyboard alone, in a real X display: after show(), every step is a key pressed on
// the widget that has the keyboard (QTest::keyClick on the focused widget or the open menu), never a
// mouse click or a direct call into the window. It switches to each workspace by its key, tabs into the
// workspace's list, moves with the arrows, activates with Enter, and opens every dialog the menus and
// the workspaces offer, each time checking that the dialog has the keyboard, that Escape closes it and
// that the keyboard is back where it was in the window. Xvfb runs no window manager: where a real one
// would activate a newly shown window (a non-modal dialog, the window after its dialog), the test does.
class TestKeyboard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_data;
    QTemporaryDir m_config;
    QTemporaryDir m_files;
    std::unique_ptr<Studio> m_studio;
    std::unique_ptr<test::StudioServices> m_services;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    RowId m_sampleBoard = 0;
    QString m_renderTitle;
    QStringList m_activatedForTheTest;  // windows a window manager would have activated

    static QWidget *keyboardTarget()
    {
        if (QWidget *popup = QApplication::activePopupWidget())
            return popup;
        if (QWidget *focus = QApplication::focusWidget())
            return focus;
        return QApplication::activeWindow();
    }

    static QString describe(const QWidget *widget)
    {
        if (!widget)
            return QStringLiteral("(nothing)");
        return QStringLiteral("%1 \"%2\"")
            .arg(QString::fromLatin1(widget->metaObject()->className()),
                 widget->objectName().isEmpty() ? widget->accessibleName() : widget->objectName());
    }

    // A key pressed where the keyboard is.
    static void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *target = keyboardTarget();
        QVERIFY2(target, "no widget has the keyboard");
        QTest::keyClick(target, key, modifiers);
    }

    // Tab until `target` has the keyboard.
    static bool tabTo(QWidget *target, QString *visited, int limit = 60)
    {
        for (int step = 0; step < limit; ++step) {
            if (QApplication::focusWidget() == target)
                return true;
            visited->append(describe(QApplication::focusWidget()) + QStringLiteral(" → "));
            QTest::keyClick(keyboardTarget(), Qt::Key_Tab);
        }
        return QApplication::focusWidget() == target;
    }

    static bool holdsFocus(QWidget *window)
    {
        QWidget *focus = QApplication::focusWidget();
        return focus && (focus == window || window->isAncestorOf(focus));
    }

    static QList<QWidget *> visibleWindows()
    {
        QList<QWidget *> windows;
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (widget->isVisible() && widget->isWindow() && widget->windowType() != Qt::Popup &&
                widget->windowType() != Qt::ToolTip)
                windows.append(widget);
        }
        return windows;
    }

    static QDialog *newDialog(const QList<QWidget *> &before)
    {
        for (QWidget *widget : visibleWindows()) {
            if (auto *dialog = qobject_cast<QDialog *>(widget); dialog && !before.contains(widget))
                return dialog;
        }
        return nullptr;
    }

    // Where a window manager would give a newly shown window the keyboard, Xvfb leaves it to us.
    void activateAsAWindowManagerWould(QWidget *window, const QString &what)
    {
        if (QTest::qWaitFor([window] { return QApplication::activeWindow() == window; }, 500))
            return;
        m_activatedForTheTest.append(what);
        window->activateWindow();
        // The caller's focus checks say what went wrong; this only says it did not take.
        if (!QTest::qWaitForWindowActive(window))
            qWarning("%s did not become the active window", qPrintable(what));
    }

    // Presses the keys that open a dialog, then checks it: shown with the keyboard inside, Escape
    // closes it, the keyboard is back on the widget it was on in the window.
    void checkDialog(const QString &what, const std::function<void()> &open, const char *className = nullptr)
    {
        QWidget *before = QApplication::focusWidget();
        QVERIFY2(holdsFocus(m_window.get()),
                 qPrintable(what + QStringLiteral(": the window lost the keyboard: ") + describe(before)));
        const QList<QWidget *> windowsBefore = visibleWindows();
        open();
        if (QTest::currentTestFailed())
            return;
        QDialog *found = nullptr;
        QVERIFY2(QTest::qWaitFor([&] { return (found = newDialog(windowsBefore)) != nullptr; }, 5000),
                 qPrintable(what + QStringLiteral(": no dialog opened")));
        QPointer<QDialog> dialog(found);
        if (className)
            QVERIFY2(dialog->inherits(className), qPrintable(what + QStringLiteral(": ") + describe(dialog)));
        activateAsAWindowManagerWould(dialog, what);
        QVERIFY2(QTest::qWaitFor([&] { return dialog && holdsFocus(dialog); }, 3000),
                 qPrintable(what + QStringLiteral(": the keyboard is on ") +
                            describe(QApplication::focusWidget())));
        qInfo("%s: %s, keyboard on %s", qPrintable(what), qPrintable(describe(dialog)),
              qPrintable(describe(QApplication::focusWidget())));
        press(Qt::Key_Escape);
        QVERIFY2(QTest::qWaitFor([&] { return !dialog || !dialog->isVisible(); }, 3000),
                 qPrintable(what + QStringLiteral(": Escape did not close it")));
        activateAsAWindowManagerWould(m_window.get(), what + QStringLiteral(" (closed)"));
        QVERIFY2(QTest::qWaitFor([&] { return QApplication::focusWidget() == before; }, 3000),
                 qPrintable(what + QStringLiteral(": the keyboard went to ") +
                            describe(QApplication::focusWidget()) + QStringLiteral(", not back to ") +
                            describe(before)));
    }

    // The same for a dialog that runs its own event loop (exec): the checks run inside that loop.
    void checkModalLoopDialog(const QString &what, const std::function<void()> &open)
    {
        QWidget *before = QApplication::focusWidget();
        const QList<QWidget *> windowsBefore = visibleWindows();
        QString problem = QStringLiteral("no dialog opened");
        QString seen;
        QTimer poll;
        poll.setInterval(50);
        int ticks = 0;
        connect(&poll, &QTimer::timeout, this, [&] {
            QDialog *dialog = newDialog(windowsBefore);
            if (!dialog) {
                if (++ticks > 100)
                    poll.stop();
                return;
            }
            if (QApplication::activeWindow() != dialog || !holdsFocus(dialog)) {
                if (++ticks > 100) {
                    problem = QStringLiteral("the keyboard is on ") + describe(QApplication::focusWidget());
                    poll.stop();
                    dialog->reject();
                }
                return;
            }
            poll.stop();
            problem.clear();
            seen =
                describe(dialog) + QStringLiteral(", keyboard on ") + describe(QApplication::focusWidget());
            press(Qt::Key_Escape);
        });
        poll.start();
        open();  // returns when the dialog's loop has ended
        poll.stop();
        QVERIFY2(problem.isEmpty(), qPrintable(what + QStringLiteral(": ") + problem));
        qInfo("%s: %s", qPrintable(what), qPrintable(seen));
        QVERIFY2(newDialog(windowsBefore) == nullptr, qPrintable(what + QStringLiteral(": still open")));
        activateAsAWindowManagerWould(m_window.get(), what + QStringLiteral(" (closed)"));
        QVERIFY2(QTest::qWaitFor([&] { return QApplication::focusWidget() == before; }, 3000),
                 qPrintable(what + QStringLiteral(": the keyboard went to ") +
                            describe(QApplication::focusWidget())));
    }

    // Alt+<menu mnemonic>, then the entry's mnemonic in the open menu.
    void throughMenu(Qt::Key menu, Qt::Key entry)
    {
        press(menu, Qt::AltModifier);
        QVERIFY2(
            QTest::qWaitFor([] { return qobject_cast<QMenu *>(QApplication::activePopupWidget()); }, 2000),
            "the menu did not open");
        press(entry);
    }

    template <typename T>
    T *child(const char *name) const
    {
        return m_window->findChild<T *>(QString::fromLatin1(name));
    }

    void tabInto(QWidget *target)
    {
        QVERIFY2(target && target->isVisible(), qPrintable(describe(target)));
        QString visited;
        QVERIFY2(tabTo(target, &visited), qPrintable(QStringLiteral("Tab never reached ") + describe(target) +
                                                     QStringLiteral(": ") + visited));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QGuiApplication::platformName() != QLatin1String("offscreen") ||
                     qEnvironmentVariableIsSet("DISPLAY"),
                 "GUI tests run in a real X display");
        // Qt's own file dialog: a platform's native one is not a widget the test can see.
        QApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
        Result<std::unique_ptr<Studio>> studio = Studio::open(DataLocation(m_data.path()));
        QVERIFY2(studio.ok(), qPrintable(studio.error()));
        m_studio = std::move(studio).value();
        Catalog &catalog = m_studio->catalog();
        // A second storyboard, so the arrows have somewhere to go; the sample, newer, opens first.
        Storyboard other;
        other.title = QStringLiteral("Evening Walk");
        QVERIFY(StoryboardStore(catalog).create(other).ok());
        QVERIFY(m_studio->ensureSampleProject().value());

        // Two videos on every sample look, one of them in a configured cloud storage (Share needs it).
        QString error;
        const QString first = test::makeClip(m_files.path(), QStringLiteral("walk one.mp4"), {}, &error);
        QVERIFY2(!first.isEmpty(), qPrintable(error));
        test::ClipSpec small;
        small.width = 320;
        small.height = 180;
        const QString second = test::makeClip(m_files.path(), QStringLiteral("walk two.mp4"), small, &error);
        QVERIFY2(!second.isEmpty(), qPrintable(error));
        QList<RowId> videos;
        for (const QString &clip : {first, second}) {
            Result<RowId> id = importMediaFile(catalog, m_studio->media(), clip);
            QVERIFY2(id.ok(), qPrintable(id.error()));
            videos.append(*id);
        }
        const QList<Look> looks = LookStore(catalog).list().value();
        QVERIFY(!looks.isEmpty());
        for (const Look &look : looks) {
            for (RowId video : videos)
                QVERIFY(VideoStore(catalog).linkToLook(look.id, video).ok());
        }
        StorageAccount storage;
        storage.name = QStringLiteral("Test bucket");
        storage.endpoint = QStringLiteral("http://127.0.0.1:9");
        storage.bucket = QStringLiteral("studio");
        Result<RowId> storageId = StorageStore(catalog).add(storage);
        QVERIFY2(storageId.ok(), qPrintable(storageId.error()));
        CloudObject object;
        object.storageId = *storageId;
        object.key = QStringLiteral("videos/walk one.mp4");
        object.videoId = videos.first();
        object.state = CloudObject::State::Stored;
        QVERIFY(CloudObjectStore(catalog).upsert(object).ok());

        // A finished render of the sample storyboard: a version to play, and a job to look at.
        const QList<Storyboard> boards = StoryboardStore(catalog).list().value();
        QCOMPARE(boards.size(), 2);
        QCOMPARE(boards.first().title, QStringLiteral("Morning Ritual (sample)"));
        m_sampleBoard = boards.first().id;
        Job render;
        render.kind = JobKind::Render;
        render.status = JobStatus::Succeeded;
        m_renderTitle = QStringLiteral("Render %1").arg(boards.first().title);
        render.title = m_renderTitle;
        render.params.insert(QStringLiteral("storyboardId"), m_sampleBoard);
        render.params.insert(QStringLiteral("version"), 1);
        render.outputPath = test::makeClip(m_files.path(), QStringLiteral("morning-v1.mp4"), small, &error);
        QVERIFY2(!render.outputPath.isEmpty(), qPrintable(error));
        render.progress = 1.0;
        render.finishedAt = QDateTime::currentDateTimeUtc();
        Result<RowId> job = JobStore(catalog).create(render);
        QVERIFY2(job.ok(), qPrintable(job.error()));

        m_services = std::make_unique<test::StudioServices>(*m_studio);

        m_settings = std::make_unique<QSettings>(m_config.filePath(QStringLiteral("storyreel.ini")),
                                                 QSettings::IniFormat);
        m_window = std::make_unique<MainWindow>(*m_studio, *m_settings, m_services->queue.get());
        m_services->attachTo(*m_window);
        m_window->show();
        // From here on, keys only.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY2(QTest::qWaitFor([] { return QApplication::focusWidget() != nullptr; }, 2000),
                 "nothing in the window has the keyboard");
    }

    void cleanupTestCase()
    {
        if (!m_activatedForTheTest.isEmpty())
            qInfo("activated as a window manager would: %s", qPrintable(m_activatedForTheTest.join(u',')));
        m_window.reset();
        m_services.reset();
    }

    void menuMnemonicsAreUnique()
    {
        QStringList problems;
        std::function<void(const QString &, const QList<QAction *> &)> check =
            [&](const QString &where, const QList<QAction *> &actions) {
                QHash<QChar, QString> taken;
                for (QAction *action : actions) {
                    if (action->isSeparator() || !action->isVisible())
                        continue;
                    const QString text = action->text();
                    const QKeySequence mnemonic = QKeySequence::mnemonic(text);
                    if (mnemonic.isEmpty()) {
                        qInfo("%s › %s has no mnemonic", qPrintable(where), qPrintable(text));
                    } else {
                        const QChar letter = QChar(mnemonic[0].key()).toLower();
                        if (taken.contains(letter))
                            problems.append(QStringLiteral("%1: %2 and %3 share Alt+%4")
                                                .arg(where, taken.value(letter), text, letter));
                        taken.insert(letter, text);
                    }
                    if (QMenu *menu = action->menu())
                        check(where + QStringLiteral(" › ") + text, menu->actions());
                }
            };
        const QList<QAction *> menus = m_window->menuBar()->actions();
        QVERIFY(menus.size() >= 6);
        check(QStringLiteral("menu bar"), menus);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void switchesWorkspacesByTheirKeys()
    {
        const struct
        {
            Qt::Key key;
            int workspace;
        } steps[] = {{Qt::Key_2, MainWindow::Library},
                     {Qt::Key_3, MainWindow::Jobs},
                     {Qt::Key_1, MainWindow::Storyboards}};
        for (const auto &step : steps) {
            press(step.key, Qt::ControlModifier);
            QCOMPARE(m_window->workspace(), step.workspace);
        }
    }

    void walksTheStoryboards()
    {
        press(Qt::Key_1, Qt::ControlModifier);
        auto *list = child<QWidget>("storyboardList");
        tabInto(list);
        // The arrows move between the two storyboards; the editor follows.
        auto *title = child<QLabel>("storyboardTitle");
        const QString sample = QStringLiteral("Morning Ritual (sample)");
        press(Qt::Key_Home);
        const QString first = title->text();
        press(Qt::Key_Down);
        const QString second = title->text();
        QCOMPARE(QSet<QString>({first, second}), QSet<QString>({sample, QStringLiteral("Evening Walk")}));
        press(Qt::Key_Up);
        QCOMPARE(title->text(), first);
        if (first != sample)
            press(Qt::Key_Down);
        QCOMPARE(title->text(), sample);
        // Enter opens the storyboard: its scenes are there to go to.
        press(Qt::Key_Return);
        auto *scenes = child<QWidget>("sceneGrid");
        QVERIFY(scenes->isVisible());
        if (QApplication::focusWidget() != scenes)
            tabInto(scenes);
        press(Qt::Key_Right);
        press(Qt::Key_Left);
        checkDialog(
            QStringLiteral("Refine"), [] { press(Qt::Key_R, Qt::ControlModifier); },
            "storyreel::RefineDialog");

        // The render's versions: Enter plays the selected one, and so does Play (Space on it).
        tabInto(child<QWidget>("versionList"));
        press(Qt::Key_Home);
        checkDialog(
            QStringLiteral("Player (Enter)"), [] { press(Qt::Key_Return); }, "storyreel::PlayerDialog");
        tabInto(child<QWidget>("playVersion"));
        checkDialog(
            QStringLiteral("Player (Play)"), [] { press(Qt::Key_Space); }, "storyreel::PlayerDialog");
    }

    void walksTheLibrary()
    {
        press(Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(m_window->workspace(), int(MainWindow::Library));
        auto *grid = child<QWidget>("lookGrid");
        tabInto(grid);
        auto *lookTitle = child<QLabel>("lookTitle");
        press(Qt::Key_Right);
        press(Qt::Key_Left);
        QVERIFY(!lookTitle->text().isEmpty());
        const QString firstLook = lookTitle->text();
        press(Qt::Key_Right);
        QVERIFY(lookTitle->text() != firstLook);
        press(Qt::Key_Left);
        QCOMPARE(lookTitle->text(), firstLook);

        auto *videos = child<QWidget>("lookVideoList");
        tabInto(videos);
        press(Qt::Key_Home);
        checkDialog(
            QStringLiteral("Review (Enter)"), [] { press(Qt::Key_Return); }, "storyreel::ReviewDialog");
        checkDialog(
            QStringLiteral("Copy Share Link"),
            [] { press(Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier); }, "storyreel::ShareLinkDialog");
        press(Qt::Key_Down, Qt::ShiftModifier);  // both videos
        checkDialog(
            QStringLiteral("Compare"), [] { press(Qt::Key_K, Qt::ControlModifier); },
            "storyreel::CompareDialog");
        checkDialog(
            QStringLiteral("Generate for the look"),
            [] { press(Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier); },
            "storyreel::GenerateForLookDialog");
        checkDialog(
            QStringLiteral("Link Video"), [] { press(Qt::Key_L, Qt::ControlModifier); },
            "storyreel::VideoPickerDialog");
    }

    void walksTheJobs()
    {
        press(Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(m_window->workspace(), int(MainWindow::Jobs));
        auto *table = child<QWidget>("jobTable");
        tabInto(table);
        press(Qt::Key_Home);
        press(Qt::Key_Down);
        press(Qt::Key_Up);
        press(Qt::Key_Return);
        auto *title = child<QLabel>("jobDetailsTitle");
        QVERIFY(title->isVisible());
        QVERIFY2(title->text().contains(m_renderTitle), qPrintable(title->text()));
    }

    void opensEveryMenuDialog()
    {
        press(Qt::Key_1, Qt::ControlModifier);
        tabInto(child<QWidget>("storyboardList"));
        checkDialog(
            QStringLiteral("New Video (Ctrl+Shift+N)"),
            [] { press(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier); }, "storyreel::NewVideoDialog");
        checkDialog(
            QStringLiteral("File › New Explainer"), [this] { throughMenu(Qt::Key_F, Qt::Key_E); },
            "storyreel::NewExplainerDialog");
        checkDialog(
            QStringLiteral("File › New Storyboard"), [this] { throughMenu(Qt::Key_F, Qt::Key_B); },
            "storyreel::NewStoryboardDialog");
        checkDialog(
            QStringLiteral("File › New Storyboard from Script"),
            [this] { throughMenu(Qt::Key_F, Qt::Key_S); }, "storyreel::ScriptDialog");
        checkDialog(
            QStringLiteral("Open Storyboard File (Ctrl+O)"), [] { press(Qt::Key_O, Qt::ControlModifier); },
            "QFileDialog");
        checkDialog(
            QStringLiteral("File › Save Storyboard As"), [this] { throughMenu(Qt::Key_F, Qt::Key_A); },
            "QFileDialog");
        // Import Media shows the Library: asked from there, the keyboard stays where it is.
        press(Qt::Key_2, Qt::ControlModifier);
        tabInto(child<QWidget>("lookGrid"));
        checkModalLoopDialog(QStringLiteral("Import Media (Ctrl+I)"),
                             [] { press(Qt::Key_I, Qt::ControlModifier); });
        press(Qt::Key_1, Qt::ControlModifier);
        tabInto(child<QWidget>("storyboardList"));
        checkDialog(
            QStringLiteral("Settings › Accounts"), [this] { throughMenu(Qt::Key_S, Qt::Key_A); },
            "storyreel::AccountsDialog");
        checkDialog(
            QStringLiteral("Settings › Cloud Storage"), [this] { throughMenu(Qt::Key_S, Qt::Key_S); },
            "storyreel::StoragesDialog");
        checkDialog(
            QStringLiteral("Keyboard Shortcuts (Ctrl+/)"), [] { press(Qt::Key_Slash, Qt::ControlModifier); },
            "storyreel::ShortcutsDialog");
        checkDialog(
            QStringLiteral("Help › Keyboard Shortcuts"), [this] { throughMenu(Qt::Key_H, Qt::Key_K); },
            "storyreel::ShortcutsDialog");
        if (m_window->findChild<QAction *>(QStringLiteral("showWelcome")))
            checkDialog(QStringLiteral("Help › Welcome"), [this] { throughMenu(Qt::Key_H, Qt::Key_W); });
        checkModalLoopDialog(QStringLiteral("Help › About"), [this] { throughMenu(Qt::Key_H, Qt::Key_A); });
        checkModalLoopDialog(QStringLiteral("Help › About Qt"),
                             [this] { throughMenu(Qt::Key_H, Qt::Key_Q); });
    }
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
