#pragma once

#include "enums.h"
#include "ids.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace storyreel {

struct Job
{
    RowId id = 0;
    JobKind kind = JobKind::Render;
    JobStatus status = JobStatus::Queued;
    JobPriority priority = JobPriority::Normal;
    QString title;
    RowId accountId = 0;  // 0 = local work
    QJsonObject params;
    QString stage;
    double progress = 0.0;
    qint64 etaSeconds = -1;  // -1 = unknown
    QString remoteId;
    QString idempotencyKey;
    qint64 costMicros = 0;
    QString costUnit;
    QString outputPath;
    QString error;
    QString batchId;
    RowId dependsOn = 0;
    qint64 queueOrder = 0;         // the user's order within a priority (lower runs first)
    bool cancelRequested = false;  // asked by another process; the owner cancels
    QString owner;                 // "host:pid" of the process running it
    QDateTime heartbeatAt;         // when the owner last confirmed it still runs it
    int attempt = 1;               // 1 + the number of retries
    QDateTime createdAt;
    QDateTime startedAt;
    QDateTime finishedAt;
    QDateTime updatedAt;
};

struct JobEvent
{
    RowId id = 0;
    RowId jobId = 0;
    QDateTime at;
    JobStatus status = JobStatus::Queued;
    QString message;
};

}  // namespace storyreel
