#include "localsynthesis.h"
#include "mediafixtures.h"
#include "renderplan.h"
#include "storyboardrenderer.h"
#include "storyboardstore.h"
#include "studio.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace storyreel;

namespace {

QStringList partialsIn(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("*.partial-*")}, QDir::Files);
}

RenderSettings quickSettings()
{
    RenderSettings settings;
    settings.shortSide = 480;
    settings.speed = QStringLiteral("ultrafast");
    return settings;
}

int colourDistance(const QColor &a, const QColor &b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
}

}  // namespace

// Storyboard renders and local drafts, checked with ffprobe and frames decoded by the ffmpeg CLI.
class TestRenderer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_red, m_blue;

private Q_SLOTS:
    void initTestCase()
    {
        m_red = test::makeSolidImage(m_dir.path(), QStringLiteral("red.png"), QSize(640, 360),
                                     QColor(220, 30, 30));
        m_blue = test::makeSolidImage(m_dir.path(), QStringLiteral("blue.png"), QSize(640, 360),
                                      QColor(30, 30, 220));
        QVERIFY(!m_red.isEmpty() && !m_blue.isEmpty());
    }

    void sampleStoryboardRendersInEveryAspect_data()
    {
        QTest::addColumn<Aspect>("aspect");
        QTest::addColumn<QSize>("size");
        QTest::newRow("16:9") << Aspect::Landscape16x9 << QSize(854, 480);
        QTest::newRow("9:16") << Aspect::Portrait9x16 << QSize(480, 854);
        QTest::newRow("1:1") << Aspect::Square1x1 << QSize(480, 480);
    }

    void sampleStoryboardRendersInEveryAspect()
    {
        QFETCH(Aspect, aspect);
        QFETCH(QSize, size);
        QTemporaryDir data;
        Result<std::unique_ptr<Studio>> studio = Studio::open(DataLocation(data.path()));
        QVERIFY2(studio.ok(), qPrintable(studio.error()));
        QVERIFY((*studio)->ensureSampleProject().value());
        const Storyboard board =
            findStoryboard((*studio)->catalog(), QStringLiteral("Morning Ritual (sample)")).value();
        RenderSettings settings = quickSettings();
        settings.aspect = aspect;
        settings.captions = true;
        const QString out = data.filePath(QStringLiteral("sample.mp4"));
        Result<RenderOutcome> outcome =
            renderStoryboard(renderScenesFor(board, (*studio)->location()), settings, out);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error()));

        const QJsonObject probe = test::ffprobe(out);
        const QJsonObject video = test::ffprobeStream(probe, QStringLiteral("video"));
        QCOMPARE(video.value(QStringLiteral("codec_name")).toString(), QStringLiteral("h264"));
        QCOMPARE(video.value(QStringLiteral("pix_fmt")).toString(), QStringLiteral("yuv420p"));
        QCOMPARE(QSize(video.value(QStringLiteral("width")).toInt(),
                       video.value(QStringLiteral("height")).toInt()),
                 size);
        const double expected = board.totalDurationMs() / 1000.0;
        QVERIFY2(std::abs(test::ffprobeDurationSeconds(probe) - expected) <= 1.0 / settings.fps + 1e-3,
                 qPrintable(QString::number(test::ffprobeDurationSeconds(probe))));
        QCOMPARE(video.value(QStringLiteral("nb_frames")).toString().toInt(), int(expected * settings.fps));
        QVERIFY(test::ffprobeStream(probe, QStringLiteral("audio")).isEmpty());
        QCOMPARE(outcome->size, size);
    }

    // Two solid scenes of 2 s with a 1 s crossfade: red, then an even mix at the cut, then blue.
    void crossfadeBlendsNeighbours()
    {
        RenderSettings settings = quickSettings();
        settings.motion = false;
        const QString out = m_dir.filePath(QStringLiteral("fade.mp4"));
        QVERIFY(
            renderStoryboard({{m_red, QStringLiteral("red"), 2000}, {m_blue, QStringLiteral("blue"), 2000}},
                             settings, out)
                .ok());
        const QRect centre(300, 140, 200, 200);
        const QColor early = test::meanColour(test::frameAt(out, 0.5), centre);
        const QColor middle = test::meanColour(test::frameAt(out, 2.0), centre);
        const QColor late = test::meanColour(test::frameAt(out, 3.5), centre);
        QVERIFY2(colourDistance(early, QColor(220, 30, 30)) < 30, qPrintable(early.name()));
        QVERIFY2(colourDistance(late, QColor(30, 30, 220)) < 30, qPrintable(late.name()));
        QVERIFY2(colourDistance(middle, QColor(125, 30, 125)) < 40, qPrintable(middle.name()));
    }

    void hardCutsWithoutCrossfade()
    {
        RenderSettings settings = quickSettings();
        settings.motion = false;
        settings.crossfadeMs = 0;
        const QString out = m_dir.filePath(QStringLiteral("cut.mp4"));
        QVERIFY(renderStoryboard({{m_red, QString(), 2000}, {m_blue, QString(), 2000}}, settings, out).ok());
        const QRect centre(300, 140, 200, 200);
        QVERIFY(colourDistance(test::meanColour(test::frameAt(out, 1.95), centre), QColor(220, 30, 30)) < 30);
        QVERIFY(colourDistance(test::meanColour(test::frameAt(out, 2.05), centre), QColor(30, 30, 220)) < 30);
    }

    void captionsAreBurnedInAtTheBottom()
    {
        const QString photo = test::makeImage(m_dir.path(), QStringLiteral("pattern.png"), 1280, 720);
        RenderSettings settings = quickSettings();
        settings.motion = false;
        const QString plain = m_dir.filePath(QStringLiteral("plain.mp4"));
        const QString captioned = m_dir.filePath(QStringLiteral("captioned.mp4"));
        const QList<RenderScene> scenes{
            {photo, QStringLiteral("A caption in any script: Grüße, こんにちは"), 2000}};
        QVERIFY(renderStoryboard(scenes, settings, plain).ok());
        settings.captions = true;
        QVERIFY(renderStoryboard(scenes, settings, captioned).ok());
        const QImage a = test::frameAt(plain, 1.0);
        const QImage b = test::frameAt(captioned, 1.0);
        QVERIFY(!a.isNull() && !b.isNull());
        const QRect top(0, 0, a.width(), a.height() / 3);
        const QRect bottom(a.width() / 4, a.height() * 3 / 4, a.width() / 2, a.height() / 6);
        QVERIFY(colourDistance(test::meanColour(a, top), test::meanColour(b, top)) < 6);
        // The caption box darkens the band behind the text.
        QVERIFY(test::meanColour(b, bottom).lightness() + 20 < test::meanColour(a, bottom).lightness());
    }

    void motionMovesThePicture()
    {
        const QString photo = test::makeImage(m_dir.path(), QStringLiteral("moving.png"), 1280, 720);
        RenderSettings settings = quickSettings();
        const QString moving = m_dir.filePath(QStringLiteral("moving.mp4"));
        QVERIFY(renderStoryboard({{photo, QString(), 3000}}, settings, moving).ok());
        settings.motion = false;
        const QString still = m_dir.filePath(QStringLiteral("still.mp4"));
        QVERIFY(renderStoryboard({{photo, QString(), 3000}}, settings, still).ok());
        const QRect area(100, 100, 200, 200);
        QVERIFY(colourDistance(test::meanColour(test::frameAt(moving, 0.1), area),
                               test::meanColour(test::frameAt(moving, 2.9), area)) > 10);
        QVERIFY(colourDistance(test::meanColour(test::frameAt(still, 0.1), area),
                               test::meanColour(test::frameAt(still, 2.9), area)) < 4);
    }

    void soundtrackIsMixedUnderTheWholeVideo()
    {
        test::ClipSpec tone;
        tone.videoCodec.clear();
        tone.seconds = 2.5;  // shorter than the video: silence fills the rest
        const QString music = test::makeClip(m_dir.path(), QStringLiteral("music.m4a"), tone);
        QVERIFY(!music.isEmpty());
        RenderSettings settings = quickSettings();
        settings.soundtrackPath = music;
        const QString out = m_dir.filePath(QStringLiteral("music.mp4"));
        Result<RenderOutcome> outcome =
            renderStoryboard({{m_red, QString(), 2000}, {m_blue, QString(), 2000}}, settings, out);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
        QVERIFY(outcome->hasAudio);
        const QJsonObject audio = test::ffprobeStream(test::ffprobe(out), QStringLiteral("audio"));
        QCOMPARE(audio.value(QStringLiteral("codec_name")).toString(), QStringLiteral("aac"));
        QCOMPARE(audio.value(QStringLiteral("channels")).toInt(), 2);
        QVERIFY2(std::abs(audio.value(QStringLiteral("duration")).toString().toDouble() - 4.0) < 0.1,
                 qPrintable(audio.value(QStringLiteral("duration")).toString()));
    }

    void cancelLeavesNothingAtTheDestination()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("cancelled.mp4"));
        MediaControl *self = nullptr;
        MediaControl control([&self](double fraction, const QString &) {
            if (fraction > 0.2)
                self->cancel();
        });
        self = &control;
        Result<RenderOutcome> outcome = renderStoryboard(
            {{m_red, QString(), 4000}, {m_blue, QString(), 4000}}, quickSettings(), out, &control);
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.errorKind(), FailureKind::Cancelled);
        QVERIFY(!QFile::exists(out));
        QVERIFY(partialsIn(dir.path()).isEmpty());
    }

    void badInputIsRefusedClearly_data()
    {
        QTest::addColumn<QString>("image");
        QTest::addColumn<qint64>("durationMs");
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("soundtrack");
        QTest::addColumn<QString>("message");
        const QString text =
            test::writeBytes(m_dir.filePath(QStringLiteral("notes.png")), "these are not pixels");
        QTest::newRow("missing image") << m_dir.filePath(QStringLiteral("gone.png")) << qint64(1000)
                                       << QString() << QString() << QStringLiteral("gone.png");
        QTest::newRow("not an image")
            << text << qint64(1000) << QString() << QString() << QStringLiteral("notes.png");
        QTest::newRow("no duration") << m_red << qint64(0) << QString() << QString()
                                     << QStringLiteral("no duration");
        QTest::newRow("missing folder") << m_red << qint64(1000) << QStringLiteral("nowhere") << QString()
                                        << QStringLiteral("does not exist");
        QTest::newRow("not audio") << m_red << qint64(1000) << QString() << text
                                   << QStringLiteral("notes.png");
    }

    void badInputIsRefusedClearly()
    {
        QFETCH(QString, image);
        QFETCH(qint64, durationMs);
        QFETCH(QString, folder);
        QFETCH(QString, soundtrack);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString out =
            QDir(dir.path())
                .filePath(folder.isEmpty() ? QStringLiteral("out.mp4") : folder + QStringLiteral("/out.mp4"));
        RenderSettings settings = quickSettings();
        settings.soundtrackPath = soundtrack;
        Result<RenderOutcome> outcome =
            renderStoryboard({{image, QStringLiteral("x"), durationMs}}, settings, out);
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.errorKind(), FailureKind::BadInput);
        QVERIFY2(outcome.error().contains(message), qPrintable(outcome.error()));
        QVERIFY(!QFile::exists(out));
        QVERIFY(partialsIn(dir.path()).isEmpty());
    }

    void anEmptyStoryboardIsRefused()
    {
        Result<RenderOutcome> outcome =
            renderStoryboard({}, quickSettings(), m_dir.filePath(QStringLiteral("empty.mp4")));
        QCOMPARE(outcome.errorKind(), FailureKind::BadInput);
    }

    void aFailedRenderKeepsTheExistingFile()
    {
        const QString out = test::writeBytes(m_dir.filePath(QStringLiteral("keep.mp4")), "previous render");
        QVERIFY(!renderStoryboard({{m_dir.filePath(QStringLiteral("missing.png")), QString(), 1000}},
                                  quickSettings(), out)
                     .ok());
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("previous render"));
    }

    void textDraftIsAnAnimatedCardOfFourToEightSeconds_data()
    {
        QTest::addColumn<double>("asked");
        QTest::addColumn<double>("expected");
        QTest::newRow("6 s") << 6.0 << 6.0;
        QTest::newRow("too long") << 12.0 << 8.0;
        QTest::newRow("too short") << 1.0 << 4.0;
    }

    void textDraftIsAnAnimatedCardOfFourToEightSeconds()
    {
        QFETCH(double, asked);
        QFETCH(double, expected);
        DraftSettings settings;
        settings.shortSide = 480;
        settings.seconds = asked;
        const QString out = m_dir.filePath(QStringLiteral("draft-%1.mp4").arg(asked));
        Result<RenderOutcome> outcome =
            synthesizeTextDraft(QStringLiteral("A lighthouse at dusk"), settings, out);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
        const QJsonObject probe = test::ffprobe(out);
        QCOMPARE(test::ffprobeStream(probe, QStringLiteral("video"))
                     .value(QStringLiteral("codec_name"))
                     .toString(),
                 QStringLiteral("h264"));
        QVERIFY(std::abs(test::ffprobeDurationSeconds(probe) - expected) < 0.05);
        const QRect area(50, 50, 100, 100);
        QVERIFY(colourDistance(test::meanColour(test::frameAt(out, 0.1), area),
                               test::meanColour(test::frameAt(out, expected - 0.1), area)) > 0);
    }

    void imageDraftMovesOverTheImage()
    {
        DraftSettings settings;
        settings.shortSide = 480;
        settings.aspect = Aspect::Portrait9x16;
        const QString out = m_dir.filePath(QStringLiteral("image-draft.mp4"));
        Result<RenderOutcome> outcome = synthesizeImageDraft(
            test::makeImage(m_dir.path(), QStringLiteral("src.jpg"), 800, 600), QString(), settings, out);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
        QCOMPARE(outcome->size, QSize(480, 854));
        QVERIFY(!synthesizeTextDraft(QStringLiteral("  "), settings, out).ok());
    }
};

QTEST_MAIN(TestRenderer)
#include "tst_renderer.moc"
