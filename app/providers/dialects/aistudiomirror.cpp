#include "aistudiomirror.h"

#include "catalog.h"
#include "lookstore.h"
#include "videostore.h"

#include <QLoggingCategory>
#include <QRegularExpression>

namespace storyreel {
namespace {

Q_LOGGING_CATEGORY(lcMirror, "storyreel.providers.aistudio.mirror", QtWarningMsg)

// A server that ignores skip would page forever: 1000 pages of 100 is far beyond any real account.
constexpr int kMaxPages = 1000;
constexpr qsizetype kTitleLength = 60;

QString titleFor(const QString &prompt)
{
    const QString simple = prompt.simplified();
    if (simple.isEmpty())
        return AiStudioMirror::tr("AI Studio video");
    return simple.size() > kTitleLength ? simple.left(kTitleLength - 1) + QChar(0x2026) : simple;
}

QPair<int, int> dimensionsOf(const QString &resolution)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
    const QRegularExpressionMatch match = pattern.match(resolution);
    if (!match.hasMatch())
        return {0, 0};
    return {match.captured(1).toInt(), match.captured(2).toInt()};
}

bool sameRemoteFields(const Video &a, const Video &b)
{
    return a.status == b.status && qFuzzyCompare(a.progress + 1.0, b.progress + 1.0) &&
           a.remoteUrl == b.remoteUrl && a.prompt == b.prompt && a.title == b.title && a.error == b.error &&
           a.durationMs == b.durationMs && a.width == b.width && a.height == b.height;
}

bool sameProducts(const QList<Product> &a, const QList<Product> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const Product &x = a.at(i);
        const Product &y = b.at(i);
        if (x.name != y.name || x.brand != y.brand || x.category != y.category ||
            x.priceCents != y.priceCents || x.currency != y.currency || x.url != y.url ||
            x.imagePath != y.imagePath)
            return false;
    }
    return true;
}

bool sameRemoteFields(const Look &a, const Look &b)
{
    return a.title == b.title && a.imageUrl == b.imageUrl && a.visibility == b.visibility &&
           a.sharedWith == b.sharedWith && sameProducts(a.products, b.products);
}

}  // namespace

AiStudioMirror::AiStudioMirror(AiStudioClient &client, const Catalog &catalog, RowId accountId,
                               QObject *parent)
    : QObject(parent), m_client(&client), m_catalog(catalog), m_accountId(accountId)
{}

void AiStudioMirror::run(std::function<void(Result<AiStudioMirrorSummary>)> done)
{
    if (m_done)
        return done(Failure{tr("The looks of this account are already being synchronised")});
    m_done = std::move(done);
    m_summary = {};
    m_seenVideos.clear();
    if (Status loaded = loadCatalog(); !loaded)
        return finish(loaded.failure());
    lookPage(0);
}

// Only row ids are kept between pages; rows are read again before each write, since an import may
// change a video (its file) between two pages.
Status AiStudioMirror::loadCatalog()
{
    m_looks.clear();
    Result<QList<Look>> looks = LookStore(m_catalog).list();
    if (!looks)
        return looks.failure();
    for (const Look &look : *looks) {
        if (look.accountId == m_accountId && !look.remoteId.isEmpty())
            m_looks.insert(look.remoteId, look.id);
    }
    return {};
}

void AiStudioMirror::finish(Result<AiStudioMirrorSummary> result)
{
    if (!result)
        qCWarning(lcMirror) << "mirror of account" << m_accountId << "stopped:" << result.error();
    auto done = std::exchange(m_done, nullptr);
    done(std::move(result));
}

void AiStudioMirror::lookPage(int skip)
{
    if (!m_client)
        return finish(Failure{tr("The provider client was closed")});
    ++m_summary.pages;
    m_client->listLooks(
        skip, kPageSize,
        [self = QPointer<AiStudioMirror>(this), skip](ProviderResult<AiStudioPage<AiStudioLook>> page) {
            if (!self)
                return;
            if (!page)
                return self->finish(page.error().toFailure());
            for (const AiStudioLook &look : page->items) {
                if (Status written = self->writeLook(look); !written)
                    return self->finish(written.failure());
            }
            self->m_summary.looks += int(page->items.size());
            const int next = skip + int(page->items.size());
            if (!page->items.isEmpty() && next < page->total && self->m_summary.pages < kMaxPages)
                return self->lookPage(next);
            self->videoJobPage(0);
        });
}

void AiStudioMirror::videoJobPage(int skip)
{
    if (!m_client)
        return finish(Failure{tr("The provider client was closed")});
    ++m_summary.pages;
    m_client->listVideoJobs(
        skip, kPageSize,
        [self = QPointer<AiStudioMirror>(this), skip](ProviderResult<AiStudioPage<AiStudioVideoJob>> page) {
            if (!self)
                return;
            if (!page)
                return self->finish(page.error().toFailure());
            for (const AiStudioVideoJob &job : page->items) {
                if (Result<RowId> video = self->upsertVideo(job); !video)
                    return self->finish(video.failure());
            }
            const int next = skip + int(page->items.size());
            if (!page->items.isEmpty() && next < page->total && self->m_summary.pages < kMaxPages)
                return self->videoJobPage(next);
            self->m_summary.videos = int(self->m_seenVideos.size());
            self->finish(self->m_summary);
        });
}

