#include "filecopy.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cerrno>
#include <cstring>

namespace storyreel {
namespace {

struct FileCopy
{
    Q_DECLARE_TR_FUNCTIONS(storyreel::FileCopy)
};

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

class Fd
{
public:
    explicit Fd(int fd) : m_fd(fd) {}
    ~Fd()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

// errno is read before anything else runs: translating the message may change it.
Failure cannotRead(const QString &path)
{
    const QString why = errnoText();
    return Failure{FileCopy::tr("cannot read %1: %2").arg(shown(path), why)};
}

Failure cannotWrite(const QString &path)
{
    const QString why = errnoText();
    return Failure{FileCopy::tr("cannot write %1: %2").arg(shown(path), why)};
}

}  // namespace

Status copyFileContents(const QString &from, const QString &to)
{
    const Fd source(::open(QFile::encodeName(from).constData(), O_RDONLY | O_CLOEXEC));
    if (source.get() < 0)
        return cannotRead(from);
    const Fd target(
        ::open(QFile::encodeName(to).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644));
    if (target.get() < 0)
        return cannotWrite(to);
    if (::ioctl(target.get(), FICLONE, source.get()) == 0)
        return {};

    struct stat info = {};
    if (::fstat(source.get(), &info) != 0)
        return cannotRead(from);
    off_t remaining = info.st_size;
    while (remaining > 0) {
        const ssize_t copied =
            ::copy_file_range(source.get(), nullptr, target.get(), nullptr, size_t(remaining), 0);
        if (copied > 0) {
            remaining -= copied;
            continue;
        }
        if (copied == 0)
            break;
        if (errno == EINTR)
            continue;
        if (errno != EXDEV && errno != ENOSYS && errno != EOPNOTSUPP && errno != EINVAL) {
            const QString why = errnoText();
            return Failure{FileCopy::tr("cannot copy %1 to %2: %3").arg(shown(from), shown(to), why)};
        }
        // The kernel cannot copy between these file systems: stream the rest through user space.
        char buffer[1 << 16];
        for (;;) {
            const ssize_t read = ::read(source.get(), buffer, sizeof buffer);
            if (read == 0)
                return {};
            if (read < 0) {
                if (errno == EINTR)
                    continue;
                return cannotRead(from);
            }
            for (ssize_t written = 0; written < read;) {
                const ssize_t n = ::write(target.get(), buffer + written, size_t(read - written));
                if (n < 0 && errno != EINTR)
                    return cannotWrite(to);
                written += n > 0 ? n : 0;
            }
        }
    }
    if (remaining > 0)
        return Failure{FileCopy::tr("%1 changed while it was copied").arg(shown(from))};
    return {};
}

}  // namespace storyreel
