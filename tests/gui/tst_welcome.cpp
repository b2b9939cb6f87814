#include "accountservice.h"
#include "cloudservice.h"
#include "dialogs/accounteditor.h"
#include "dialogs/accountsdialog.h"
#include "dialogs/storageeditor.h"
#include "dialogs/storagesdialog.h"
#include "dialogs/welcomedialog.h"
#include "generationservice.h"
#include "jobqueue.h"
#include "mainwindow.h"
#include "memorycredentialstore.h"
#include "providerhub.h"
#include "storyboardlistmodel.h"
#include "storyboards/storyboardlistpane.h"
#include "studio.h"
#include "studioservices.h"
#include "testcatalog.h"
#include "translations.h"
#include "workspaces/storyboardsworkspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace storyreel;

// Help ▸ Welcome to Storyreel Studio and the first-start decision, in a real X display; the provider and
// cloud services with an in-memory keychain (nothing here talks to a provider or a bucket).
class TestWelcome : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_data;
    QTemporaryDir m_config;
    int m_settingsFiles = 0;
    std::unique_ptr<Studio> m_studio;
    std::unique_ptr<test::StudioServices> m_services;

    // Settings as on a machine where the studio never ran; light theme for the screenshots.
    QString freshSettingsFile()
    {
        const QString path = m_config.filePath(QStringLiteral("storyreel-%1.ini").arg(++m_settingsFiles));
        QSettings(path, QSettings::IniFormat)
            .setValue(QStringLiteral("appearance/theme"), QStringLiteral("light"));
        return path;
    }

    void withServices(MainWindow &window) { m_services->attachTo(window); }

    static WelcomeDialog *openWelcome(MainWindow &window)
    {
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return nullptr;
        WelcomeDialog *welcome = window.showWelcome();
        if (!QTest::qWaitForWindowExposed(welcome))
            return nullptr;
        // Xvfb runs no window manager: nothing activates a new window for us.
        welcome->activateWindow();
        return QTest::qWaitForWindowActive(welcome) ? welcome : nullptr;
    }

    static QPushButton *button(WelcomeDialog *welcome, const char *name)
    {
        return welcome->findChild<QPushButton *>(QString::fromLatin1(name));
    }

    static RowId currentStoryboard(MainWindow &window)
    {
        return window.storyboardsWorkspace()->listPane()->currentId();
    }

    RowId sampleId(Studio &studio)
    {
        StoryboardListModel model(studio.catalog());
        model.reload();
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row).data(StoryboardListModel::IsSampleRole).toBool())
                return model.idAt(row);
        }
        return 0;
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
        // A second storyboard, so "the sample is selected" is not just "the only one is".
        StoryboardsWorkspace boards(*m_studio);
        QVERIFY(boards.createFromScript(QStringLiteral("My own story"), QStringLiteral("One.\n\nTwo.")) > 0);
        m_services = std::make_unique<test::StudioServices>(*m_studio);
    }

    void cleanupTestCase() { m_services.reset(); }

    void dueOnTheFirstStartOnly()
    {
        const QString file = freshSettingsFile();
        {
            QSettings settings(file, QSettings::IniFormat);
            MainWindow window(*m_studio, settings);
            QVERIFY(window.welcomeDue());
            QVERIFY(openWelcome(window));
            QVERIFY(!window.welcomeDue());  // shown once: not again by itself
        }
        QSettings settings(file, QSettings::IniFormat);
        MainWindow window(*m_studio, settings);
        QVERIFY(!window.welcomeDue());
        // Help ▸ Welcome reopens it any time.
        auto *action = window.findChild<QAction *>(QStringLiteral("showWelcome"));
        QVERIFY(action);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        action->trigger();
        auto *welcome = window.findChild<WelcomeDialog *>();
        QVERIFY(welcome);
        QTRY_VERIFY(welcome->isVisible());
    }

    void showAtStartupPersists()
    {
        const QString file = freshSettingsFile();
        {
            QSettings settings(file, QSettings::IniFormat);
            MainWindow window(*m_studio, settings);
            WelcomeDialog *welcome = openWelcome(window);
            QVERIFY(welcome);
            auto *box = welcome->findChild<QCheckBox *>(QStringLiteral("welcomeShowAtStartup"));
            QVERIFY(!box->isChecked());  // the first start's welcome does not come back by itself
            QTest::mouseClick(box, Qt::LeftButton);
            QVERIFY(welcome->showAtStartup());
        }
        {
            QSettings settings(file, QSettings::IniFormat);
            MainWindow window(*m_studio, settings);
            QVERIFY(window.welcomeDue());
            WelcomeDialog *welcome = openWelcome(window);
            QVERIFY(welcome);
            auto *box = welcome->findChild<QCheckBox *>(QStringLiteral("welcomeShowAtStartup"));
            QVERIFY(box->isChecked());
            // Unticked from the keyboard (its mnemonic), which persists too.
            QTest::keyClick(welcome, Qt::Key_S, Qt::AltModifier);
            QTRY_VERIFY(!box->isChecked());  // a mnemonic animates the click first
        }
        QSettings settings(file, QSettings::IniFormat);
        QCOMPARE(settings.value(QStringLiteral("welcome/showAtStartup")).toBool(), false);
        MainWindow window(*m_studio, settings);
        QVERIFY(!window.welcomeDue());
    }

    void openTheSampleProject()
    {
        QSettings settings(freshSettingsFile(), QSettings::IniFormat);
        MainWindow window(*m_studio, settings);
        window.setWorkspace(MainWindow::Library);
        const RowId sample = sampleId(*m_studio);
        QVERIFY(sample > 0);
        // The other storyboard is open and a search hides the sample.
        StoryboardListPane *list = window.storyboardsWorkspace()->listPane();
        list->select(list->model()->idAt(list->model()->rowOf(sample) == 0 ? 1 : 0));
        QVERIFY(currentStoryboard(window) != sample);
        list->searchField()->setText(QStringLiteral("My own"));
        QPointer<WelcomeDialog> welcome = openWelcome(window);
        QVERIFY(welcome);
        QPushButton *open = button(welcome, "welcomeOpenSample");
        QVERIFY(open->isEnabled());
        QVERIFY(open->isDefault());

        QTest::mouseClick(open, Qt::LeftButton);
        QCOMPARE(window.workspace(), int(MainWindow::Storyboards));
        QCOMPARE(currentStoryboard(window), sample);
        QCOMPARE(
            window.storyboardsWorkspace()->findChild<QLabel *>(QStringLiteral("storyboardTitle"))->text(),
            QStringLiteral("Morning Ritual (sample)"));
        QTRY_VERIFY(!welcome);  // closed (and deleted) once the sample shows
    }

    void saysWhenTheSampleIsGone()
    {
        QTemporaryDir data;
        Result<std::unique_ptr<Studio>> opened = Studio::open(DataLocation(data.path()));
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        std::unique_ptr<Studio> studio = std::move(opened).value();
        QVERIFY(studio->ensureSampleProject().value());
        QSettings settings(freshSettingsFile(), QSettings::IniFormat);
        MainWindow window(*studio, settings);
        StoryboardListPane *list = window.storyboardsWorkspace()->listPane();
        list->select(sampleId(*studio));
        QVERIFY(list->deleteCurrent() > 0);
        QVERIFY(!studio->ensureSampleProject().value());  // created once per catalog: not again

        WelcomeDialog *welcome = openWelcome(window);
        QVERIFY(welcome);
        QPushButton *open = button(welcome, "welcomeOpenSample");
        QVERIFY(!open->isEnabled());
        QVERIFY2(open->toolTip().contains(QStringLiteral("deleted")), qPrintable(open->toolTip()));
        auto *note = welcome->findChild<QLabel *>(QStringLiteral("welcomeNote"));
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(QStringLiteral("gone")), qPrintable(note->text()));
        QVERIFY(!welcome->openSampleProject());
        QVERIFY(welcome->isVisible());
        // Enter closes instead.
        QVERIFY(button(welcome, "welcomeClose")->isDefault());
        QPointer<WelcomeDialog> guard(welcome);
        QTest::keyClick(welcome, Qt::Key_Return);
        QTRY_VERIFY(!guard);
    }

    void addAccountAndStorageOpenTheirEditors()
    {
        QSettings settings(freshSettingsFile(), QSettings::IniFormat);
        MainWindow window(*m_studio, settings);
        withServices(window);
        WelcomeDialog *welcome = openWelcome(window);
        QVERIFY(welcome);

        QPushButton *addAccount = button(welcome, "welcomeAddAccount");
        QVERIFY(addAccount->isEnabled());
        QTest::mouseClick(addAccount, Qt::LeftButton);
        auto *accounts = window.findChild<AccountsDialog *>();
        QVERIFY(accounts);
        QTRY_VERIFY(accounts->isVisible());
        auto *accountEditor = accounts->findChild<AccountEditor *>();
        QVERIFY(accountEditor);
        QTRY_VERIFY(accountEditor->isVisible());
        accountEditor->reject();
        accounts->close();

        QPushButton *addStorage = button(welcome, "welcomeAddStorage");
        QVERIFY(addStorage->isEnabled());
        QTest::mouseClick(addStorage, Qt::LeftButton);
        auto *storages = window.findChild<StoragesDialog *>();
        QVERIFY(storages);
        QTRY_VERIFY(storages->isVisible());
        auto *storageEditor = storages->findChild<StorageEditor *>();
        QVERIFY(storageEditor);
        QTRY_VERIFY(storageEditor->isVisible());
        storageEditor->reject();
        storages->close();
        QVERIFY(welcome->isVisible());  // still there for the next step
    }

    void withoutServicesTheirButtonsSayWhy()
    {
        QSettings settings(freshSettingsFile(), QSettings::IniFormat);
        MainWindow window(*m_studio, settings);
        WelcomeDialog *welcome = openWelcome(window);
        QVERIFY(welcome);
        for (const char *name : {"welcomeAddAccount", "welcomeAddStorage"}) {
            QPushButton *disabled = button(welcome, name);
            QVERIFY2(!disabled->isEnabled(), name);
            QVERIFY2(disabled->toolTip().contains(QStringLiteral("without")),
                     qPrintable(disabled->toolTip()));
            QCOMPARE(disabled->accessibleDescription(), disabled->toolTip());
        }
        QVERIFY(!welcome->addProviderAccount());
        QVERIFY(!welcome->addCloudStorage());
        QVERIFY(!window.findChild<AccountsDialog *>());
        QVERIFY(!window.findChild<StoragesDialog *>());
        QVERIFY(button(welcome, "welcomeOpenSample")->isEnabled());
    }

    void keyboardReachesEveryControl()
    {
        QSettings settings(freshSettingsFile(), QSettings::IniFormat);
        MainWindow window(*m_studio, settings);
        withServices(window);
        window.setWorkspace(MainWindow::Jobs);
        QPointer<WelcomeDialog> welcome = openWelcome(window);
        QVERIFY(welcome);
        QTest::qWait(250);  // laid out as a person would see it
        const QString path = QDir(test::artifactsDir()).filePath(QStringLiteral("welcome.png"));
        QVERIFY2(welcome->grab().save(path), qPrintable(path));
        qInfo("screenshot: %s", qPrintable(path));

        QCOMPARE(QApplication::focusWidget(), button(welcome, "welcomeOpenSample"));
        const QList<QWidget *> controls = {
            button(welcome, "welcomeAddAccount"), button(welcome, "welcomeAddStorage"),
            button(welcome, "welcomeOpenSample"),
            welcome->findChild<QCheckBox *>(QStringLiteral("welcomeShowAtStartup")),
            button(welcome, "welcomeClose")};
        // Each has its own Alt+letter (Close has Escape).
        QSet<QKeySequence> mnemonics;
        for (QWidget *control : controls.first(4))
            mnemonics.insert(QKeySequence::mnemonic(qobject_cast<QAbstractButton *>(control)->text()));
        QVERIFY(!mnemonics.contains(QKeySequence()));
        QCOMPARE(mnemonics.size(), 4);
        QSet<QWidget *> reached;
        for (int press = 0; press < 2 * int(controls.size()); ++press) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            reached.insert(QApplication::focusWidget());
        }
        for (QWidget *control : controls) {
            QVERIFY2(reached.contains(control), qPrintable(control->objectName()));
            QVERIFY2(!control->accessibleName().isEmpty(), qPrintable(control->objectName()));
        }

        // Enter on the check box presses the default button: the sample opens.
        welcome->findChild<QCheckBox *>(QStringLiteral("welcomeShowAtStartup"))->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(window.workspace(), int(MainWindow::Storyboards));
        QCOMPARE(currentStoryboard(window), sampleId(*m_studio));
        QTRY_VERIFY(!welcome);
    }

    // The real binary, with a home of its own: the welcome opens at the first start, not at the second.
    void theStudioShowsItOnTheFirstStartOnly()
    {
        const QString binary = qEnvironmentVariable("STORYREEL_BINARY");
        QVERIFY2(QFile::exists(binary), "STORYREEL_BINARY must name the built storyreel");
        QTemporaryDir home;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), home.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("STORYREEL_TEST_REPORT_WELCOME"), QStringLiteral("1"));
        const auto start = [&] {
            QProcess studio;
            studio.setProcessEnvironment(environment);
            studio.start(binary, {QStringLiteral("--data-dir"), home.filePath(QStringLiteral("studio"))});
            if (!studio.waitForFinished(60000)) {
                studio.kill();
                studio.waitForFinished();
                return QStringLiteral("<timed out>");
            }
            return QString::fromUtf8(studio.readAllStandardOutput()) +
                   QString::fromUtf8(studio.readAllStandardError());
        };
        const QString first = start();
        QVERIFY2(first.contains(QStringLiteral("welcome: shown")), qPrintable(first));
        QVERIFY(QFile::exists(home.filePath(QStringLiteral("config/storyreel/storyreel.conf"))));
        const QString second = start();
        QVERIFY2(second.contains(QStringLiteral("welcome: not shown")), qPrintable(second));
    }
};

QTEST_MAIN(TestWelcome)
#include "tst_welcome.moc"
