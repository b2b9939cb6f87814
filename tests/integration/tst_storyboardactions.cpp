// StoryboardActions on a studio with the sample project: render (refused until approved, kept as
// versions), export, the linked-job bundle, export for a drag (cached the second time), refine up to
// the limit and create from a prompt. Outputs are checked with ffprobe, not with the engine.
#include "accountstore.h"
#include "jobqueue.h"
#include "jobstore.h"
#include "localrunners.h"
#include "mediafixtures.h"
#include "memorycredentialstore.h"
#include "provideremulator.h"
#include "providerhub.h"
#include "providerjobrunner.h"
#include "storyboardactions.h"
#include "storyboarddocument.h"
#include "storyboardstore.h"
#include "studio.h"

#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace storyreel;
using namespace std::chrono_literals;

namespace {

QSize videoSize(const QString &path)
{
    const QJsonObject stream = test::ffprobeStream(test::ffprobe(path), QStringLiteral("video"));
    return {stream.value(QStringLiteral("width")).toInt(), stream.value(QStringLiteral("height")).toInt()};
}

QString videoCodec(const QString &path)
{
    return test::ffprobeStream(test::ffprobe(path), QStringLiteral("video"))
        .value(QStringLiteral("codec_name"))
        .toString();
}

}  // namespace

class TstStoryboardActions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void renderIsRefusedUntilApproved();
    void rendersAreKeptAsVersions();
    void exportsAFile();
    void bundleIsOneBatchOfLinkedJobs();
    void socialBundleHasThreeDestinations();
    void exportForDragIsCachedTheSecondTime();
    void refineStopsAtTheLimit();
    void createsFromAPromptLocally();
    void beatsAreDeterministic();
    void remoteStoryboardRefinesAndRenders();

private:
    // The sample storyboard shortened to two 1-second scenes (fast renders), approved or not.
    RowId sample(bool approved);
    JobStatus waitFor(RowId jobId);
    int jobCount();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Studio> m_studio;
    std::unique_ptr<JobQueue> m_queue;
    std::unique_ptr<StoryboardActions> m_actions;
};

void TstStoryboardActions::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Result<std::unique_ptr<Studio>> studio = Studio::open(DataLocation(m_dir->path()));
    QVERIFY2(studio.ok(), qPrintable(studio.error()));
    m_studio = std::move(studio).value();
    QVERIFY(m_studio->ensureSampleProject().ok());
    m_queue = std::make_unique<JobQueue>(m_studio->catalog(), 2);
    installLocalRunners(*m_queue, m_studio->catalog(), m_studio->location());
    QVERIFY(m_queue->start(false).ok());
    m_actions = std::make_unique<StoryboardActions>(m_studio->catalog(), m_studio->location(), *m_queue);
}

void TstStoryboardActions::cleanup()
{
    m_actions.reset();
    if (m_queue) {
        const QList<Job> jobs = JobStore(m_studio->catalog()).list().value();
        for (const Job &job : jobs) {
            if (job.status == JobStatus::Running || job.status == JobStatus::Queued)
                (void)m_queue->cancel(job.id);
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_queue->runningCount(), 0, 30000);
    }
    m_queue.reset();
    m_studio.reset();
    m_dir.reset();
}

RowId TstStoryboardActions::sample(bool approved)
{
    const StoryboardStore store(m_studio->catalog());
    const QList<Storyboard> boards = store.list().value();
    if (boards.isEmpty())
        return 0;
    Storyboard board = store.load(boards.constFirst().id).value();
    board.scenes = board.scenes.mid(0, 2);
    for (Scene &scene : board.scenes)
        scene.durationMs = 1000;
    board.approved = approved;
    if (!store.update(board))
        return 0;
    return board.id;
}

JobStatus TstStoryboardActions::waitFor(RowId jobId)
{
    const JobStore store(m_studio->catalog());
    auto finished = [&] {
        const JobStatus status = store.load(jobId).value().status;
        return status == JobStatus::Succeeded || status == JobStatus::Failed ||
               status == JobStatus::Cancelled;
    };
    if (!QTest::qWaitFor(finished, 120000))
        return JobStatus::Running;  // gave up waiting
    return store.load(jobId).value().status;
}

