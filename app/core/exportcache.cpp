#include "exportcache.h"

#include "exportstore.h"
#include "filecopy.h"
#include "mediastore.h"
#include "partialfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>
#include <unistd.h>

namespace storyreel {
namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// The same inode: rename(2) of one hard link over another is a no-op that would leave the partial.
bool sameFile(const QString &first, const QString &second)
{
    struct stat a = {};
    struct stat b = {};
    return ::stat(QFile::encodeName(first).constData(), &a) == 0 &&
           ::stat(QFile::encodeName(second).constData(), &b) == 0 && a.st_dev == b.st_dev &&
           a.st_ino == b.st_ino;
}

}  // namespace

ExportCache::ExportCache(const Catalog &catalog, DataLocation location)
    : m_catalog(catalog), m_location(std::move(location))
{}

QString ExportCache::fileNameFor(const QString &sha256, const ExportPreset &preset) const
{
    return QStringLiteral("%1-%2.%3").arg(sha256, preset.key(), preset.extension());
}

Result<ExportOutcome> ExportCache::get(const QString &sourcePath, const ExportPreset &preset,
                                       const MediaControl *control) const
{
    Result<QString> sha256 = MediaStore::contentHash(sourcePath);
    if (!sha256)
        return sha256.failure();
    const ExportStore store(m_catalog);
    Result<std::optional<ExportEntry>> found = store.find(*sha256, preset.key());
    if (!found)
        return found.failure();
    if (const std::optional<ExportEntry> &entry = *found) {
        const QString cached = m_location.absolute(entry->filePath);
        const QFileInfo file(cached);
        if (file.isFile() && file.size() == entry->sizeBytes) {
            if (control)
                control->report(1.0, tr("cached"));
            ExportOutcome outcome;
            outcome.path = cached;
            return outcome;
        }
        // Deleted or damaged behind our back: forget it and export again.
        if (Status removed = store.remove(entry->id); !removed)
            return removed.failure();
        QFile::remove(cached);
    }

    const QString folder = m_location.exportsDir();
    if (!QDir().mkpath(folder))
        return Failure{tr("cannot create the exports folder %1").arg(shown(folder))};
    const QString destination = QDir(folder).filePath(fileNameFor(*sha256, preset));
    Result<ExportOutcome> exported = exportVideo(sourcePath, preset, destination, control);
    if (!exported)
        return exported;
    // Recorded only now that the file is complete and in place.
    ExportEntry entry;
    entry.sourceSha256 = *sha256;
    entry.preset = preset.key();
    entry.filePath = m_location.relative(destination);
    entry.sizeBytes = QFileInfo(destination).size();
    if (Result<RowId> recorded = store.put(entry); !recorded)
        return recorded.failure();
    return exported;
}

bool ExportCache::contains(const QString &sourcePath, const ExportPreset &preset) const
{
    Result<QString> sha256 = MediaStore::contentHash(sourcePath);
    if (!sha256)
        return false;
    Result<std::optional<ExportEntry>> found = ExportStore(m_catalog).find(*sha256, preset.key());
    if (!found || !found->has_value())
        return false;
    const QFileInfo file(m_location.absolute((*found)->filePath));
    return file.isFile() && file.size() == (*found)->sizeBytes;
}

Status ExportCache::deliver(const QString &cachedPath, const QString &destination)
{
    if (!QFileInfo(cachedPath).isFile())
        return Failure{tr("the export %1 is missing").arg(shown(cachedPath))};
    const QString folder = QFileInfo(destination).absolutePath();
    if (!QFileInfo(folder).isDir()) {
        return Failure{
            tr("cannot save %1: the folder %2 does not exist").arg(shown(destination), shown(folder))};
    }
    if (sameFile(cachedPath, destination))
        return {};
    PartialFile output(destination);
    if (Status copied = copyFileContents(cachedPath, output.partialPath()); !copied)
        return copied;
    return output.commit();
}

}  // namespace storyreel
