#include "startupreport.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QPointer>
#include <QTextStream>
#include <QTimer>
#include <QWidget>

#include <unistd.h>

namespace storyreel {
namespace {

// Milliseconds since the kernel started this process (so loading libraries counts too).
double processAgeMs()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // Fields after the command name (which may hold spaces) start after the last ')'.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(19).toDouble();  // field 22 of stat(5)
    const double upSeconds = uptime.readAll().split(' ').value(0).toDouble();
    return (upSeconds - startTicks / double(::sysconf(_SC_CLK_TCK))) * 1000.0;
}

QString memoryLine()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return {};
    QStringList parts;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:") || line.startsWith("VmHWM:"))
            parts.append(QString::fromLatin1(line.simplified()));
    }
    return parts.join(QLatin1Char(' '));
}

class PaintWatcher final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_fired) {
            m_fired = true;
            // After this paint and whatever the queue still holds, the window answers input.
            QTimer::singleShot(0, this, [] {
                QTextStream(stdout) << "startup: interactive after " << qRound(processAgeMs()) << " ms; "
                                    << memoryLine() << "\n";
                QCoreApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_fired = false;
};

}  // namespace

void reportWhenInteractive(QWidget *view)
{
    auto *watcher = new PaintWatcher(view);
    view->installEventFilter(watcher);
}

}  // namespace storyreel
