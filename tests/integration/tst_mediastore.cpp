#include "mediastore.h"
#include "partialfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace storyreel;

namespace {

QStringList partialsIn(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("*.partial-*")}, QDir::Files | QDir::Hidden);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

}  // namespace

class TestMediaStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storesBytesUnderTheirHash()
    {
        QTemporaryDir dir;
        const MediaStore media(dir.path());
        const QByteArray bytes("not really a png");
        Result<QString> path = media.addBytes(bytes, QStringLiteral("PNG"));
        QVERIFY2(path.ok(), qPrintable(path.error()));
        const QString sha =
            QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        QCOMPARE(*path, QStringLiteral("media/%1/%2.png").arg(sha.left(2), sha));
        QCOMPARE(readAll(media.absolutePath(*path)), bytes);
        QVERIFY(media.contains(*path));
        QVERIFY(partialsIn(QFileInfo(media.absolutePath(*path)).absolutePath()).isEmpty());
    }

    void equalContentIsStoredOnce()
    {
        QTemporaryDir dir;
        const MediaStore media(dir.path());
        const QString source = dir.filePath(QStringLiteral("clip.mp4"));
        QFile file(source);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(3 * 1024 * 1024 + 17, 'z'));  // more than one copy chunk
        file.close();
        Result<QString> first = media.addFile(source);
        Result<QString> second = media.addBytes(readAll(source), QStringLiteral("mp4"));
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QCOMPARE(*second, *first);
        QCOMPARE(readAll(media.absolutePath(*first)), readAll(source));
    }

    void aMissingSourceIsAClearError()
    {
        QTemporaryDir dir;
        Result<QString> path = MediaStore(dir.path()).addFile(dir.filePath(QStringLiteral("nope.mp4")));
        QVERIFY(!path.ok());
        QVERIFY2(path.error().contains(QStringLiteral("nope.mp4")), qPrintable(path.error()));
    }

    void anUncommittedPartialFileLeavesNothing()
    {
        QTemporaryDir dir;
        const QString destination = dir.filePath(QStringLiteral("out.mp4"));
        {
            PartialFile output(destination);
            QVERIFY(output.partialPath().startsWith(destination + QStringLiteral(".partial-")));
            QFile file(output.partialPath());
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("half");
        }
        QVERIFY(!QFile::exists(destination));
        QVERIFY(partialsIn(dir.path()).isEmpty());
    }

    void commitReplacesTheDestinationWhole()
    {
        QTemporaryDir dir;
        const QString destination = dir.filePath(QStringLiteral("out.txt"));
        QVERIFY(writeFileAtomically(destination, "old").ok());
        QVERIFY(writeFileAtomically(destination, "new content").ok());
        QCOMPARE(readAll(destination), QByteArray("new content"));
        QVERIFY(partialsIn(dir.path()).isEmpty());
    }

    void writingIntoAMissingFolderFailsClearly()
    {
        QTemporaryDir dir;
        const Status written = writeFileAtomically(dir.filePath(QStringLiteral("missing/out.txt")), "x");
        QVERIFY(!written.ok());
        QVERIFY2(written.error().contains(QStringLiteral("out.txt")), qPrintable(written.error()));
    }
};

QTEST_GUILESS_MAIN(TestMediaStore)
#include "tst_mediastore.moc"
