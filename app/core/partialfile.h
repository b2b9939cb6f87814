#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace storyreel {

// An output written beside its destination as `<dest>.partial-<uuid>` and renamed into place only by
// commit(), after fsync. Destroying it uncommitted removes the partial file, so a cancel or an error
// never leaves anything at the destination; a killed process leaves only a `.partial-*` to sweep.
class PartialFile final
{
    Q_DECLARE_TR_FUNCTIONS(storyreel::PartialFile)

public:
    explicit PartialFile(QString destination);
    ~PartialFile();
    PartialFile(const PartialFile &) = delete;
    PartialFile &operator=(const PartialFile &) = delete;

    QString destination() const { return m_destination; }
    // Where the writer (QFile, FFmpeg's avio ...) puts the bytes.
    QString partialPath() const { return m_partialPath; }
    // fsyncs the partial file, renames it over the destination and fsyncs the folder.
    Status commit();

    static bool isPartialName(const QString &fileName);

private:
    QString m_destination;
    QString m_partialPath;
    bool m_committed = false;
};

// Writes bytes through a PartialFile: the destination holds the old content or the new, never a mix.
Status writeFileAtomically(const QString &destination, const QByteArray &bytes);

}  // namespace storyreel
