#include "dialectsupport.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDialects, "storyreel.providers.dialects", QtWarningMsg)

namespace storyreel {

ProviderError providerError(ProviderErrorKind kind, const QString &message)
{
    ProviderError error;
    error.kind = kind;
    error.message = message;
    return error;
}

void PolledStates::fail(const ProviderError &error)
{
    finished = true;
    done(error);
}

void PolledStates::finish()
{
    finished = true;
    QList<RemoteState> states;
    for (const QString &id : std::as_const(wanted)) {
        if (found.contains(id))
            states << found.value(id);
    }
    done(states);
}

namespace {

void pollNext(HttpClient &http, QPointer<QObject> owner, std::shared_ptr<const OneByOnePoll> how,
              QStringList remaining, QList<RemoteState> states, bool single,
              ProviderCallback<QList<RemoteState>> done)
{
    while (!remaining.isEmpty() && !how->isJobId(remaining.first()))
        remaining.removeFirst();
    if (remaining.isEmpty())
        return done(std::move(states));
    const QString id = remaining.takeFirst();
    const HttpRequest request = how->request(id);
    http.send(request, [&http, owner, how, id, what = request.what, remaining = std::move(remaining),
                        states = std::move(states), single,
                        done = std::move(done)](ProviderResult<HttpResponse> answer) mutable {
        if (!answer) {
            const ProviderErrorKind kind = answer.error().kind;
            if (single || (kind != ProviderErrorKind::NotFound && kind != ProviderErrorKind::Forbidden))
                return done(answer.error());
            qCInfo(lcDialects) << "remote job" << id << "is gone:" << answer.error().httpStatus;
        } else {
            ProviderResult<RemoteState> state = how->read(answer.value(), id, what);
            if (!state)
                return done(state.error());
            states.append(std::move(state).value());
        }
        if (!owner)
            return done(providerError(ProviderErrorKind::Cancelled, how->closedMessage));
        pollNext(http, owner, how, std::move(remaining), std::move(states), single, std::move(done));
    });
}

}  // namespace

void pollOneByOne(HttpClient &http, QPointer<QObject> owner, std::shared_ptr<const OneByOnePoll> how,
                  QStringList remoteIds, ProviderCallback<QList<RemoteState>> done)
{
    const bool single = remoteIds.size() == 1;
    pollNext(http, std::move(owner), std::move(how), std::move(remoteIds), {}, single, std::move(done));
}

}  // namespace storyreel
