#pragma once

#include "enums.h"
#include "ids.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// Smaller aggregates: each still has a store of its own.
namespace storyreel {

// A cached export: one file per (source content, preset).
struct ExportEntry
{
    RowId id = 0;
    QString sourceSha256;
    QString preset;  // e.g. "mp4-medium"
    QString filePath;
    qint64 sizeBytes = 0;
    QDateTime createdAt;
};

// Money in millionths of the unit, so tokens, DUST and USD cents all add up exactly.
struct LedgerEntry
{
    RowId id = 0;
    RowId accountId = 0;
    RowId jobId = 0;
    int attempt = 1;  // which attempt of the job a charge or refund belongs to
    LedgerKind kind = LedgerKind::Charge;
    qint64 amountMicros = 0;
    QString unit;
    QString note;
    QDateTime at;
};

// An edit made while the account was unreachable, replayed in order later.
struct PendingOp
{
    RowId id = 0;
    RowId accountId = 0;
    QString operation;  // e.g. "set-default", "favorite", "unlink"
    QJsonObject payload;
    PendingOpState state = PendingOpState::Pending;
    int attempts = 0;
    QString lastError;
    QDateTime createdAt;
};

struct ReviewNote
{
    RowId id = 0;
    RowId videoId = 0;
    qint64 atMs = 0;  // position in the video
    QString text;
    QDateTime createdAt;
};

}  // namespace storyreel
