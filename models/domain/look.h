#pragma once

#include "enums.h"
#include "ids.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace storyreel {

struct Product
{
    RowId id = 0;
    RowId lookId = 0;
    int position = 1;  // 1-based order inside the look
    QString name;
    QString brand;
    QString category;
    QString imagePath;  // relative to the data directory, or empty
    qint64 priceCents = 0;
    QString currency;
    QString url;
};

// An outfit made of products (seed 000). Remote looks carry the provider's id and account.
struct Look
{
    RowId id = 0;
    RowId accountId = 0;  // 0 = local look
    QString remoteId;
    QString title;
    QString imagePath;  // relative to the data directory: the fallback poster
    QString imageUrl;   // the provider's generatedImageUrl
    Visibility visibility = Visibility::Private;
    QStringList sharedWith;
    bool isSample = false;
    QDateTime createdAt;
    QDateTime updatedAt;
    QList<Product> products;
};

// A look as the library grid shows it: its own fields plus aggregates over its products and videos,
// read for every look in one query (LookStore::summaries()), so 10,000 looks load fast.
struct LookSummary
{
    RowId id = 0, accountId = 0;
    QString remoteId, title, imagePath, imageUrl;
    Visibility visibility = Visibility::Private;
    bool isSample = false;
    int productCount = 0, videoCount = 0, offlineVideoCount = 0;  // offline: the file is in the media store
    RowId defaultVideoId = 0;                                     // 0 = no default video
    VideoStatus defaultStatus = VideoStatus::Pending;             // meaningful only with a default
    QString defaultPosterPath;
    QDateTime updatedAt;
};

}  // namespace storyreel
