#include "accountstore.h"
#include "generationservice.h"
#include "jobqueue.h"
#include "jobstore.h"
#include "providerfactory.h"
#include "testcatalog.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace storyreel;

// GenerationService: forms checked and turned into job parameters, prices per dialect, and jobs queued
// with their cost.
class TestGenerationService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_files;
    QString m_image;
    QString m_notAnImage;

    RowId addAccount(Catalog &catalog, const QString &name, Dialect dialect)
    {
        ProviderAccount account;
        account.name = name;
        account.dialect = dialect;
        account.baseUrl = QStringLiteral("http://127.0.0.1:9");
        Result<RowId> id = AccountStore(catalog).create(account);
        return id ? *id : 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_image = m_files.filePath(QStringLiteral("still.png"));
        QImage image(64, 36, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        QVERIFY(image.save(m_image));
        // An image by name only: the content decides.
        m_notAnImage = m_files.filePath(QStringLiteral("notes.png"));
        QFile text(m_notAnImage);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("these are notes, not pixels\n");
    }

    void videoFormsAreChecked_data()
    {
        QTest::addColumn<QString>("prompt");
        QTest::addColumn<QString>("image");
        QTest::addColumn<int>("seconds");
        QTest::addColumn<QString>("resolution");
        QTest::addColumn<QString>("message");
        const QString fox = QStringLiteral("A fox crosses a snowy field");
        QTest::newRow("empty prompt")
            << QString() << QString() << 8 << QStringLiteral("720p") << QStringLiteral("prompt is empty");
        QTest::newRow("blank prompt") << QStringLiteral("  \n\t ") << QString() << 8 << QStringLiteral("720p")
                                      << QStringLiteral("prompt is empty");
        QTest::newRow("zero seconds")
            << fox << QString() << 0 << QStringLiteral("720p") << QStringLiteral("between 1 and 120 seconds");
        QTest::newRow("too long") << fox << QString() << 121 << QStringLiteral("720p")
                                  << QStringLiteral("between 1 and 120 seconds");
        QTest::newRow("resolution") << fox << QString() << 8 << QStringLiteral("4k")
                                    << QStringLiteral("resolution must be one of 480p, 720p, 1080p");
        QTest::newRow("missing image") << fox << QStringLiteral("/nonexistent/still.png") << 8
                                       << QStringLiteral("720p") << QStringLiteral("does not exist");
        QTest::newRow("not an image") << fox << QStringLiteral("NOTIMAGE") << 8 << QStringLiteral("720p")
                                      << QStringLiteral("notes.png is not an image");
    }

    void videoFormsAreChecked()
    {
        QFETCH(QString, prompt);
        QFETCH(QString, image);
        QFETCH(int, seconds);
        QFETCH(QString, resolution);
        QFETCH(QString, message);
        VideoForm form;
        form.prompt = prompt;
        form.imagePath = image == QLatin1String("NOTIMAGE") ? m_notAnImage : image;
        form.seconds = seconds;
        form.resolution = resolution;
        const Result<GenerationPlan> plan = GenerationService::plan(form);
        QVERIFY(!plan);
        QCOMPARE(plan.errorKind(), FailureKind::BadInput);
        QVERIFY2(plan.error().contains(message), qPrintable(plan.error()));
    }

    void textVideoParameters()
    {
        VideoForm form;
        form.prompt = QStringLiteral("  A fox crosses a snowy field at dawn, slow dolly shot, soft light  ");
        form.seconds = 10;
        form.aspect = Aspect::Portrait9x16;
        form.resolution = QStringLiteral("1080p");
        const Result<GenerationPlan> plan = GenerationService::plan(form);
        QVERIFY2(plan, qPrintable(plan.error()));
        QCOMPARE(plan->kind, JobKind::GenerateText);
        QCOMPARE(plan->title, QStringLiteral("Video: A fox crosses a snowy field…"));
        const QJsonObject expected{
            {QStringLiteral("prompt"),
             QStringLiteral("A fox crosses a snowy field at dawn, slow dolly shot, soft light")},
            {QStringLiteral("seconds"), 10},
            {QStringLiteral("aspect"), QStringLiteral("9:16")},
            {QStringLiteral("resolution"), QStringLiteral("1080p")}};
        QCOMPARE(plan->params, expected);

        form.prompt = QStringLiteral("Waves");
        form.lookId = 7;
        const Result<GenerationPlan> forLook = GenerationService::plan(form);
        QVERIFY(forLook);
        QCOMPARE(forLook->title, QStringLiteral("Video: Waves"));
        QCOMPARE(forLook->params.value(QStringLiteral("lookId")).toInteger(), 7);
    }

    void imageVideoParameters()
    {
        VideoForm form;
        form.prompt = QStringLiteral("The camera drifts closer");
        form.imagePath = m_image;
        const Result<GenerationPlan> plan = GenerationService::plan(form);
        QVERIFY2(plan, qPrintable(plan.error()));
        QCOMPARE(plan->kind, JobKind::GenerateImage);
        QCOMPARE(plan->params.value(QStringLiteral("image")).toString(), m_image);
        QCOMPARE(plan->params.value(QStringLiteral("seconds")).toInt(), 8);
        QCOMPARE(plan->params.value(QStringLiteral("aspect")).toString(), QStringLiteral("16:9"));
        QCOMPARE(plan->params.value(QStringLiteral("resolution")).toString(), QStringLiteral("720p"));
        QVERIFY(plan->title.contains(QStringLiteral("The camera drifts closer")));
    }

    void explainerForms()
    {
        ExplainerForm form;
        form.context = QStringLiteral("For students");
        Result<GenerationPlan> plan = GenerationService::plan(form);
        QVERIFY(!plan);
        QCOMPARE(plan.errorKind(), FailureKind::BadInput);
        QVERIFY2(plan.error().contains(QStringLiteral("topic")), qPrintable(plan.error()));

        form.topic = QStringLiteral("Photosynthesis");
        form.context = QStringLiteral("   ");
        plan = GenerationService::plan(form);
        QVERIFY(!plan);
        QVERIFY2(plan.error().contains(QStringLiteral("context")), qPrintable(plan.error()));

        form.context = QStringLiteral("For high-school students");
        form.quality = QStringLiteral("ultra");
        plan = GenerationService::plan(form);
        QVERIFY(!plan);
        QVERIFY2(plan.error().contains(QStringLiteral("quality")), qPrintable(plan.error()));

        form.quality = QStringLiteral("high");
        form.priority = QStringLiteral("urgent");
        QVERIFY(!GenerationService::plan(form));

        form.priority = QStringLiteral("low");
        plan = GenerationService::plan(form);
        QVERIFY2(plan, qPrintable(plan.error()));
        QCOMPARE(plan->kind, JobKind::GenerateExplainer);
        QCOMPARE(plan->title, QStringLiteral("Explainer: Photosynthesis"));
        const QJsonObject expected{{QStringLiteral("topic"), QStringLiteral("Photosynthesis")},
                                   {QStringLiteral("context"), QStringLiteral("For high-school students")},
                                   {QStringLiteral("quality"), QStringLiteral("high")},
                                   {QStringLiteral("priority"), QStringLiteral("low")}};
        QCOMPARE(plan->params, expected);
    }

    void storyboardForms()
    {
        StoryboardForm form;
        Result<GenerationPlan> plan = GenerationService::plan(form);
        QVERIFY(!plan);
        QVERIFY2(plan.error().contains(QStringLiteral("prompt is empty")), qPrintable(plan.error()));
        form.prompt = QStringLiteral("A hero discovers a hidden treasure in ancient ruins");
        form.seconds = 500;
        QVERIFY(!GenerationService::plan(form));
        form.seconds = 20;
        form.style = QStringLiteral(" ");
        QVERIFY(!GenerationService::plan(form));
        form.style = QStringLiteral("anime");
        form.aspect = Aspect::Square1x1;
        plan = GenerationService::plan(form);
        QVERIFY2(plan, qPrintable(plan.error()));
        QCOMPARE(plan->kind, JobKind::GenerateStoryboard);
        QCOMPARE(plan->title, QStringLiteral("Storyboard: A hero discovers a hidden treasure…"));
        const QJsonObject expected{{QStringLiteral("prompt"), form.prompt},
                                   {QStringLiteral("seconds"), 20},
                                   {QStringLiteral("style"), QStringLiteral("anime")},
                                   {QStringLiteral("aspect"), QStringLiteral("1:1")}};
        QCOMPARE(plan->params, expected);
    }

    void estimatePerDialect_data()
    {
        QTest::addColumn<int>("dialect");
        QTest::addColumn<int>("kind");
        QTest::addColumn<qint64>("micros");
        QTest::addColumn<QString>("unit");
        // The seeds' price lists (brief: "Common to every dialect" and each dialect's costs).
        QTest::newRow("local text") << int(Dialect::Local) << int(JobKind::GenerateText) << qint64(0)
                                    << QString();
        QTest::newRow("local image") << int(Dialect::Local) << int(JobKind::GenerateImage) << qint64(0)
                                     << QString();
        QTest::newRow("aistudio text") << int(Dialect::AiStudio) << int(JobKind::GenerateText)
                                       << qint64(50'000'000) << QStringLiteral("tokens");
        QTest::newRow("asyncvideos text") << int(Dialect::AsyncVideos) << int(JobKind::GenerateText)
                                          << qint64(10'000'000) << QStringLiteral("DUST");
        QTest::newRow("asyncvideos image") << int(Dialect::AsyncVideos) << int(JobKind::GenerateImage)
                                           << qint64(8'000'000) << QStringLiteral("DUST");
        // 30 s = 6 scenes at $0.02.
        QTest::newRow("storyboard") << int(Dialect::Storyboard) << int(JobKind::GenerateStoryboard)
                                    << qint64(120'000) << QStringLiteral("USD");
        QTest::newRow("t2m medium") << int(Dialect::T2m) << int(JobKind::GenerateExplainer)
                                    << qint64(2'000'000) << QStringLiteral("credits");
    }

    void estimatePerDialect()
    {
        QFETCH(int, dialect);
        QFETCH(int, kind);
        QFETCH(qint64, micros);
        QFETCH(QString, unit);
        test::TestCatalog catalog;
        QVERIFY2(catalog.ok(), qPrintable(catalog.error()));
        JobQueue queue(catalog.catalog(), 1);
        const GenerationService service(catalog.catalog(), queue);
        const RowId account = Dialect(dialect) == Dialect::Local
                                  ? 0
                                  : addAccount(catalog.catalog(), QStringLiteral("a"), Dialect(dialect));
        Result<GenerationPlan> plan = Failure{};
        switch (JobKind(kind)) {
            case JobKind::GenerateExplainer:
                plan = GenerationService::plan(
                    ExplainerForm{QStringLiteral("Tides"), QStringLiteral("For children"),
                                  QStringLiteral("medium"), QStringLiteral("normal")});
                break;
            case JobKind::GenerateStoryboard:
                plan = GenerationService::plan(StoryboardForm{QStringLiteral("A quiet harbour"), 30,
                                                              QStringLiteral("cinematic"),
                                                              Aspect::Landscape16x9});
                break;
            default: {
                VideoForm form;
                form.prompt = QStringLiteral("Rain on a window");
                if (JobKind(kind) == JobKind::GenerateImage)
                    form.imagePath = m_image;
                plan = GenerationService::plan(form);
            }
        }
        QVERIFY2(plan, qPrintable(plan.error()));
        const Result<CostEstimate> estimate = service.estimate(account, *plan);
        QVERIFY2(estimate, qPrintable(estimate.error()));
        QVERIFY(estimate->known);
        QCOMPARE(estimate->micros, micros);
        QCOMPARE(estimate->unit, unit);
    }

    void kindsADialectCannotMakeAreRefused()
    {
        test::TestCatalog catalog;
        QVERIFY(catalog.ok());
        JobQueue queue(catalog.catalog(), 1);
        const GenerationService service(catalog.catalog(), queue);
        const RowId t2m = addAccount(catalog.catalog(), QStringLiteral("Lessons"), Dialect::T2m);
        VideoForm video;
        video.prompt = QStringLiteral("Rain");
        const Result<GenerationPlan> text = GenerationService::plan(video);
        QVERIFY(text);
        QVERIFY(!supportedKinds(Dialect::T2m).contains(JobKind::GenerateText));
        Result<CostEstimate> estimate = service.estimate(t2m, *text);
        QVERIFY(!estimate);
        QCOMPARE(estimate.errorKind(), FailureKind::BadInput);
        QVERIFY2(estimate.error().contains(QStringLiteral("\"Lessons\" (t2m) cannot make text-to-video")),
                 qPrintable(estimate.error()));
        QVERIFY(!service.submit(t2m, *text));

        // The local provider drafts videos, not explainers.
        const Result<GenerationPlan> explainer =
            GenerationService::plan(ExplainerForm{QStringLiteral("Tides"), QStringLiteral("For children"),
                                                  QStringLiteral("low"), QStringLiteral("normal")});
        QVERIFY(explainer);
        estimate = service.estimate(0, *explainer);
        QVERIFY(!estimate);
        QVERIFY2(estimate.error().contains(QStringLiteral("local provider")), qPrintable(estimate.error()));

        // An account that does not exist.
        estimate = service.estimate(4242, *text);
        QVERIFY(!estimate);
        QCOMPARE(estimate.errorKind(), FailureKind::BadInput);
        QCOMPARE(JobStore(catalog.catalog()).list().value().size(), 0);
    }

    void submitQueuesTheJobWithItsCost()
    {
        test::TestCatalog catalog;
        QVERIFY(catalog.ok());
        JobQueue queue(catalog.catalog(), 1);
        const GenerationService service(catalog.catalog(), queue);
        const RowId dust = addAccount(catalog.catalog(), QStringLiteral("Dust"), Dialect::AsyncVideos);
        VideoForm form;
        form.prompt = QStringLiteral("Lanterns over a river");
        form.imagePath = m_image;
        const Result<GenerationPlan> plan = GenerationService::plan(form);
        QVERIFY(plan);

        const Result<RowId> remote = service.submit(dust, *plan);
        QVERIFY2(remote, qPrintable(remote.error()));
        const Job job = JobStore(catalog.catalog()).load(*remote).value();
        QCOMPARE(job.status, JobStatus::Queued);
        QCOMPARE(job.kind, JobKind::GenerateImage);
        QCOMPARE(job.title, plan->title);
        QCOMPARE(job.params, plan->params);
        QCOMPARE(job.accountId, dust);
        QCOMPARE(job.costMicros, qint64(8'000'000));
        QCOMPARE(job.costUnit, QStringLiteral("DUST"));
        QVERIFY2(!job.idempotencyKey.isEmpty(), "a remote job has its idempotency key before it is sent");

        form.imagePath.clear();
        const Result<RowId> local = service.submit(0, GenerationService::plan(form).value());
        QVERIFY(local);
        const Job draft = JobStore(catalog.catalog()).load(*local).value();
        QCOMPARE(draft.kind, JobKind::GenerateText);
        QCOMPARE(draft.accountId, 0);
        QCOMPARE(draft.costMicros, 0);
        QVERIFY(draft.costUnit.isEmpty());
    }

    void aBudgetRefusesTheSubmission()
    {
        test::TestCatalog catalog;
        QVERIFY(catalog.ok());
        JobQueue queue(catalog.catalog(), 1);
        const GenerationService service(catalog.catalog(), queue);
        ProviderAccount account;
        account.name = QStringLiteral("Tight");
        account.dialect = Dialect::AiStudio;
        account.baseUrl = QStringLiteral("http://127.0.0.1:9");
        account.balanceUnit = QStringLiteral("tokens");
        account.monthlyBudgetMicros = 20'000'000;  // less than one 50-token video
        const RowId id = AccountStore(catalog.catalog()).create(account).value();
        VideoForm form;
        form.prompt = QStringLiteral("A lighthouse in fog");
        const Result<RowId> job = service.submit(id, GenerationService::plan(form).value());
        QVERIFY(!job);
        QCOMPARE(job.errorKind(), FailureKind::BadInput);
        QVERIFY2(job.error().contains(QStringLiteral("budget")), qPrintable(job.error()));
    }
};

QTEST_GUILESS_MAIN(TestGenerationService)
#include "tst_generationservice.moc"
