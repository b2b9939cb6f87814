#include "localstoryboard.h"

#include "mediastore.h"
#include "scenecomposer.h"
#include "storyboardstore.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QRegularExpression>

#include <cmath>

namespace storyreel {

QStringList storyboardBeats(const QString &prompt, int count)
{
    const QString text = prompt.simplified();
    QStringList sentences;
    static const QRegularExpression kSentenceEnd(QStringLiteral("(?<=[.!?])\\s+"));
    for (const QString &sentence : text.split(kSentenceEnd, Qt::SkipEmptyParts))
        sentences << sentence.trimmed();
    if (count <= 0)
        return {};
    if (sentences.size() >= count) {  // the first count-1 sentences, the rest as the last beat
        QStringList beats = sentences.mid(0, count - 1);
        beats << sentences.mid(count - 1).join(QLatin1Char(' '));
        return beats;
    }
    QStringList beats;
    for (int i = 0; i < count; ++i) {
        if (i < sentences.size() && sentences.size() > 1)
            beats << sentences.at(i);
        else if (i == 0)
            beats << QCoreApplication::translate("LocalStoryboard", "Opening: %1").arg(text);
        else if (i == count - 1)
            beats << QCoreApplication::translate("LocalStoryboard", "Closing: %1").arg(text);
        else
            beats << QCoreApplication::translate("LocalStoryboard", "Beat %1: %2").arg(i + 1).arg(text);
    }
    return beats;
}

Result<QString> drawSceneCard(const DataLocation &location, const QString &text, Aspect aspect, int index)
{
    const QSize size = aspect == Aspect::Portrait9x16 ? QSize(720, 1280)
                       : aspect == Aspect::Square1x1  ? QSize(1080, 1080)
                                                      : QSize(1280, 720);
    const QImage card = SceneComposer::drawCard(text, size, index);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (card.isNull() || !card.save(&buffer, "PNG"))
        return Failure{QCoreApplication::translate("LocalStoryboard", "The scene image could not be drawn.")};
    return MediaStore(location.root()).addBytes(png, QStringLiteral("png"));
}

Result<RowId> createLocalStoryboard(const Catalog &catalog, const DataLocation &location,
                                    const StoryboardForm &form)
{
    Storyboard board;
    board.title = form.prompt.simplified().left(60);
    board.prompt = form.prompt.trimmed();
    board.style = form.style;
    board.aspect = form.aspect;
    board.status = StoryboardStatus::Ready;
    const int count = qMax(1, int(std::ceil(form.seconds / 5.0)));
    const QStringList beats = storyboardBeats(form.prompt, count);
    qint64 left = qint64(form.seconds) * 1000;
    for (int i = 0; i < beats.size(); ++i) {
        Scene scene;
        scene.position = i + 1;
        scene.description = beats.at(i);
        scene.imagePrompt = QStringLiteral("%1, %2").arg(beats.at(i), form.style);
        scene.durationMs = i == beats.size() - 1 ? qMax<qint64>(1000, left) : 5000;
        left -= scene.durationMs;
        Result<QString> image = drawSceneCard(location, scene.description, form.aspect, i);
        if (!image)
            return image.failure();
        scene.imagePath = *image;
        board.scenes << scene;
    }
    Result<RowId> id = StoryboardStore(catalog).create(board);
    if (!id)
        return id.failure();
    return id;
}

Result<JobOutput> LocalStoryboardRunner::run(const Job &job, const MediaControl &control)
{
    StoryboardForm form;
    form.prompt = job.params.value(QStringLiteral("prompt")).toString();
    form.seconds = job.params.value(QStringLiteral("seconds")).toInt(form.seconds);
    form.style = job.params.value(QStringLiteral("style")).toString(form.style);
    form.aspect =
        fromText<Aspect>(job.params.value(QStringLiteral("aspect")).toString()).value_or(form.aspect);
    if (Result<GenerationPlan> plan = GenerationService::plan(form); !plan)
        return plan.failure();
    control.report(0.1, QCoreApplication::translate("LocalStoryboard", "drawing scenes"));
    Result<RowId> id = createLocalStoryboard(m_catalog, m_location, form);
    if (!id)
        return id.failure();
    return JobOutput{QString(), 0};
}

}  // namespace storyreel
