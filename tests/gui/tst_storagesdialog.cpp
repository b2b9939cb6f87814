#include "cloudservice.h"
#include "dialogs/storageeditor.h"
#include "dialogs/storagesdialog.h"
#include "jobqueue.h"
#include "mainwindow.h"
#include "memorycredentialstore.h"
#include "s3rverprocess.h"
#include "storagestore.h"
#include "studio.h"
#include "testcatalog.h"
#include "translations.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace storyreel;

namespace {

// s3rver checks only the key id; the secret is a canary no file of the studio may contain.
const QString kSecret = QStringLiteral("canary-secret-5f1d7b93a0c44e2e");

}  // namespace

// Settings ▸ Cloud Storage in a real X display: add with Test against s3rver on 127.0.0.1, a failing
// Test, edit keeping the stored keys, make default, remove with confirmation, a save the keychain
// refuses (nothing typed is lost), and the keys in no settings or catalog file.
class TestStoragesDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_data;
    QTemporaryDir m_config;
    std::unique_ptr<Studio> m_studio;
    std::unique_ptr<test::S3rverProcess> m_s3;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<MemoryCredentialStore> m_credentials;
    std::unique_ptr<JobQueue> m_queue;
    std::unique_ptr<CloudService> m_cloud;

    static void saveScreenshot(QWidget *widget, const QString &name)
    {
        QTest::qWait(250);  // views lay out on a timer; grab what a person would see
        const QString path = QDir(test::artifactsDir()).filePath(name);
        QVERIFY2(widget->grab().save(path), qPrintable(path));
        qInfo("screenshot: %s", qPrintable(path));
    }

    static QLineEdit *field(QWidget *editor, const char *name)
    {
        return editor->findChild<QLineEdit *>(QString::fromLatin1(name));
    }

    static QPushButton *saveButton(QWidget *editor)
    {
        return editor->findChild<QPushButton *>(QStringLiteral("saveStorage"));
    }

    void fill(StorageEditor *editor, const QString &name, const QString &bucket, const QString &secret)
    {
        field(editor, "storageName")->setText(name);
        field(editor, "storageEndpoint")->setText(m_s3->endpoint());
        field(editor, "storageBucket")->setText(bucket);
        field(editor, "storagePrefix")->setText(QStringLiteral("/studio/"));
        field(editor, "storageAccessKey")->setText(test::S3rverProcess::accessKey());
        field(editor, "storageSecretKey")->setText(secret);
    }

    RowId addStorage(const QString &name)
    {
        StorageAccount storage;
        storage.name = name;
        storage.endpoint = m_s3->endpoint();
        storage.bucket = m_s3->bucket();
        std::optional<Result<RowId>> added;
        m_cloud->addStorage(storage, {test::S3rverProcess::accessKey(), kSecret},
                            [&added](Result<RowId> id) { added = id; });
        if (!QTest::qWaitFor([&added] { return added.has_value(); }, 5000) || !*added)
            return 0;
        return **added;
    }

    void removeAllStorages()
    {
        for (const StorageAccount &storage : m_cloud->storages().value()) {
            bool done = false;
            m_cloud->removeStorage(storage.id, [&done](Status) { done = true; });
            QVERIFY(QTest::qWaitFor([&done] { return done; }, 5000));
        }
    }

    // Every file under `dir` whose bytes contain `needle` (UTF-8 or UTF-16, as SQLite or Qt may write).
    static QStringList filesContaining(const QString &dir, const QString &needle)
    {
        QStringList found;
        QDirIterator files(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = file.readAll();
            const QByteArray utf16(reinterpret_cast<const char *>(needle.utf16()), needle.size() * 2);
            if (bytes.contains(needle.toUtf8()) || bytes.contains(utf16))
                found.append(file.fileName());
        }
        return found;
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
        m_s3 = std::make_unique<test::S3rverProcess>();
        QVERIFY2(m_s3->start(), qPrintable(m_s3->errorString()));
        m_network = std::make_unique<QNetworkAccessManager>();
        m_credentials = std::make_unique<MemoryCredentialStore>();
        m_queue = std::make_unique<JobQueue>(m_studio->catalog(), 1);
        m_cloud = std::make_unique<CloudService>(m_studio->catalog(), *m_queue, *m_credentials,
                                                 m_studio->location(), m_network.get());
        QVERIFY(m_queue->start(false));
    }

    void cleanup()
    {
        m_credentials->setUnavailable(false);
        removeAllStorages();
    }

    void cleanupTestCase()
    {
        m_cloud.reset();
        m_queue.reset();
    }

    void addTestEditAndRemoveAStorage()
    {
        StoragesDialog dialog(*m_cloud);
        QAbstractItemModelTester tester(dialog.model());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("storagesEmpty"))->isVisible());
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("editStorage"))->isEnabled());

        // Add: Save waits for a valid form and says what is missing; the keys are password fields.
        StorageEditor *editor = dialog.addStorage();
        QVERIFY(editor);
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        QCOMPARE(field(editor, "storageRegion")->text(), QStringLiteral("us-east-1"));
        QCOMPARE(field(editor, "storageSecretKey")->echoMode(), QLineEdit::Password);
        QCOMPARE(field(editor, "storageAccessKey")->echoMode(), QLineEdit::Password);
        auto *addressing = editor->findChild<QComboBox *>(QStringLiteral("storageAddressing"));
        QCOMPARE(addressing->count(), 2);
        QVERIFY(addressing->itemText(0).contains(QStringLiteral("MinIO")));
        QVERIFY(addressing->itemText(1).contains(QStringLiteral("Cloudflare R2")));
        QVERIFY(!saveButton(editor)->isEnabled());
        QVERIFY2(editor->problem().contains(QStringLiteral("name")), qPrintable(editor->problem()));
        fill(editor, QStringLiteral("Studio bucket"), m_s3->bucket(), kSecret);
        QVERIFY2(editor->problem().isEmpty(), qPrintable(editor->problem()));
        QVERIFY(saveButton(editor)->isEnabled());
        field(editor, "storageEndpoint")->setText(m_s3->endpoint() + QStringLiteral("/media"));
        QVERIFY(!saveButton(editor)->isEnabled());
        QVERIFY2(editor->problem().contains(QStringLiteral("Prefix")), qPrintable(editor->problem()));
        QVERIFY(editor->findChild<QLabel *>(QStringLiteral("storageProblem"))->isVisible());
        field(editor, "storageEndpoint")->setText(m_s3->endpoint() + QLatin1Char('/'));
        field(editor, "storageBucket")->setText(QStringLiteral("Not_A_Bucket"));
        QVERIFY(!saveButton(editor)->isEnabled());
        QVERIFY2(editor->problem().contains(QStringLiteral("lower-case")), qPrintable(editor->problem()));

        // Test against a bucket that is not there: red, with the server's reason; nothing saved.
        field(editor, "storageBucket")->setText(QStringLiteral("no-such-bucket"));
        QSignalSpy tested(editor, &StorageEditor::tested);
        QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("testStorage")), Qt::LeftButton);
        QVERIFY(editor->isBusy());
        QVERIFY(editor->findChild<QProgressBar *>(QStringLiteral("storageTestProgress"))->isVisible());
        QVERIFY(tested.wait(30000));
        QCOMPARE(tested.at(0).at(0).toBool(), false);
        QVERIFY2(editor->statusText().contains(QStringLiteral("NoSuchBucket")) ||
                     editor->statusText().contains(QStringLiteral("bucket"), Qt::CaseInsensitive),
                 qPrintable(editor->statusText()));
        auto *status = editor->findChild<QLabel *>(QStringLiteral("storageStatus"));
        QVERIFY(status->palette().color(QPalette::WindowText).red() > 150);
        QVERIFY(!editor->findChild<QProgressBar *>(QStringLiteral("storageTestProgress"))->isVisible());
        QCOMPARE(m_cloud->storages().value().size(), 0);

        // Test against the real bucket: green.
        field(editor, "storageBucket")->setText(m_s3->bucket());
        tested.clear();
        editor->testStorage();
        QVERIFY(tested.wait(30000));
        QVERIFY2(tested.at(0).at(0).toBool(), qPrintable(tested.at(0).at(1).toString()));
        QVERIFY2(editor->statusText().contains(QStringLiteral("Connected")),
                 qPrintable(editor->statusText()));
        QVERIFY(status->palette().color(QPalette::WindowText).green() > 100);
        saveScreenshot(editor, QStringLiteral("storage-editor-tested.png"));

        QSignalSpy saved(editor, &StorageEditor::saved);
        QSignalSpy changed(&dialog, &StoragesDialog::storagesChanged);
        QTest::mouseClick(saveButton(editor), Qt::LeftButton);
        QVERIFY(saved.wait(5000));
        QCOMPARE(changed.size(), 1);
        const RowId id = saved.at(0).at(0).toLongLong();
        Result<StorageAccount> stored = StorageStore(m_studio->catalog()).load(id);
        QVERIFY2(stored.ok(), qPrintable(stored.error()));
        QCOMPARE(stored->endpoint, m_s3->endpoint());        // the trailing '/' went
        QCOMPARE(stored->prefix, QStringLiteral("studio"));  // and the slashes around the prefix
        QVERIFY(stored->isDefault);
        QVERIFY(m_credentials->contains(stored->credentialKey()));
        const int row = dialog.rowOf(id);
        QVERIFY(row >= 0);
        QCOMPARE(dialog.model()->item(row, StoragesDialog::BucketColumn)->text(),
                 m_s3->bucket() + QStringLiteral("/studio"));
        QCOMPARE(dialog.model()->item(row, StoragesDialog::MarksColumn)->text(), QStringLiteral("Default"));
        QVERIFY2(dialog.statusText().contains(QStringLiteral("Saved")), qPrintable(dialog.statusText()));

        // A second storage; make it the default: the mark moves.
        const RowId second = addStorage(QStringLiteral("Archive"));
        QVERIFY(second > 0);
        dialog.reload();
        QVERIFY(dialog.selectStorage(second));
        auto *makeDefault = dialog.findChild<QPushButton *>(QStringLiteral("makeDefaultStorage"));
        QVERIFY(makeDefault->isEnabled());
        QTest::mouseClick(makeDefault, Qt::LeftButton);
        QCOMPARE(dialog.model()->item(dialog.rowOf(second), StoragesDialog::MarksColumn)->text(),
                 QStringLiteral("Default"));
        QCOMPARE(dialog.model()->item(dialog.rowOf(id), StoragesDialog::MarksColumn)->text(), QString());
        QVERIFY(!makeDefault->isEnabled());

        // Edit: the key fields stay empty (the stored keys are kept) and say so; Test uses the stored ones.
        QVERIFY(dialog.selectStorage(id));
        editor = dialog.editSelected();
        QVERIFY(editor);
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        QCOMPARE(field(editor, "storageName")->text(), QStringLiteral("Studio bucket"));
        QVERIFY(field(editor, "storageSecretKey")->text().isEmpty());
        QVERIFY2(field(editor, "storageSecretKey")->placeholderText().contains(QStringLiteral("keep")),
                 qPrintable(field(editor, "storageSecretKey")->placeholderText()));
        QVERIFY(saveButton(editor)->isEnabled());
        field(editor, "storageAccessKey")->setText(QStringLiteral("only-one-key"));
        QVERIFY(!saveButton(editor)->isEnabled());
        QVERIFY2(editor->problem().contains(QStringLiteral("both keys")), qPrintable(editor->problem()));
        field(editor, "storageAccessKey")->clear();
        QSignalSpy editTested(editor, &StorageEditor::tested);
        editor->testStorage();
        QVERIFY(editTested.wait(30000));
        QVERIFY2(editTested.at(0).at(0).toBool(), qPrintable(editTested.at(0).at(1).toString()));
        field(editor, "storageName")->setText(QStringLiteral("Studio media"));
        editor->findChild<QCheckBox *>(QStringLiteral("storageAutoUpload"))->setChecked(true);
        QSignalSpy editSaved(editor, &StorageEditor::saved);
        QTest::mouseClick(saveButton(editor), Qt::LeftButton);
        QVERIFY(editSaved.wait(5000));
        QCOMPARE(dialog.model()->item(dialog.rowOf(id), StoragesDialog::NameColumn)->text(),
                 QStringLiteral("Studio media"));
        QCOMPARE(dialog.model()->item(dialog.rowOf(id), StoragesDialog::MarksColumn)->text(),
                 QStringLiteral("Auto-upload"));
        QVERIFY(StorageStore(m_studio->catalog()).load(id)->autoUpload);
        QVERIFY(m_credentials->contains(stored->credentialKey()));
        saveScreenshot(&dialog, QStringLiteral("storages-dialog.png"));

        // Remove asks first; Cancel keeps the storage.
        QVERIFY(dialog.selectStorage(id));
        QMessageBox *box = dialog.removeSelected();
        QVERIFY(box);
        QVERIFY(QTest::qWaitForWindowExposed(box));
        QVERIFY2(box->informativeText().contains(QStringLiteral("keychain")),
                 qPrintable(box->informativeText()));
        box->button(QMessageBox::Cancel)->click();
        QVERIFY(dialog.rowOf(id) >= 0);
        box = dialog.removeSelected();
        QVERIFY(box);
        QSignalSpy removed(&dialog, &StoragesDialog::removed);
        box->findChild<QPushButton *>(QStringLiteral("confirmRemove"))->click();
        QVERIFY(removed.wait(5000));
        QVERIFY2(removed.at(0).at(0).toBool(), qPrintable(removed.at(0).at(1).toString()));
        QCOMPARE(dialog.rowOf(id), -1);
        QVERIFY(!m_credentials->contains(stored->credentialKey()));
        QVERIFY(dialog.rowOf(second) >= 0);
    }

    void aRefusedSaveKeepsWhatWasTyped()
    {
        StoragesDialog dialog(*m_cloud);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        StorageEditor *editor = dialog.addStorage();
        QVERIFY(editor);
        fill(editor, QStringLiteral("Locked out"), m_s3->bucket(), kSecret);
        m_credentials->setUnavailable(true);
        QTest::mouseClick(saveButton(editor), Qt::LeftButton);
        QTRY_VERIFY(!editor->isBusy());
        QVERIFY2(editor->statusText().startsWith(QStringLiteral("Not saved")),
                 qPrintable(editor->statusText()));
        QVERIFY2(editor->statusText().contains(QStringLiteral("keychain"), Qt::CaseInsensitive),
                 qPrintable(editor->statusText()));
        QVERIFY(editor->isVisible());
        QCOMPARE(field(editor, "storageName")->text(), QStringLiteral("Locked out"));
        QCOMPARE(field(editor, "storageSecretKey")->text(), kSecret);
        QCOMPARE(m_cloud->storages().value().size(), 0);  // never half added
        // Once the keychain is back, the same form saves.
        m_credentials->setUnavailable(false);
        QSignalSpy saved(editor, &StorageEditor::saved);
        QTest::mouseClick(saveButton(editor), Qt::LeftButton);
        QVERIFY(saved.wait(5000));
        QCOMPARE(m_cloud->storages().value().size(), 1);
    }

    void theWindowOpensItAndNoFileHoldsTheKeys()
    {
        const QString ini = m_config.filePath(QStringLiteral("storyreel.ini"));
        {
            QSettings settings(ini, QSettings::IniFormat);
            MainWindow window(*m_studio, settings, m_queue.get());
            auto *action = window.findChild<QAction *>(QStringLiteral("showStorages"));
            QVERIFY(action);
            QVERIFY(!action->isEnabled());
            QVERIFY(!window.showStorages());
            window.setCloudService(*m_cloud);
            QVERIFY(action->isEnabled());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            action->trigger();
            auto *dialog = window.findChild<StoragesDialog *>();
            QVERIFY(dialog);
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            StorageEditor *editor = dialog->addStorage();
            fill(editor, QStringLiteral("Window bucket"), m_s3->bucket(), kSecret);
            QSignalSpy saved(editor, &StorageEditor::saved);
            QTest::mouseClick(saveButton(editor), Qt::LeftButton);
            QVERIFY(saved.wait(5000));
            // The same dialog is raised, not a second one.
            QCOMPARE(window.showStorages(), dialog);
            saveScreenshot(dialog, QStringLiteral("storages-dialog-window.png"));
            window.close();  // writes the window's settings
        }
        QVERIFY(QFile::exists(ini));
        QStringList leaks = filesContaining(m_config.path(), kSecret);
        leaks += filesContaining(m_data.path(), kSecret);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char(' '))));
        // The catalog itself (with its write-ahead log) was looked at.
        QVERIFY(QFile::exists(m_studio->location().catalogPath()));
        QVERIFY(filesContaining(m_data.path(), QStringLiteral("Window bucket")).size() >= 1);
    }
};

QTEST_MAIN(TestStoragesDialog)
#include "tst_storagesdialog.moc"
