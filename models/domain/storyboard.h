#pragma once

#include "enums.h"
#include "ids.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace storyreel {

struct Scene
{
    RowId id = 0;
    RowId storyboardId = 0;
    int position = 1;  // 1-based, contiguous within a storyboard
    QString description;
    QString imagePrompt;
    qint64 durationMs = 5000;
    QString imagePath;  // relative to the data directory, or empty (a card is synthesized)
};

struct Storyboard
{
    RowId id = 0;
    RowId accountId = 0;  // 0 = local storyboard
    QString remoteId;
    QString title;
    QString prompt;
    QString style;
    Aspect aspect = Aspect::Landscape16x9;
    StoryboardStatus status = StoryboardStatus::Draft;
    bool approved = false;
    QDateTime approvedAt;
    int refinementCount = 0;
    bool isSample = false;
    QDateTime createdAt;
    QDateTime updatedAt;
    QList<Scene> scenes;

    qint64 totalDurationMs() const
    {
        qint64 total = 0;
        for (const Scene &scene : scenes)
            total += scene.durationMs;
        return total;
    }
};

}  // namespace storyreel
