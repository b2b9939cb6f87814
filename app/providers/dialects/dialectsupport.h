#pragma once

#include "httpclient.h"
#include "provider.h"
#include "providerresult.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <memory>
#include <type_traits>

// Small pieces every dialect client uses.
namespace storyreel {

// An error of `kind` saying `message`, with no HTTP status and no retry hint (checks made before
// anything is sent, answers the client itself refuses).
ProviderError providerError(ProviderErrorKind kind, const QString &message);

// Runs `done` with `answer` from the event loop, so a call never answers before it returns.
template <typename T>
void answerLater(ProviderCallback<T> done, std::type_identity_t<ProviderResult<T>> answer)
{
    QTimer::singleShot(0, [done = std::move(done), answer = std::move(answer)] { done(answer); });
}

// The same, dropped when `context` is destroyed first.
template <typename T>
void answerLater(QObject *context, ProviderCallback<T> done, std::type_identity_t<ProviderResult<T>> answer)
{
    QTimer::singleShot(0, context, [done = std::move(done), answer = std::move(answer)] { done(answer); });
}

// One Provider::poll() over several requests: the states found so far, answered once, in the order
// the jobs were asked for; jobs the provider no longer knows are left out.
struct PolledStates
{
    QStringList wanted;
    QHash<QString, RemoteState> found;
    int pending = 0;
    bool finished = false;
    ProviderCallback<QList<RemoteState>> done;

    void fail(const ProviderError &error);
    void finish();
};

// How a dialect without a list call reads one job's state (storyboard, t2m).
struct OneByOnePoll
{
    std::function<bool(const QString &remoteId)> isJobId;  // ids that fail are skipped, never sent
    std::function<HttpRequest(const QString &remoteId)> request;
    std::function<ProviderResult<RemoteState>(const HttpResponse &response, const QString &remoteId,
                                              const QString &what)>
        read;
    QString closedMessage;  // the answer when `owner` goes away between two requests
};

// Polls `remoteIds` strictly one request after the other: a burst gains nothing, and each answer's
// X-RateLimit-* headers reach HttpClient before the next request is sent. Asked alone, a job's error
// is the answer; among several, a job the service no longer shows us (404, 403) is left out.
void pollOneByOne(HttpClient &http, QPointer<QObject> owner, std::shared_ptr<const OneByOnePoll> how,
                  QStringList remoteIds, ProviderCallback<QList<RemoteState>> done);

}  // namespace storyreel
