// storyreel-provider-emulator: the four provider dialects on 127.0.0.1 for demos and subprocess tests.
//   storyreel-provider-emulator [--port N] [--cdn-port N] [--speed X] [--user TOKEN:ID:EMAIL[:BALANCE]]...
// Prints "listening on http://127.0.0.1:PORT (cdn http://127.0.0.1:CDNPORT)" and runs until killed;
// the controls under /_emulator (see adminroutes.h) drive it over HTTP.
#include "provideremulator.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QLoggingCategory>

#include <cstdio>

int main(int argc, char **argv)
{
    // The media engine paints title cards with Qt: a QGuiApplication, on the offscreen platform.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("storyreel-provider-emulator"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Storyreel provider emulator (aistudio, asyncvideos, "
                       "storyboard, t2m) on 127.0.0.1"));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("API port (0: a free one)."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption cdnPort(QStringLiteral("cdn-port"), QStringLiteral("CDN port (0: a free one)."),
                                     QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption speed(
        QStringLiteral("speed"),
        QStringLiteral("Virtual seconds per real second (0: only /_emulator/advance)."), QStringLiteral("X"),
        QStringLiteral("0"));
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("An extra user (repeatable)."),
                                  QStringLiteral("TOKEN:ID:EMAIL[:BALANCE]"));
    const QCommandLineOption verbose(QStringLiteral("verbose"),
                                     QStringLiteral("Log every request (never tokens)."));
    parser.addOptions({port, cdnPort, speed, user, verbose});
    parser.process(app);

    if (parser.isSet(verbose))
        QLoggingCategory::setFilterRules(QStringLiteral("storyreel.emulator.debug=true"));

    storyreel::ProviderEmulator emulator;
    for (const QString &spec : parser.values(user)) {
        const QStringList parts = spec.split(QLatin1Char(':'));
        if (parts.size() < 3 || parts.size() > 4 || parts.at(0).isEmpty() || parts.at(1).isEmpty()) {
            std::fprintf(stderr, "storyreel-provider-emulator: --user wants TOKEN:ID:EMAIL[:BALANCE]\n");
            return 2;
        }
        const double balance = parts.size() == 4 ? parts.at(3).toDouble() : 1000.0;
        emulator.addUser({parts.at(0), parts.at(1), parts.at(2), balance});
    }
    if (!emulator.listen(quint16(parser.value(port).toUInt()), quint16(parser.value(cdnPort).toUInt()))) {
        std::fprintf(stderr, "storyreel-provider-emulator: cannot listen on the requested ports\n");
        return 1;
    }
    emulator.setSpeed(parser.value(speed).toDouble());
    std::printf("listening on %s (cdn %s)\n", qPrintable(emulator.baseUrl().toString()),
                qPrintable(emulator.cdnUrl().toString()));
    std::fflush(stdout);
    return app.exec();
}
