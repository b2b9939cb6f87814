#include "largecatalog.h"

#include "catalog.h"
#include "enums.h"
#include "sqlutil.h"
#include "transaction.h"

#include <QDir>
#include <QImage>
#include <QLinearGradient>
#include <QPainter>
#include <QSqlQuery>

namespace storyreel::test {
namespace {

constexpr qint64 kBaseMs = 1'700'000'000'000;  // Nov 2023
constexpr qint64 kMinuteMs = 60'000;

const char *const kAdjectives[] = {"flowing",    "tailored", "oversized", "cropped", "pleated",
                                   "structured", "sheer",    "quilted",   "draped",  "fitted"};
const char *const kGarments[] = {"trench coat", "silk dress",    "denim jacket", "linen suit",
                                 "wool scarf",  "leather boots", "knit sweater", "satin skirt",
                                 "cargo pants", "velvet blazer", "trainers",     "straw hat"};
const char *const kSettings[] = {"rooftop at dusk", "beach boardwalk", "studio backdrop", "city street",
                                 "desert road",     "art gallery",     "subway platform", "garden party"};
const char *const kCameras[] = {"slow pan",     "orbit shot", "close-up",
                                "walking shot", "dolly zoom", "overhead shot"};

template <typename T, std::size_t N>
QString pick(const T (&words)[N], int i)
{
    return QString::fromLatin1(words[std::size_t(i) % N]);
}

// Deterministic statuses: mostly succeeded, some of every other state.
VideoStatus statusOf(int video, int looks)
{
    // The first video of a look j with hasFailedDefault(j) is its (non-succeeded) default.
    const int look = video / LargeCatalogShape::kVideosPerLook;
    if (video % LargeCatalogShape::kVideosPerLook == 0 && look < looks &&
        LargeCatalogShape::hasFailedDefault(look))
        return look % 20 == 8 ? VideoStatus::Failed : VideoStatus::Pending;
    switch (video % 20) {
        case 14:
        case 15:
            return VideoStatus::Failed;
        case 16:
            return VideoStatus::Pending;
        case 17:
            return VideoStatus::Running;
        case 18:
            return VideoStatus::Cancelled;
        default:
            return VideoStatus::Succeeded;
    }
}

VideoKind kindOf(int video)
{
    static constexpr VideoKind kKinds[] = {
        VideoKind::TextToVideo,  VideoKind::TextToVideo,  VideoKind::TextToVideo,
        VideoKind::ImageToVideo, VideoKind::ImageToVideo, VideoKind::Storyboard,
        VideoKind::Explainer,    VideoKind::Render,       VideoKind::Import};
    return kKinds[video % int(std::size(kKinds))];
}

QString promptOf(int video)
{
    QString prompt = QStringLiteral("%1 %2 on a %3, %4")
                         .arg(pick(kAdjectives, video), pick(kGarments, video / 3),
                              pick(kSettings, video / 7), pick(kCameras, video / 11));
    if (video % 1000 == 0)
        prompt += QStringLiteral(", %1 accents").arg(QLatin1String(LargeCatalogShape::kRareWord));
    if (video % 500 == 250)
        prompt += QStringLiteral(", %1").arg(QLatin1String(LargeCatalogShape::kPercentPhrase));
    if (video % 700 == 350)
        prompt += QStringLiteral(", %1 lining").arg(QLatin1String(LargeCatalogShape::kUnderscoreWord));
    return prompt;
}

QString imageName(const char *dir, const char *stem, int i)
{
    return QStringLiteral("%1/%2-%3.jpg")
        .arg(QLatin1String(dir), QLatin1String(stem))
        .arg(i % LargeCatalogShape::kDistinctImages, 3, 10, QLatin1Char('0'));
}

Status bindAndRun(QSqlQuery &query, const QVariantList &values, const QString &what)
{
    for (const QVariant &value : values)
        query.addBindValue(value);
    return sql::exec(query, what);
}

Result<QList<qint64>> makeAccounts(QSqlDatabase db)
{
    QList<qint64> ids;
    QSqlQuery insert(db);
    if (Status status =
            sql::prepare(insert,
                         QStringLiteral("INSERT INTO provider_accounts(name, dialect, created_at) "
                                        "VALUES(?, ?, ?)"),
                         QStringLiteral("add accounts"));
        !status)
        return status.failure();
    const QStringList names{QStringLiteral("Large AI Studio"), QStringLiteral("Large Async Videos")};
    const QStringList dialects{QStringLiteral("aistudio"), QStringLiteral("asyncvideos")};
    for (int i = 0; i < names.size(); ++i) {
        if (Status status =
                bindAndRun(insert, {names.at(i), dialects.at(i), kBaseMs}, QStringLiteral("add account"));
            !status)
            return status.failure();
        ids << insert.lastInsertId().toLongLong();
    }
    return ids;
}

}  // namespace

Status fillLargeCatalog(const Catalog &catalog, int looks, int videos, int productsPerLook)
{
    QSqlDatabase db = catalog.db();
    Transaction transaction(db);
    if (!transaction.began())
        return Status::failure(QStringLiteral("fill the catalog: %1").arg(transaction.beginError()));
    Result<QList<qint64>> accounts = makeAccounts(db);
    if (!accounts)
        return accounts.failure();
    const QVariant local = sql::nullableId(0);  // NULL: made locally

    QSqlQuery insertVideo(db);
    if (Status status = sql::prepare(
            insertVideo,
            QStringLiteral(
                "INSERT INTO videos(id, account_id, remote_id, kind, status, title, prompt, file_path, "
                "poster_path, duration_ms, width, height, progress, favorite, created_at, "
                "updated_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            QStringLiteral("add videos"));
        !status)
        return status;
    QList<VideoStatus> statuses(videos);
    for (int i = 0; i < videos; ++i) {
        const VideoStatus state = statusOf(i, looks);
        statuses[i] = state;
        const bool succeeded = state == VideoStatus::Succeeded;
        const int account = i % 3;  // 0: local
        // Pairs of videos share a creation time and the times are shuffled against the ids, so that
        // sorting needs its id tie-break and is not just the insertion order.
        const qint64 created = kBaseMs + qint64((qint64(i) * 7919) % qMax(videos, 1) / 2) * kMinuteMs;
        const QVariantList values{
            qint64(i + 1),
            account == 0 ? local : QVariant(accounts->at(account - 1)),
            account == 0 ? QVariant(QMetaType::fromType<QString>())
                         : QVariant(QStringLiteral("job-%1").arg(i)),
            toText(kindOf(i)),
            toText(state),
            i % 2 == 0 ? QStringLiteral("") : QStringLiteral("Clip %1").arg(i + 1),
            promptOf(i),
            succeeded && i % 4 == 0
                ? QStringLiteral("media/%1/%2.mp4").arg(i % 256, 2, 16, QLatin1Char('0')).arg(i)
                : QStringLiteral(""),
            succeeded ? imageName("posters", "poster", i) : QStringLiteral(""),
            succeeded ? qint64(3000 + (qint64(i) * 37) % 57000) : qint64(0),
            1080,
            1920,
            succeeded ? 1.0 : 0.0,
            i % 13 == 0,
            created,
            created};
        for (const QVariant &value : values)
            insertVideo.addBindValue(value.typeId() == QMetaType::QString ? sql::bindable(value.toString())
                                                                          : value);
        if (Status status = sql::exec(insertVideo, QStringLiteral("add video %1").arg(i + 1)); !status)
            return status;
    }

    QSqlQuery insertLook(db);
    QSqlQuery insertProduct(db);
    QSqlQuery insertLink(db);
    const QString what = QStringLiteral("add looks");
    if (Status status = sql::prepare(
            insertLook,
            QStringLiteral("INSERT INTO looks(id, account_id, remote_id, title, image_path, visibility, "
                           "is_sample, created_at, updated_at) VALUES(?, ?, ?, ?, ?, ?, 0, ?, ?)"),
            what);
        !status)
        return status;
    if (Status status =
            sql::prepare(insertProduct,
                         QStringLiteral("INSERT INTO products(look_id, position, name, brand, "
                                        "category, price_cents, currency) VALUES(?, ?, ?, ?, ?, ?, 'EUR')"),
                         what);
        !status)
        return status;
    if (Status status =
            sql::prepare(insertLink,
                         QStringLiteral("INSERT OR IGNORE INTO look_videos(look_id, video_id, is_default, "
                                        "linked_at) VALUES(?, ?, ?, ?)"),
                         what);
        !status)
        return status;
    const QString visibilities[] = {QStringLiteral("private"), QStringLiteral("public"),
                                    QStringLiteral("shared")};
    for (int j = 0; j < looks; ++j) {
        const qint64 lookId = j + 1;
        const bool remote = j % 2 == 1;
        const qint64 created = kBaseMs + qint64(j) * 60 * kMinuteMs;
        if (Status status = bindAndRun(
                insertLook,
                {lookId, remote ? QVariant(accounts->at(0)) : local,
                 remote ? QVariant(QStringLiteral("look-%1").arg(j))
                        : QVariant(QMetaType::fromType<QString>()),
                 QStringLiteral("%1 %2 look %3").arg(pick(kAdjectives, j), pick(kGarments, j / 2)).arg(j + 1),
                 j % 7 == 0 ? QStringLiteral("") : imageName("images", "look", j), visibilities[j % 3],
                 created, created},
                what);
            !status)
            return status;
        for (int p = 0; p < productsPerLook; ++p) {
            if (Status status =
                    bindAndRun(insertProduct,
                               {lookId, p + 1, pick(kGarments, j + p), QStringLiteral("Brand %1").arg(j % 40),
                                QStringLiteral("apparel"), 1999 + 1000 * p},
                               what);
                !status)
                return status;
        }
        if (videos <= 0)
            continue;
        // Which linked video is the default: see LargeCatalogShape.
        int defaultVideo = -1;
        const int first = (j * LargeCatalogShape::kVideosPerLook) % videos;
        for (int k = 0; k < LargeCatalogShape::kVideosPerLook && defaultVideo < 0; ++k) {
            const int v = (first + k) % videos;
            if (LargeCatalogShape::hasFailedDefault(j))
                defaultVideo = v;
            else if (!LargeCatalogShape::hasNoDefault(j) && statuses.at(v) == VideoStatus::Succeeded)
                defaultVideo = v;
        }
        for (int k = 0; k < LargeCatalogShape::kVideosPerLook; ++k) {
            const int v = (first + k) % videos;
            if (Status status = bindAndRun(
                    insertLink, {lookId, qint64(v + 1), v == defaultVideo ? 1 : 0, created + k}, what);
                !status)
                return status;
        }
    }
    return transaction.commit();
}

Status writeLargeCatalogImages(const QString &dataRoot, QSize size)
{
    const QDir root(dataRoot);
    if (!root.mkpath(QStringLiteral("images")) || !root.mkpath(QStringLiteral("posters")))
        return Status::failure(QStringLiteral("cannot create the image folders under %1").arg(dataRoot));
    for (int i = 0; i < LargeCatalogShape::kDistinctImages; ++i) {
        for (const bool poster : {false, true}) {
            QImage image(size, QImage::Format_RGB32);
            QPainter painter(&image);
            QLinearGradient gradient(0, 0, size.width(), size.height());
            gradient.setColorAt(0, QColor::fromHsl((i * 37) % 360, 120, poster ? 60 : 160));
            gradient.setColorAt(1, QColor::fromHsl((i * 37 + 90) % 360, 160, 40));
            painter.fillRect(image.rect(), gradient);
            painter.end();
            const QString path =
                root.filePath(poster ? imageName("posters", "poster", i) : imageName("images", "look", i));
            if (!image.save(path, "JPEG", 85))
                return Status::failure(QStringLiteral("cannot write %1").arg(path));
        }
    }
    return {};
}

}  // namespace storyreel::test
