// Importing local media into the library: a real clip becomes an Import video with its poster and
// measurements; anything else (text, empty, truncated, random bytes, a still image) is refused with a
// message naming the file and leaves no row and nothing in media/; the same content twice is one video.
#include "mediafixtures.h"
#include "mediaimport.h"
#include "mediastore.h"
#include "testcatalog.h"
#include "videostore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace storyreel;
using namespace storyreel::test;

class TestMediaImport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void aClipBecomesAnImportedVideo();
    void theSameContentTwiceIsOneVideo();
    void badFilesAreRefused_data();
    void badFilesAreRefused();
    void aClipWithoutAVideoSuffixKeepsAPlayableName();

private:
    int mediaFiles() const;

    QTemporaryDir m_sources;
    QString m_clip;
    std::unique_ptr<TestCatalog> m_catalog;
    std::unique_ptr<MediaStore> m_media;
};

void TestMediaImport::initTestCase()
{
    QVERIFY(m_sources.isValid());
    ClipSpec spec;
    spec.seconds = 2.0;
    QString error;
    m_clip = makeClip(m_sources.path(), QStringLiteral("Harbour walk.mp4"), spec, &error);
    QVERIFY2(!m_clip.isEmpty(), qPrintable(error));
}

void TestMediaImport::init()
{
    m_catalog = std::make_unique<TestCatalog>();
    QVERIFY2(m_catalog->ok(), qPrintable(m_catalog->error()));
    m_media = std::make_unique<MediaStore>(m_catalog->dir());
}

void TestMediaImport::cleanup()
{
    m_media.reset();
    m_catalog.reset();
}

int TestMediaImport::mediaFiles() const
{
    int count = 0;
    QDirIterator it(QDir(m_catalog->dir()).filePath(QStringLiteral("media")), QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return count;
}

void TestMediaImport::aClipBecomesAnImportedVideo()
{
    const Result<RowId> id = importMediaFile(m_catalog->catalog(), *m_media, m_clip);
    QVERIFY2(id.ok(), qPrintable(id.error()));
    const Video video = VideoStore(m_catalog->catalog()).load(*id).value();
    QCOMPARE(video.kind, VideoKind::Import);
    QCOMPARE(video.status, VideoStatus::Succeeded);
    QCOMPARE(video.accountId, RowId(0));
    QCOMPARE(video.title, QStringLiteral("Harbour walk"));
    QVERIFY(qAbs(video.durationMs - 2000) <= 100);
    QCOMPARE(video.width, 640);
    QCOMPARE(video.height, 360);
    QCOMPARE(video.mediaSha256, MediaStore::contentHash(m_clip).value());
    // The file is a copy in the content-addressed store, byte for byte.
    QVERIFY(video.filePath.startsWith(QStringLiteral("media/")));
    QVERIFY(video.filePath.endsWith(QStringLiteral(".mp4")));
    const QString stored = m_media->absolutePath(video.filePath);
    QFile original(m_clip), copy(stored);
    QVERIFY(original.open(QIODevice::ReadOnly) && copy.open(QIODevice::ReadOnly));
    QVERIFY(original.readAll() == copy.readAll());
    QVERIFY(!ffprobeStream(ffprobe(stored), QStringLiteral("video")).isEmpty());
    // A poster, a real JPEG of the clip's aspect.
    QVERIFY(!video.posterPath.isEmpty());
    const QImage poster(m_media->absolutePath(video.posterPath));
    QVERIFY(!poster.isNull());
    QCOMPARE(poster.width(), 640);
    QCOMPARE(poster.height(), 360);
    QCOMPARE(mediaFiles(), 2);
}

void TestMediaImport::theSameContentTwiceIsOneVideo()
{
    const RowId first = importMediaFile(m_catalog->catalog(), *m_media, m_clip).value();
    // The same bytes under another name are still the same video.
    const QString renamed = QDir(m_sources.path()).filePath(QStringLiteral("copy of the walk.mp4"));
    QFile::remove(renamed);
    QVERIFY(QFile::copy(m_clip, renamed));
    const Result<RowId> again = importMediaFile(m_catalog->catalog(), *m_media, m_clip);
    const Result<RowId> copy = importMediaFile(m_catalog->catalog(), *m_media, renamed);
    QVERIFY(again.ok() && copy.ok());
    QCOMPARE(*again, first);
    QCOMPARE(*copy, first);
    QCOMPARE(VideoStore(m_catalog->catalog()).count().value(), 1);
    QCOMPARE(mediaFiles(), 2);
}

void TestMediaImport::badFilesAreRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");  // empty with "truncate": the clip cut short
    QTest::addColumn<QString>("message");
    QTest::newRow("text") << QStringLiteral("notes.txt") << QByteArray("Shot list:\n1. harbour\n2. pier\n")
                          << QStringLiteral("notes.txt is not a video Storyreel can read");
    QTest::newRow("empty") << QStringLiteral("empty.mp4") << QByteArray()
                           << QStringLiteral(
                                  "empty.mp4 is not a video Storyreel can read: the file is empty");
    QTest::newRow("truncated") << QStringLiteral("cut.mp4") << QByteArray("truncate")
                               << QStringLiteral("cut.mp4 is not a video Storyreel can read");
    QByteArray noise(64 * 1024, Qt::Uninitialized);
    QRandomGenerator random(7);
    for (char &byte : noise)
        byte = char(random.bounded(256));
    QTest::newRow("random bytes") << QStringLiteral("random.mp4") << noise
                                  << QStringLiteral("random.mp4 is not a video Storyreel can read");
    QTest::newRow("image") << QStringLiteral("look.png") << QByteArray("image")
                           << QStringLiteral("look.png is an image: only videos go into the library");
    QTest::newRow("image named mp4") << QStringLiteral("photo.mp4") << QByteArray("image")
                                     << QStringLiteral(
                                            "photo.mp4 is an image: only videos go into the library");
    QTest::newRow("missing") << QStringLiteral("gone.mp4") << QByteArray("missing")
                             << QStringLiteral("does not exist");
}

