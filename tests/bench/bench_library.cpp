// The library's models on a catalog of 100,000 videos and 10,000 looks (issue 7): how long the look
// grid and the all-videos list take to show their first rows, what scrolling the whole video list
// costs, how long a text search and filters take, and the memory used once loaded. Model level only
// (no widgets); the application's cold start is measured separately. Reported, not asserted.
//   QT_QPA_PLATFORM=offscreen build/<preset>/tests/bench/bench_library [runs]
// The catalog is built by a child process (this program with --fill DIR), so that the memory
// figures of this one are those of loading, not of building.
#include "catalog.h"
#include "largecatalog.h"
#include "looklistmodel.h"
#include "lookstore.h"
#include "lookvideosmodel.h"
#include "videolistmodel.h"
#include "videostore.h"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>

using namespace storyreel;

namespace {

constexpr int kLooks = 10'000;
constexpr int kVideos = 100'000;
constexpr int kFirstLooks = 60;  // about two screens of the look grid
constexpr QSize kLookThumbnail(176, 220);
constexpr QSize kVideoThumbnail(160, 90);

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

struct Row
{
    QString what;
    QList<double> samples;
    QString note;
};

QList<Row> g_rows;

// Runs `body` `runs` times and records the median, min and max in milliseconds.
void measure(const QString &what, int runs, const std::function<QString()> &body)
{
    Row row{what, {}, {}};
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        row.note = body();
        row.samples << ms(timer);
    }
    g_rows << row;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

QString statusField(const char *name)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(name))
            return QString::fromLatin1(line.mid(qstrlen(name)).simplified());
    }
    return QStringLiteral("?");
}

