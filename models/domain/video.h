#pragma once

#include "enums.h"
#include "ids.h"

#include <QDateTime>
#include <QString>

namespace storyreel {

// A generated, rendered or imported video. The file, once complete, lives in the media store.
struct Video
{
    RowId id = 0;
    RowId accountId = 0;  // 0 = made locally
    QString remoteId;
    // The provider's id for the video itself when it differs from remoteId (the job): asyncvideos'
    // video.id, which `PUT /videos/{id}` (favourites) takes. Empty when there is none.
    QString remoteRef;
    VideoKind kind = VideoKind::Import;
    VideoStatus status = VideoStatus::Pending;
    QString title;
    QString prompt;
    QString mediaSha256;
    QString filePath;  // relative to the data directory; empty until the file is complete
    QString remoteUrl;
    QString posterPath;
    qint64 durationMs = 0;
    int width = 0;
    int height = 0;
    double progress = 0.0;
    bool favorite = false;
    CloudState cloud = CloudState::LocalOnly;  // derived from cloud_objects and transfer jobs; read-only
    QString error;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// A video linked to a look; at most one link per look has isDefault (enforced by the catalog).
struct LookVideoLink
{
    RowId lookId = 0;
    RowId videoId = 0;
    bool isDefault = false;
    QDateTime linkedAt;
};

}  // namespace storyreel
