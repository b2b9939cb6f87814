#include "dialogs/accountsdialog.h"
#include "dialogs/newexplainerdialog.h"
#include "dialogs/newstoryboarddialog.h"
#include "dialogs/newvideodialog.h"
#include "dialogs/storagesdialog.h"
#include "jobqueue.h"
#include "mainwindow.h"
#include "providerenv.h"
#include "studio.h"
#include "testcatalog.h"
#include "translations.h"
#include "widgets/languagemenu.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

#include <functional>

using namespace storyreel;

namespace {

// Asked first by QCoreApplication::translate (translators are asked newest first): notes every text
// of ours the German catalogue has no entry for under the context the code asks with, then answers
// nothing so the real translators answer. Such a text shows in English although lupdate may have
// extracted it (under another context) and the translator translated it.
class MissRecorder final : public QTranslator
{
public:
    explicit MissRecorder(const QTranslator &german) : m_german(german) {}

    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        const QString name = QString::fromUtf8(context);
        const bool qts = name.size() > 1 && name.at(0) == QLatin1Char('Q') && name.at(1).isUpper();
        if (!qts && sourceText && *sourceText &&
            m_german.translate(context, sourceText, disambiguation, n).isEmpty())
            m_misses.insert(name + QStringLiteral(" / ") + QString::fromUtf8(sourceText));
        return {};
    }
    bool isEmpty() const override { return false; }

    mutable QSet<QString> m_misses;

private:
    const QTranslator &m_german;
};

// Words no German sentence of the studio has, but nearly every English one does.
const QRegularExpression kEnglish(
    QStringLiteral("\\b(the|and|your|with|from|this|Add|Open|Show|Remove|"
                   "Cancel|Close|Settings|Edit|Help)\\b"));

// The texts a person reads on a widget's chrome (not the user's data in item views).
QStringList chromeTexts(QWidget *root)
{
    QStringList texts;
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(root))
            continue;
        texts << widget->toolTip() << widget->accessibleName() << widget->accessibleDescription();
        if (auto *label = qobject_cast<QLabel *>(widget))
            texts << label->text();
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts << button->text();
        else if (auto *edit = qobject_cast<QLineEdit *>(widget))
            texts << edit->placeholderText();
        else if (auto *box = qobject_cast<QGroupBox *>(widget))
            texts << box->title();
    }
    for (QAction *action : root->findChildren<QAction *>())
        texts << action->text() << action->toolTip() << action->statusTip();
    texts << root->windowTitle();
    texts.removeAll(QString());
    return texts;
}

}  // namespace

