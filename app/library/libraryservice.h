#pragma once

#include "datalocation.h"
#include "enums.h"
#include "ids.h"
#include "providerresult.h"
#include "records.h"
#include "result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <chrono>
#include <functional>
#include <map>
#include <memory>

namespace storyreel {

class AiStudioMirror;
struct AiStudioMirrorSummary;
class Catalog;
class JobQueue;
class OfflineQueue;
class ProviderHub;
struct Video;

// How a library edit ended. Queued: applied in the catalog, waiting in the offline queue until the
// account is reachable again.
struct LibraryOutcome
{
    enum class Kind { Done, Queued, Failed } kind = Kind::Done;
    QString message;
};

// The look library's edits (issue 7): default videos, links, favourites, generation for a look,
// "make available offline", and the offline queue of edits made while a provider was unreachable.
// Remote looks belong to their provider (aistudio): an edit goes to the provider first and reaches the
// catalog when the provider agreed, or at once (queued) when the provider cannot be reached. Lives in
// the GUI's or the CLI's thread; every callback runs there, exactly once, never from inside the call.
// Nothing is replayed at construction: the application calls replayPending() once it is up (a CLI
// command that exits at once must not leave a replay half done); after that the queue retries by itself
// with backoff, and after any job of the account succeeds.
class LibraryService final : public QObject
{
    Q_OBJECT

public:
    LibraryService(Catalog &catalog, ProviderHub &hub, JobQueue &queue, const DataLocation &location,
                   QObject *parent = nullptr);
    ~LibraryService() override;

    // Makes a linked, succeeded video the look's only default.
    void setDefault(RowId lookId, RowId videoId, std::function<void(LibraryOutcome)> done);
    // Local look: removes the link. aistudio video: DELETE /api/v1/video-jobs/{id} (the provider
    // deletes the video); its catalog links go, and the row stays only when it has a local file.
    // When the default goes, the newest other succeeded video of the look becomes the default.
    void unlink(RowId lookId, RowId videoId, std::function<void(LibraryOutcome)> done);
    // The catalog at once; asyncvideos: PUT /videos/{remoteRef} {"is_favorited"} too.
    void setFavorite(RowId videoId, bool favorite, std::function<void(LibraryOutcome)> done);
    // Local looks link any library video; a provider's look refuses with a clear message.
    Status link(RowId lookId, RowId videoId);
    // The queued job's id: the local provider for a local look, the look's aistudio account otherwise.
    Result<RowId> generateForLook(RowId lookId, const QString &prompt, int seconds);
    // Download jobs for the videos without a file (the others are skipped); the count submitted.
    Result<int> makeAvailableOffline(const QList<RowId> &videoIds);

    // Mirrors every aistudio account's looks and their videos into the catalog (the provider is the
    // source of truth); an account with edits still waiting sends those first instead.
    void syncAccounts(std::function<void(LibraryOutcome)> done);
    // Replays the pending edits of one account (every account when 0), in order.
    void replayPending(RowId accountId = 0);
    // Queued edits the provider refused (the video was deleted meanwhile, ...), oldest first.
    Result<QList<PendingOp>> conflicts() const;
    // The user saw the conflict: it leaves the list, and the catalog is put back in line with what the
    // provider has (a default that could not be set is cleared).
    Status dismissConflict(RowId opId);
    // Pending (not yet replayed) and conflicting edits.
    int pendingCount() const;
    int conflictCount() const;
    // How long the offline queue waits before trying an unreachable account again (first, longest;
    // default 15 s doubling to 5 min).
    void setReplayBackoff(std::chrono::milliseconds first, std::chrono::milliseconds longest);

Q_SIGNALS:
    // Rows of these videos changed in the catalog (default, favourite, file, links, removed). An empty
    // list: any video may have changed (a re-sync with the provider after a dismissed conflict).
    void videosChanged(QList<qint64> videoIds);
    // These looks' links or default changed in the catalog; empty: any look may have (a re-sync).
    void looksChanged(QList<qint64> lookIds);
    // The offline queue changed: edits waiting, and edits in conflict.
    void pendingChanged(int pending, int conflicts);

private:
    struct Target;
    using Done = std::function<void(LibraryOutcome)>;
    // Work that must follow an applied edit (and, when queued, follow it in the queue); calls next.
    using After = std::function<void(std::function<void()> next)>;

    Result<Target> targetOf(RowId lookId, RowId videoId) const;
    // Sends one edit (a PendingOp, queued or not) to its provider.
    void sendOp(const PendingOp &op, std::function<void(ProviderStatus)> done);
    // A provider edit: sent at once, or queued behind the account's pending edits; `apply` writes the
    // catalog when the provider agreed or the edit was queued.
    void submitRemote(const PendingOp &op, std::function<Status()> apply, After after, Done done);
    Status applyDefault(RowId lookId, RowId videoId);
    Status applyUnlink(RowId lookId, const Video &video, bool remote, QList<qint64> *looks);
    // After a look's default went away: its newest other succeeded video becomes the default (remote:
    // its own set-default call, or queued).
    void promoteDefault(RowId lookId, RowId removedVideoId, Done done);
    void promoteDefaults(QList<RowId> lookIds, RowId removedVideoId, std::function<void()> next);
    void onSettled(const PendingOp &op, PendingOpState state, const QString &message);
    void onStalled(RowId accountId, const QString &reason);
    void onJobFinished(qint64 jobId, JobStatus status);
    void resync(RowId accountId);
    // Mirrors one aistudio account into the catalog (one mirror per account at a time); `done` runs
    // once, after the mirror is gone. `ran` is false when nothing was mirrored: another dialect, a
    // mirror already running (an empty summary), or no client (its error).
    void mirrorAccount(RowId accountId,
                       std::function<void(bool ran, const Result<AiStudioMirrorSummary> &)> done);
    void finish(const Done &done, LibraryOutcome outcome);
    void announce(const QList<qint64> &videos, const QList<qint64> &looks);

    Catalog &m_catalog;
    ProviderHub &m_hub;
    JobQueue &m_queue;
    DataLocation m_location;
    std::unique_ptr<OfflineQueue> m_offline;
    QHash<RowId, Done> m_waiting;  // queued edits whose caller waits for the replay
    std::map<RowId, std::unique_ptr<AiStudioMirror>> m_mirrors;  // re-syncs after a dismissed conflict
};

}  // namespace storyreel