void TestMediaImport::badFilesAreRefused()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QString path = QDir(dir.path()).filePath(name);
    if (bytes == "truncate") {
        truncatedCopy(m_clip, path, QFileInfo(m_clip).size() / 2);
    } else if (bytes == "image") {
        const QString png = makeImage(dir.path(), QStringLiteral("made.png"), 320, 240);
        QVERIFY(QFile::rename(png, path));
    } else if (bytes != "missing") {
        writeBytes(path, bytes);
    }
    const Result<RowId> refused = importMediaFile(m_catalog->catalog(), *m_media, path);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(message), qPrintable(refused.error()));
    QCOMPARE(refused.errorKind(), FailureKind::BadInput);
    QCOMPARE(VideoStore(m_catalog->catalog()).count().value(), 0);
    QCOMPARE(mediaFiles(), 0);
}

void TestMediaImport::aClipWithoutAVideoSuffixKeepsAPlayableName()
{
    const QString bare = QDir(m_sources.path()).filePath(QStringLiteral("clip-without-suffix"));
    QFile::remove(bare);
    QVERIFY(QFile::copy(m_clip, bare));
    const Result<RowId> id = importMediaFile(m_catalog->catalog(), *m_media, bare);
    QVERIFY2(id.ok(), qPrintable(id.error()));
    const Video video = VideoStore(m_catalog->catalog()).load(*id).value();
    QVERIFY2(video.filePath.endsWith(QStringLiteral(".mp4")), qPrintable(video.filePath));
    QCOMPARE(video.title, QStringLiteral("clip-without-suffix"));
    QCOMPARE(mediaFiles(), 2);  // the video and its poster; no leftover copy
}

QTEST_MAIN(TestMediaImport)
#include "tst_mediaimport.moc"