int fill(const QString &dir)
{
    Catalog catalog(dir + QStringLiteral("/catalog.sqlite"));
    if (Status opened = catalog.open(); !opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    if (Status filled = test::fillLargeCatalog(catalog, kLooks, kVideos); !filled) {
        std::fprintf(stderr, "%s\n", qPrintable(filled.error()));
        return 1;
    }
    const double fillMs = ms(timer);
    timer.restart();
    if (Status written = test::writeLargeCatalogImages(dir); !written) {
        std::fprintf(stderr, "%s\n", qPrintable(written.error()));
        return 1;
    }
    std::printf("catalog filled in %.0f ms (%d looks, %d videos); %d images written in %.0f ms\n", fillMs,
                kLooks, kVideos, 2 * test::LargeCatalogShape::kDistinctImages, ms(timer));
    return 0;
}

// Touches what a view asks for when it paints a row.
void touchRow(const QAbstractItemModel &model, int row, bool decoration)
{
    const QModelIndex index = model.index(row, 0);
    (void)index.data(Qt::DisplayRole);
    if (decoration)
        (void)index.data(Qt::DecorationRole);
}

}  // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 3 && args.at(1) == QLatin1String("--fill"))
        return fill(args.at(2));
    const int runs = args.size() > 1 ? qMax(1, args.at(1).toInt()) : 5;

    QTemporaryDir dir;
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.start(app.applicationFilePath(), {QStringLiteral("--fill"), dir.path()});
    if (!child.waitForFinished(-1) || child.exitCode() != 0) {
        std::fprintf(stderr, "building the catalog failed\n");
        return 1;
    }
    std::printf("RSS before loading: %s (peak %s)\n", qPrintable(statusField("VmRSS:")),
                qPrintable(statusField("VmHWM:")));

    Catalog catalog(dir.filePath(QStringLiteral("catalog.sqlite")));
    if (Status opened = catalog.open(); !opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 1;
    }

    // Kept alive after measuring, as the library keeps them, for the memory figure.
    std::unique_ptr<LookListModel> looks;
    std::unique_ptr<VideoListModel> videos;

    measure(QStringLiteral("LookStore::summaries (10,000 looks)"), runs,
            [&] { return QStringLiteral("%1 looks").arg(LookStore(catalog).summaries()->size()); });
    measure(QStringLiteral("LookListModel: construct + first %1 rows (text, picture)").arg(kFirstLooks), runs,
            [&] {
                looks = std::make_unique<LookListModel>(catalog, dir.path(), kLookThumbnail);
                for (int row = 0; row < kFirstLooks; ++row)
                    touchRow(*looks, row, true);
                return QStringLiteral("%1 rows").arg(looks->rowCount());
            });
    measure(QStringLiteral("LookListModel: first %1 rows again (cached pictures)").arg(kFirstLooks), runs,
            [&] {
                for (int row = 0; row < kFirstLooks; ++row)
                    touchRow(*looks, row, true);
                return QString();
            });
    measure(QStringLiteral("LookVideosModel: setLook + its rows (text, picture)"), runs, [&] {
        LookVideosModel lookVideos(catalog, dir.path(), kVideoThumbnail);
        lookVideos.setLook(looks->lookAt(0)->id);
        for (int row = 0; row < lookVideos.rowCount(); ++row)
            touchRow(lookVideos, row, true);
        return QStringLiteral("%1 rows").arg(lookVideos.rowCount());
    });
    measure(QStringLiteral("VideoListModel: construct + first page (200 rows, 40 pictures)"), runs, [&] {
        videos = std::make_unique<VideoListModel>(catalog, dir.path(), kVideoThumbnail);
        for (int row = 0; row < VideoListModel::kPageSize; ++row)
            touchRow(*videos, row, row < 40);
        return QStringLiteral("%1 rows").arg(videos->rowCount());
    });
    measure(QStringLiteral("VideoListModel: scroll all 100,000 rows (text)"), 1, [&] {
        VideoListModel fresh(catalog, dir.path(), kVideoThumbnail);
        QElapsedTimer worst;
        double worstPage = 0;
        for (int row = 0; row < fresh.rowCount(); ++row) {
            if (row % VideoListModel::kPageSize == 0)
                worst.start();
            touchRow(fresh, row, false);
            if (row % VideoListModel::kPageSize == VideoListModel::kPageSize - 1)
                worstPage = qMax(worstPage, ms(worst));
        }
        return QStringLiteral("slowest page %1 ms").arg(worstPage, 0, 'f', 2);
    });
    measure(QStringLiteral("VideoListModel: refreshVideo at row 50,000 (in place)"), runs, [&] {
        const RowId id = videos->videoAt(50'000)->id;
        Video video = VideoStore(catalog).load(id).value();
        video.progress = video.progress > 0.5 ? 0.25 : 0.75;
        (void)VideoStore(catalog).update(video);
        videos->refreshVideo(id);
        return QStringLiteral("row %1").arg(videos->rowOf(id));
    });
    measure(QStringLiteral("VideoListModel: jump to row 50,000 then 99,999"), runs, [&] {
        VideoListModel fresh(catalog, dir.path(), kVideoThumbnail);
        touchRow(fresh, 50'000, true);
        touchRow(fresh, 99'999, true);
        return QString();
    });

    struct Filter
    {
        QString name;
        VideoQuery query;
    };
    QList<Filter> filters;
    auto add = [&filters](const QString &name, auto &&change) {
        VideoQuery query;
        change(query);
        filters << Filter{name, query};
    };
    add(QStringLiteral("text \"chartreuse\""), [](VideoQuery &q) { q.text = QStringLiteral("chartreuse"); });
    add(QStringLiteral("text \"silk dress\""), [](VideoQuery &q) { q.text = QStringLiteral("silk dress"); });
    add(QStringLiteral("status failed"), [](VideoQuery &q) { q.status = VideoStatus::Failed; });
    add(QStringLiteral("favourites"), [](VideoQuery &q) { q.favoritesOnly = true; });
    add(QStringLiteral("kind explainer"), [](VideoQuery &q) { q.kind = VideoKind::Explainer; });
    add(QStringLiteral("made locally"), [](VideoQuery &q) { q.accountId = 0; });
    add(QStringLiteral("offline only"), [](VideoQuery &q) { q.offlineOnly = true; });
    add(QStringLiteral("one look"), [](VideoQuery &q) { q.lookId = 5000; });
    add(QStringLiteral("last 7 days of dates"), [](VideoQuery &q) {
        q.from = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000 + 28LL * 86'400'000).date();
        q.to = q.from.addDays(7);
    });
    add(QStringLiteral("succeeded + favourite, by title"), [](VideoQuery &q) {
        q.status = VideoStatus::Succeeded;
        q.favoritesOnly = true;
        q.sort = VideoQuery::Sort::Title;
    });
    add(QStringLiteral("all, by title"), [](VideoQuery &q) { q.sort = VideoQuery::Sort::Title; });
    add(QStringLiteral("all, by duration"), [](VideoQuery &q) { q.sort = VideoQuery::Sort::Duration; });
    add(QStringLiteral("all, oldest first"), [](VideoQuery &q) { q.sort = VideoQuery::Sort::Oldest; });
    for (const Filter &filter : std::as_const(filters)) {
        measure(QStringLiteral("setQuery(%1) + first page").arg(filter.name), runs, [&] {
            videos->setQuery(filter.query);
            for (int row = 0; row < qMin(videos->rowCount(), VideoListModel::kPageSize); ++row)
                touchRow(*videos, row, false);
            return QStringLiteral("%1 rows").arg(videos->rowCount());
        });
    }
    videos->setQuery({});
    for (int row = 0; row < kFirstLooks; ++row)
        touchRow(*videos, row, true);

    std::printf("\n%-62s %10s %10s %10s  %s\n", "measure (ms)", "median", "min", "max", "note");
    for (const Row &row : std::as_const(g_rows)) {
        std::printf("%-62s %10.2f %10.2f %10.2f  %s\n", qPrintable(row.what), median(row.samples),
                    *std::min_element(row.samples.begin(), row.samples.end()),
                    *std::max_element(row.samples.begin(), row.samples.end()), qPrintable(row.note));
    }
    std::printf("\nRSS with both models loaded: %s (peak %s)\n", qPrintable(statusField("VmRSS:")),
                qPrintable(statusField("VmHWM:")));
    return 0;
}