Status AiStudioMirror::writeLook(const AiStudioLook &remote)
{
    const LookStore looks(m_catalog);
    std::optional<Look> existing;
    if (const RowId known = m_looks.value(remote.look.remoteId); known > 0) {
        if (Result<Look> loaded = looks.load(known); loaded.ok())
            existing = *loaded;
    }
    Look look = existing.value_or(Look{});
    const Look before = look;
    look.accountId = m_accountId;
    look.remoteId = remote.look.remoteId;
    look.title = remote.look.title;
    look.imageUrl = remote.look.imageUrl;
    look.visibility = remote.look.visibility;
    look.sharedWith = remote.look.sharedWith;
    // Product images fetched earlier stay with the product at the same place under the same name.
    QList<Product> products = remote.look.products;
    for (qsizetype i = 0; i < products.size() && i < before.products.size(); ++i) {
        if (products.at(i).name == before.products.at(i).name)
            products[i].imagePath = before.products.at(i).imagePath;
    }
    look.products = products;
    if (!existing) {
        look.createdAt = remote.look.createdAt;
        Result<RowId> id = looks.create(look);
        if (!id)
            return id.failure();
        look.id = *id;
        ++m_summary.looksAdded;
    } else if (!sameRemoteFields(before, look)) {
        if (Status updated = looks.update(look); !updated)
            return updated;
        ++m_summary.looksUpdated;
    }
    m_looks.insert(look.remoteId, look.id);
    return syncLinks(look.id, remote);
}

// The look's `videos` array is the truth for its links and its default video.
Status AiStudioMirror::syncLinks(RowId lookId, const AiStudioLook &remote)
{
    const VideoStore videos(m_catalog);
    QSet<RowId> listed;
    RowId defaultVideo = 0;
    for (const AiStudioVideoJob &job : remote.videos) {
        Result<RowId> video = upsertVideo(job);
        if (!video)
            return video.failure();
        if (Status linked = videos.linkToLook(lookId, *video); !linked)
            return linked;
        listed.insert(*video);
        if (job.isDefault)
            defaultVideo = *video;
    }
    Result<QList<LookVideoLink>> links = videos.links(lookId);
    if (!links)
        return links.failure();
    RowId currentDefault = 0;
    for (const LookVideoLink &link : *links) {
        if (!listed.contains(link.videoId)) {
            // Only this account's remote videos follow the provider; a local video linked here stays.
            Result<Video> video = videos.load(link.videoId);
            if (!video)
                return video.failure();
            if (video->accountId == m_accountId && !video->remoteId.isEmpty()) {
                if (Status unlinked = videos.unlinkFromLook(lookId, link.videoId); !unlinked)
                    return unlinked;
                continue;
            }
        }
        if (link.isDefault)
            currentDefault = link.videoId;
    }
    if (defaultVideo != currentDefault)
        return defaultVideo ? videos.setDefault(lookId, defaultVideo) : videos.clearDefault(lookId);
    return {};
}

Result<RowId> AiStudioMirror::upsertVideo(const AiStudioVideoJob &job)
{
    const VideoStore videos(m_catalog);
    Result<std::optional<Video>> existing = videos.findByRemote(m_accountId, job.id);
    if (!existing)
        return existing.failure();
    const bool found = existing->has_value();
    Video video = existing->value_or(Video{});
    const Video before = video;
    video.accountId = m_accountId;
    video.remoteId = job.id;
    video.status = job.status;
    video.progress = job.state.progress >= 0 ? job.state.progress : before.progress;
    if (!job.url.isEmpty())
        video.remoteUrl = job.url;
    if (!job.prompt.isEmpty())
        video.prompt = job.prompt;
    // Named from the prompt; a placeholder name gives way once the prompt is known.
    if (video.title.isEmpty() || (video.title == titleFor(QString()) && !video.prompt.isEmpty()))
        video.title = titleFor(video.prompt);
    video.error = job.status == VideoStatus::Failed ? job.state.error : QString();
    if (video.durationMs == 0 && job.durationSeconds > 0)
        video.durationMs = qint64(job.durationSeconds) * 1000;
    if (video.width == 0) {
        const auto [width, height] = dimensionsOf(job.resolution);
        video.width = width;
        video.height = height;
    }
    m_seenVideos.insert(job.id);
    if (!found) {
        video.kind = VideoKind::TextToVideo;
        video.createdAt = job.createdAt;
        Result<RowId> id = videos.create(video);
        if (!id)
            return id.failure();
        video.id = *id;
        ++m_summary.videosAdded;
    } else if (!sameRemoteFields(before, video)) {
        if (Status updated = videos.update(video); !updated)
            return updated.failure();
        ++m_summary.videosUpdated;
    }
    return video.id;
}

}  // namespace storyreel
