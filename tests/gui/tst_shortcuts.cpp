#include "library/lookdetailspane.h"
#include "mainwindow.h"
#include "player/playerwidget.h"
#include "shortcuts/keyrecorder.h"
#include "shortcuts/shortcutregistry.h"
#include "shortcuts/shortcutsdialog.h"
#include "studio.h"
#include "testcatalog.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace storyreel;

// Help › Keyboard Shortcuts in a real X display: the registry behind it (every keyed action of the
// window bound to a command, defaults without conflicts), the dialog listing it, a key changed there
// reaching the live actions, panes made later and a new window on the same settings, a conflict refused
// and taken over, and Reset All.
class TestShortcuts : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_data;
    QTemporaryDir m_config;
    std::unique_ptr<Studio> m_studio;
    int m_settingsCount = 0;

    ShortcutRegistry &registry() const { return ShortcutRegistry::instance(); }

    // Fresh settings for each test: a window made on them starts from the default keys.
    std::unique_ptr<QSettings> freshSettings()
    {
        return std::make_unique<QSettings>(
            m_config.filePath(QStringLiteral("storyreel-%1.ini").arg(++m_settingsCount)),
            QSettings::IniFormat);
    }

    static QString native(const QKeySequence &key) { return key.toString(QKeySequence::NativeText); }

    // The actions of `root` bound to a command.
    static QList<QAction *> boundActions(QObject *root, const QString &id)
    {
        QList<QAction *> found;
        for (QAction *action : root->findChildren<QAction *>()) {
            if (action->property(ShortcutRegistry::kIdProperty).toString() == id)
                found.append(action);
        }
        return found;
    }

    static QTreeWidgetItem *rowOf(ShortcutsDialog *dialog, const QString &label)
    {
        const QList<QTreeWidgetItem *> rows =
            dialog->tree()->findItems(label, Qt::MatchExactly | Qt::MatchRecursive, 0);
        for (QTreeWidgetItem *row : rows) {
            if (row->parent())
                return row;
        }
        return nullptr;
    }

    // Opens the dialog the way a user does, through its menu key.
    static ShortcutsDialog *openDialog(MainWindow &window)
    {
        window.activateWindow();
        if (!QTest::qWaitForWindowActive(&window))
            return nullptr;
        QTest::keyClick(&window, Qt::Key_Slash, Qt::ControlModifier);
        auto *dialog = window.findChild<ShortcutsDialog *>();
        if (dialog && !QTest::qWaitForWindowExposed(dialog))
            return nullptr;
        return dialog;
    }

    // Selects the command and presses the key in the dialog's Key field.
    static void pressKeyFor(ShortcutsDialog *dialog, const QString &id, QKeyCombination key)
    {
        QVERIFY(dialog->select(id));
        dialog->recorder()->setFocus();
        QTest::keyClick(dialog->recorder(), key.key(), key.keyboardModifiers());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QGuiApplication::platformName() != QLatin1String("offscreen") ||
                     qEnvironmentVariableIsSet("DISPLAY"),
                 "GUI tests run in a real X display");
        Result<std::unique_ptr<Studio>> studio = Studio::open(DataLocation(m_data.path()));
        QVERIFY2(studio.ok(), qPrintable(studio.error()));
        m_studio = std::move(studio).value();
        QVERIFY(m_studio->ensureSampleProject().value());
    }

    void defaultsHaveNoConflicts()
    {
        QVERIFY(registry().commands().size() > 60);
        for (const ShortcutCommand &command : registry().commands()) {
            QVERIFY2(!command.labelText().isEmpty() && !command.categoryText().isEmpty(),
                     qPrintable(command.id));
            QVERIFY2(!command.scopes.isEmpty(), qPrintable(command.id));
            for (const QKeySequence &key : command.defaults) {
                const QStringList others = registry().conflicts(command.id, key);
                QVERIFY2(
                    others.isEmpty(),
                    qPrintable(
                        QStringLiteral("%1 %2 also on %3").arg(command.id, native(key), others.join(u' '))));
            }
        }
        // The scopes: panes reuse keys among themselves, never against the window's menu keys.
        QVERIFY(ShortcutRegistry::scopesOverlap(QStringLiteral("window"), QStringLiteral("jobs.table")));
        QVERIFY(!ShortcutRegistry::scopesOverlap(QStringLiteral("library.look"),
                                                 QStringLiteral("library.videos")));
        QVERIFY(!ShortcutRegistry::scopesOverlap(QStringLiteral("window"), QStringLiteral("player")));
    }

    void everyKeyedActionOfTheWindowIsRegistered()
    {
        auto settings = freshSettings();
        MainWindow window(*m_studio, *settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (int workspace = 0; workspace < MainWindow::WorkspaceCount; ++workspace)
            window.setWorkspace(workspace);  // panes made on first show have their actions too
        QStringList unbound;
        QStringList wrong;
        int bound = 0;
        for (QAction *action : window.findChildren<QAction *>()) {
            const QString id = action->property(ShortcutRegistry::kIdProperty).toString();
            if (id.isEmpty()) {
                if (!action->shortcuts().isEmpty())
                    unbound.append(QStringLiteral("%1 (%2)").arg(action->text(), native(action->shortcut())));
                continue;
            }
            ++bound;
            if (!registry().command(id) || action->shortcuts() != registry().keys(id))
                wrong.append(id);
        }
        QVERIFY2(unbound.isEmpty(),
                 qPrintable(QStringLiteral("keys outside the registry: ") + unbound.join(u',')));
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u',')));
        QVERIFY(bound >= 40);
        for (const char *id : {"view.storyboards", "edit.undo", "edit.redo", "library.upload", "jobs.retry",
                               "scenes.refine", "help.shortcuts"})
            QVERIFY2(!boundActions(&window, QString::fromLatin1(id)).isEmpty(), id);
    }

    void dialogListsEveryCommand()
    {
        auto settings = freshSettings();
        MainWindow window(*m_studio, *settings);
        window.show();
        ShortcutsDialog *dialog = openDialog(window);
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->commandCount(), int(registry().commands().size()));
        QTreeWidget *tree = dialog->tree();
        QStringList categories;
        for (int top = 0; top < tree->topLevelItemCount(); ++top)
            categories.append(tree->topLevelItem(top)->text(0));
        for (const char *category :
             {"File", "Edit", "View", "Storyboards", "Library", "Jobs", "Player", "Review"})
            QVERIFY2(categories.contains(QString::fromLatin1(category)), category);
        const struct
        {
            const char *label;
            QKeySequence key;
        } expected[] = {
            {"Show Storyboards", QKeySequence(Qt::CTRL | Qt::Key_1)},
            {"Show Library", QKeySequence(Qt::CTRL | Qt::Key_2)},
            {"Show Jobs", QKeySequence(Qt::CTRL | Qt::Key_3)},
            {"Undo", QKeySequence(QKeySequence::Undo)},
            {"Redo", QKeySequence(QKeySequence::Redo)},
            {"Upload to Cloud", QKeySequence(Qt::CTRL | Qt::Key_U)},
            {"Play or Pause", QKeySequence(Qt::Key_Space)},
        };
        for (const auto &entry : expected) {
            QTreeWidgetItem *row = rowOf(dialog, QString::fromUtf8(entry.label));
            QVERIFY2(row, entry.label);
            QVERIFY2(row->text(1).contains(native(entry.key)), qPrintable(row->text(1)));
        }

        // The filter keeps what matches a name or a key (in the platform's words).
        auto *filter = dialog->findChild<QLineEdit *>(QStringLiteral("shortcutFilter"));
        QTest::keyClicks(filter, QStringLiteral("upload"));
        QVERIFY(!rowOf(dialog, QStringLiteral("Upload to Cloud"))->isHidden());
        QVERIFY(rowOf(dialog, QStringLiteral("Show Jobs"))->isHidden());
        QCOMPARE(dialog->selectedId(), QStringLiteral("library.upload"));
        filter->clear();
        QTest::keyClicks(filter, native(QKeySequence(Qt::CTRL | Qt::Key_3)));
        QVERIFY(!rowOf(dialog, QStringLiteral("Show Jobs"))->isHidden());
        QVERIFY(rowOf(dialog, QStringLiteral("Upload to Cloud"))->isHidden());
        filter->clear();
        QVERIFY(!rowOf(dialog, QStringLiteral("Upload to Cloud"))->isHidden());

        QVERIFY(dialog->select(QStringLiteral("library.upload")));
        QTest::qWait(200);
        const QString path = QDir(test::artifactsDir()).filePath(QStringLiteral("shortcuts-dialog.png"));
        QVERIFY2(dialog->grab().save(path), qPrintable(path));
        qInfo("screenshot: %s", qPrintable(path));
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!window.findChild<ShortcutsDialog *>());
    }

    void aChangedKeyIsLiveAndPersists()
    {
        auto settings = freshSettings();
        {
            MainWindow window(*m_studio, *settings);
            window.show();
            window.setWorkspace(MainWindow::Library);
            ShortcutsDialog *dialog = openDialog(window);
            QVERIFY(dialog);

            pressKeyFor(dialog, QStringLiteral("view.jobs"), QKeyCombination(Qt::Key_F9));
            QCOMPARE(registry().keys(QStringLiteral("view.jobs")),
                     QList<QKeySequence>{QKeySequence(Qt::Key_F9)});
            QCOMPARE(rowOf(dialog, QStringLiteral("Show Jobs"))->text(1), native(QKeySequence(Qt::Key_F9)));
            auto *jobsAction = window.findChild<QAction *>(QStringLiteral("showWorkspace3"));
            QCOMPARE(jobsAction->shortcut(), QKeySequence(Qt::Key_F9));

            pressKeyFor(dialog, QStringLiteral("library.upload"), Qt::CTRL | Qt::ALT | Qt::Key_U);
            const QKeySequence upload(Qt::CTRL | Qt::ALT | Qt::Key_U);
            const QList<QAction *> uploads = boundActions(&window, QStringLiteral("library.upload"));
            QVERIFY(uploads.size() >= 2);  // the look's pane and All Videos
            for (QAction *action : uploads)
                QCOMPARE(action->shortcut(), upload);
            // A pane made after the change takes the user's key too.
            LookDetailsPane later(m_studio->catalog(), m_studio->location().root());
            QCOMPARE(boundActions(&later, QStringLiteral("library.upload")).value(0)->shortcut(), upload);

            // The new key works in the window, the old one no longer does.
            dialog->close();
            window.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&window));
            QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
            QCOMPARE(window.workspace(), int(MainWindow::Library));
            QTest::keyClick(&window, Qt::Key_F9);
            QCOMPARE(window.workspace(), int(MainWindow::Jobs));
            window.close();
        }
        settings->sync();
        QCOMPARE(settings->value(QStringLiteral("shortcuts/view.jobs")).toString(), QStringLiteral("F9"));
        QVERIFY(!settings->contains(QStringLiteral("shortcuts/view.library")));  // only what differs

        // Another window on other settings starts from the defaults; one on these settings has the keys.
        auto other = freshSettings();
        {
            MainWindow window(*m_studio, *other);
            QCOMPARE(window.findChild<QAction *>(QStringLiteral("showWorkspace3"))->shortcut(),
                     QKeySequence(Qt::CTRL | Qt::Key_3));
        }
        auto reopenedSettings = std::make_unique<QSettings>(settings->fileName(), QSettings::IniFormat);
        MainWindow reopened(*m_studio, *reopenedSettings);
        QCOMPARE(reopened.findChild<QAction *>(QStringLiteral("showWorkspace3"))->shortcut(),
                 QKeySequence(Qt::Key_F9));
        for (QAction *action : boundActions(&reopened, QStringLiteral("library.upload")))
            QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_U));
    }

    void aConflictIsRefusedUntilTakenOver()
    {
        auto settings = freshSettings();
        MainWindow window(*m_studio, *settings);
        window.show();
        ShortcutsDialog *dialog = openDialog(window);
        QVERIFY(dialog);
        const QString reload = QStringLiteral("view.reload");
        const QKeySequence ctrlD(Qt::CTRL | Qt::Key_D);

        // Ctrl+D duplicates scenes and sets a look's default: a window key would take it from both.
        pressKeyFor(dialog, reload, Qt::CTRL | Qt::Key_D);
        QCOMPARE(registry().keys(reload), QList<QKeySequence>{QKeySequence(Qt::Key_F5)});
        const QString warning = dialog->conflictText();
        QVERIFY2(warning.contains(QStringLiteral("Duplicate Scenes")) &&
                     warning.contains(QStringLiteral("Set as Default")),
                 qPrintable(warning));
        QVERIFY(warning.contains(native(ctrlD)));
        auto *takeOver = dialog->findChild<QPushButton *>(QStringLiteral("takeOverShortcut"));
        QVERIFY(takeOver->isVisible());
        const QString path = QDir(test::artifactsDir()).filePath(QStringLiteral("shortcuts-conflict.png"));
        QVERIFY(dialog->grab().save(path));

        // Another key clears the warning.
        QTest::keyClick(dialog->recorder(), Qt::Key_F6);
        QVERIFY(dialog->conflictText().isEmpty());
        QCOMPARE(registry().keys(reload), QList<QKeySequence>{QKeySequence(Qt::Key_F6)});

        // Taken over: the others lose the key.
        QTest::keyClick(dialog->recorder(), Qt::Key_D, Qt::ControlModifier);
        QVERIFY(!dialog->conflictText().isEmpty());
        takeOver->click();
        QVERIFY(dialog->conflictText().isEmpty());
        QCOMPARE(registry().keys(reload), QList<QKeySequence>{ctrlD});
        QVERIFY(registry().keys(QStringLiteral("scenes.duplicate")).isEmpty());
        QVERIFY(registry().keys(QStringLiteral("library.setDefault")).isEmpty());
        QVERIFY(rowOf(dialog, QStringLiteral("Duplicate Scenes"))->text(1).isEmpty());

        // Panes side by side may share a key: the look's Compare can take All Videos' Ctrl+B.
        pressKeyFor(dialog, QStringLiteral("library.compare"), Qt::CTRL | Qt::Key_B);
        QVERIFY(dialog->conflictText().isEmpty());
        QCOMPARE(registry().keys(QStringLiteral("library.compare")),
                 QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_B)});
        // But not within one pane: Favourite is All Videos' too.
        pressKeyFor(dialog, QStringLiteral("library.linkToLook"), Qt::CTRL | Qt::Key_B);
        QVERIFY(dialog->conflictText().contains(QStringLiteral("Favourite")));

        // Reset puts a default back unless someone took it meanwhile.
        QVERIFY(dialog->select(QStringLiteral("scenes.duplicate")));
        auto *reset = dialog->findChild<QPushButton *>(QStringLiteral("resetShortcut"));
        QVERIFY(reset->isEnabled());
        reset->click();
        QVERIFY(dialog->conflictText().contains(QStringLiteral("Reload Catalog")));
        QVERIFY(registry().keys(QStringLiteral("scenes.duplicate")).isEmpty());
    }

    void clearResetAndResetAll()
    {
        auto settings = freshSettings();
        MainWindow window(*m_studio, *settings);
        window.show();
        ShortcutsDialog *dialog = openDialog(window);
        QVERIFY(dialog);
        QVERIFY(dialog->select(QStringLiteral("file.importMedia")));
        dialog->findChild<QPushButton *>(QStringLiteral("clearShortcut"))->click();
        QVERIFY(registry().keys(QStringLiteral("file.importMedia")).isEmpty());
        QVERIFY(window.findChild<QAction *>(QStringLiteral("importMedia"))->shortcut().isEmpty());
        QVERIFY(rowOf(dialog, QStringLiteral("Import Media…"))->font(1).bold());  // changed from the default
        settings->sync();
        QCOMPARE(settings->value(QStringLiteral("shortcuts/file.importMedia"), QStringLiteral("<none>"))
                     .toString(),
                 QString());
        dialog->findChild<QPushButton *>(QStringLiteral("resetShortcut"))->click();
        QCOMPARE(registry().keys(QStringLiteral("file.importMedia")),
                 QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_I)});
        QVERIFY(!settings->contains(QStringLiteral("shortcuts/file.importMedia")));

        // A player key and a key of the window changed, then all back to the defaults.
        pressKeyFor(dialog, QStringLiteral("player.pause"), QKeyCombination(Qt::Key_P));
        pressKeyFor(dialog, QStringLiteral("view.storyboards"), QKeyCombination(Qt::Key_F8));
        PlayerWidget player;
        QVERIFY(player.handleKey(Qt::Key_P, Qt::NoModifier));
        QVERIFY(!player.handleKey(Qt::Key_K, Qt::NoModifier));
        QVERIFY(registry().isCustomized(QStringLiteral("player.pause")));
        dialog->findChild<QPushButton *>(QStringLiteral("resetAllShortcuts"))->click();
        for (const ShortcutCommand &command : registry().commands())
            QVERIFY2(!registry().isCustomized(command.id), qPrintable(command.id));
        QVERIFY(player.handleKey(Qt::Key_K, Qt::NoModifier));
        QVERIFY(!player.handleKey(Qt::Key_P, Qt::NoModifier));
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("showWorkspace1"))->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::Key_1));
        QVERIFY(!rowOf(dialog, QStringLiteral("Pause"))->font(1).bold());
        settings->sync();
        settings->beginGroup(QStringLiteral("shortcuts"));
        QCOMPARE(settings->childKeys(), QStringList());
        settings->endGroup();
    }

    void theRecorderLeavesTabAndEscapeAlone()
    {
        auto settings = freshSettings();
        MainWindow window(*m_studio, *settings);
        window.show();
        ShortcutsDialog *dialog = openDialog(window);
        QVERIFY(dialog);
        QVERIFY(dialog->select(QStringLiteral("library.review")));
        KeyRecorder *recorder = dialog->recorder();
        recorder->setFocus();
        QTRY_VERIFY(recorder->hasFocus());
        QTest::keyClick(recorder, Qt::Key_Tab);
        QVERIFY(!recorder->hasFocus());  // moved on, nothing recorded
        QCOMPARE(registry().keys(QStringLiteral("library.review")),
                 QList<QKeySequence>{QKeySequence(Qt::Key_Return)});
        recorder->setFocus();
        QTest::keyClick(recorder, Qt::Key_Shift);  // a modifier alone records nothing
        QVERIFY(!registry().isCustomized(QStringLiteral("library.review")));
        QTest::keyClick(recorder, Qt::Key_Escape);
        QTRY_VERIFY(!window.findChild<ShortcutsDialog *>());
        QVERIFY(!registry().isCustomized(QStringLiteral("library.review")));
    }
};

QTEST_MAIN(TestShortcuts)
#include "tst_shortcuts.moc"