int TstStoryboardActions::jobCount()
{
    return int(JobStore(m_studio->catalog()).list().value().size());
}

void TstStoryboardActions::renderIsRefusedUntilApproved()
{
    const RowId id = sample(false);
    QVERIFY(id > 0);
    Result<RowId> refused = m_actions->render(id);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.errorKind(), FailureKind::BadInput);
    QVERIFY2(refused.error().contains(QStringLiteral("Approve")), qPrintable(refused.error()));
    QCOMPARE(jobCount(), 0);
    Result<BundleJobs> bundle = m_actions->exportBundle(id, StoryboardActions::socialBundle());
    QVERIFY(!bundle.ok());
    QCOMPARE(jobCount(), 0);
}

void TstStoryboardActions::rendersAreKeptAsVersions()
{
    const RowId id = sample(true);
    RenderChoice choice;
    choice.quality = QStringLiteral("low");
    Result<RowId> first = m_actions->render(id, choice);
    QVERIFY2(first.ok(), qPrintable(first.error()));
    Result<RowId> second = m_actions->render(id, choice);
    QVERIFY2(second.ok(), qPrintable(second.error()));
    QCOMPARE(waitFor(*first), JobStatus::Succeeded);
    QCOMPARE(waitFor(*second), JobStatus::Succeeded);

    const QList<RenderVersion> versions = m_actions->versions(id).value();
    QCOMPARE(versions.size(), 2);
    QCOMPARE(versions.at(0).jobId, *second);  // newest first
    QCOMPARE(versions.at(0).number, 2);
    QCOMPARE(versions.at(1).number, 1);
    QVERIFY2(versions.at(0).path.endsWith(QStringLiteral("renders/morning-ritual-sample-v2.mp4")),
             qPrintable(versions.at(0).path));
    QVERIFY(versions.at(1).path.endsWith(QStringLiteral("renders/morning-ritual-sample-v1.mp4")));
    for (const RenderVersion &version : versions) {
        QCOMPARE(videoSize(version.path), QSize(854, 480));
        QCOMPARE(videoCodec(version.path), QStringLiteral("h264"));
        QVERIFY(qAbs(test::ffprobeDurationSeconds(test::ffprobe(version.path)) - 2.0) < 0.2);
    }
    QVERIFY(m_actions->versions(id + 1000).value().isEmpty());
}

void TstStoryboardActions::exportsAFile()
{
    test::ClipSpec spec;
    spec.width = 1280;
    spec.height = 720;
    const QString clip = test::makeClip(m_dir->path(), QStringLiteral("clip.mp4"), spec);
    QVERIFY(!clip.isEmpty());
    Result<RowId> job = m_actions->exportFile(clip, QStringLiteral("mov"), QStringLiteral("low"));
    QVERIFY2(job.ok(), qPrintable(job.error()));
    QCOMPARE(waitFor(*job), JobStatus::Succeeded);
    const QString output = JobStore(m_studio->catalog()).load(*job).value().outputPath;
    QVERIFY2(output.endsWith(QStringLiteral("clip-mov-low.mov")), qPrintable(output));
    QCOMPARE(videoSize(output), QSize(854, 480));
    QCOMPARE(videoCodec(output), QStringLiteral("h264"));
    QVERIFY(!m_actions->exportFile(clip, QStringLiteral("avi"), QStringLiteral("low")).ok());
}

