// LibraryService::syncAccounts: the provider is the source of truth for its looks (DESIGN "Sync").
#include "libraryservice.h"

#include "accountstore.h"
#include "aistudioclient.h"
#include "aistudiomirror.h"
#include "offlinequeue.h"
#include "providerhub.h"

#include <QPointer>
#include <QTimer>

namespace storyreel {
namespace {

// What one sync across accounts found, reported once when the last account answered.
struct SyncRound
{
    int remaining = 0;
    int looks = 0;
    int videos = 0;
    QStringList problems;
    std::function<void(LibraryOutcome)> done;
};

}  // namespace

void LibraryService::mirrorAccount(RowId accountId,
                                   std::function<void(bool ran, const Result<AiStudioMirrorSummary> &)> done)
{
    QPointer<LibraryService> self(this);
    m_hub.provider(accountId, [self, accountId, done](ProviderResult<Provider *> provider) {
        if (!self)
            return;
        auto *client = provider ? qobject_cast<AiStudioClient *>(*provider) : nullptr;
        if (!client || self->m_mirrors.count(accountId) > 0) {
            // Not an aistudio account (nothing to mirror), or a mirror of it already runs.
            done(false, provider ? Result<AiStudioMirrorSummary>(AiStudioMirrorSummary{})
                                 : Result<AiStudioMirrorSummary>(Failure{provider.error().message}));
            return;
        }
        auto &mirror = self->m_mirrors[accountId];
        mirror = std::make_unique<AiStudioMirror>(*client, self->m_catalog, accountId);
        mirror->run([self, accountId, done](Result<AiStudioMirrorSummary> summary) {
            if (!self)
                return;
            // Not from inside the mirror's own callback: it is destroyed here.
            QTimer::singleShot(0, self, [self, accountId, done, summary] {
                self->m_mirrors.erase(accountId);
                done(true, summary);
            });
        });
    });
}

void LibraryService::syncAccounts(std::function<void(LibraryOutcome)> done)
{
    Result<QList<ProviderAccount>> accounts = AccountStore(m_catalog).list();
    if (!accounts) {
        finish(done, {LibraryOutcome::Kind::Failed, accounts.error()});
        return;
    }
    auto round = std::make_shared<SyncRound>();
    round->done = std::move(done);
    QList<RowId> toSync;
    for (const ProviderAccount &account : *accounts) {
        if (account.dialect != Dialect::AiStudio)
            continue;
        // Edits made offline go first: mirroring now would show the provider's state without them.
        if (m_offline->hasPending(account.id)) {
            replayPending(account.id);
            round->problems.append(tr("%1: changes made offline are being sent first.").arg(account.name));
            continue;
        }
        if (m_mirrors.count(account.id) == 0)
            toSync.append(account.id);
    }
    if (toSync.isEmpty()) {
        finish(round->done,
               {round->problems.isEmpty() ? LibraryOutcome::Kind::Done : LibraryOutcome::Kind::Queued,
                round->problems.isEmpty() ? tr("No provider account has looks to sync.")
                                          : round->problems.join(QLatin1Char('\n'))});
        return;
    }
    round->remaining = int(toSync.size());
    QPointer<LibraryService> self(this);
    auto settle = [self, round](const QString &problem, int looks, int videos) {
        if (!problem.isEmpty())
            round->problems.append(problem);
        round->looks += looks;
        round->videos += videos;
        if (--round->remaining > 0 || !self)
            return;
        Q_EMIT self->looksChanged({});
        Q_EMIT self->videosChanged({});
        const QString summary =
            tr("Synced %1 and %2 from your providers.")
                .arg(tr("%n look(s)", nullptr, round->looks), tr("%n video(s)", nullptr, round->videos));
        if (round->problems.isEmpty())
            round->done({LibraryOutcome::Kind::Done, summary});
        else
            round->done({LibraryOutcome::Kind::Failed,
                         summary + QLatin1Char('\n') + round->problems.join(QLatin1Char('\n'))});
    };
    for (RowId accountId : toSync) {
        mirrorAccount(accountId, [settle](bool, const Result<AiStudioMirrorSummary> &summary) {
            settle(summary ? QString() : summary.error(), summary ? summary->looks : 0,
                   summary ? summary->videos : 0);
        });
    }
}

}  // namespace storyreel
