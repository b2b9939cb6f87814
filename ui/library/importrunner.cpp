#include "importrunner.h"

#include "mediaimport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPointer>
#include <QThreadPool>

namespace storyreel {

ImportRunner::ImportRunner(const Catalog &catalog, const MediaStore &media, QObject *parent)
    : QObject(parent), m_catalog(catalog), m_media(media), m_stop(std::make_shared<std::atomic_bool>(false))
{}

ImportRunner::~ImportRunner()
{
    // Files not started yet are left alone; the one in progress finishes (its rows are complete).
    m_stop->store(true);
}

void ImportRunner::start(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    if (m_pending == 0)
        m_total = m_done = m_imported = m_refused = 0;
    m_pending += int(paths.size());
    m_total += int(paths.size());
    const QPointer<ImportRunner> self(this);
    const Catalog &catalog = m_catalog;
    const MediaStore &media = m_media;
    std::shared_ptr<std::atomic_bool> stop = m_stop;
    const int total = m_total;
    const int doneBefore = m_done;
    Q_EMIT progressed(m_done, m_total, QFileInfo(paths.first()).fileName());
    QThreadPool::globalInstance()->start([paths, self, &catalog, &media, stop, total, doneBefore] {
        int done = doneBefore;
        for (const QString &path : paths) {
            if (stop->load())
                return;
            Result<RowId> imported = importMediaFile(catalog, media, path);
            const qint64 id = imported ? *imported : 0;
            const QString error = imported ? QString() : imported.error();
            ++done;
            // Reported through the application object, which outlives any window; the pointer is only
            // looked at on the GUI thread.
            QMetaObject::invokeMethod(
                qApp,
                [self, id, path, error, done, total] {
                    if (!self)
                        return;
                    Q_EMIT self->progressed(done, total, QFileInfo(path).fileName());
                    self->onFile(id, path, error);
                },
                Qt::QueuedConnection);
        }
    });
}

void ImportRunner::onFile(qint64 videoId, const QString &path, const QString &error)
{
    ++m_done;
    --m_pending;
    (videoId > 0 ? m_imported : m_refused) += 1;
    Q_EMIT fileImported(videoId, path, error);
    if (m_pending == 0)
        Q_EMIT finished(m_imported, m_refused);
}

}  // namespace storyreel
