#pragma once

#include "ids.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

namespace storyreel {

class Catalog;
class MediaStore;

// Imports media files off the GUI thread, one after another (probe, media store, poster, catalog),
// and reports back on the GUI thread. Files that are not media are refused one by one with a clear
// message; the rest still come in.
class ImportRunner final : public QObject
{
    Q_OBJECT

public:
    ImportRunner(const Catalog &catalog, const MediaStore &media, QObject *parent = nullptr);
    ~ImportRunner() override;

    // Queues the files behind any import already running.
    void start(const QStringList &paths);
    bool isBusy() const { return m_pending > 0; }

Q_SIGNALS:
    // Before each file: how many of the queued files are done.
    void progressed(int done, int total, const QString &fileName);
    // One file: its video id (0 when refused) and the reason it was refused.
    void fileImported(qint64 videoId, const QString &path, const QString &error);
    // Every queued file was handled.
    void finished(int imported, int refused);

private:
    void onFile(qint64 videoId, const QString &path, const QString &error);

    const Catalog &m_catalog;
    const MediaStore &m_media;
    std::shared_ptr<std::atomic_bool> m_stop;
    int m_pending = 0;
    int m_total = 0;
    int m_done = 0;
    int m_imported = 0;
    int m_refused = 0;
};

}  // namespace storyreel
