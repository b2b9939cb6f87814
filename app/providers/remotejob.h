#pragma once

#include "accountpoller.h"
#include "job.h"
#include "provider.h"
#include "remotejobrunner.h"
#include "resultimport.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace storyreel {

class AccountPoller;
class HttpCall;
class ProviderHub;
class Studio;

// One job on a provider account, from creation (or, after a restart, from its remote id) to the
// files in the media store and the row in the catalog:
//   connect (token from the keychain) -> create (idempotency key) -> watch (shared poller)
//   -> result -> download each file (Range resume) -> check and store -> import.
// A Download job (params {"videoId"}: "Make available offline") skips create and watch: it asks the
// provider for the finished video's files, stores them and fills the library's existing row.
// Lives on the queue's thread; reports through the RemoteJobContext.
class RemoteJob final : public QObject, public RemoteExecution
{
    Q_OBJECT

public:
    RemoteJob(const Job &job, RemoteJobContext context, ProviderHub &hub, Studio &studio);
    ~RemoteJob() override;

    void begin();
    void cancel() override;

private:
    void onProvider(Provider *provider);
    void create();
    void startDownload();
    void onCreated(const ProviderResult<CreatedJob> &created);
    void watch();
    void onState(const ProviderResult<RemoteState> &state);
    void fetchResult();
    void onResult(const RemoteResult &result);
    void downloadNext();
    void storeDownloads();
    void onStored(const Result<QList<StoredFile>> &stored);
    void cancelRemote();
    void unwatch();
    void report(double fraction, const QString &stage, qint64 etaSeconds = -1);
    void fail(const ProviderError &error);
    void finish(const Result<JobOutput> &result);
    QString downloadPathFor(const RemoteFile &file) const;

    Job m_job;
    RemoteJobContext m_context;
    ProviderHub &m_hub;
    Studio &m_studio;
    QPointer<Provider> m_provider;
    QPointer<AccountPoller> m_poller;
    std::shared_ptr<HttpCall> m_call;
    int m_watchHandle = 0;
    bool m_cancelRequested = false;
    bool m_finished = false;  // nothing is reported after finish() (or the destructor)
    double m_fraction = 0.0;
    RemoteResult m_result;
    int m_nextFile = 0;
    QString m_resultId;           // a Download job's video (its remote id)
    RemoteResult m_fallback;      // a download's public URL when the provider forgot the job
    double m_downloadFrom = 0.0;  // the share of the progress bar the downloads fill
    double m_downloadShare = 0.0;
    QList<QPair<RemoteFile, QString>> m_downloaded;  // file, download path
};

}  // namespace storyreel
