#include "jobtablemodel.h"
#include "looklistmodel.h"
#include "mainwindow.h"
#include "scenelistmodel.h"
#include "storyboardlistmodel.h"
#include "studio.h"
#include "testcatalog.h"
#include "translations.h"
#include "workspaces/jobsworkspace.h"
#include "workspaces/libraryworkspace.h"
#include "workspaces/storyboardsworkspace.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QListView>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace storyreel;

// The studio's window in a real X display (xvfb-run under packaging/dev.sh test).
class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_data;
    QTemporaryDir m_config;
    std::unique_ptr<Studio> m_studio;

    std::unique_ptr<QSettings> settings() const
    {
        return std::make_unique<QSettings>(m_config.filePath(QStringLiteral("storyreel.ini")),
                                           QSettings::IniFormat);
    }

    static void saveScreenshot(QWidget &window, const QString &name)
    {
        QTest::qWait(250);  // item views lay out on a timer; grab what a person would see
        const QString path = QDir(test::artifactsDir()).filePath(name);
        QVERIFY2(window.grab().save(path), qPrintable(path));
        qInfo("screenshot: %s", qPrintable(path));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QGuiApplication::platformName() != QLatin1String("offscreen") ||
                     qEnvironmentVariableIsSet("DISPLAY"),
                 "GUI tests run in a real X display");
        installTranslations(*qApp);
        Result<std::unique_ptr<Studio>> studio = Studio::open(DataLocation(m_data.path()));
        QVERIFY2(studio.ok(), qPrintable(studio.error()));
        m_studio = std::move(studio).value();
        QVERIFY(m_studio->ensureSampleProject().value());
    }

    void eachWorkspaceShowsTheSampleData()
    {
        auto store = settings();
        MainWindow window(*m_studio, *store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        window.setWorkspace(MainWindow::Storyboards);
        StoryboardsWorkspace *boards = window.storyboardsWorkspace();
        QVERIFY(boards->isVisible());
        QCOMPARE(boards->storyboardModel()->rowCount(), 1);
        QCOMPARE(boards->storyboardModel()->index(0).data().toString(),
                 QStringLiteral("Morning Ritual (sample)"));
        QCOMPARE(boards->findChild<QLabel *>(QStringLiteral("storyboardTitle"))->text(),
                 QStringLiteral("Morning Ritual (sample)"));
        auto *sceneGrid = boards->findChild<QListView *>(QStringLiteral("sceneGrid"));
        QVERIFY(sceneGrid->isVisible());
        QCOMPARE(sceneGrid->model()->rowCount(), 5);
        QVERIFY(!qvariant_cast<QImage>(sceneGrid->model()->index(0, 0).data(Qt::DecorationRole)).isNull());
        QVERIFY(boards->findChild<QLabel *>(QStringLiteral("storyboardDetails"))
                    ->text()
                    .startsWith(QStringLiteral("5 scenes")));
        saveScreenshot(window, QStringLiteral("workspace-storyboards.png"));

        window.setWorkspace(MainWindow::Library);
        LibraryWorkspace *library = window.libraryWorkspace();
        QVERIFY(library->isVisible());
        QCOMPARE(library->lookModel()->rowCount(), 2);
        const QString firstTitle = library->lookModel()->index(0).data().toString();
        QCOMPARE(library->findChild<QLabel *>(QStringLiteral("lookTitle"))->text(), firstTitle);
        QVERIFY(library->findChild<QTreeWidget *>(QStringLiteral("productList"))->topLevelItemCount() >= 3);
        saveScreenshot(window, QStringLiteral("workspace-library.png"));

        window.setWorkspace(MainWindow::Jobs);
        QVERIFY(window.jobsWorkspace()->isVisible());
        QCOMPARE(window.jobsWorkspace()->jobModel()->rowCount(), 0);
        QVERIFY(window.jobsWorkspace()->findChild<QLabel *>(QStringLiteral("jobsEmpty"))->isVisible());
        saveScreenshot(window, QStringLiteral("workspace-jobs.png"));
    }

    void shortcutsSwitchWorkspaces()
    {
        auto store = settings();
        MainWindow window(*m_studio, *store);
        window.show();
        // Xvfb runs no window manager, so nothing activates a new window for us.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const struct
        {
            Qt::Key key;
            int workspace;
        } cases[] = {{Qt::Key_2, MainWindow::Library},
                     {Qt::Key_3, MainWindow::Jobs},
                     {Qt::Key_1, MainWindow::Storyboards}};
        for (const auto &entry : cases) {
            QTest::keyClick(&window, entry.key, Qt::ControlModifier);
            QCOMPARE(window.workspace(), entry.workspace);
        }
    }

    void geometryAndWorkspaceAreRestored()
    {
        {
            auto store = settings();
            MainWindow window(*m_studio, *store);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(1111, 777);
            window.setWorkspace(MainWindow::Library);
            QTest::qWait(50);
            window.close();
        }
        auto store = settings();
        MainWindow reopened(*m_studio, *store);
        QCOMPARE(reopened.workspace(), int(MainWindow::Library));
        reopened.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reopened));
        QCOMPARE(reopened.size(), QSize(1111, 777));
    }

    void themeFollowsTheChoice()
    {
        auto store = settings();
        store->setValue(QStringLiteral("appearance/theme"), QStringLiteral("dark"));
        MainWindow window(*m_studio, *store);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 100);
        window.setWorkspace(MainWindow::Storyboards);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        saveScreenshot(window, QStringLiteral("workspace-storyboards-dark.png"));
        store->setValue(QStringLiteral("appearance/theme"), QStringLiteral("light"));
        MainWindow light(*m_studio, *store);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 200);
    }

    void aboutNamesTheLibraryVersions()
    {
        auto store = settings();
        MainWindow window(*m_studio, *store);
        const QString about = window.aboutText();
        QVERIFY(about.contains(QStringLiteral("Qt ") + QString::fromLatin1(qVersion())));
        QVERIFY(about.contains(QStringLiteral("FFmpeg 5.")));
        QVERIFY(about.contains(QStringLiteral("SQLite 3.")));
    }

    void undoAndRedoAreInTheEditMenu()
    {
        auto store = settings();
        MainWindow window(*m_studio, *store);
        QStringList shortcuts;
        for (QAction *action : window.findChildren<QAction *>())
            shortcuts << action->shortcut().toString();
        QVERIFY(shortcuts.contains(QKeySequence(QKeySequence::Undo).toString()));
        QVERIFY(shortcuts.contains(QKeySequence(QKeySequence::Redo).toString()));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
