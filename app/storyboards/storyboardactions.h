#pragma once

#include "datalocation.h"
#include "enums.h"
#include "generationservice.h"
#include "ids.h"
#include "result.h"
#include "storyboard.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <chrono>
#include <functional>
#include <optional>

namespace storyreel {

class Catalog;
class JobQueue;
class ProviderHub;
class StoryboardDocument;

// How to render a storyboard (the RenderRunner's parameters). No aspect: the storyboard's own.
struct RenderChoice
{
    std::optional<Aspect> aspect;
    QString quality = QStringLiteral("high");  // low | medium | high
    bool captions = false;
    bool motion = true;
    int crossfadeMs = 1000;
    QString soundtrack;  // absolute path or empty
};

// One destination of an export bundle.
struct ExportChoice
{
    Aspect aspect = Aspect::Landscape16x9;
    QString format = QStringLiteral("mp4");      // mp4 | webm | mov
    QString quality = QStringLiteral("medium");  // low | medium | high
};

// A finished render of a storyboard, kept as a version.
struct RenderVersion
{
    RowId jobId = 0;
    int number = 0;  // the N of <title>-v<N>.mp4
    QString path;    // absolute
    Aspect aspect = Aspect::Landscape16x9;
    QDateTime finishedAt;
};

// The linked jobs of an export bundle, all in one batch.
struct BundleJobs
{
    QString batchId;
    QList<RowId> renders;  // one per distinct aspect
    QList<RowId> exports;  // in the order of the choices; each depends on its aspect's render
    QList<QString> outputs;
};

// What "create from a prompt" started: a storyboard made at once (local provider) or a generation
// job (a storyboard provider account), whose result becomes the storyboard.
struct CreatedStoryboard
{
    RowId storyboardId = 0;
    RowId jobId = 0;
};

// The storyboard editor's actions that go through jobs and providers: render (kept as versions),
// export and the one-click bundle (linked jobs in one batch), export for a drag, refine a scene and
// create a storyboard from a prompt. No widgets: the output panel and the editor call it.
class StoryboardActions final : public QObject
{
    Q_OBJECT

public:
    // hub may be null (no remote storyboards then).
    StoryboardActions(const Catalog &catalog, DataLocation location, JobQueue &queue,
                      ProviderHub *hub = nullptr, QObject *parent = nullptr);
    ~StoryboardActions() override;

    // Why the storyboard cannot be rendered now (not approved, no scenes), or empty.
    static QString renderRefusal(const Storyboard &board);
    // Local storyboard: a Render job writing renders/<title>-v<N>.mp4, its id. Storyboard provider
    // storyboard: approve + render through the provider, then the video is fetched into renders/
    // (see remoteRenderProgress); the id is 0 then and the version appears when it is delivered.
    Result<RowId> render(RowId storyboardId, const RenderChoice &choice = {});
    // Succeeded renders of the storyboard whose file still exists, newest first.
    Result<QList<RenderVersion>> versions(RowId storyboardId) const;

    // An Export job of a file, delivered beside the exports cache with a readable name; its id.
    Result<RowId> exportFile(const QString &sourcePath, const QString &format, const QString &quality);
    // One batch: a render per distinct aspect, and an export of it per choice (dependsOn the render).
    Result<BundleJobs> exportBundle(RowId storyboardId, const QList<ExportChoice> &choices);
    // "Social bundle": 16:9 mp4 high, 9:16 mp4 medium, 16:9 webm low.
    static QList<ExportChoice> socialBundle();

    using Delivered = std::function<void(Result<QString> path)>;
    using Progress = std::function<void(double fraction)>;
    // The export of sourcePath as a readable named file. Already cached: `done` runs before this
    // returns, with no job. Else an Export job is queued and `done` runs when it finished.
    void exportForDrag(const QString &sourcePath, const QString &format, const QString &quality,
                       Delivered done, Progress progress = {});
    // Where exportForDrag delivers (and so whether a drag can start at once: the file exists).
    QString deliveredPath(const QString &sourcePath, const QString &format, const QString &quality) const;

    // Refines scene `row` of the open document: a new image drawn from the prompt (local) or the
    // provider's refine + new image (remote), then document.applyRefinement. At most
    // StoryboardDocument::kMaxRefinements per storyboard: beyond it nothing is sent and `done` gets
    // seed 003's message.
    void refine(StoryboardDocument &document, int row, const QString &newImagePrompt,
                const QString &newDescription, std::function<void(Status)> done);
    static QString refinementLimitMessage();

    // Local provider (account 0 or a local account): a storyboard of ceil(seconds/5) beats made now,
    // each with a card image. Storyboard provider: a GenerateStoryboard job.
    Result<CreatedStoryboard> createFromPrompt(const StoryboardForm &form, RowId accountId);
    // The beats a prompt is split into (deterministic): sentences, or "Opening: …" / "…" / "Closing: …".
    static QStringList beatsFor(const QString &prompt, int count);

    // How often a remote render is polled (tests speed it up).
    void setRemotePollInterval(std::chrono::milliseconds interval) { m_pollInterval = interval; }

Q_SIGNALS:
    // A remote render's progress (0..1) and stage; then finished with the file or an error.
    void remoteRenderProgress(qint64 storyboardId, double fraction, const QString &stage);
    void remoteRenderFinished(qint64 storyboardId, const QString &path, const QString &error);

private:
    struct RemoteRender;
    int nextVersion(const Storyboard &board, const QString &suffix) const;
    QString versionPath(const Storyboard &board, int number, const QString &suffix) const;
    Result<Storyboard> loadBoard(RowId id) const;
    Result<QString> drawCard(const QString &text, Aspect aspect, int index) const;
    void refineRemotely(StoryboardDocument &document, int row, const Scene &refined,
                        std::function<void(Status)> done);
    void startRemoteRender(const Storyboard &board, const QString &destination, int version);
    void pollRemoteRender(RowId storyboardId);
    void finishRemoteRender(RowId storyboardId, const QString &error);

    const Catalog &m_catalog;
    DataLocation m_location;
    JobQueue &m_queue;
    ProviderHub *m_hub;
    std::chrono::milliseconds m_pollInterval{2000};
    QHash<RowId, RemoteRender *> m_remoteRenders;  // owned; one per storyboard at a time
};

}  // namespace storyreel
