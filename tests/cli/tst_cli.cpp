#include "mediafixtures.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace storyreel;

// The storyreel executable as a user runs it: exit codes, messages and the headless summary.
class TestCli : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    // Runs storyreel with a private data folder, config folder and no display unless given.
    Run storyreel(const QStringList &arguments, const QProcessEnvironment &extra = {}) const
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
        environment.remove(QStringLiteral("STORYREEL_DATA_DIR"));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("share")));
        for (const QString &key : extra.keys())
            environment.insert(key, extra.value(key));
        process.setProcessEnvironment(environment);
        process.start(m_binary, arguments);
        if (!process.waitForFinished(60000)) {
            process.kill();
            return {};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QString m_binary = qEnvironmentVariable("STORYREEL_BINARY");
    QTemporaryDir m_home;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(m_binary), "STORYREEL_BINARY must name the built storyreel");
    }

    void versionExitsZero()
    {
        const Run run = storyreel({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(QStringLiteral("storyreel " STORYREEL_VERSION)), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("Qt 6.")));
        QVERIFY(run.out.contains(QStringLiteral("FFmpeg 5.")));
    }

    void helpExitsZeroAndNamesOptionsAndCommands()
    {
        const Run run = storyreel({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        for (const char *expected : {"--data-dir", "--screenshot", "--version", "--workspace", "summary"})
            QVERIFY2(run.out.contains(QLatin1String(expected)), expected);
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("--frobnicate")} << QStringLiteral("frobnicate");
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("dance")} << QStringLiteral("Unknown command");
        QTest::newRow("missing value")
            << QStringList{QStringLiteral("--data-dir")} << QStringLiteral("data-dir");
        QTest::newRow("unknown workspace")
            << QStringList{QStringLiteral("--workspace"), QStringLiteral("kitchen")}
            << QStringLiteral("kitchen");
        QTest::newRow("summary with arguments")
            << QStringList{QStringLiteral("summary"), QStringLiteral("extra")}
            << QStringLiteral("takes no arguments");
    }

    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = storyreel(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void summaryCreatesTheSampleInTheChosenDataFolder()
    {
        QTemporaryDir data;
        const Run run = storyreel({QStringLiteral("summary"), QStringLiteral("--data-dir"), data.path()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QDir::toNativeSeparators(data.path())));
        QVERIFY(run.out.contains(QStringLiteral("Sample project: created now")));
        QVERIFY(run.out.contains(QStringLiteral("Morning Ritual (sample) - 5 scenes")));
        QVERIFY(run.out.contains(QStringLiteral("Looks (2)")));
        QVERIFY(QFile::exists(data.filePath(QStringLiteral("catalog.sqlite"))));

        const Run again = storyreel({QStringLiteral("--data-dir"), data.path(), QStringLiteral("summary")});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.contains(QStringLiteral("Sample project: created earlier")));
        QVERIFY(again.out.contains(QStringLiteral("Storyboards (1)")));
    }

    void environmentChoosesTheDataFolder()
    {
        QTemporaryDir data;
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("STORYREEL_DATA_DIR"), data.path());
        const Run run = storyreel({QStringLiteral("summary")}, environment);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("(STORYREEL_DATA_DIR)")));
        QVERIFY(QFile::exists(data.filePath(QStringLiteral("catalog.sqlite"))));
    }

    void withoutADisplayTheStudioSaysSoAndRendersTheSample()
    {
        QTemporaryDir data;
        const Run run = storyreel({QStringLiteral("--data-dir"), data.path()});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("No display found")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("Storyboards (1)")));
        const QString video = data.filePath(QStringLiteral("renders/morning-ritual-sample.mp4"));
        QVERIFY2(run.out.contains(QStringLiteral("The sample storyboard is rendered: ") +
                                  QDir::toNativeSeparators(video)),
                 qPrintable(run.out));
        const QJsonObject probe = test::ffprobe(video);
        QCOMPARE(test::ffprobeStream(probe, QStringLiteral("video")).value(QStringLiteral("width")).toInt(),
                 1920);
        QVERIFY(std::abs(test::ffprobeDurationSeconds(probe) - 23.0) < 0.05);
        QVERIFY2(run.err.trimmed().isEmpty(), qPrintable(run.err));  // no encoder chatter on the terminal
    }

    void renderWritesTheChosenAspectAndQuality()
    {
        QTemporaryDir data;
        const QString out = data.filePath(QStringLiteral("square.mp4"));
        const Run run =
            storyreel({QStringLiteral("--data-dir"), data.path(), QStringLiteral("render"),
                       QStringLiteral("1"), QStringLiteral("-o"), out, QStringLiteral("--aspect"),
                       QStringLiteral("1:1"), QStringLiteral("--quality"), QStringLiteral("low")});
        // A fresh catalog has no storyboard until the sample exists: render says which exist.
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("no storyboard")), qPrintable(run.err));
        QCOMPARE(storyreel({QStringLiteral("--data-dir"), data.path(), QStringLiteral("summary")}).exitCode,
                 0);
        const Run rendered =
            storyreel({QStringLiteral("--data-dir"), data.path(), QStringLiteral("render"),
                       QStringLiteral("morning ritual (sample)"), QStringLiteral("-o"), out,
                       QStringLiteral("--aspect"), QStringLiteral("1:1"), QStringLiteral("--quality"),
                       QStringLiteral("low"), QStringLiteral("--no-motion")});
        QVERIFY2(rendered.exitCode == 0, qPrintable(rendered.err));
        const QJsonObject video = test::ffprobeStream(test::ffprobe(out), QStringLiteral("video"));
        QCOMPARE(video.value(QStringLiteral("width")).toInt(), 480);
        QCOMPARE(video.value(QStringLiteral("height")).toInt(), 480);

        // The render ran as a job: the monitor and `jobs` know it.
        const Run listed = storyreel(
            {QStringLiteral("--data-dir"), data.path(), QStringLiteral("jobs"), QStringLiteral("list")});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(
            listed.out.contains(QStringLiteral("succeeded")) && listed.out.contains(QStringLiteral("Render")),
            qPrintable(listed.out));
        const Run shown = storyreel({QStringLiteral("--data-dir"), data.path(), QStringLiteral("jobs"),
                                     QStringLiteral("show"), QStringLiteral("1")});
        QVERIFY2(shown.out.contains(QDir::toNativeSeparators(out)), qPrintable(shown.out));
    }

    void renderAcceptsAStoryreelFile()
    {
        QTemporaryDir data;
        QImage image(160, 160, QImage::Format_RGB32);
        image.fill(Qt::darkYellow);
        QBuffer png;
        png.open(QIODevice::WriteOnly);
        QVERIFY(image.save(&png, "PNG"));
        QJsonArray scenes;
        for (int durationMs : {1000, 1500})
            scenes << QJsonObject{
                {QStringLiteral("description"), QStringLiteral("A shared scene")},
                {QStringLiteral("image_prompt"), QString()},
                {QStringLiteral("duration_ms"), durationMs},
                {QStringLiteral("image"),
                 QJsonObject{{QStringLiteral("data"), QString::fromLatin1(png.data().toBase64())},
                             {QStringLiteral("type"), QStringLiteral("image/png")}}}};
        QJsonObject root{{QStringLiteral("format"), QStringLiteral("storyreel")},
                         {QStringLiteral("version"), 1},
                         {QStringLiteral("storyboard"),
                          QJsonObject{{QStringLiteral("title"), QStringLiteral("Shared board")},
                                      {QStringLiteral("aspect"), QStringLiteral("1:1")},
                                      {QStringLiteral("scenes"), scenes}}}};
        const QString file =
            test::writeBytes(data.filePath(QStringLiteral("shared.storyreel")), QJsonDocument(root).toJson());
        const QString out = data.filePath(QStringLiteral("shared.mp4"));
        const Run run =
            storyreel({QStringLiteral("--data-dir"), data.path(), QStringLiteral("render"), file,
                       QStringLiteral("-o"), out, QStringLiteral("--quality"), QStringLiteral("low"),
                       QStringLiteral("--crossfade"), QStringLiteral("0")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("Imported \"Shared board\"")), qPrintable(run.out));
        const QJsonObject probe = test::ffprobe(out);
        QCOMPARE(test::ffprobeStream(probe, QStringLiteral("video")).value(QStringLiteral("width")).toInt(),
                 480);
        QVERIFY(std::abs(test::ffprobeDurationSeconds(probe) - 2.5) < 0.1);

        // A file from a newer version is refused before anything is imported.
        root.insert(QStringLiteral("version"), 7);
        test::writeBytes(file, QJsonDocument(root).toJson());
        const Run refused = storyreel({QStringLiteral("--data-dir"), data.path(), QStringLiteral("render"),
                                       file, QStringLiteral("-o"), out});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("newer")), qPrintable(refused.err));
    }

    void mediaCommandsReportBadInputWithExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString text = m_home.filePath(QStringLiteral("notes.txt"));
        test::writeBytes(text, "not a video");
        const QString out = m_home.filePath(QStringLiteral("out.mp4"));
        QTest::newRow("probe text") << QStringList{QStringLiteral("probe"), text}
                                    << QStringLiteral("notes.txt");
        QTest::newRow("probe missing")
            << QStringList{QStringLiteral("probe"), m_home.filePath(QStringLiteral("gone.mp4"))}
            << QStringLiteral("gone.mp4");
        QTest::newRow("export text") << QStringList{QStringLiteral("export"),    text,
                                                    QStringLiteral("--format"),  QStringLiteral("mp4"),
                                                    QStringLiteral("--quality"), QStringLiteral("low"),
                                                    QStringLiteral("-o"),        out}
                                     << QStringLiteral("notes.txt");
        QTest::newRow("export bad preset") << QStringList{QStringLiteral("export"),    text,
                                                          QStringLiteral("--format"),  QStringLiteral("avi"),
                                                          QStringLiteral("--quality"), QStringLiteral("low"),
                                                          QStringLiteral("-o"),        out}
                                           << QStringLiteral("--format");
        QTest::newRow("export without -o") << QStringList{QStringLiteral("export"),    text,
                                                          QStringLiteral("--format"),  QStringLiteral("mp4"),
                                                          QStringLiteral("--quality"), QStringLiteral("low")}
                                           << QStringLiteral("-o OUT");
        QTest::newRow("thumbnail text")
            << QStringList{QStringLiteral("thumbnail"), text, QStringLiteral("-o"),
                           m_home.filePath(QStringLiteral("t.jpg"))}
            << QStringLiteral("notes.txt");
        QTest::newRow("thumbnail bad format")
            << QStringList{QStringLiteral("thumbnail"), text, QStringLiteral("-o"),
                           m_home.filePath(QStringLiteral("t.gif"))}
            << QStringLiteral(".jpg or .png");
        QTest::newRow("jobs unknown action") << QStringList{QStringLiteral("jobs"), QStringLiteral("dance")}
                                             << QStringLiteral("unknown action");
        QTest::newRow("jobs show missing")
            << QStringList{QStringLiteral("jobs"), QStringLiteral("show"), QStringLiteral("999")}
            << QStringLiteral("999");
        QTest::newRow("jobs retry without id") << QStringList{QStringLiteral("jobs"), QStringLiteral("retry")}
                                               << QStringLiteral("takes a job id");
        QTest::newRow("jobs bad priority") << QStringList{QStringLiteral("jobs"), QStringLiteral("priority"),
                                                          QStringLiteral("1"), QStringLiteral("urgent")}
                                           << QStringLiteral("low, normal or high");
        QTest::newRow("jobs bad setting")
            << QStringList{QStringLiteral("jobs"), QStringLiteral("settings"),
                           QStringLiteral("--retry-interrupted"), QStringLiteral("maybe")}
            << QStringLiteral("yes or no");
        QTest::newRow("render bad aspect")
            << QStringList{QStringLiteral("render"),   QStringLiteral("1"),  QStringLiteral("-o"), out,
                           QStringLiteral("--aspect"), QStringLiteral("4:3")}
            << QStringLiteral("--aspect");
    }

    void mediaCommandsReportBadInputWithExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QTemporaryDir data;
        const Run run = storyreel(QStringList{QStringLiteral("--data-dir"), data.path()} + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(!QFile::exists(m_home.filePath(QStringLiteral("out.mp4"))));
    }

    void probeExportAndThumbnailWorkOnARealClip()
    {
        QTemporaryDir data;
        test::ClipSpec spec;
        spec.width = 1280;
        spec.height = 720;
        const QString clip = test::makeClip(data.path(), QStringLiteral("clip.mp4"), spec);
        QVERIFY(!clip.isEmpty());

        const Run probe = storyreel({QStringLiteral("probe"), clip, QStringLiteral("--json")});
        QCOMPARE(probe.exitCode, 0);
        const QJsonObject info = QJsonDocument::fromJson(probe.out.toUtf8()).object();
        QCOMPARE(info.value(QStringLiteral("streams")).toArray().size(), 2);
        QCOMPARE(info.value(QStringLiteral("streams"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("width"))
                     .toInt(),
                 1280);

        const QString webm = data.filePath(QStringLiteral("clip-low.webm"));
        const Run exported =
            storyreel({QStringLiteral("--data-dir"), data.path(), QStringLiteral("export"), clip,
                       QStringLiteral("--format"), QStringLiteral("webm"), QStringLiteral("--quality"),
                       QStringLiteral("low"), QStringLiteral("-o"), webm});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        const QJsonObject video = test::ffprobeStream(test::ffprobe(webm), QStringLiteral("video"));
        QCOMPARE(video.value(QStringLiteral("codec_name")).toString(), QStringLiteral("vp9"));
        QCOMPARE(video.value(QStringLiteral("height")).toInt(), 480);

        const QString poster = data.filePath(QStringLiteral("poster.png"));
        const Run thumbnail =
            storyreel({QStringLiteral("--data-dir"), data.path(), QStringLiteral("thumbnail"), clip,
                       QStringLiteral("-o"), poster, QStringLiteral("--at"), QStringLiteral("1"),
                       QStringLiteral("--width"), QStringLiteral("320")});
        QVERIFY2(thumbnail.exitCode == 0, qPrintable(thumbnail.err));
        QCOMPARE(QImage(poster).size(), QSize(320, 180));
    }

    void aNewerCatalogIsRefusedUntouched()
    {
        QTemporaryDir data;
        QVERIFY(storyreel({QStringLiteral("summary"), QStringLiteral("--data-dir"), data.path()}).exitCode ==
                0);
        const QString path = data.filePath(QStringLiteral("catalog.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery bump(db);
            QVERIFY(bump.exec(QStringLiteral("PRAGMA user_version = 999")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bump"));
        const Run run = storyreel({QStringLiteral("summary"), QStringLiteral("--data-dir"), data.path()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("newer version of Storyreel")), qPrintable(run.err));
    }

    void screenshotWorksWithoutADisplay()
    {
        QTemporaryDir data;
        const QString png = data.filePath(QStringLiteral("shot.png"));
        const Run run = storyreel({QStringLiteral("--data-dir"), data.path(), QStringLiteral("--workspace"),
                                   QStringLiteral("library"), QStringLiteral("--screenshot"), png});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800 && image.height() >= 500);
    }

    // The desktop file's `storyreel %f`: the studio opens a .storyreel file as a new storyboard.
    void opensAStoryreelFileGivenOnTheCommandLine()
    {
        QTemporaryDir data;
        const QString file = data.filePath(QStringLiteral("Shared Board.storyreel"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(R"({"format": "storyreel", "version": 1, "storyboard": {"title": "Harbour at dusk",
            "prompt": "", "style": "", "aspect": "16:9", "approved": false, "refinement_count": 0,
            "scenes": [{"description": "Boats come in", "image_prompt": "", "duration_ms": 3000}]}})");
        out.close();
        const QString png = data.filePath(QStringLiteral("shot.png"));
        const Run run =
            storyreel({QStringLiteral("--data-dir"), data.path(), QStringLiteral("--screenshot"), png, file});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const Run summary = storyreel({QStringLiteral("summary"), QStringLiteral("--data-dir"), data.path()});
        QVERIFY2(summary.out.contains(QLatin1String("Harbour at dusk")), qPrintable(summary.out));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
