#include "accountservice.h"
#include "accountstore.h"
#include "dialogs/accounteditor.h"
#include "dialogs/accountsdialog.h"
#include "dialogs/newexplainerdialog.h"
#include "dialogs/newstoryboarddialog.h"
#include "dialogs/newvideodialog.h"
#include "generationservice.h"
#include "jobqueue.h"
#include "jobstore.h"
#include "jobtablemodel.h"
#include "localrunners.h"
#include "mainwindow.h"
#include "memorycredentialstore.h"
#include "provideremulator.h"
#include "providerhub.h"
#include "providerjobrunner.h"
#include "studio.h"
#include "testcatalog.h"
#include "translations.h"
#include "videostore.h"
#include "widgets/imagedroparea.h"
#include "workspaces/jobsworkspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDropEvent>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace storyreel;

// Settings ▸ Accounts and File ▸ New Video/Explainer/Storyboard in a real X display, against the provider
// emulator on 127.0.0.1 and an in-memory keychain.
class TestAccountsDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_data;
    QTemporaryDir m_config;
    std::unique_ptr<Studio> m_studio;
    std::unique_ptr<ProviderEmulator> m_emulator;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<MemoryCredentialStore> m_credentials;
    std::unique_ptr<ProviderHub> m_hub;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<JobQueue> m_queue;
    std::unique_ptr<GenerationService> m_generation;

    static void saveScreenshot(QWidget *widget, const QString &name)
    {
        QTest::qWait(250);  // views lay out on a timer; grab what a person would see
        const QString path = QDir(test::artifactsDir()).filePath(name);
        QVERIFY2(widget->grab().save(path), qPrintable(path));
        qInfo("screenshot: %s", qPrintable(path));
    }

    // What the keychain holds for a key ("" when nothing), read as the app would.
    QString storedToken(const QString &key)
    {
        std::optional<CredentialResult> answer;
        m_credentials->read(key, [&answer](const CredentialResult &result) { answer = result; });
        if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 5000))
            return QStringLiteral("<no answer>");
        return answer->ok() ? answer->secret : QString();
    }

    // The keychain entry of account `id` of this catalog.
    QString keyOf(RowId id) const
    {
        ProviderAccount account;
        account.id = id;
        account.catalogId = m_studio->catalog().instanceId();
        return account.credentialKey();
    }

    RowId addAccount(const QString &name, Dialect dialect, const QString &token)
    {
        ProviderAccount account;
        account.name = name;
        account.dialect = dialect;
        account.baseUrl = m_emulator->baseUrl().toString();
        std::optional<Result<RowId>> added;
        m_accounts->add(account, token, [&added](Result<RowId> id) { added = id; });
        if (!QTest::qWaitFor([&added] { return added.has_value(); }, 5000) || !*added)
            return 0;
        return **added;
    }

    void removeAllAccounts()
    {
        const QList<ProviderAccount> accounts = AccountStore(m_studio->catalog()).list().value();
        for (const ProviderAccount &account : accounts) {
            bool done = false;
            m_accounts->remove(account.id, [&done](Status) { done = true; });
            QVERIFY(QTest::qWaitFor([&done] { return done; }, 5000));
        }
    }

    AccountEditor *fillEditor(AccountsDialog &dialog, const QString &name, Dialect dialect,
                              const QString &token)
    {
        AccountEditor *editor = dialog.addAccount();
        if (!editor)
            return nullptr;
        editor->findChild<QLineEdit *>(QStringLiteral("accountName"))->setText(name);
        auto *dialects = editor->findChild<QComboBox *>(QStringLiteral("accountDialect"));
        dialects->setCurrentIndex(dialects->findData(int(dialect)));
        editor->findChild<QLineEdit *>(QStringLiteral("accountUrl"))
            ->setText(m_emulator->baseUrl().toString());
        editor->findChild<QLineEdit *>(QStringLiteral("accountToken"))->setText(token);
        return editor;
    }

    static void dropFile(QWidget *target, const QString &path)
    {
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        const QPoint at = target->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(target, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(target, &drop);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QGuiApplication::platformName() != QLatin1String("offscreen") ||
                     qEnvironmentVariableIsSet("DISPLAY"),
                 "GUI tests run in a real X display");
        installTranslations(*qApp);
        // Balances read "1,000 DUST" whatever the machine's locale.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        Result<std::unique_ptr<Studio>> studio = Studio::open(DataLocation(m_data.path()));
        QVERIFY2(studio.ok(), qPrintable(studio.error()));
        m_studio = std::move(studio).value();
        m_emulator = std::make_unique<ProviderEmulator>();
        QVERIFY(m_emulator->listen());
        m_network = std::make_unique<QNetworkAccessManager>();
        m_credentials = std::make_unique<MemoryCredentialStore>(nullptr);
        HttpPolicy policy;
        policy.baseDelay = std::chrono::milliseconds(20);
        policy.maxDelay = std::chrono::milliseconds(200);
        m_hub = std::make_unique<ProviderHub>(m_studio->catalog(), *m_credentials, m_network.get(), policy);
        m_accounts = std::make_unique<AccountService>(m_studio->catalog(), *m_hub);
        m_queue = std::make_unique<JobQueue>(m_studio->catalog(), 1);
        installLocalRunners(*m_queue, m_studio->catalog(), m_studio->location());
        installRemoteRunner(*m_queue, *m_hub, *m_studio);
        QVERIFY(m_queue->start(false));
        m_generation = std::make_unique<GenerationService>(m_studio->catalog(), *m_queue);
    }

    void cleanup()
    {
        m_credentials->setUnavailable(false);
        removeAllAccounts();
    }

    void addTestEditAndRemoveAnAccount()
    {
        AccountsDialog dialog(*m_hub, *m_accounts);
        QAbstractItemModelTester tester(dialog.model());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("accountsEmpty"))->isVisible());
        saveScreenshot(&dialog, QStringLiteral("accounts-empty.png"));

        // Add: the token field hides what is typed; Test connection shows who and the balance.
        AccountEditor *editor = fillEditor(dialog, QStringLiteral("Dust studio"), Dialect::AsyncVideos,
                                           QStringLiteral("token-alice"));
        QVERIFY(editor);
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        QCOMPARE(editor->findChild<QLineEdit *>(QStringLiteral("accountToken"))->echoMode(),
                 QLineEdit::Password);
        QSignalSpy editorTested(editor, &AccountEditor::tested);
        editor->testConnection();
        QVERIFY(editor->isBusy());
        QVERIFY(editor->findChild<QWidget *>(QStringLiteral("testProgress"))->isVisible());
        QVERIFY(editorTested.wait(10000));
        QVERIFY2(editorTested.at(0).at(0).toBool(), qPrintable(editorTested.at(0).at(1).toString()));
        QVERIFY2(editor->statusText().contains(QStringLiteral("alice@example.com")),
                 qPrintable(editor->statusText()));
        QVERIFY2(editor->statusText().contains(QStringLiteral("Balance: 1,000 DUST")),
                 qPrintable(editor->statusText()));
        saveScreenshot(editor, QStringLiteral("account-editor-tested.png"));
        QSignalSpy saved(editor, &AccountEditor::saved);
        editor->save();
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 5000);
        const RowId id = saved.at(0).at(0).toLongLong();
        QVERIFY(id > 0);
        QCOMPARE(storedToken(keyOf(id)), QStringLiteral("token-alice"));

        QStandardItemModel *model = dialog.model();
        QCOMPARE(model->rowCount(), 1);
        QTRY_COMPARE(model->item(0, AccountsDialog::TokenColumn)->text(), QStringLiteral("Token stored"));
        QCOMPARE(model->item(0, AccountsDialog::NameColumn)->text(), QStringLiteral("Dust studio"));
        QCOMPARE(model->item(0, AccountsDialog::UrlColumn)->text(), m_emulator->baseUrl().toString());
        QVERIFY(
            model->item(0, AccountsDialog::DialectColumn)->text().contains(QStringLiteral("asyncvideos")));
        // No token in the list, the catalog or the settings: only "Token stored".
        for (int column = 0; column < AccountsDialog::ColumnCount; ++column)
            QVERIFY(!model->item(0, column)->text().contains(QStringLiteral("token-alice")));

        // Test the saved account from the list.
        QCOMPARE(dialog.selectedAccount(), id);
        QSignalSpy tested(&dialog, &AccountsDialog::tested);
        dialog.testSelected();
        QVERIFY(dialog.findChild<QWidget *>(QStringLiteral("accountsProgress"))->isVisible());
        QVERIFY(tested.wait(10000));
        QVERIFY2(tested.at(0).at(0).toBool(), qPrintable(dialog.statusText()));
        QVERIFY2(dialog.statusText().contains(QStringLiteral("Balance: 1,000 DUST")),
                 qPrintable(dialog.statusText()));
        QVERIFY(!dialog.findChild<QWidget *>(QStringLiteral("accountsProgress"))->isVisible());
        saveScreenshot(&dialog, QStringLiteral("accounts-tested.png"));

        // Edit: the token field starts empty (never the stored token); empty keeps it.
        editor = dialog.editSelected();
        QVERIFY(editor);
        auto *token = editor->findChild<QLineEdit *>(QStringLiteral("accountToken"));
        QVERIFY(token->text().isEmpty());
        QVERIFY(!token->placeholderText().isEmpty());
        editor->findChild<QLineEdit *>(QStringLiteral("accountName"))->setText(QStringLiteral("Dust team"));
        QSignalSpy renamed(editor, &AccountEditor::saved);
        editor->save();
        QTRY_COMPARE_WITH_TIMEOUT(renamed.count(), 1, 5000);
        QCOMPARE(model->item(0, AccountsDialog::NameColumn)->text(), QStringLiteral("Dust team"));
        QCOMPARE(storedToken(keyOf(id)), QStringLiteral("token-alice"));

        // A new token replaces the stored one; a wrong one fails the test with the provider's reason.
        editor = dialog.editSelected();
        QVERIFY(editor);
        editor->findChild<QLineEdit *>(QStringLiteral("accountToken"))
            ->setText(QStringLiteral("token-wrong"));
        QSignalSpy wrongTested(editor, &AccountEditor::tested);
        editor->testConnection();
        QVERIFY(wrongTested.wait(10000));
        QVERIFY(!wrongTested.at(0).at(0).toBool());
        QVERIFY(!editor->statusText().isEmpty());
        QVERIFY(!editor->statusText().contains(QStringLiteral("token-wrong")));
        saveScreenshot(editor, QStringLiteral("account-editor-refused.png"));
        QSignalSpy replaced(editor, &AccountEditor::saved);
        editor->save();
        QTRY_COMPARE_WITH_TIMEOUT(replaced.count(), 1, 5000);
        QCOMPARE(storedToken(keyOf(id)), QStringLiteral("token-wrong"));
        tested.clear();
        dialog.testSelected();
        QVERIFY(tested.wait(10000));
        QVERIFY(!tested.at(0).at(0).toBool());

        // Remove, after a confirmation; the token goes with the row.
        QMessageBox *confirm = dialog.removeSelected();
        QVERIFY(confirm);
        QVERIFY(QTest::qWaitForWindowExposed(confirm));
        saveScreenshot(confirm, QStringLiteral("accounts-remove-confirm.png"));
        QSignalSpy removed(&dialog, &AccountsDialog::removed);
        confirm->findChild<QPushButton *>(QStringLiteral("confirmRemove"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, 5000);
        QVERIFY(removed.at(0).at(0).toBool());
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(AccountStore(m_studio->catalog()).list().value().isEmpty());
        QCOMPARE(storedToken(keyOf(id)), QString());
    }

    void cancellingTheConfirmationKeepsTheAccount()
    {
        const RowId id = addAccount(QStringLiteral("Keep me"), Dialect::T2m, QStringLiteral("token-bob"));
        QVERIFY(id > 0);
        AccountsDialog dialog(*m_hub, *m_accounts);
        dialog.show();
        QVERIFY(dialog.selectAccount(id));
        QMessageBox *confirm = dialog.removeSelected();
        QVERIFY(confirm);
        confirm->button(QMessageBox::Cancel)->click();
        QTest::qWait(100);
        QCOMPARE(dialog.model()->rowCount(), 1);
        QCOMPARE(storedToken(keyOf(id)), QStringLiteral("token-bob"));
    }

    void anUnavailableKeychainIsSaidAsSuch()
    {
        const RowId id =
            addAccount(QStringLiteral("Studio"), Dialect::AiStudio, QStringLiteral("token-alice"));
        QVERIFY(id > 0);
        m_credentials->setUnavailable(true);
        AccountsDialog dialog(*m_hub, *m_accounts);
        QSignalSpy loaded(&dialog, &AccountsDialog::tokenStatesLoaded);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(loaded.count() == 1 || loaded.wait(5000));
        QCOMPARE(dialog.model()->item(0, AccountsDialog::TokenColumn)->text(),
                 QStringLiteral("Keychain unavailable"));
        QVERIFY2(dialog.statusText().contains(QStringLiteral("keychain is unavailable")),
                 qPrintable(dialog.statusText()));

        // Adding fails with the keychain's reason and leaves no row behind.
        AccountEditor *editor =
            fillEditor(dialog, QStringLiteral("Lessons"), Dialect::T2m, QStringLiteral("token-bob"));
        QVERIFY(editor);
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        editor->save();
        QTRY_VERIFY_WITH_TIMEOUT(!editor->isBusy(), 5000);
        QVERIFY2(
            editor->statusText().contains(QStringLiteral("keychain is unavailable"), Qt::CaseInsensitive),
            qPrintable(editor->statusText()));
        QVERIFY(!AccountStore(m_studio->catalog()).findByName(QStringLiteral("Lessons")).value().has_value());
        saveScreenshot(editor, QStringLiteral("account-editor-keychain-unavailable.png"));
        editor->close();
        saveScreenshot(&dialog, QStringLiteral("accounts-keychain-unavailable.png"));

        // Removing is refused too, so no token is orphaned.
        QMessageBox *confirm = dialog.removeSelected();
        QVERIFY(confirm);
        QSignalSpy removed(&dialog, &AccountsDialog::removed);
        confirm->findChild<QPushButton *>(QStringLiteral("confirmRemove"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, 5000);
        QVERIFY(!removed.at(0).at(0).toBool());
        QCOMPARE(dialog.model()->rowCount(), 1);
    }

    void newVideoShowsEstimateAndBalanceThenSubmits()
    {
        const RowId dust =
            addAccount(QStringLiteral("Dust"), Dialect::AsyncVideos, QStringLiteral("token-alice"));
        QVERIFY(dust > 0);
        (void)addAccount(QStringLiteral("Lessons"), Dialect::T2m, QStringLiteral("token-alice"));
        QSettings settings(m_config.filePath(QStringLiteral("storyreel.ini")), QSettings::IniFormat);
        MainWindow window(*m_studio, settings, m_queue.get());
        QVERIFY(!window.showNewVideo());  // nothing before the services are set
        window.setProviderServices(*m_hub, *m_accounts, *m_generation);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        NewVideoDialog *dialog = window.showNewVideo();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        // The local provider first, then the accounts that can make videos (not the t2m one).
        QComboBox *accounts = dialog->accountBox();
        QCOMPARE(accounts->count(), 2);
        QCOMPARE(accounts->itemData(0).toLongLong(), 0);
        QCOMPARE(accounts->itemData(1).toLongLong(), dust);
        QVERIFY(!dialog->submitButton()->isEnabled());  // no prompt yet
        QVERIFY(dialog->balanceText().contains(QStringLiteral("local provider is free")));

        dialog->promptEdit()->setPlainText(QStringLiteral("Lanterns drifting over a night river"));
        QVERIFY(dialog->submitButton()->isEnabled());
        QVERIFY2(dialog->estimateText().startsWith(QStringLiteral("Free")),
                 qPrintable(dialog->estimateText()));

        QSignalSpy balance(dialog, &GenerationDialog::balanceShown);
        QVERIFY(dialog->selectAccount(dust));
        QVERIFY(dialog->balancePending());
        QCOMPARE(dialog->estimateText(), QStringLiteral("Estimated cost: 10 DUST"));
        QVERIFY(balance.wait(10000));
        QCOMPARE(dialog->balanceText(), QStringLiteral("Balance: 1,000 DUST"));

        // Image to video: a dropped text file is refused with a reason, a dropped image is taken.
        const QString notes = QDir(m_data.path()).filePath(QStringLiteral("notes.txt"));
        QFile text(notes);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("not an image");
        text.close();
        dialog->setImageMode(true);
        QVERIFY(!dialog->submitButton()->isEnabled());  // no image yet
        dropFile(dialog->dropArea(), notes);
        QVERIFY2(dialog->dropArea()->message().contains(QStringLiteral("is not an image")),
                 qPrintable(dialog->dropArea()->message()));
        QVERIFY(dialog->dropArea()->imagePath().isEmpty());
        saveScreenshot(dialog, QStringLiteral("new-video-refused-drop.png"));
        const QString still = QDir(m_data.path()).filePath(QStringLiteral("harbour.png"));
        QImage image(320, 180, QImage::Format_RGB32);
        image.fill(QColor(0x2a, 0x5d, 0x8f));
        QVERIFY(image.save(still));
        dropFile(dialog->dropArea(), still);
        QCOMPARE(dialog->dropArea()->imagePath(), still);
        QVERIFY(dialog->imageMode());
        QCOMPARE(dialog->estimateText(), QStringLiteral("Estimated cost: 8 DUST"));
        QVERIFY(dialog->submitButton()->isEnabled());
        saveScreenshot(dialog, QStringLiteral("new-video-image.png"));

        QSignalSpy submitted(dialog, &GenerationDialog::submitted);
        dialog->submitButton()->click();
        QCOMPARE(submitted.count(), 1);
        const RowId jobId = submitted.at(0).at(0).toLongLong();
        const Job job = JobStore(m_studio->catalog()).load(jobId).value();
        QCOMPARE(job.kind, JobKind::GenerateImage);
        QCOMPARE(job.accountId, dust);
        QCOMPARE(job.costMicros, qint64(8'000'000));
        QCOMPARE(job.costUnit, QStringLiteral("DUST"));
        QVERIFY(window.jobsWorkspace()->jobModel()->rowCount() >= 1);

        // The emulator's clock runs fast: the job finishes and its video lands in the library.
        m_emulator->setSpeed(60);
        QTRY_COMPARE_WITH_TIMEOUT(JobStore(m_studio->catalog()).load(jobId).value().status,
                                  JobStatus::Succeeded, 60000);
        m_emulator->setSpeed(0);
        const Job done = JobStore(m_studio->catalog()).load(jobId).value();
        QVERIFY2(QFile::exists(done.outputPath), qPrintable(done.outputPath));
        QVERIFY(!VideoStore(m_studio->catalog()).list().value().isEmpty());
        window.setWorkspace(MainWindow::Jobs);
        saveScreenshot(&window, QStringLiteral("new-video-job-done.png"));
    }

    void explainerAndStoryboardNeedTheirDialects()
    {
        QSettings settings(m_config.filePath(QStringLiteral("storyreel.ini")), QSettings::IniFormat);
        MainWindow window(*m_studio, settings, m_queue.get());
        window.setProviderServices(*m_hub, *m_accounts, *m_generation);
        window.show();

        // No t2m account: nothing to choose, and the dialog says what to add.
        NewExplainerDialog *explainer = window.showNewExplainer();
        QVERIFY(explainer);
        QCOMPARE(explainer->accountBox()->count(), 0);
        explainer->topicEdit()->setText(QStringLiteral("Tides"));
        explainer->contextEdit()->setPlainText(QStringLiteral("For children: why the sea comes and goes"));
        QVERIFY(!explainer->submitButton()->isEnabled());
        QVERIFY2(explainer->problemText().contains(QStringLiteral("t2m")),
                 qPrintable(explainer->problemText()));
        explainer->close();

        const RowId t2m = addAccount(QStringLiteral("Lessons"), Dialect::T2m, QStringLiteral("token-alice"));
        QVERIFY(t2m > 0);
        explainer = window.showNewExplainer();
        QCOMPARE(explainer->accountBox()->count(), 1);
        QSignalSpy balance(explainer, &GenerationDialog::balanceShown);
        explainer->topicEdit()->setText(QStringLiteral("Tides"));
        QVERIFY(!explainer->submitButton()->isEnabled());  // the context is still empty
        explainer->contextEdit()->setPlainText(QStringLiteral("For children: why the sea comes and goes"));
        QVERIFY(explainer->submitButton()->isEnabled());
        QCOMPARE(explainer->estimateText(), QStringLiteral("Estimated cost: 2 credits"));
        QVERIFY(balance.count() == 1 || balance.wait(10000));
        QCOMPARE(explainer->balanceText(), QStringLiteral("Balance: 1,000 credits"));
        QVERIFY(QTest::qWaitForWindowExposed(explainer));
        saveScreenshot(explainer, QStringLiteral("new-explainer.png"));
        explainer->close();

        const RowId boards =
            addAccount(QStringLiteral("Boards"), Dialect::Storyboard, QStringLiteral("token-alice"));
        QVERIFY(boards > 0);
        NewStoryboardDialog *storyboard = window.showNewStoryboard();
        QCOMPARE(storyboard->accountBox()->count(), 2);  // the local provider, then Boards
        QCOMPARE(storyboard->accountId(), RowId(0));
        QVERIFY(storyboard->selectAccount(boards));
        QSignalSpy boardBalance(storyboard, &GenerationDialog::balanceShown);
        storyboard->promptEdit()->setPlainText(
            QStringLiteral("A hero discovers a hidden treasure in ancient ruins"));
        QCOMPARE(storyboard->estimateText(), QStringLiteral("Estimated cost: 0.12 USD"));
        QVERIFY(boardBalance.count() == 1 || boardBalance.wait(10000));
        QCOMPARE(storyboard->balanceText(), QStringLiteral("Balance: 1,000.00 USD"));
        QVERIFY(QTest::qWaitForWindowExposed(storyboard));
        saveScreenshot(storyboard, QStringLiteral("new-storyboard.png"));
        QSignalSpy submitted(storyboard, &GenerationDialog::submitted);
        storyboard->submitButton()->click();
        QCOMPARE(submitted.count(), 1);
        const Job job = JobStore(m_studio->catalog()).load(submitted.at(0).at(0).toLongLong()).value();
        QCOMPARE(job.kind, JobKind::GenerateStoryboard);
        QCOMPARE(job.costMicros, qint64(120'000));
        QCOMPARE(job.costUnit, QStringLiteral("USD"));
        QVERIFY(m_queue->cancel(job.id));
    }

    void menusOpenTheDialogs()
    {
        QSettings settings(m_config.filePath(QStringLiteral("storyreel.ini")), QSettings::IniFormat);
        MainWindow window(*m_studio, settings, m_queue.get());
        auto *newVideo = window.findChild<QAction *>(QStringLiteral("newVideo"));
        auto *accounts = window.findChild<QAction *>(QStringLiteral("showAccounts"));
        QVERIFY(newVideo && accounts);
        QVERIFY(!newVideo->isEnabled());
        QVERIFY(!accounts->isEnabled());
        QCOMPARE(newVideo->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
        window.setProviderServices(*m_hub, *m_accounts, *m_generation);
        QVERIFY(newVideo->isEnabled());
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(window.findChild<NewVideoDialog *>() != nullptr);
        window.findChild<NewVideoDialog *>()->close();
        accounts->trigger();
        QTRY_VERIFY(window.findChild<AccountsDialog *>() != nullptr);
        QVERIFY(window.showAccounts() == window.findChild<AccountsDialog *>());  // raised, not duplicated
    }
};

QTEST_MAIN(TestAccountsDialog)
#include "tst_accountsdialog.moc"
