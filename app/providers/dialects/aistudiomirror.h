#pragma once

#include "aistudioclient.h"
#include "ids.h"
#include "result.h"
#include "video.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

namespace storyreel {

class Catalog;

struct AiStudioMirrorSummary
{
    int looks = 0;  // seen at the provider
    int looksAdded = 0;
    int looksUpdated = 0;
    int videos = 0;  // distinct videos seen (look videos and video-jobs)
    int videosAdded = 0;
    int videosUpdated = 0;
    int pages = 0;  // list calls made
};

// Mirrors an aistudio account's looks and video-jobs into the catalog (the provider is the source of
// truth for them, DESIGN "Sync"): lists looks then video-jobs page by page (skip/limit, 100 a page)
// and writes each page as it arrives — looks with their products, videos by (account, remote id),
// each look's links and default video as its `videos` array says. Catalog rows the provider no longer
// lists are kept (they may hold downloaded files); links of this account's videos that a look no longer
// lists are removed. Local fields (files, posters, favourites) are never overwritten.
class AiStudioMirror final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 100;

    AiStudioMirror(AiStudioClient &client, const Catalog &catalog, RowId accountId,
                   QObject *parent = nullptr);

    // Fails with the provider's or the catalog's message; what was written before a failure stays.
    void run(std::function<void(Result<AiStudioMirrorSummary>)> done);
    bool isRunning() const { return static_cast<bool>(m_done); }

private:
    void lookPage(int skip);
    void videoJobPage(int skip);
    void finish(Result<AiStudioMirrorSummary> result);
    Status loadCatalog();
    Status writeLook(const AiStudioLook &remote);
    Status syncLinks(RowId lookId, const AiStudioLook &remote);
    Result<RowId> upsertVideo(const AiStudioVideoJob &job);

    QPointer<AiStudioClient> m_client;
    const Catalog &m_catalog;
    RowId m_accountId;
    std::function<void(Result<AiStudioMirrorSummary>)> m_done;
    AiStudioMirrorSummary m_summary;
    QHash<QString, RowId> m_looks;  // this account's looks: remote id -> row
    QSet<QString> m_seenVideos;
};

}  // namespace storyreel
