#include "partialfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <fcntl.h>
#include <unistd.h>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace storyreel {
namespace {

Status fsyncPath(const QString &path, int flags)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    if (fd < 0) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));  // before tr() may change errno
        return Status::failure(PartialFile::tr("cannot open %1: %2").arg(path, why));
    }
    const int rc = ::fsync(fd);
    const int savedErrno = errno;
    ::close(fd);
    if (rc != 0)
        return Status::failure(PartialFile::tr("cannot flush %1 to disk: %2")
                                   .arg(path, QString::fromLocal8Bit(std::strerror(savedErrno))));
    return {};
}

}  // namespace

PartialFile::PartialFile(QString destination)
    : m_destination(std::move(destination)),
      m_partialPath(m_destination + QStringLiteral(".partial-") +
                    QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

PartialFile::~PartialFile()
{
    if (!m_committed)
        QFile::remove(m_partialPath);
}

Status PartialFile::commit()
{
    if (m_committed)
        return {};
    if (!QFileInfo::exists(m_partialPath))
        return Status::failure(tr("nothing was written to %1").arg(QDir::toNativeSeparators(m_destination)));
    if (Status synced = fsyncPath(m_partialPath, O_RDONLY); !synced)
        return synced;
    // rename(2) replaces the destination atomically; QFile::rename refuses to overwrite.
    if (::rename(QFile::encodeName(m_partialPath).constData(),
                 QFile::encodeName(m_destination).constData()) != 0) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));  // before tr() may change errno
        return Status::failure(
            tr("cannot move the finished file to %1: %2").arg(QDir::toNativeSeparators(m_destination), why));
    }
    m_committed = true;
    return fsyncPath(QFileInfo(m_destination).absolutePath(), O_RDONLY | O_DIRECTORY);
}

bool PartialFile::isPartialName(const QString &fileName)
{
    return fileName.contains(QLatin1String(".partial-"));
}

Status writeFileAtomically(const QString &destination, const QByteArray &bytes)
{
    PartialFile output(destination);
    QFile file(output.partialPath());
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(PartialFile::tr("cannot write %1: %2")
                                   .arg(QDir::toNativeSeparators(destination), file.errorString()));
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        return Status::failure(PartialFile::tr("cannot write %1: %2")
                                   .arg(QDir::toNativeSeparators(destination), file.errorString()));
    }

    file.close();
    return output.commit();
}

}  // namespace storyreel
