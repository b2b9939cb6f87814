#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// packaging/linux as a distribution sees it: the .desktop file, AppStream metainfo and MIME type pass
// their validators, and the .deb that cpack builds from this tree holds all of them, every icon size
// and a storyreel binary that runs from an unpacked root with the system's Qt.
class TestPackaging : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static QString appId() { return QStringLiteral(STORYREEL_APP_ID); }
    static QString source(const QString &name) { return QStringLiteral(STORYREEL_PACKAGING_DIR "/") + name; }

    // A missing tool fails (never skips) and names the Debian package that has it.
    static QString tool(const QString &name, const char *debianPackage)
    {
        const QString path = QStandardPaths::findExecutable(name);
        if (path.isEmpty())
            qWarning("%s not found: install the Debian package %s (packaging/debian-packages.txt)",
                     qPrintable(name), debianPackage);
        return path;
    }

    static Run run(const QString &program, const QStringList &arguments, int timeoutMs = 60000)
    {
        QProcess process;
        process.start(program, arguments);
        if (!process.waitForFinished(timeoutMs)) {
            process.kill();
            process.waitForFinished();
            return {-1, {}, QStringLiteral("%1 timed out or did not start").arg(program)};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    static QString describe(const Run &result)
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
            .arg(result.exitCode)
            .arg(result.out, result.err);
    }

    QTemporaryDir m_work;
    QString m_deb;  // built by debIsBuilt, read by the tests after it

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_work.isValid()); }

    void desktopFileIsValid()
    {
        const QString validate = tool(QStringLiteral("desktop-file-validate"), "desktop-file-utils");
        QVERIFY(!validate.isEmpty());
        const Run result = run(validate, {source(appId() + QStringLiteral(".desktop"))});
        QVERIFY2(result.exitCode == 0 && result.out.isEmpty() && result.err.isEmpty(),
                 qPrintable(describe(result)));
    }

    void metainfoIsValid()
    {
        const QString appstreamcli = tool(QStringLiteral("appstreamcli"), "appstream");
        QVERIFY(!appstreamcli.isEmpty());
        const Run result = run(
            appstreamcli, {QStringLiteral("validate"), QStringLiteral("--no-net"),
                           QStringLiteral("--explain"), source(appId() + QStringLiteral(".metainfo.xml"))});
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
        // Pedantic hints (P:) are fine, e.g. the upper-case letter of the id; warnings and errors are not.
        static const QRegularExpression issue(QStringLiteral("^[EW]: "), QRegularExpression::MultilineOption);
        QVERIFY2(!result.out.contains(issue), qPrintable(describe(result)));
    }

    void mimeTypeMapsTheExtension()
    {
        const QString update = tool(QStringLiteral("update-mime-database"), "shared-mime-info");
        QVERIFY(!update.isEmpty());
        const QString database = m_work.filePath(QStringLiteral("mime"));
        QVERIFY(QDir().mkpath(database + QStringLiteral("/packages")));
        QVERIFY(QFile::copy(source(QStringLiteral("storyreel-mime.xml")),
                            database + QStringLiteral("/packages/storyreel-mime.xml")));
        const Run result = run(update, {database});
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));

        QFile globs(database + QStringLiteral("/globs2"));
        QVERIFY(globs.open(QIODevice::ReadOnly));
        const QString globLines = QString::fromUtf8(globs.readAll());
        QVERIFY2(globLines.contains(
                     QRegularExpression(QStringLiteral("^\\d+:application/x-storyreel:\\*\\.storyreel$"),
                                        QRegularExpression::MultilineOption)),
                 qPrintable(globLines));
        QFile subclasses(database + QStringLiteral("/subclasses"));
        QVERIFY(subclasses.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(subclasses.readAll())
                    .contains(QStringLiteral("application/x-storyreel application/json")));
    }

    void debIsBuilt()
    {
        const QString dpkgShlibdeps = tool(QStringLiteral("dpkg-shlibdeps"), "dpkg-dev");
        QVERIFY(!dpkgShlibdeps.isEmpty());
        const QString output = m_work.filePath(QStringLiteral("cpack"));
        const Run result = run(QStringLiteral(STORYREEL_CPACK),
                               {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("-B"), output,
                                QStringLiteral("--config"), QStringLiteral(STORYREEL_CPACK_CONFIG)},
                               150000);
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
        const QStringList debs = QDir(output).entryList({QStringLiteral("*.deb")}, QDir::Files);
        QCOMPARE(debs,
                 QStringList{QStringLiteral("storyreel-studio_" STORYREEL_VERSION "_%1.deb")
                                 .arg(run(QStringLiteral("dpkg"), {QStringLiteral("--print-architecture")})
                                          .out.trimmed())});
        m_deb = QDir(output).filePath(debs.first());
    }

    void debControlFields()
    {
        QVERIFY2(!m_deb.isEmpty(), "no .deb (see debIsBuilt)");
        const Run result = run(QStringLiteral("dpkg-deb"), {QStringLiteral("--info"), m_deb});
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
        QVERIFY2(result.out.contains(QStringLiteral(" Package: storyreel-studio\n")), qPrintable(result.out));
        QVERIFY2(result.out.contains(QStringLiteral(" Version: " STORYREEL_VERSION "\n")),
                 qPrintable(result.out));
        QVERIFY2(result.out.contains(QStringLiteral(" Section: video\n")), qPrintable(result.out));
        static const QRegularExpression dependsLine(QStringLiteral("^ Depends: (.*)$"),
                                                    QRegularExpression::MultilineOption);
        const QString depends = dependsLine.match(result.out).captured(1);
        // From dpkg-shlibdeps (linked libraries) and from the list of run-time plugins it cannot see.
        for (const QString &package :
             {QStringLiteral("libqt6core6"), QStringLiteral("libqt6widgets6"), QStringLiteral("libqt6sql6 "),
              QStringLiteral("libavcodec59"), QStringLiteral("libqt6sql6-sqlite"),
              QStringLiteral("qt6-qpa-plugins"), QStringLiteral("libsecret-1-0"),
              QStringLiteral("gstreamer1.0-plugins-good"), QStringLiteral("gstreamer1.0-libav")})
            QVERIFY2(depends.contains(package), qPrintable(package + QStringLiteral(" not in: ") + depends));
    }

    void debHoldsEveryFile()
    {
        QVERIFY2(!m_deb.isEmpty(), "no .deb (see debIsBuilt)");
        const Run result = run(QStringLiteral("dpkg-deb"), {QStringLiteral("--contents"), m_deb});
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
        QStringList expected{QStringLiteral("./usr/bin/storyreel"),
                             QStringLiteral("./usr/share/applications/%1.desktop").arg(appId()),
                             QStringLiteral("./usr/share/metainfo/%1.metainfo.xml").arg(appId()),
                             QStringLiteral("./usr/share/mime/packages/storyreel-mime.xml"),
                             QStringLiteral("./usr/share/icons/hicolor/scalable/apps/%1.svg").arg(appId())};
        for (int size : {16, 24, 32, 48, 64, 128, 256, 512})
            expected << QStringLiteral("./usr/share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(appId());
        for (const QString &path : expected)
            QVERIFY2(result.out.contains(QStringLiteral(" ") + path + QStringLiteral("\n")),
                     qPrintable(path + QStringLiteral(" not in the .deb:\n") + result.out));
    }

    void installedBinaryRuns()
    {
        QVERIFY2(!m_deb.isEmpty(), "no .deb (see debIsBuilt)");
        const QString root = m_work.filePath(QStringLiteral("root"));
        const Run extract = run(QStringLiteral("dpkg-deb"), {QStringLiteral("--extract"), m_deb, root});
        QVERIFY2(extract.exitCode == 0, qPrintable(describe(extract)));

        // Every icon is a PNG of its size, rendered from the one SVG.
        for (int size : {16, 24, 32, 48, 64, 128, 256, 512}) {
            const QImage icon(QStringLiteral("%1/usr/share/icons/hicolor/%2x%2/apps/%3.png")
                                  .arg(root)
                                  .arg(size)
                                  .arg(appId()));
            QCOMPARE(icon.size(), QSize(size, size));
        }

        const Run version = run(root + QStringLiteral("/usr/bin/storyreel"), {QStringLiteral("--version")});
        QVERIFY2(version.exitCode == 0, qPrintable(describe(version)));
        QVERIFY2(version.out.startsWith(QStringLiteral("storyreel " STORYREEL_VERSION " (Qt ")),
                 qPrintable(describe(version)));
    }
};

QTEST_GUILESS_MAIN(TestPackaging)
#include "tst_packaging.moc"
