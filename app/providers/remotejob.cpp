#include "remotejob.h"

#include "accountpoller.h"
#include "httpclient.h"
#include "lookstore.h"
#include "providerhub.h"
#include "studio.h"
#include "videostore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QThreadPool>
#include <QTimer>

Q_LOGGING_CATEGORY(lcRemoteJob, "storyreel.providers.job", QtWarningMsg)

namespace storyreel {
namespace {

// Overall progress: the provider's work is most of it, the download and import the rest.
constexpr double kCreated = 0.02;
constexpr double kRemoteShare = 0.88;
constexpr double kFetched = 0.90;
constexpr double kDownloadShare = 0.08;
constexpr int kNotReadyRetries = 10;  // a result may lag its status by a moment (409)

std::chrono::milliseconds requeueDelay(const ProviderError &error)
{
    if (error.retryAfter)
        return std::max<std::chrono::milliseconds>(*error.retryAfter, std::chrono::seconds(1));
    return std::chrono::seconds(30);
}

QString extensionFor(const RemoteFile &file)
{
    const QString suffix = QFileInfo(file.url.path()).suffix().toLower();
    if (file.role == RemoteFile::Role::Video)
        return QStringList{QStringLiteral("mp4"), QStringLiteral("webm"), QStringLiteral("mov")}.contains(
                   suffix)
                   ? suffix
                   : QStringLiteral("mp4");
    return QStringList{QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("png"),
                       QStringLiteral("webp")}
                   .contains(suffix)
               ? suffix
               : QStringLiteral("jpg");
}

}  // namespace

RemoteJob::RemoteJob(const Job &job, RemoteJobContext context, ProviderHub &hub, Studio &studio)
    : m_job(job),
      m_context(std::move(context)),
      m_hub(hub),
      m_studio(studio),
      m_downloadFrom(kFetched),
      m_downloadShare(kDownloadShare)
{}

RemoteJob::~RemoteJob()
{
    // Quietly: the remote job goes on, and the next start resumes polling it.
    m_finished = true;
    if (m_poller && m_watchHandle > 0)
        m_poller->unwatch(m_watchHandle);
    if (m_call)
        m_call->cancel();
}

void RemoteJob::begin()
{
    report(0.0, tr("connecting"));
    QPointer<RemoteJob> self(this);
    m_hub.provider(m_job.accountId, [self](ProviderResult<Provider *> provider) {
        if (!self || self->m_finished)
            return;
        if (!provider) {
            self->fail(provider.error());
            return;
        }
        self->onProvider(*provider);
    });
}

void RemoteJob::onProvider(Provider *provider)
{
    m_provider = provider;
    if (m_job.kind == JobKind::Download) {
        startDownload();
        return;
    }
    if (m_cancelRequested && m_job.remoteId.isEmpty()) {
        finish(Failure{tr("cancelled"), FailureKind::Cancelled});
        return;
    }
    if (!m_job.remoteId.isEmpty()) {
        qCInfo(lcRemoteJob) << "job" << m_job.id << "resumes polling its remote job";
        report(kCreated, tr("resuming"));
        if (m_cancelRequested)
            cancelRemote();
        else
            watch();
        return;
    }
    create();
}

void RemoteJob::startDownload()
{
    if (m_cancelRequested) {
        finish(Failure{tr("cancelled"), FailureKind::Cancelled});
        return;
    }
    const RowId videoId = m_job.params.value(QStringLiteral("videoId")).toInteger();
    Result<Video> video = VideoStore(m_studio.catalog()).load(videoId);
    if (!video) {
        finish(Failure{tr("The video to download is no longer in the library: %1").arg(video.error()),
                       FailureKind::BadInput});
        return;
    }
    if (video->accountId != m_job.accountId || video->remoteId.isEmpty()) {
        finish(Failure{tr("\"%1\" is not a video of this account, so there is nothing to download from it.")
                           .arg(video->title),
                       FailureKind::BadInput});
        return;
    }
    if (!video->filePath.isEmpty() && m_studio.media().contains(video->filePath)) {
        finish(JobOutput{m_studio.media().absolutePath(video->filePath), video->id});  // offline already
        return;
    }
    m_resultId = video->remoteId;
    m_downloadFrom = 0.05;
    m_downloadShare = 0.90;
    // asyncvideos forgets jobs a day after they finish; the video itself stays on its public CDN URL.
    if (m_provider->dialect() == Dialect::AsyncVideos && !video->remoteUrl.isEmpty()) {
        RemoteFile file;
        file.role = RemoteFile::Role::Video;
        file.url = QUrl(video->remoteUrl);
        file.sendToken = false;
        file.acceptedTypes = {QByteArrayLiteral("video/")};
        m_fallback.files = {file};
    }
    fetchResult();
}

void RemoteJob::create()
{
    GenerationRequest request;
    request.kind = m_job.kind;
    request.params = m_job.params;
    request.idempotencyKey = m_job.idempotencyKey;
    if (const RowId lookId = m_job.params.value(QStringLiteral("lookId")).toInteger(); lookId > 0) {
        Result<Look> look = LookStore(m_studio.catalog()).load(lookId);
        if (!look) {
            finish(look.failure());
            return;
        }
        if (look->accountId != m_job.accountId || look->remoteId.isEmpty()) {
            finish(
                Failure{tr("The look \"%1\" does not belong to this account, so its provider cannot make a "
                           "video for it.")
                            .arg(look->title),
                        FailureKind::BadInput});
            return;
        }
        request.params.insert(QStringLiteral("remoteLookId"), look->remoteId);
    }
    report(0.01, tr("sending"));
    QPointer<RemoteJob> self(this);
    m_provider->create(request, [self](ProviderResult<CreatedJob> created) {
        if (self && !self->m_finished)
            self->onCreated(created);
    });
}

void RemoteJob::onCreated(const ProviderResult<CreatedJob> &created)
{
    if (!created) {
        const ProviderError &error = created.error();
        if (error.kind == ProviderErrorKind::TooManyJobs && !m_cancelRequested) {
            m_finished = true;
            m_context.requeue(requeueDelay(error), error.message);
            return;
        }
        fail(error);
        return;
    }
    m_job.remoteId = created->remoteId;
    if (created->chargedMicros > 0)
        m_job.costMicros = created->chargedMicros;
    if (Status accepted = m_context.accepted(created->remoteId, created->chargedMicros); !accepted)
        qCWarning(lcRemoteJob) << "job" << m_job.id << "could not record its remote id:" << accepted.error();
    if (m_cancelRequested) {
        cancelRemote();
        return;
    }
    report(kCreated, tr("queued at the provider"));
    watch();
}

void RemoteJob::watch()
{
    QPointer<RemoteJob> self(this);
    m_poller = &m_hub.poller(m_job.accountId);
    m_watchHandle = m_poller->watch(m_job.remoteId, [self](const ProviderResult<RemoteState> &state) {
        if (self && !self->m_finished)
            self->onState(state);
    });
}

void RemoteJob::onState(const ProviderResult<RemoteState> &state)
{
    if (!state) {
        ProviderError error = state.error();
        if (error.kind == ProviderErrorKind::NotFound)
            error.message =
                tr("The provider no longer knows this job (it may have expired): %1").arg(error.message);
        fail(error);
        return;
    }
    const RemoteState &now = *state;
    switch (now.phase) {
        case RemoteState::Phase::Queued:
            report(kCreated, tr("waiting at the provider"), now.etaSeconds);
            return;
        case RemoteState::Phase::Running: {
            const double fraction =
                now.progress >= 0.0 ? kCreated + kRemoteShare * qBound(0.0, now.progress, 1.0) : m_fraction;
            report(fraction, now.stage.isEmpty() ? tr("generating") : now.stage, now.etaSeconds);
            return;
        }
        case RemoteState::Phase::Succeeded:
            unwatch();
            fetchResult();
            return;
        case RemoteState::Phase::Failed:
            unwatch();
            m_context.refunded(m_job.costMicros);
            finish(Failure{now.error.isEmpty() ? tr("The provider could not make it.")
                                               : tr("The provider could not make it: %1").arg(now.error)});
            return;
        case RemoteState::Phase::Cancelled:
            unwatch();
            finish(Failure{tr("cancelled at the provider"), FailureKind::Cancelled});
            return;
    }
}

void RemoteJob::fetchResult()
{
    report(m_job.kind == JobKind::Download ? 0.02 : kFetched, tr("fetching the result"));
    QPointer<RemoteJob> self(this);
    const QString remoteId = m_job.kind == JobKind::Download ? m_resultId : m_job.remoteId;
    m_provider->result(remoteId, [self, tries = 0](ProviderResult<RemoteResult> result) mutable {
        if (!self || self->m_finished)
            return;
        if (!result) {
            if (result.error().kind == ProviderErrorKind::Conflict && ++tries < kNotReadyRetries) {
                QTimer::singleShot(1000, self, &RemoteJob::fetchResult);
                return;
            }
            if (result.error().kind == ProviderErrorKind::NotFound && !self->m_fallback.files.isEmpty()) {
                qCInfo(lcRemoteJob) << "job" << self->m_job.id << "downloads from the video's public URL";
                self->onResult(self->m_fallback);
                return;
            }
            self->fail(result.error());
            return;
        }
        self->onResult(*result);
    });
}

void RemoteJob::onResult(const RemoteResult &result)
{
    m_result = result;
    m_nextFile = 0;
    m_downloaded.clear();
    downloadNext();
}

QString RemoteJob::downloadPathFor(const RemoteFile &file) const
{
    const QString role = file.role == RemoteFile::Role::Video    ? QStringLiteral("video")
                         : file.role == RemoteFile::Role::Poster ? QStringLiteral("poster")
                                                                 : QStringLiteral("scene%1").arg(file.scene);
    // Stable across attempts, so a download interrupted by a restart resumes where it stopped.
    return QDir(m_studio.location().root())
        .filePath(QStringLiteral("downloads/job-%1-%2.%3").arg(m_job.id).arg(role, extensionFor(file)));
}

void RemoteJob::downloadNext()
{
    const QList<RemoteFile> &files = m_result.files;
    if (m_nextFile >= files.size()) {
        storeDownloads();
        return;
    }
    const RemoteFile file = files.at(m_nextFile);
    const QString path = downloadPathFor(file);
    QDir().mkpath(QFileInfo(path).absolutePath());
    HttpRequest request;
    request.url = file.url;
    if (file.sendToken)
        request.bearerToken = m_hub.token(m_job.accountId);
    request.what = tr("download the result");
    request.transferTimeout = std::chrono::seconds(60);
    const int index = m_nextFile;
    const double count = files.size();
    QPointer<RemoteJob> self(this);
    m_call = m_hub.http().download(
        request, path, file.acceptedTypes,
        [self, index, count](qint64 received, qint64 total) {
            if (!self || self->m_finished)
                return;
            const double part = total > 0 ? double(received) / double(total) : 0.0;
            self->report(self->m_downloadFrom + self->m_downloadShare * (index + part) / count,
                         tr("downloading"));
        },
        [self, file, path](ProviderResult<qint64> done) {
            if (!self || self->m_finished)
                return;
            self->m_call.reset();
            if (!done) {
                if (file.role == RemoteFile::Role::Video ||
                    done.error().kind == ProviderErrorKind::Cancelled) {
                    ProviderError error = done.error();
                    error.message = tr("The result could not be downloaded: %1").arg(error.message);
                    self->fail(error);
                    return;
                }
                // A poster or a scene image is not worth failing the job for.
                qCWarning(lcRemoteJob)
                    << "job" << self->m_job.id << "skipped a file:" << done.error().message;
                QFile::remove(path);
            } else {
                self->m_downloaded << qMakePair(file, path);
            }
            ++self->m_nextFile;
            self->downloadNext();
        });
}

void RemoteJob::storeDownloads()
{
    report(0.98, tr("checking the result"));
    const MediaStore media = m_studio.media();  // a copy: the worker may outlive this job
    const QList<QPair<RemoteFile, QString>> downloaded = m_downloaded;
    QPointer<RemoteJob> self(this);
    // Probing and hashing read whole files: off the GUI thread.
    QThreadPool::globalInstance()->start([self, media, downloaded] {
        Result<QList<StoredFile>> stored = QList<StoredFile>{};
        for (const auto &[file, path] : downloaded) {
            Result<StoredFile> one = storeDownloadedFile(media, file, path);
            if (one)
                stored.value() << *one;
            else if (file.role == RemoteFile::Role::Video) {
                stored = one.failure();
                break;
            } else
                qCWarning(lcRemoteJob) << "skipped a file of the result:" << one.error();
        }
        // A result without a thumbnail (aistudio) gets a poster frame, so the library has a picture.
        if (stored) {
            const StoredFile *video = nullptr;
            bool hasPoster = false;
            for (const StoredFile &file : *stored) {
                if (file.file.role == RemoteFile::Role::Video && !file.mediaPath.isEmpty())
                    video = &file;
                hasPoster = hasPoster || file.file.role == RemoteFile::Role::Poster;
            }
            if (video && !hasPoster) {
                if (Result<StoredFile> poster = storePosterFrame(media, *video); poster)
                    stored.value() << *poster;
                else
                    qCWarning(lcRemoteJob) << "no poster frame:" << poster.error();
            }
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, stored] {
                if (self && !self->m_finished)
                    self->onStored(stored);
            },
            Qt::QueuedConnection);
    });
}

