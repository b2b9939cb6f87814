#include "testcatalog.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

// The README's screenshots: the real studio, started as a person starts it, with `--screenshot` on each
// workspace in English and German, after a render and a generation so the job monitor and the library
// have something to show. `packaging/dev.sh screenshots` runs this test and copies the pictures into
// resources/screenshots; here each one must be a real window picture.
class TestScreenshots : public QObject
{
    Q_OBJECT

private:
    QString m_binary = qEnvironmentVariable("STORYREEL_BINARY");
    QTemporaryDir m_home;
    QString m_data;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("STORYREEL_DATA_DIR"));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("share")));
        return environment;
    }

    // Runs the studio; the process's stdout, or a failure with its stderr.
    QString run(const QStringList &arguments, bool headless)
    {
        QProcess process;
        QProcessEnvironment env = environment();
        if (headless)
            env.remove(QStringLiteral("DISPLAY"));
        process.setProcessEnvironment(env);
        process.start(m_binary, QStringList{QStringLiteral("--data-dir"), m_data} + arguments);
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
            QTest::qFail("storyreel did not finish in time", __FILE__, __LINE__);
            return {};
        }
        const QString err = QString::fromUtf8(process.readAllStandardError());
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            QTest::qFail(
                qPrintable(
                    QStringLiteral("storyreel %1 failed: %2").arg(arguments.join(QLatin1Char(' ')), err)),
                __FILE__, __LINE__);
            return {};
        }
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    static int distinctColours(const QImage &image)
    {
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        }
        return int(colours.size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(m_binary), "STORYREEL_BINARY must name the built storyreel");
        QVERIFY2(qEnvironmentVariableIsSet("DISPLAY"), "the screenshots are taken in a real X display");
        m_data = m_home.filePath(QStringLiteral("data"));
        // A finished render and a generated video: the job monitor and the library are not empty.
        run({QStringLiteral("summary")}, true);  // creates the sample project
        const QString video = m_home.filePath(QStringLiteral("morning.mp4"));
        run({QStringLiteral("render"), QStringLiteral("Morning Ritual (sample)"), QStringLiteral("-o"),
             video},
            true);
        QVERIFY(QFile::exists(video));
        run({QStringLiteral("generate"), QStringLiteral("text"),
             QStringLiteral("A linen shirt drying in the morning sun"), QStringLiteral("--wait")},
            true);
    }

    void eachWorkspace_data()
    {
        QTest::addColumn<QString>("workspace");
        QTest::addColumn<QString>("language");
        for (const char *language : {"en", "de"}) {
            for (const char *workspace : {"storyboards", "library", "jobs"})
                QTest::addRow("%s-%s", workspace, language)
                    << QString::fromLatin1(workspace) << QString::fromLatin1(language);
        }
    }

    void eachWorkspace()
    {
        QFETCH(QString, workspace);
        QFETCH(QString, language);
        {
            // Settings › Language, as the studio reads it at start.
            QSettings settings(m_home.filePath(QStringLiteral("config/storyreel/storyreel.conf")),
                               QSettings::IniFormat);
            settings.setValue(QStringLiteral("ui/language"), language);
        }
        const QString dir = QDir(storyreel::test::artifactsDir()).filePath(QStringLiteral("screenshots"));
        QVERIFY(QDir().mkpath(dir));
        const QString suffix = language == QLatin1String("en") ? QString() : QLatin1Char('-') + language;
        const QString path = QDir(dir).filePath(workspace + suffix + QStringLiteral(".png"));
        QFile::remove(path);
        const QString out =
            run({QStringLiteral("--workspace"), workspace, QStringLiteral("--screenshot"), path}, false);
        QVERIFY2(out.contains(QDir::toNativeSeparators(path)), qPrintable(out));  // "Screenshot saved to …"
        QImage image(path);
        QVERIFY2(!image.isNull(), qPrintable(path));
        QVERIFY2(image.width() >= 900 && image.height() >= 600,
                 qPrintable(QStringLiteral("%1x%2").arg(image.width()).arg(image.height())));
        // A painted window has text, icons and thumbnails: far more than a blank or single-colour frame.
        QVERIFY2(distinctColours(image) > 40, qPrintable(QString::number(distinctColours(image))));
        qInfo("screenshot: %s", qPrintable(path));
    }
};

QTEST_GUILESS_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
