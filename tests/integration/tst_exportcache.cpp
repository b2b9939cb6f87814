#include "exportcache.h"
#include "exportstore.h"
#include "mediafixtures.h"
#include "testcatalog.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace storyreel;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString sha256Of(const QString &path)
{
    return QString::fromLatin1(QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256).toHex());
}

// Identity and modification time of a file: unchanged only when nobody rewrote it.
struct Stamp
{
    ino_t inode = 0;
    qint64 mtimeNs = 0;
    bool operator==(const Stamp &) const = default;
};

Stamp stampOf(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return {};
    return {info.st_ino, qint64(info.st_mtim.tv_sec) * 1000000000 + info.st_mtim.tv_nsec};
}

ExportPreset preset(const QString &format, const QString &quality)
{
    return ExportPreset::parse(format, quality).value_or(ExportPreset{});
}

QStringList partialsIn(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("*.partial-*")}, QDir::Files | QDir::Hidden);
}

// Records the stages a MediaControl reported.
struct StageLog
{
    QStringList stages;
    MediaControl control{[this](double, const QString &stage) {
        if (!stages.contains(stage))
            stages << stage;
    }};
};

}  // namespace

class TestExportCache : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_media;
    QString m_source;  // 720p H.264 + AAC: mp4-low re-encodes it

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_media.isValid());
        test::ClipSpec spec;
        spec.width = 1280;
        spec.height = 720;
        spec.seconds = 0.5;
        QString error;
        m_source = test::makeClip(m_media.path(), QStringLiteral("source.mp4"), spec, &error);
        QVERIFY2(!m_source.isEmpty(), qPrintable(error));
    }

    void theFirstGetExportsAndRecordsIt()
    {
        test::TestCatalog catalog;
        QVERIFY2(catalog.ok(), qPrintable(catalog.error()));
        const DataLocation location(catalog.dir());
        const ExportCache cache(catalog.catalog(), location);
        const ExportPreset mp4Low = preset(QStringLiteral("mp4"), QStringLiteral("low"));
        QVERIFY(!cache.contains(m_source, mp4Low));

        StageLog log;
        Result<ExportOutcome> outcome = cache.get(m_source, mp4Low, &log.control);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
        const QString sha = sha256Of(m_source);
        QCOMPARE(outcome->path, QDir(location.exportsDir()).filePath(sha + QStringLiteral("-mp4-low.mp4")));
        QVERIFY(log.stages.contains(QStringLiteral("encoding")));
        const QJsonObject video = test::ffprobeStream(test::ffprobe(outcome->path), QStringLiteral("video"));
        QCOMPARE(video.value(QStringLiteral("height")).toInt(), 480);

        Result<QList<ExportEntry>> entries = ExportStore(catalog.catalog()).list();
        QVERIFY2(entries.ok(), qPrintable(entries.error()));
        QCOMPARE(entries->size(), 1);
        const ExportEntry &entry = entries->first();
        QCOMPARE(entry.sourceSha256, sha);
        QCOMPARE(entry.preset, QStringLiteral("mp4-low"));
        QCOMPARE(location.absolute(entry.filePath), outcome->path);
        QVERIFY(QDir::isRelativePath(entry.filePath));
        QCOMPARE(entry.sizeBytes, QFileInfo(outcome->path).size());
        QVERIFY(cache.contains(m_source, mp4Low));
        QVERIFY(partialsIn(location.exportsDir()).isEmpty());
    }

    void aHitReturnsTheSameFileWithoutWork()
    {
        test::TestCatalog catalog;
        QVERIFY2(catalog.ok(), qPrintable(catalog.error()));
        const ExportCache cache(catalog.catalog(), DataLocation(catalog.dir()));
        const ExportPreset mp4Low = preset(QStringLiteral("mp4"), QStringLiteral("low"));
        Result<ExportOutcome> first = cache.get(m_source, mp4Low);
        QVERIFY2(first.ok(), qPrintable(first.error()));
        const Stamp before = stampOf(first->path);
        QVERIFY(before.inode != 0);

        // Same content under another name: the cache is keyed by content, not by path.
        const QString copy = m_media.filePath(QStringLiteral("renamed copy.mp4"));
        QFile::remove(copy);
        QVERIFY(QFile::copy(m_source, copy));
        StageLog log;
        Result<ExportOutcome> second = cache.get(copy, mp4Low, &log.control);
        QVERIFY2(second.ok(), qPrintable(second.error()));
        QCOMPARE(second->path, first->path);
        QVERIFY(stampOf(second->path) == before);
        QCOMPARE(log.stages, QStringList{QStringLiteral("cached")});  // no probing, decoding or encoding
        QCOMPARE(ExportStore(catalog.catalog()).list()->size(), 1);
    }

    void eachPresetHasItsOwnFile()
    {
        test::TestCatalog catalog;
        QVERIFY2(catalog.ok(), qPrintable(catalog.error()));
        const ExportCache cache(catalog.catalog(), DataLocation(catalog.dir()));
        Result<ExportOutcome> mp4 = cache.get(m_source, preset(QStringLiteral("mp4"), QStringLiteral("low")));
        Result<ExportOutcome> webm =
            cache.get(m_source, preset(QStringLiteral("webm"), QStringLiteral("low")));
        QVERIFY2(mp4.ok(), qPrintable(mp4.error()));
        QVERIFY2(webm.ok(), qPrintable(webm.error()));
        QVERIFY(mp4->path != webm->path);
        QVERIFY(webm->path.endsWith(QStringLiteral("-webm-low.webm")));
        QVERIFY(QFileInfo::exists(mp4->path) && QFileInfo::exists(webm->path));
        const QJsonObject video = test::ffprobeStream(test::ffprobe(webm->path), QStringLiteral("video"));
        QCOMPARE(video.value(QStringLiteral("codec_name")).toString(), QStringLiteral("vp9"));
        QCOMPARE(ExportStore(catalog.catalog()).list()->size(), 2);
    }

    void aStaleEntryIsExportedAgain_data()
    {
        QTest::addColumn<bool>("deleteIt");
        QTest::newRow("cached file deleted") << true;
        QTest::newRow("cached file cut short") << false;
    }

    void aStaleEntryIsExportedAgain()
    {
        QFETCH(bool, deleteIt);
        test::TestCatalog catalog;
        QVERIFY2(catalog.ok(), qPrintable(catalog.error()));
        const ExportCache cache(catalog.catalog(), DataLocation(catalog.dir()));
        const ExportPreset mp4Low = preset(QStringLiteral("mp4"), QStringLiteral("low"));
        Result<ExportOutcome> first = cache.get(m_source, mp4Low);
        QVERIFY2(first.ok(), qPrintable(first.error()));
        const QByteArray complete = readAll(first->path);
        if (deleteIt)
            QVERIFY(QFile::remove(first->path));
        else
            QVERIFY(QFile::resize(first->path, complete.size() / 2));
        QVERIFY(!cache.contains(m_source, mp4Low));

        StageLog log;
        Result<ExportOutcome> second = cache.get(m_source, mp4Low, &log.control);
        QVERIFY2(second.ok(), qPrintable(second.error()));
        QVERIFY(log.stages.contains(QStringLiteral("encoding")));
        QCOMPARE(second->path, first->path);
        QCOMPARE(QFileInfo(second->path).size(), qint64(complete.size()));
        Result<QList<ExportEntry>> entries = ExportStore(catalog.catalog()).list();
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->first().sizeBytes, qint64(complete.size()));
        QVERIFY(cache.contains(m_source, mp4Low));
    }

    void aFailedExportRecordsNothing()
    {
        test::TestCatalog catalog;
        QVERIFY2(catalog.ok(), qPrintable(catalog.error()));
        const DataLocation location(catalog.dir());
        const ExportCache cache(catalog.catalog(), location);
        const QString notVideo =
            test::writeBytes(m_media.filePath(QStringLiteral("notes.mp4")), "just some notes\n");
        Result<ExportOutcome> outcome =
            cache.get(notVideo, preset(QStringLiteral("mp4"), QStringLiteral("low")));
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.errorKind(), FailureKind::BadInput);
        QVERIFY2(outcome.error().contains(QStringLiteral("notes.mp4")), qPrintable(outcome.error()));
        QVERIFY(ExportStore(catalog.catalog()).list()->isEmpty());
        QVERIFY(QDir(location.exportsDir()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }

    void deliverPlacesAnIdenticalCopy_data()
    {
        QTest::addColumn<QString>("where");
        QTest::addColumn<bool>("existing");
        QTest::newRow("new file") << "same" << false;
        QTest::newRow("replaces an existing file") << "same" << true;
        QTest::newRow("delivered twice") << "twice" << false;
        QTest::newRow("another file system") << "shm" << true;
    }

    void deliverPlacesAnIdenticalCopy()
    {
        QFETCH(QString, where);
        QFETCH(bool, existing);
        test::TestCatalog catalog;
        QVERIFY2(catalog.ok(), qPrintable(catalog.error()));
        const ExportCache cache(catalog.catalog(), DataLocation(catalog.dir()));
        Result<ExportOutcome> cached =
            cache.get(m_source, preset(QStringLiteral("mp4"), QStringLiteral("low")));
        QVERIFY2(cached.ok(), qPrintable(cached.error()));

        std::optional<QTemporaryDir> shm;
        QString folder =
            m_media.filePath(QStringLiteral("delivered-") + QString::fromUtf8(QTest::currentDataTag()));
        if (where == QLatin1String("shm")) {
            shm.emplace(QStringLiteral("/dev/shm/storyreel-XXXXXX"));
            struct stat a = {};
            struct stat b = {};
            if (!shm->isValid() || ::stat("/dev/shm", &a) != 0 ||
                ::stat(QFile::encodeName(cached->path).constData(), &b) != 0 || a.st_dev == b.st_dev)
                QSKIP("no second file system to copy across");
            folder = shm->path();
        }
        QVERIFY(QDir().mkpath(folder));
        const QString destination = QDir(folder).filePath(QStringLiteral("my video.mp4"));
        if (existing)
            QVERIFY(!test::writeBytes(destination, "an older export").isEmpty());

        QVERIFY2(ExportCache::deliver(cached->path, destination).ok(), "deliver failed");
        if (where == QLatin1String("twice")) {
            Status again = ExportCache::deliver(cached->path, destination);
            QVERIFY2(again.ok(), qPrintable(again.error()));
        }
        QCOMPARE(readAll(destination), readAll(cached->path));
        QVERIFY(partialsIn(folder).isEmpty());
        QVERIFY(QFileInfo::exists(cached->path));  // the cache keeps its file
    }

    void deliverToAMissingFolderFails()
    {
        const QString cachedFile = m_source;
        const QString folder = m_media.filePath(QStringLiteral("gone/away"));
        Status status = ExportCache::deliver(cachedFile, QDir(folder).filePath(QStringLiteral("x.mp4")));
        QVERIFY(!status.ok());
        QVERIFY2(status.error().contains(folder), qPrintable(status.error()));
        QVERIFY(!QFileInfo::exists(folder));
    }
};

QTEST_GUILESS_MAIN(TestExportCache)
#include "tst_exportcache.moc"
