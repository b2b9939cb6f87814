#include "s3rverprocess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QThread>

#include <sys/prctl.h>
#include <csignal>

namespace storyreel::test {
namespace {

const char notInstalled[] =
    "s3rver is not installed: run packaging/dev.sh test (or npm install s3rver@3.7.1 into "
    "build/tools/s3rver)";

QString tail(const QByteArray &text, int maxBytes = 4000)
{
    return QString::fromUtf8(text.size() > maxBytes ? "..." + text.right(maxBytes) : text).trimmed();
}

}  // namespace

S3rverProcess::S3rverProcess(const QString &bucket) : m_bucket(bucket) {}

S3rverProcess::~S3rverProcess()
{
    kill();
}

bool S3rverProcess::start(int timeoutMs)
{
    if (isRunning())
        return true;
    m_error.clear();
    const QString script = qEnvironmentVariable("STORYREEL_S3RVER");
    if (script.isEmpty()) {
        return fail(QStringLiteral("%1; STORYREEL_S3RVER is not set (ctest sets it from the CMake cache)")
                        .arg(QLatin1String(notInstalled)));
    }
    if (!QFileInfo::exists(script))
        return fail(
            QStringLiteral("%1; no file at STORYREEL_S3RVER=%2").arg(QLatin1String(notInstalled), script));
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty()) {
        return fail(
            QStringLiteral("node is not installed (Debian packages nodejs npm): run packaging/dev.sh test"));
    }
    if (!m_root) {
        m_root = std::make_unique<QTemporaryDir>();
        if (!m_root->isValid() || !QDir(m_root->path()).mkpath(QStringLiteral("data")))
            return fail(QStringLiteral("cannot create a temporary directory for s3rver"));
    }

    // s3rver 3.7.1 makes ListObjectsV2 continuation tokens with DES, which OpenSSL 3 (Node >= 17) keeps
    // in its legacy provider: without it every truncated listing answers 500 InternalError.
    const QStringList arguments{QStringLiteral("--openssl-legacy-provider"),
                                script,
                                QStringLiteral("--address"),
                                QStringLiteral("127.0.0.1"),
                                QStringLiteral("--port"),
                                QString::number(m_port),  // 0 the first time: the system picks a free one
                                QStringLiteral("--directory"),
                                directory(),
                                QStringLiteral("--silent"),
                                QStringLiteral("--configure-bucket"),
                                m_bucket};
    m_process.setProgram(node);
    m_process.setArguments(arguments);
    m_process.setStandardErrorFile(m_root->filePath(QStringLiteral("s3rver.stderr")), QIODevice::Append);
    // s3rver dies with the test, even when ctest kills the test at its timeout.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    m_process.start();
    if (!m_process.waitForStarted(timeoutMs))
        return fail(QStringLiteral("cannot start %1: %2").arg(node, m_process.errorString()));

    const QDeadlineTimer deadline(timeoutMs);
    if (!waitUntilListening(int(deadline.remainingTime())) ||
        !waitUntilBucketAnswers(int(deadline.remainingTime()))) {
        kill();
        return false;
    }
    return true;
}

bool S3rverProcess::waitUntilListening(int timeoutMs)
{
    // --silent keeps the request log quiet but s3rver still prints "S3rver listening on <address>:<port>"
    // once the bucket exists and the socket listens.
    static const QRegularExpression listening(QStringLiteral("S3rver listening on ([^\\s]+):(\\d+)"));
    const QDeadlineTimer deadline(timeoutMs);
    QByteArray output;
    while (true) {
        output += m_process.readAllStandardOutput();
        const QRegularExpressionMatch match = listening.match(QString::fromUtf8(output));
        if (match.hasMatch()) {
            const quint16 port = match.captured(2).toUShort();
            if (m_port != 0 && port != m_port)
                return fail(QStringLiteral("s3rver listens on port %1, not %2").arg(port).arg(m_port));
            m_port = port;
            return true;
        }
        if (m_process.state() == QProcess::NotRunning) {
            return fail(QStringLiteral("s3rver exited (code %1) before listening: %2\nstdout: %3")
                            .arg(m_process.exitCode())
                            .arg(describeProcess(), tail(output)));
        }
        if (deadline.hasExpired()) {
            return fail(QStringLiteral("s3rver did not listen within %1 ms: %2\nstdout: %3")
                            .arg(timeoutMs)
                            .arg(describeProcess(), tail(output)));
        }
        m_process.waitForReadyRead(int(qMin<qint64>(deadline.remainingTime(), 200)));
    }
}

bool S3rverProcess::waitUntilBucketAnswers(int timeoutMs)
{
    // An unsigned HEAD of the bucket: s3rver serves anonymous requests, and 200 proves the bucket exists.
    const QDeadlineTimer deadline(timeoutMs);
    QString last;
    while (!deadline.hasExpired()) {
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), m_port);
        if (socket.waitForConnected(int(qMin<qint64>(deadline.remainingTime(), 2000)))) {
            socket.write(
                QStringLiteral("HEAD /%1 HTTP/1.1\r\nHost: 127.0.0.1:%2\r\nConnection: close\r\n\r\n")
                    .arg(m_bucket)
                    .arg(m_port)
                    .toUtf8());
            QByteArray answer;
            while (!answer.contains("\r\n") &&
                   socket.waitForReadyRead(int(qMin<qint64>(deadline.remainingTime(), 2000))))
                answer += socket.readAll();
            const QByteArray statusLine = answer.left(answer.indexOf("\r\n"));
            if (statusLine.startsWith("HTTP/1.1 200"))
                return true;
            last = statusLine.isEmpty() ? QStringLiteral("no answer") : QString::fromUtf8(statusLine);
        } else {
            last = socket.errorString();
        }
        if (m_process.state() == QProcess::NotRunning)
            break;
        QThread::msleep(50);
    }
    return fail(QStringLiteral("s3rver on port %1 does not answer HEAD /%2 (%3): %4")
                    .arg(m_port)
                    .arg(m_bucket, last, describeProcess()));
}

void S3rverProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000))
        kill();
}

void S3rverProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
}

bool S3rverProcess::restart(int timeoutMs)
{
    stop();
    return start(timeoutMs);
}

bool S3rverProcess::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

QString S3rverProcess::endpoint() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

QString S3rverProcess::directory() const
{
    return m_root ? m_root->filePath(QStringLiteral("data")) : QString();
}

QString S3rverProcess::stderrText() const
{
    if (!m_root)
        return {};
    QFile file(m_root->filePath(QStringLiteral("s3rver.stderr")));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool S3rverProcess::fail(const QString &message)
{
    m_error = message;
    return false;
}

QString S3rverProcess::describeProcess() const
{
    const QString err = tail(stderrText().toUtf8());
    return QStringLiteral("%1 %2\nstderr: %3")
        .arg(m_process.program(), m_process.arguments().join(QLatin1Char(' ')),
             err.isEmpty() ? QStringLiteral("(empty)") : err);
}

}  // namespace storyreel::test
