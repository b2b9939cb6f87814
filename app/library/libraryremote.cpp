// LibraryService's provider side: sending edits, the offline queue, conflicts and job completions.
#include "libraryservice.h"

#include "aistudioclient.h"
#include "aistudiomirror.h"
#include "asyncvideosclient.h"
#include "catalog.h"
#include "jobqueue.h"
#include "jobstore.h"
#include "lookstore.h"
#include "offlinequeue.h"
#include "pendingopstore.h"
#include "providerhub.h"
#include "videostore.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

namespace storyreel {
namespace {

Q_LOGGING_CATEGORY(lcLibrarySync, "storyreel.library.sync", QtWarningMsg)

const QString kSetDefault = QStringLiteral("set-default");
const QString kUnlink = QStringLiteral("unlink");
const QString kFavorite = QStringLiteral("favorite");

QString quoted(const QJsonObject &payload, const char *titleKey, const char *idKey)
{
    const QString title = payload.value(QLatin1String(titleKey)).toString();
    return title.isEmpty() ? QStringLiteral("#%1").arg(payload.value(QLatin1String(idKey)).toInteger())
                           : QStringLiteral("\"%1\"").arg(title);
}

// What the provider's refusal means for this edit, in the user's words (the provider's own message
// appended). Errors that only say "not now" keep their message: the edit waits.
ProviderError explained(const PendingOp &op, ProviderError error)
{
    if (OfflineQueue::isTransient(error))
        return error;
    const QString video = quoted(op.payload, "videoTitle", "videoId");
    const QString look = quoted(op.payload, "lookTitle", "lookId");
    const QString said = error.message.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(error.message);
    QString message;
    if (op.operation == kSetDefault) {
        switch (error.kind) {
            case ProviderErrorKind::BadRequest:
                message = LibraryService::tr(
                              "%1 is not linked to the look %2 on the provider, so it cannot be its default.")
                              .arg(video, look);
                break;
            case ProviderErrorKind::Forbidden:
                message = LibraryService::tr("Only the owner of this look can choose its default video.");
                break;
            case ProviderErrorKind::NotFound:
                message = LibraryService::tr(
                              "The look %1 or the video %2 no longer exists on the provider (deleted "
                              "meanwhile?), so the default could not be set there.")
                              .arg(look, video);
                break;
            default:
                message =
                    LibraryService::tr("The provider did not set %1 as the default of %2.").arg(video, look);
        }
    } else if (op.operation == kUnlink) {
        switch (error.kind) {
            case ProviderErrorKind::NotFound:
                message = LibraryService::tr("%1 was already deleted on the provider.").arg(video);
                break;
            case ProviderErrorKind::Forbidden:
                message =
                    LibraryService::tr("Only the owner of %1 can delete it from the provider.").arg(video);
                break;
            default:
                message = LibraryService::tr("The provider did not delete %1.").arg(video);
        }
    } else {
        switch (error.kind) {
            case ProviderErrorKind::NotFound:
                message = LibraryService::tr(
                              "%1 no longer exists on the provider (deleted meanwhile?), so its favourite "
                              "could not be saved there.")
                              .arg(video);
                break;
            case ProviderErrorKind::Forbidden:
                message = LibraryService::tr("The provider does not let this account change %1.").arg(video);
                break;
            default:
                message = LibraryService::tr("The provider did not save the favourite of %1.").arg(video);
        }
    }
    error.message = message + said;
    return error;
}

ProviderError wrongDialect(const PendingOp &op)
{
    return ProviderError{
        ProviderErrorKind::BadRequest,
        LibraryService::tr("This account's provider has no \"%1\" operation.").arg(op.operation)};
}

}  // namespace

void LibraryService::sendOp(const PendingOp &op, std::function<void(ProviderStatus)> done)
{
    auto answer = [op, done](ProviderStatus sent) {
        if (sent)
            return done(sent);
        done(explained(op, sent.error()));
    };
    m_hub.provider(op.accountId, [op, answer](ProviderResult<Provider *> provider) {
        if (!provider)
            return answer(provider.error());
        const QJsonObject &payload = op.payload;
        if (op.operation == kSetDefault || op.operation == kUnlink) {
            auto *client = qobject_cast<AiStudioClient *>(*provider);
            if (!client)
                return answer(wrongDialect(op));
            const QString videoId = payload.value(QStringLiteral("remoteVideoId")).toString();
            if (op.operation == kUnlink)
                return client->deleteVideoJob(videoId, answer);
            return client->setDefaultForLook(
                videoId, payload.value(QStringLiteral("remoteLookId")).toString(), answer);
        }
        if (op.operation == kFavorite) {
            auto *client = qobject_cast<AsyncVideosClient *>(*provider);
            if (!client)
                return answer(wrongDialect(op));
            return client->setFavorite(payload.value(QStringLiteral("remoteRef")).toString(),
                                       payload.value(QStringLiteral("favorite")).toBool(), answer);
        }
        answer(wrongDialect(op));
    });
}

void LibraryService::submitRemote(const PendingOp &op, std::function<Status()> apply, After after, Done done)
{
    const RowId account = op.accountId;
    if (!after)
        after = [](std::function<void()> next) { next(); };
    const QString unreachable =
        tr("Saved in the library and queued: the provider is unreachable (%1). It is "
           "sent when the account is reachable again.");
    // Applied here, then queued; what must follow the edit is queued behind it.
    auto enqueue = [this, op, apply](const QString &why) -> Result<RowId> {
        if (Status applied = apply(); !applied)
            return applied.failure();
        Result<RowId> queued = m_offline->enqueue(op.accountId, op.operation, op.payload);
        if (queued)
            qCInfo(lcLibrarySync) << "queued" << op.operation << "for account" << op.accountId << ":" << why;
        return queued;
    };
    // Behind earlier edits of the account: never overtaking them.
    if (m_offline->hasPending(account) || m_offline->isReplaying(account)) {
        Result<RowId> queued = enqueue(tr("earlier edits are waiting"));
        if (!queued)
            return finish(done, LibraryOutcome{LibraryOutcome::Kind::Failed, queued.error()});
        const RowId opId = *queued;
        QPointer<LibraryService> self(this);
        after([self, account, opId, done, unreachable] {
            if (!self)
                return;
            if (self->m_offline->isWaiting(account)) {
                // Unreachable a moment ago: the scheduled try takes it; no need to knock again now.
                return self->finish(done, LibraryOutcome{LibraryOutcome::Kind::Queued,
                                                         unreachable.arg(tr("earlier edits are waiting"))});
            }
            if (done)
                self->m_waiting.insert(opId, done);
            self->m_offline->replay(account);
        });
        return;
    }
    QPointer<LibraryService> self(this);
    sendOp(op, [self, op, apply, after, done, enqueue, unreachable](ProviderStatus sent) {
        if (!self)
            return;
        // A deletion of what is already gone reached its goal.
        const bool gone =
            !sent && op.operation == kUnlink && sent.error().kind == ProviderErrorKind::NotFound;
        if (sent || gone) {
            if (Status applied = apply(); !applied)
                return self->finish(done, LibraryOutcome{LibraryOutcome::Kind::Failed, applied.error()});
            const QString note = gone ? sent.error().message : QString();
            after([self, done, note] {
                if (self)
                    self->finish(done, LibraryOutcome{LibraryOutcome::Kind::Done, note});
            });
            return;
        }
        const ProviderError &error = sent.error();
        const bool transient =
            OfflineQueue::isTransient(error) && error.kind != ProviderErrorKind::Unauthorized &&
            error.kind != ProviderErrorKind::Credentials && error.kind != ProviderErrorKind::Cancelled;
        if (!transient)
            return self->finish(done, LibraryOutcome{LibraryOutcome::Kind::Failed, error.message});
        Result<RowId> queued = enqueue(error.message);
        if (!queued)
            return self->finish(done, LibraryOutcome{LibraryOutcome::Kind::Failed, queued.error()});
        self->m_offline->replayLater(op.accountId);
        const QString message = unreachable.arg(error.message);
        after([self, done, message] {
            if (self)
                self->finish(done, LibraryOutcome{LibraryOutcome::Kind::Queued, message});
        });
    });
}

void LibraryService::onSettled(const PendingOp &op, PendingOpState state, const QString &message)
{
    const Done done = m_waiting.take(op.id);
    if (state == PendingOpState::Done) {
        if (done)
            finish(done, LibraryOutcome{});
        return;
    }
    qCWarning(lcLibrarySync) << "conflict:" << message;
    if (done)
        finish(done, LibraryOutcome{LibraryOutcome::Kind::Failed,
                                    tr("%1 The edit is kept in the list of conflicts.").arg(message)});
}

void LibraryService::onStalled(RowId accountId, const QString &reason)
{
    Result<QList<PendingOp>> pending = PendingOpStore(m_catalog).pendingInOrder(accountId);
    if (!pending)
        return;
    for (const PendingOp &op : *pending) {
        if (const Done done = m_waiting.take(op.id))
            finish(done, LibraryOutcome{LibraryOutcome::Kind::Queued,
                                        tr("Saved in the library and queued: the provider is unreachable "
                                           "(%1). It is sent when the account is reachable again.")
                                            .arg(reason)});
    }
}

void LibraryService::replayPending(RowId accountId)
{
    m_offline->replay(accountId);
}

Result<QList<PendingOp>> LibraryService::conflicts() const
{
    return m_offline->conflicts();
}

int LibraryService::pendingCount() const
{
    return m_offline->pendingCount();
}

int LibraryService::conflictCount() const
{
    return m_offline->conflictCount();
}

void LibraryService::setReplayBackoff(std::chrono::milliseconds first, std::chrono::milliseconds longest)
{
    m_offline->setBackoff(first, longest);
}

Status LibraryService::dismissConflict(RowId opId)
{
    Result<PendingOp> op = m_offline->dismiss(opId);
    if (!op)
        return op.failure();
    if (op->operation == kSetDefault) {
        // The catalog took a default the provider refused: it must not keep claiming it.
        const RowId lookId = op->payload.value(QStringLiteral("lookId")).toInteger();
        const RowId videoId = op->payload.value(QStringLiteral("videoId")).toInteger();
        Result<std::optional<Video>> current = VideoStore(m_catalog).defaultVideo(lookId);
        if (current && current->has_value() && current->value().id == videoId) {
            if (Status cleared = VideoStore(m_catalog).clearDefault(lookId); !cleared)
                return cleared;
            announce({videoId}, {lookId});
        }
    }
    resync(op->accountId);
    return {};
}

// Mirrors an aistudio account again (links and defaults as the provider has them), unless edits of it
// still wait: the mirror would overwrite what they applied locally.
void LibraryService::resync(RowId accountId)
{
    if (m_mirrors.count(accountId) > 0 || m_offline->hasPending(accountId))
        return;
    mirrorAccount(accountId, [this, accountId](bool ran, const Result<AiStudioMirrorSummary> &summary) {
        if (!ran)
            return;
        if (!summary)
            qCInfo(lcLibrarySync) << "re-sync of account" << accountId << "failed:" << summary.error();
        Q_EMIT looksChanged({});
        Q_EMIT videosChanged({});
    });
}

void LibraryService::onJobFinished(qint64 jobId, JobStatus status)
{
    if (status != JobStatus::Succeeded)
        return;
    Result<Job> job = JobStore(m_catalog).load(jobId);
    if (!job)
        return;
    const RowId videoId = job->params.value(QStringLiteral("videoId")).toInteger();
    const RowId lookId = job->params.value(QStringLiteral("lookId")).toInteger();
    // The account answered: edits waiting for it can go now.
    if (job->accountId > 0 && m_offline->hasPending(job->accountId))
        m_offline->replay(job->accountId);
    if (videoId <= 0)
        return;
    announce({videoId}, lookId > 0 ? QList<qint64>{lookId} : QList<qint64>{});
    if (lookId <= 0)
        return;
    // A look's first finished video becomes its default (exactly one whenever it has a succeeded one).
    Result<std::optional<Video>> current = VideoStore(m_catalog).defaultVideo(lookId);
    if (!current || current->has_value())
        return;
    setDefault(lookId, videoId, [lookId, videoId](LibraryOutcome outcome) {
        if (outcome.kind == LibraryOutcome::Kind::Failed)
            qCInfo(lcLibrarySync) << "video" << videoId << "did not become the default of look" << lookId
                                  << ":" << outcome.message;
    });
}

}  // namespace storyreel
