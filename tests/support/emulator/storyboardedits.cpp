// storyboard: scene edits (refine, reorder), the metadata endpoint and the JSON shapes of seed 003.
#include "storyboardroutes.h"

#include "cdnorigin.h"
#include "emulatorcore.h"
#include "mediamaker.h"

#include <QSet>

namespace storyreel::emulator {

namespace {
QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}
}  // namespace

EmuResponse StoryboardRoutes::refine(EmuRequest &request, const QStringList &args)
{
    Job *job = nullptr;
    if (auto refused = find(request, args.at(0), true, &job))
        return *refused;
    bool ok = false;
    const int number = request.queryValue(QStringLiteral("scene_number")).toInt(&ok);
    if (!ok)
        return EmuResponse::missing({QStringLiteral("query"), QStringLiteral("scene_number")});
    const QString imagePrompt = request.queryValue(QStringLiteral("new_image_prompt")).trimmed();
    const QString description = request.queryValue(QStringLiteral("new_description")).trimmed();
    if (imagePrompt.isEmpty() && description.isEmpty())
        return EmuResponse::error(400,
                                  QStringLiteral("Must provide either new_image_prompt or new_description"));
    if (!editable(*job)) {
        return EmuResponse::error(
            400, QStringLiteral("Storyboard not ready for refinement. Current status: %1").arg(job->status));
    }
    if (number < 1 || number > job->scenes.size())
        return EmuResponse::error(400, QStringLiteral("Invalid scene number: %1").arg(number));
    // A hard limit, not a rate: no Retry-After.
    if (job->refinements >= kMaxRefinements) {
        return EmuResponse::error(
            429, QStringLiteral("Maximum refinement limit (%1) reached for this job").arg(kMaxRefinements));
    }
    EmulatorCore *core = m_context.core;
    Scene &scene = job->scenes[number - 1];
    if (!imagePrompt.isEmpty()) {
        if (!core->charge(Dialect::Storyboard, request.userId, kSceneCost))
            return core->insufficient(Dialect::Storyboard, request.userId, kSceneCost);
        job->chargedCost = std::round((job->chargedCost + kSceneCost) * 1e6) / 1e6;
        job->estimatedCost = std::round((job->estimatedCost + kSceneCost) * 1e6) / 1e6;
        scene.imagePrompt = imagePrompt;
        ++scene.revision;  // a new image URL: the regenerated picture
    }
    if (!description.isEmpty())
        scene.description = description;
    ++job->refinements;
    job->approved = false;
    job->updatedMs = core->nowMs();
    return EmuResponse::json(QJsonObject{{QStringLiteral("job_id"), job->id},
                                         {QStringLiteral("status"), QStringLiteral("success")},
                                         {QStringLiteral("scene_number"), number},
                                         {QStringLiteral("refinement_count"), job->refinements},
                                         {QStringLiteral("approved"), false},
                                         {QStringLiteral("estimated_cost"), job->estimatedCost}});
}

EmuResponse StoryboardRoutes::reorder(EmuRequest &request, const QStringList &args)
{
    Job *job = nullptr;
    if (auto refused = find(request, args.at(0), true, &job))
        return *refused;
    const QStringList values =
        request.query.allQueryItemValues(QStringLiteral("scene_order"), QUrl::FullyDecoded);
    if (values.isEmpty())
        return EmuResponse::error(400, QStringLiteral("scene_order cannot be empty"));
    if (!editable(*job)) {
        return EmuResponse::error(
            400, QStringLiteral("Storyboard not ready for reordering. Current status: %1").arg(job->status));
    }
    QList<int> order;
    QSet<int> seen;
    for (const QString &value : values) {
        bool ok = false;
        const int number = value.toInt(&ok);
        if (!ok || number < 1 || number > job->scenes.size() || seen.contains(number))
            break;
        seen.insert(number);
        order.append(number);
    }
    if (order.size() != job->scenes.size() || values.size() != job->scenes.size())
        return EmuResponse::error(
            400, QStringLiteral("Failed to reorder scenes. Check that all scene numbers are valid."));
    QList<Scene> reordered;
    QJsonArray given;
    for (int number : std::as_const(order)) {
        reordered.append(job->scenes.at(number - 1));
        reordered.last().number = int(reordered.size());
        given.append(number);
    }
    job->scenes = reordered;
    job->approved = false;
    job->updatedMs = m_context.core->nowMs();
    return EmuResponse::json(QJsonObject{{QStringLiteral("job_id"), job->id},
                                         {QStringLiteral("status"), QStringLiteral("success")},
                                         {QStringLiteral("scene_order"), given},
                                         {QStringLiteral("approved"), false}});
}