// The studio in German: every text the windows and dialogs ask for has a German translation under the
// context the code asks with, no English is left on their chrome, and Settings › Language saves the choice.
class TestGerman : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_data;
    QTemporaryDir m_config;
    std::unique_ptr<Studio> m_studio;
    QTranslator m_german;
    MissRecorder *m_recorder = nullptr;

    std::unique_ptr<QSettings> settings() const
    {
        return std::make_unique<QSettings>(m_config.filePath(QStringLiteral("storyreel.ini")),
                                           QSettings::IniFormat);
    }

    // English left on `root`: texts with an English word that are not the sample project's data.
    static QStringList englishOn(QWidget *root)
    {
        QStringList english;
        for (const QString &text : chromeTexts(root)) {
            if (kEnglish.match(text).hasMatch() && !text.contains(QLatin1String("(sample)")))
                english << QString::fromLatin1(root->metaObject()->className()) + QStringLiteral(": ") +
                               text.left(90);
        }
        english.removeDuplicates();
        return english;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_german.load(QLocale(QLocale::German), QStringLiteral("storyreel"), QStringLiteral("_"),
                              QStringLiteral(":/storyreel/i18n")));
        QCOMPARE(installTranslations(*qApp, QLocale(QLocale::German)), QStringLiteral("de"));
        m_recorder = new MissRecorder(m_german);
        QCoreApplication::installTranslator(m_recorder);
        Result<std::unique_ptr<Studio>> studio = Studio::open(DataLocation(m_data.path()));
        QVERIFY2(studio.ok(), qPrintable(studio.error()));
        m_studio = std::move(studio).value();
        QVERIFY(m_studio->ensureSampleProject().value());
    }

    void windowAndDialogsSpeakGerman()
    {
        auto store = settings();
        ProviderEnvironment providers(*m_studio);
        MainWindow window(*m_studio, *store, providers.queue.get());
        window.setProviderServices(providers.hub, providers.accounts, providers.generation);
        window.setCloudService(*providers.cloud);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&Datei"));

        QStringList english;
        for (int workspace = 0; workspace < MainWindow::WorkspaceCount; ++workspace) {
            window.setWorkspace(workspace);
            QTest::qWait(250);  // item views lay out on a timer
            english << englishOn(&window);
            const QString shot = QStringLiteral("german-workspace-%1.png").arg(workspace);
            QVERIFY(window.grab().save(QDir(test::artifactsDir()).filePath(shot)));
        }
        // One at a time: the generation dialogs share one window, each replaces the one before.
        const std::function<QWidget *()> openers[] = {
            [&] { return window.showAccounts(); }, [&] { return window.showStorages(); },
            [&] { return window.showNewVideo(); }, [&] { return window.showNewExplainer(); },
            [&] { return window.showNewStoryboard(); }};
        for (const auto &open : openers) {
            QWidget *dialog = open();
            QVERIFY(dialog);
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            english << englishOn(dialog);
            dialog->close();
        }
        QStringList misses(m_recorder->m_misses.cbegin(), m_recorder->m_misses.cend());
        misses.sort();
        const QString report = QStringLiteral("asked for without a German entry:\n%1\nEnglish on screen:\n%2")
                                   .arg(misses.join(QLatin1Char('\n')), english.join(QLatin1Char('\n')));
        QVERIFY2(misses.isEmpty() && english.isEmpty(), qPrintable(report));
    }

    void theLanguageMenuSavesTheChoice()
    {
        auto store = settings();
        QCOMPARE(preferredLanguage(*store), QString());
        LanguageMenu menu(*store);
        QVERIFY(menu.actionFor(QString())->isChecked());
        // The tests' C locale is no language the studio ships: the system default means English.
        QVERIFY2(menu.actionFor(QString())->text().contains(QLatin1String("English")),
                 qPrintable(menu.actionFor(QString())->text()));
        QCOMPARE(menu.actionFor(QStringLiteral("de"))->text(), QStringLiteral("&Deutsch"));
        QCOMPARE(menu.actionFor(QStringLiteral("en"))->text(), QStringLiteral("&English"));
        // The restart question is a modal box: answer "Later" as a person would, with the keyboard.
        QTimer::singleShot(0, this, [] {
            QWidget *box = QApplication::activeModalWidget();
            QVERIFY(box);
            QCOMPARE(box->objectName(), QStringLiteral("languageRestartBox"));
            QTest::keyClick(box, Qt::Key_Escape);
        });
        QSignalSpy restart(&menu, &LanguageMenu::restartRequested);
        menu.actionFor(QStringLiteral("de"))->trigger();
        QCOMPARE(preferredLanguage(*settings()), QStringLiteral("de"));
        QCOMPARE(restart.count(), 0);
        QCOMPARE(localeForLanguage(QStringLiteral("de")).language(), QLocale::German);
        // Back to the system's language: the key goes, and an unknown stored code counts as none.
        QTimer::singleShot(0, this,
                           [] { QTest::keyClick(QApplication::activeModalWidget(), Qt::Key_Return); });
        menu.actionFor(QString())->trigger();
        QCOMPARE(restart.count(), 1);
        QVERIFY(!settings()->contains(QStringLiteral("ui/language")));
        store->setValue(QStringLiteral("ui/language"), QStringLiteral("xx"));
        QCOMPARE(preferredLanguage(*store), QString());
    }
};

QTEST_MAIN(TestGerman)
#include "tst_german.moc"
