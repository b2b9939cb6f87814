// aistudio: looks (list, create, get), the virtual clock's effect on video-jobs, and the JSON shapes
// of seeds 000 (look, look video) and 001 (video-job item).
#include "aistudioroutes.h"

#include "cdnorigin.h"
#include "emulatorcore.h"
#include "mediamaker.h"

#include <QJsonObject>
#include <QJsonValue>

namespace storyreel::emulator {

namespace {
QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QUrl publishCard(CdnOrigin *cdn, MediaMaker *media, const QString &path, const QString &text)
{
    return cdn->publish(path, [media, text] { return MediaMaker::File{media->card(text), "image/jpeg"}; });
}
}  // namespace

void AiStudioRoutes::settle()
{
    const qint64 now = m_context.core->nowMs();
    for (Video &video : m_videos) {
        if (video.status != u"PENDING" && video.status != u"RUNNING")
            continue;
        const Timeline &timeline = video.timeline;
        const QString before = video.status;
        if (timeline.failsBy(now)) {
            video.status = QStringLiteral("FAILED");
            video.error = timeline.failReason;
            video.progress = int(timeline.fraction(*timeline.failAtMs) * 100);
            video.updatedMs = *timeline.failAtMs;
            m_context.core->refund(Dialect::AiStudio, video.ownerId, kVideoCost);
            continue;
        }
        const double fraction = timeline.fraction(now);
        if (fraction >= 1.0) {
            video.status = QStringLiteral("SUCCEEDED");
            video.progress = 100;
            video.updatedMs = timeline.endMs();
            publish(video);
            continue;
        }
        // PENDING for the first tenth of the timeline, then RUNNING with progress up to 99 %.
        if (fraction >= 0.1)
            video.status = QStringLiteral("RUNNING");
        video.progress = std::min(99, int(fraction * 100));
        if (video.status != before)
            video.updatedMs = now;
    }
}

void AiStudioRoutes::publish(Video &video)
{
    MediaMaker *media = m_context.media;
    const QString prompt = video.prompt;
    const Aspect aspect = MediaMaker::aspectOf(video.aspectRatio);
    video.url = m_context.cdn->publish(QStringLiteral("/files/aistudio/%1.mp4").arg(video.id),
                                       [media, prompt, aspect] {
                                           return MediaMaker::File{media->video(prompt, aspect), "video/mp4"};
                                       });
}

QString AiStudioRoutes::addLook(const QString &userId, const QString &title, int products,
                                Visibility visibility)
{
    Look look;
    look.id = EmulatorCore::newUuid();
    look.ownerId = userId;
    look.title = title;
    look.visibility = toText(visibility);
    look.createdMs = look.updatedMs = m_context.core->nowMs();
    for (int i = 1; i <= products; ++i) {
        const QString id = EmulatorCore::newUuid();
        const QString name = QStringLiteral("%1 piece %2").arg(title).arg(i);
        look.products.append(QJsonObject{
            {QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("brand"), QStringLiteral("Atelier %1").arg(QChar(u'A' + (i - 1) % 26))},
            {QStringLiteral("category"), i % 2 ? QStringLiteral("tops") : QStringLiteral("bottoms")},
            {QStringLiteral("price"), 29.0 + 10 * i},
            {QStringLiteral("currency"), QStringLiteral("EUR")},
            {QStringLiteral("url"), QStringLiteral("https://shop.example.com/products/%1").arg(id)}});
    }
    m_lookOrder.append(look.id);
    m_looks.insert(look.id, look);
    return look.id;
}

EmuResponse AiStudioRoutes::listLooks(EmuRequest &request, const QStringList &)
{
    EmuResponse invalid;
    const auto skip =
        intQuery(request, QStringLiteral("skip"), 0, 0, std::numeric_limits<int>::max(), &invalid);
    const auto limit = intQuery(request, QStringLiteral("limit"), 20, 1, 100, &invalid);
    if (!skip || !limit)
        return invalid;
    QList<const Look *> own;
    for (auto it = m_lookOrder.crbegin(); it != m_lookOrder.crend(); ++it) {  // newest first
        if (m_looks[*it].ownerId == request.userId)
            own.append(&m_looks[*it]);
    }
    QJsonArray items;
    for (qsizetype i = *skip; i < own.size() && items.size() < *limit; ++i)
        items.append(lookJson(*own.at(i)));
    return EmuResponse::json(QJsonObject{{QStringLiteral("items"), items},
                                         {QStringLiteral("total"), int(own.size())},
                                         {QStringLiteral("skip"), *skip},
                                         {QStringLiteral("limit"), *limit}});
}

EmuResponse AiStudioRoutes::createLook(EmuRequest &request, const QStringList &)
{
    EmuResponse invalid;
    const auto body = parseJsonObject(request, &invalid);
    if (!body)
        return invalid;
    const QString title = body->value(QStringLiteral("title")).toString().trimmed();
    if (title.isEmpty())
        return EmuResponse::validation({QStringLiteral("body"), QStringLiteral("title")},
                                       QStringLiteral("field required"),
                                       QStringLiteral("value_error.missing"));
    const QString visibility = body->value(QStringLiteral("visibility")).toString(QStringLiteral("private"));
    if (!fromText<Visibility>(visibility)) {
        return EmuResponse::validation({QStringLiteral("body"), QStringLiteral("visibility")},
                                       QStringLiteral("value is not a valid enumeration member; permitted: "
                                                      "'private', 'public', 'shared'"),
                                       QStringLiteral("type_error.enum"));
    }
    const QString id = addLook(request.userId, title, 0, *fromText<Visibility>(visibility));
    Look &look = m_looks[id];
    for (const QJsonValue &value : body->value(QStringLiteral("sharedWith")).toArray())
        look.sharedWith.append(value.toString());
    for (const QJsonValue &value : body->value(QStringLiteral("products")).toArray()) {
        QJsonObject product = value.toObject();
        if (!product.contains(QStringLiteral("id")))
            product.insert(QStringLiteral("id"), EmulatorCore::newUuid());
        look.products.append(product);
    }
    return EmuResponse::json(lookJson(look), 201);
}

EmuResponse AiStudioRoutes::getLook(EmuRequest &request, const QStringList &args)
{
    if (auto denied = lookAccess(request, args.at(0), false))
        return *denied;
    return EmuResponse::json(lookJson(m_looks[args.at(0)]));
}

QString AiStudioRoutes::pixelSize(const QString &resolution, const QString &aspectRatio)
{
    const QString landscape =
        resolution == u"1080p" ? QStringLiteral("1920x1080") : QStringLiteral("1280x720");
    const QString portrait =
        resolution == u"1080p" ? QStringLiteral("1080x1920") : QStringLiteral("720x1280");
    return aspectRatio == u"9:16" ? portrait : landscape;
}

QJsonObject AiStudioRoutes::lookVideoJson(const Video &video, const Look *look) const
{
    const bool succeeded = video.status == u"SUCCEEDED";
    return {{QStringLiteral("id"), video.id},
            {QStringLiteral("status"), video.status},
            {QStringLiteral("cloudinaryUrl"), succeeded ? QJsonValue(video.url.toString()) : QJsonValue()},
            {QStringLiteral("isDefault"), look && look->defaultVideoId == video.id},
            {QStringLiteral("createdAt"), isoTime(video.timeline.startMs)},
            {QStringLiteral("progressPercentage"), video.progress}};
}

QJsonObject AiStudioRoutes::jobJson(const Video &video) const
{
    const bool succeeded = video.status == u"SUCCEEDED";
    return {{QStringLiteral("id"), video.id},
            {QStringLiteral("status"), video.status},
            {QStringLiteral("prompt"), video.prompt},
            {QStringLiteral("model"), video.model},
            {QStringLiteral("resolution"), pixelSize(video.resolution, video.aspectRatio)},
            {QStringLiteral("aspectRatio"), video.aspectRatio},
            {QStringLiteral("durationSeconds"), video.durationSeconds},
            {QStringLiteral("cloudinary_url"), succeeded ? QJsonValue(video.url.toString()) : QJsonValue()},
            {QStringLiteral("progress_percentage"), video.progress},
            {QStringLiteral("mockMode"), false},
            {QStringLiteral("created_at"), isoTime(video.timeline.startMs)},
            {QStringLiteral("updated_at"), isoTime(video.updatedMs)},
            {QStringLiteral("look_id"), orNull(video.lookId)},
            {QStringLiteral("error"), orNull(video.error)}};
}

QJsonObject AiStudioRoutes::lookJson(const Look &look) const
{
    QJsonArray videos;
    for (auto it = look.videoIds.crbegin(); it != look.videoIds.crend(); ++it)
        videos.append(lookVideoJson(m_videos[*it], &look));
    // Product images default to a card on the CDN (made when first asked for; the CDN's URL is only
    // known once listening, so it is filled in here rather than when the look is created).
    QJsonArray products;
    for (const QJsonValue &value : look.products) {
        QJsonObject product = value.toObject();
        if (!product.contains(QStringLiteral("imageUrl"))) {
            const QString path = QStringLiteral("/files/aistudio/products/%1.jpg")
                                     .arg(product.value(QStringLiteral("id")).toString());
            product.insert(QStringLiteral("imageUrl"),
                           publishCard(m_context.cdn, m_context.media, path,
                                       product.value(QStringLiteral("name")).toString())
                               .toString());
        }
        products.append(product);
    }
    QJsonArray shared;
    for (const QString &user : look.sharedWith)
        shared.append(user);
    const QUrl image = publishCard(m_context.cdn, m_context.media,
                                   QStringLiteral("/files/aistudio/looks/%1.jpg").arg(look.id), look.title);
    return {{QStringLiteral("id"), look.id},
            {QStringLiteral("userId"), look.ownerId},
            {QStringLiteral("title"), look.title},
            {QStringLiteral("generatedImageUrl"), image.toString()},
            {QStringLiteral("products"), products},
            {QStringLiteral("visibility"), look.visibility},
            {QStringLiteral("sharedWith"), shared},
            {QStringLiteral("videos"), videos},
            {QStringLiteral("createdAt"), isoTime(look.createdMs)},
            {QStringLiteral("updatedAt"), isoTime(look.updatedMs)}};
}

}  // namespace storyreel::emulator