EmuResponse StoryboardRoutes::metadata(EmuRequest &request, const QStringList &args)
{
    Job *job = nullptr;
    if (auto refused = find(request, args.at(0), false, &job))
        return *refused;
    int completed = 0;
    int failed = 0;
    for (const Scene &scene : std::as_const(job->scenes)) {
        completed += scene.status == u"completed";
        failed += scene.status == u"failed";
    }
    const bool available = job->status == u"completed";
    const QJsonObject parameters{{QStringLiteral("duration"), job->duration},
                                 {QStringLiteral("style"), job->style},
                                 {QStringLiteral("aspect_ratio"), job->aspectRatio}};
    return EmuResponse::json(QJsonObject{
        {QStringLiteral("job_id"), job->id},
        {QStringLiteral("status"), job->status},
        {QStringLiteral("created_at"), isoTime(job->createdMs)},
        {QStringLiteral("updated_at"), isoTime(job->updatedMs)},
        {QStringLiteral("approved"), job->approved},
        {QStringLiteral("approved_at"),
         job->approvedMs ? QJsonValue(isoTime(job->approvedMs)) : QJsonValue()},
        {QStringLiteral("scenes"), QJsonObject{{QStringLiteral("total"), int(job->scenes.size())},
                                               {QStringLiteral("completed"), completed},
                                               {QStringLiteral("failed"), failed},
                                               {QStringLiteral("details"), storyboardJson(*job)}}},
        {QStringLiteral("costs"), QJsonObject{{QStringLiteral("estimated"), job->estimatedCost},
                                              {QStringLiteral("actual"), job->chargedCost},
                                              {QStringLiteral("currency"), QStringLiteral("USD")}}},
        {QStringLiteral("metrics"), QJsonObject{{QStringLiteral("refinement_count"), job->refinements},
                                                {QStringLiteral("download_count"), job->downloads}}},
        {QStringLiteral("video"), QJsonObject{{QStringLiteral("available"), available},
                                              {QStringLiteral("url"), videoUrl(*job)},
                                              {QStringLiteral("parameters"), parameters}}},
        {QStringLiteral("error"), orNull(job->error)}});
}

QUrl StoryboardRoutes::imageUrl(const Job &job, const Scene &scene) const
{
    MediaMaker *media = m_context.media;
    const QString text = scene.imagePrompt;
    // The revision is in the path, so a refined image is a new object (as a regenerated upload is).
    const QString path = QStringLiteral("/files/storyboard/%1/scene-%2-r%3.jpg")
                             .arg(job.id)
                             .arg(scene.key)
                             .arg(scene.revision);
    return m_context.cdn->publish(path, [media, text] {
        return MediaMaker::File{media->card(text), "image/jpeg"};
    });
}

QJsonArray StoryboardRoutes::storyboardJson(const Job &job) const
{
    QJsonArray scenes;
    for (const Scene &scene : job.scenes) {
        const QJsonObject details{{QStringLiteral("scene_number"), scene.number},
                                  {QStringLiteral("description"), scene.description},
                                  {QStringLiteral("duration"), scene.duration},
                                  {QStringLiteral("image_prompt"), scene.imagePrompt}};
        const bool done = scene.status == u"completed";
        scenes.append(QJsonObject{
            {QStringLiteral("scene"), details},
            {QStringLiteral("image_url"), done ? QJsonValue(imageUrl(job, scene).toString()) : QJsonValue()},
            {QStringLiteral("generation_status"), scene.status},
            {QStringLiteral("error"), orNull(scene.error)}});
    }
    return scenes;
}

QJsonValue StoryboardRoutes::videoUrl(const Job &job) const
{
    if (job.status != u"completed")
        return QJsonValue();
    QUrl url = m_context.baseUrl();
    url.setPath(QStringLiteral("/api/v2/jobs/%1/video").arg(job.id));
    return url.toString();
}

QJsonObject StoryboardRoutes::jobJson(const Job &job) const
{
    const qint64 now = m_context.core->nowMs();
    double progress = 1.0;
    if (job.status == u"pending" || job.status == u"generating")
        progress = job.generation.fraction(now);
    else if (job.status == u"rendering")
        progress = job.render.fraction(now);
    else if (job.status == u"failed" && job.generation.failAtMs)
        progress = job.generation.fraction(*job.generation.failAtMs);
    return {{QStringLiteral("job_id"), job.id},
            {QStringLiteral("status"), job.status},
            {QStringLiteral("progress"), std::round(progress * 100) / 100},
            {QStringLiteral("approved"), job.approved},
            {QStringLiteral("storyboard"), storyboardJson(job)},
            {QStringLiteral("video_url"), videoUrl(job)},
            {QStringLiteral("error"), orNull(job.error)},
            {QStringLiteral("created_at"), isoTime(job.createdMs)},
            {QStringLiteral("updated_at"), isoTime(job.updatedMs)}};
}

}  // namespace storyreel::emulator