void RemoteJob::onStored(const Result<QList<StoredFile>> &stored)
{
    if (!stored) {
        finish(stored.failure());
        return;
    }
    if (m_cancelRequested) {
        finish(Failure{tr("cancelled"), FailureKind::Cancelled});
        return;
    }
    finish(importRemoteResult(m_studio.catalog(), m_studio.media(), m_job, m_result, *stored));
}

void RemoteJob::cancel()
{
    if (m_finished || m_cancelRequested)
        return;
    m_cancelRequested = true;
    if (m_job.kind == JobKind::Download) {
        // Only our download stops: the provider's video is left alone (cancel() would delete it).
        if (m_call)
            std::exchange(m_call, nullptr)->cancel();
        finish(Failure{tr("cancelled"), FailureKind::Cancelled});
        return;
    }
    // Before the provider answered a creation, the cancel waits for it (onCreated), so a job the
    // provider did create is cancelled there too and not left running (and charged).
    if (m_job.remoteId.isEmpty())
        return;
    cancelRemote();
}

void RemoteJob::cancelRemote()
{
    unwatch();
    if (m_call) {
        // Downloading: the remote job is finished already; only the download stops.
        std::exchange(m_call, nullptr)->cancel();
        return;
    }
    report(m_fraction, tr("cancelling"));
    QPointer<RemoteJob> self(this);
    m_provider->cancel(m_job.remoteId, [self](ProviderResult<Done> done) {
        if (!self || self->m_finished)
            return;
        if (!done)
            qCWarning(lcRemoteJob) << "job" << self->m_job.id
                                   << "cancel at the provider:" << done.error().message;
        self->finish(Failure{tr("cancelled"), FailureKind::Cancelled});
    });
}

void RemoteJob::unwatch()
{
    if (m_poller && m_watchHandle > 0)
        m_poller->unwatch(m_watchHandle);
    m_watchHandle = 0;
}

void RemoteJob::report(double fraction, const QString &stage, qint64 etaSeconds)
{
    if (m_finished)
        return;
    m_fraction = fraction;
    m_context.progress(fraction, stage, etaSeconds);
}

void RemoteJob::fail(const ProviderError &error)
{
    finish(error.toFailure());
}

void RemoteJob::finish(const Result<JobOutput> &result)
{
    if (m_finished)
        return;
    m_finished = true;
    unwatch();
    m_context.finished(result);
}

}  // namespace storyreel