void TstStoryboardActions::bundleIsOneBatchOfLinkedJobs()
{
    const RowId id = sample(true);
    const QList<ExportChoice> choices{{Aspect::Landscape16x9, QStringLiteral("mp4"), QStringLiteral("low")},
                                      {Aspect::Portrait9x16, QStringLiteral("mp4"), QStringLiteral("low")},
                                      {Aspect::Landscape16x9, QStringLiteral("webm"), QStringLiteral("low")}};
    QSignalSpy batches(m_queue.get(), &JobQueue::batchFinished);
    Result<BundleJobs> bundle = m_actions->exportBundle(id, choices);
    QVERIFY2(bundle.ok(), qPrintable(bundle.error()));
    QCOMPARE(bundle->renders.size(), 2);
    QCOMPARE(bundle->exports.size(), 3);

    const JobStore store(m_studio->catalog());
    const QList<Job> batch = store.batch(bundle->batchId).value();
    QCOMPARE(batch.size(), 5);
    const Job landscapeExport = store.load(bundle->exports.at(0)).value();
    const Job portraitExport = store.load(bundle->exports.at(1)).value();
    const Job webmExport = store.load(bundle->exports.at(2)).value();
    QCOMPARE(landscapeExport.dependsOn, bundle->renders.at(0));
    QCOMPARE(portraitExport.dependsOn, bundle->renders.at(1));
    QCOMPARE(webmExport.dependsOn, bundle->renders.at(0));
    QCOMPARE(store.load(bundle->renders.at(1)).value().params.value(QStringLiteral("aspect")).toString(),
             QStringLiteral("9:16"));

    QTRY_COMPARE_WITH_TIMEOUT(batches.size(), 1, 180000);
    QCOMPARE(batches.at(0).at(0).toString(), bundle->batchId);
    QCOMPARE(batches.at(0).at(1).toInt(), 5);  // succeeded
    QCOMPARE(videoSize(bundle->outputs.at(0)), QSize(854, 480));
    QCOMPARE(videoSize(bundle->outputs.at(1)), QSize(480, 854));
    QCOMPARE(videoSize(bundle->outputs.at(2)), QSize(854, 480));
    QCOMPARE(videoCodec(bundle->outputs.at(2)), QStringLiteral("vp9"));
    QVERIFY(bundle->outputs.at(2).endsWith(QStringLiteral(".webm")));
}

void TstStoryboardActions::socialBundleHasThreeDestinations()
{
    const QList<ExportChoice> social = StoryboardActions::socialBundle();
    QCOMPARE(social.size(), 3);
    QCOMPARE(social.at(0).aspect, Aspect::Landscape16x9);
    QCOMPARE(social.at(0).format + social.at(0).quality, QStringLiteral("mp4high"));
    QCOMPARE(social.at(1).aspect, Aspect::Portrait9x16);
    QCOMPARE(social.at(1).format + social.at(1).quality, QStringLiteral("mp4medium"));
    QCOMPARE(social.at(2).format + social.at(2).quality, QStringLiteral("webmlow"));
}

