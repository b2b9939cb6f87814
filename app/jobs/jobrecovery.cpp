#include "jobrecovery.h"

#include "catalog.h"
#include "jobstore.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSysInfo>

#include <signal.h>
#include <cerrno>

namespace storyreel {
namespace {

struct JobRecovery
{
    Q_DECLARE_TR_FUNCTIONS(storyreel::JobRecovery)
};

// A process that stopped heart-beating this long ago is gone, even if its pid was reused.
constexpr qint64 kStaleHeartbeatMs = 15000;

bool ownerAlive(const Job &job, const QString &thisOwner)
{
    if (job.owner.isEmpty() || job.owner == thisOwner)
        return false;  // nobody, or an earlier process that had our pid
    const bool fresh = job.heartbeatAt.isValid() &&
                       job.heartbeatAt.msecsTo(QDateTime::currentDateTimeUtc()) < kStaleHeartbeatMs;
    const qsizetype colon = job.owner.lastIndexOf(QLatin1Char(':'));
    const QString host = job.owner.left(colon);
    if (host != QSysInfo::machineHostName())
        return fresh;
    bool ok = false;
    const pid_t pid = pid_t(job.owner.mid(colon + 1).toLongLong(&ok));
    const bool exists = ok && pid > 0 && (::kill(pid, 0) == 0 || errno == EPERM);
    return exists && fresh;
}

}  // namespace

int removeLeftoverPartials(const QString &outputPath)
{
    if (outputPath.isEmpty())
        return 0;
    const QFileInfo output(outputPath);
    QDir folder = output.absoluteDir();
    int removed = 0;
    for (const QString &name :
         folder.entryList({output.fileName() + QStringLiteral(".partial-*")}, QDir::Files | QDir::Hidden)) {
        removed += folder.remove(name) ? 1 : 0;
    }
    return removed;
}

Result<QList<RowId>> recoverInterruptedJobs(const Catalog &catalog, const QString &thisOwner)
{
    const JobStore store(catalog);
    Result<QList<Job>> running = store.list(JobStatus::Running);
    if (!running)
        return running.failure();
    QList<RowId> changed;
    for (Job job : *running) {
        if (ownerAlive(job, thisOwner))
            continue;
        const QString who = job.owner.isEmpty() ? JobRecovery::tr("its process") : job.owner;
        job.status = JobStatus::Interrupted;
        job.finishedAt = QDateTime::currentDateTimeUtc();
        job.etaSeconds = -1;
        Transaction transaction(catalog.db());
        if (!transaction.began())
            return Failure{
                JobRecovery::tr("cannot recover job %1: %2").arg(job.id).arg(transaction.beginError())};
        if (Status saved = store.update(job); !saved)
            return saved.failure();
        if (Result<RowId> event =
                store.addEvent(job.id, JobStatus::Interrupted,
                               JobRecovery::tr("interrupted: %1 stopped while it ran").arg(who));
            !event)
            return event.failure();
        if (Status committed = transaction.commit(); !committed)
            return committed.failure();
        removeLeftoverPartials(job.outputPath);
        changed << job.id;
    }
    return changed;
}

}  // namespace storyreel