void TstStoryboardActions::exportForDragIsCachedTheSecondTime()
{
    const QString clip = test::makeClip(m_dir->path(), QStringLiteral("drag.mp4"));
    QVERIFY(!clip.isEmpty());
    auto answer = std::make_shared<std::optional<Result<QString>>>();
    auto progress = std::make_shared<QList<double>>();
    m_actions->exportForDrag(
        clip, QStringLiteral("webm"), QStringLiteral("low"),
        [answer](Result<QString> path) { answer->emplace(std::move(path)); },
        [progress](double fraction) { progress->append(fraction); });
    QVERIFY(!answer->has_value());  // not cached: a job makes it
    QCOMPARE(jobCount(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(answer->has_value(), 120000);
    QVERIFY2((*answer)->ok(), qPrintable((*answer)->error()));
    const QString first = ***answer;
    QVERIFY(QFileInfo::exists(first));
    QCOMPARE(first, m_actions->deliveredPath(clip, QStringLiteral("webm"), QStringLiteral("low")));
    QCOMPARE(videoCodec(first), QStringLiteral("vp9"));
    QVERIFY(!progress->isEmpty());

    // Second time: answered at once from the cache, no new job.
    QFile::remove(first);  // even the delivered copy is made again from the cache
    answer->reset();
    m_actions->exportForDrag(clip, QStringLiteral("webm"), QStringLiteral("low"),
                             [answer](Result<QString> path) { answer->emplace(std::move(path)); });
    QVERIFY(answer->has_value());
    QVERIFY2((*answer)->ok(), qPrintable((*answer)->error()));
    QCOMPARE(***answer, first);
    QVERIFY(QFileInfo::exists(first));
    QCOMPARE(jobCount(), 1);
}

void TstStoryboardActions::refineStopsAtTheLimit()
{
    const RowId id = sample(true);
    StoryboardDocument document(m_studio->catalog());
    QVERIFY(document.open(id).ok());
    QString lastImage = document.scenes().at(0).imagePath;
    for (int i = 0; i < StoryboardDocument::kMaxRefinements; ++i) {
        std::optional<Status> done;
        m_actions->refine(document, 0, QStringLiteral("A new dawn %1").arg(i), QString(),
                          [&done](Status status) { done = status; });
        QVERIFY(done.has_value());  // local refinement answers at once
        QVERIFY2(done->ok(), qPrintable(done->error()));
        QCOMPARE(document.scenes().at(0).imagePrompt, QStringLiteral("A new dawn %1").arg(i));
        QVERIFY(document.scenes().at(0).imagePath != lastImage);
        lastImage = document.scenes().at(0).imagePath;
        QVERIFY(QFileInfo::exists(m_studio->location().absolute(lastImage)));
    }
    QCOMPARE(document.refinementsLeft(), 0);
    QVERIFY(!document.storyboard().approved);  // a refinement resets approval

    std::optional<Status> refused;
    m_actions->refine(document, 1, QString(), QStringLiteral("One too many"),
                      [&refused](Status status) { refused = status; });
    QVERIFY(refused.has_value());
    QVERIFY(!refused->ok());
    QCOMPARE(refused->error(), QStringLiteral("Maximum refinement limit (5) reached for this job"));
    QVERIFY(document.scenes().at(1).description != QStringLiteral("One too many"));
    QCOMPARE(StoryboardStore(m_studio->catalog()).load(id).value().refinementCount, 5);
}

void TstStoryboardActions::createsFromAPromptLocally()
{
    StoryboardForm form;
    form.prompt = QStringLiteral("A lighthouse keeper finds a message in a bottle");
    form.seconds = 12;
    form.aspect = Aspect::Portrait9x16;
    Result<CreatedStoryboard> created = m_actions->createFromPrompt(form, 0);
    QVERIFY2(created.ok(), qPrintable(created.error()));
    QCOMPARE(created->jobId, 0);
    const Storyboard board = StoryboardStore(m_studio->catalog()).load(created->storyboardId).value();
    QCOMPARE(board.scenes.size(), 3);  // ceil(12 / 5)
    QCOMPARE(board.totalDurationMs(), 12000);
    QCOMPARE(board.aspect, Aspect::Portrait9x16);
    QVERIFY(board.scenes.at(0).description.startsWith(QStringLiteral("Opening: ")));
    QVERIFY(board.scenes.at(2).description.startsWith(QStringLiteral("Closing: ")));
    for (const Scene &scene : board.scenes) {
        const QImage image(m_studio->location().absolute(scene.imagePath));
        QCOMPARE(image.size(), QSize(720, 1280));
    }
    form.prompt.clear();
    QVERIFY(!m_actions->createFromPrompt(form, 0).ok());
}

void TstStoryboardActions::beatsAreDeterministic()
{
    const QString prompt = QStringLiteral("Dawn breaks. The kettle sings! Steam curls up. We leave.");
    QCOMPARE(StoryboardActions::beatsFor(prompt, 2),
             QStringList({QStringLiteral("Dawn breaks."),
                          QStringLiteral("The kettle sings! Steam curls up. We leave.")}));
    QCOMPARE(StoryboardActions::beatsFor(prompt, 4).size(), 4);
    QCOMPARE(StoryboardActions::beatsFor(prompt, 4), StoryboardActions::beatsFor(prompt, 4));
    const QStringList five = StoryboardActions::beatsFor(prompt, 5);
    QCOMPARE(five.size(), 5);
    QCOMPARE(five.at(3), QStringLiteral("We leave."));
}

// A storyboard made by the `storyboard` provider (emulator on 127.0.0.1): refined through the
// service up to the limit (nothing sent beyond it), then approved and rendered there and fetched.
void TstStoryboardActions::remoteStoryboardRefinesAndRenders()
{
    ProviderEmulator emulator;
    QVERIFY(emulator.listen());
    emulator.setSpeed(120.0);
    ProviderAccount account;
    account.name = QStringLiteral("boards");
    account.dialect = Dialect::Storyboard;
    account.baseUrl = emulator.baseUrl().toString();
    const AccountStore accounts(m_studio->catalog());
    const RowId accountId = accounts.create(account).value();
    MemoryCredentialStore credentials;
    bool written = false;
    credentials.write(accounts.load(accountId).value().credentialKey(), QStringLiteral("token-alice"),
                      [&written](const CredentialResult &result) { written = result.ok(); });
    QTRY_VERIFY(written);
    QNetworkAccessManager network;
    HttpPolicy policy;
    policy.baseDelay = 20ms;
    policy.maxDelay = 300ms;
    ProviderHub hub(m_studio->catalog(), credentials, &network, policy);
    hub.setPollInterval(40ms);
    installRemoteRunner(*m_queue, hub, *m_studio);
    StoryboardActions actions(m_studio->catalog(), m_studio->location(), *m_queue, &hub);
    actions.setRemotePollInterval(50ms);

    StoryboardForm form;
    form.prompt = QStringLiteral("A hero discovers a hidden treasure in ancient ruins");
    form.seconds = 10;
    Result<CreatedStoryboard> created = actions.createFromPrompt(form, accountId);
    QVERIFY2(created.ok(), qPrintable(created.error()));
    QVERIFY(created->jobId > 0);
    QCOMPARE(waitFor(created->jobId), JobStatus::Succeeded);
    RowId boardId = 0;
    for (const Storyboard &board : StoryboardStore(m_studio->catalog()).list().value()) {
        if (board.accountId == accountId)
            boardId = board.id;
    }
    QVERIFY(boardId > 0);

    StoryboardDocument document(m_studio->catalog());
    QVERIFY(document.open(boardId).ok());
    for (int i = 0; i < StoryboardDocument::kMaxRefinements; ++i) {
        const QString before = document.scenes().at(0).imagePath;
        std::optional<Status> done;
        actions.refine(document, 0, QStringLiteral("Dramatic wide shot %1").arg(i), QString(),
                       [&done](Status status) { done = status; });
        QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), 20000);
        QVERIFY2(done->ok(), qPrintable(done->error()));
        QCOMPARE(document.scenes().at(0).imagePrompt, QStringLiteral("Dramatic wide shot %1").arg(i));
        QVERIFY(document.scenes().at(0).imagePath != before);  // the service's new image
    }
    const auto refineCalls = [&emulator] {
        int calls = 0;
        for (const ProviderEmulator::RequestRecord &record : emulator.requests())
            calls += record.path.endsWith(QStringLiteral("/refine")) ? 1 : 0;
        return calls;
    };
    QCOMPARE(refineCalls(), 5);
    std::optional<Status> refused;
    actions.refine(document, 0, QStringLiteral("Once more"), QString(),
                   [&refused](Status status) { refused = status; });
    QVERIFY(refused.has_value());
    QCOMPARE(refused->error(), StoryboardActions::refinementLimitMessage());
    QTest::qWait(100);
    QCOMPARE(refineCalls(), 5);  // nothing sent beyond the limit

    // Not approved after the refinements: refused; approved: rendered by the service and fetched.
    QVERIFY(!actions.render(boardId).ok());
    document.approve();
    QSignalSpy finished(&actions, &StoryboardActions::remoteRenderFinished);
    QSignalSpy progress(&actions, &StoryboardActions::remoteRenderProgress);
    Result<RowId> rendered = actions.render(boardId);
    QVERIFY2(rendered.ok(), qPrintable(rendered.error()));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QVERIFY2(finished.at(0).at(2).toString().isEmpty(), qPrintable(finished.at(0).at(2).toString()));
    QVERIFY(progress.size() >= 2);
    const QString path = finished.at(0).at(1).toString();
    QVERIFY2(path.endsWith(QStringLiteral("-v1.mp4")), qPrintable(path));
    QCOMPARE(videoCodec(path), QStringLiteral("h264"));
    const QList<RenderVersion> versions = actions.versions(boardId).value();
    QCOMPARE(versions.size(), 1);
    QCOMPARE(versions.at(0).path, path);
}

QTEST_MAIN(TstStoryboardActions)
#include "tst_storyboardactions.moc"
