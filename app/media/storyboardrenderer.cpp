#include "storyboardrenderer.h"

#include "audiosource.h"
#include "ffmpegutil.h"
#include "mediawriter.h"
#include "partialfile.h"
#include "scenecomposer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <vector>

extern "C" {
#include <libavutil/frame.h>
}

Q_LOGGING_CATEGORY(lcRender, "storyreel.media.render", QtWarningMsg)

namespace storyreel {
namespace {

struct StoryboardRenderer
{
    Q_DECLARE_TR_FUNCTIONS(storyreel::StoryboardRenderer)
};

constexpr int kSampleRate = 48000;
constexpr int kChannels = 2;

// Where each scene sits on the timeline, in seconds. Scene i owns [start, end); a crossfade of
// fade[i] is centred on its start, so it is visible from start - fade/2 to end + fade[i+1]/2.
struct Timeline
{
    std::vector<double> start, end, fade;
    double total = 0.0;

    explicit Timeline(const QList<RenderScene> &scenes, double crossfadeSeconds)
    {
        double at = 0.0;
        for (const RenderScene &scene : scenes) {
            start.push_back(at);
            at += double(scene.durationMs) / 1000.0;
            end.push_back(at);
        }
        total = at;
        fade.assign(scenes.size(), 0.0);
        for (std::size_t i = 1; i < std::size_t(scenes.size()); ++i) {
            const double shorter = std::min(end[i - 1] - start[i - 1], end[i] - start[i]);
            fade[i] = std::min(crossfadeSeconds, shorter / 2.0);  // never fade through a whole scene
        }
    }
    double visibleFrom(std::size_t i) const { return std::max(0.0, start[i] - fade[i] / 2.0); }
    double visibleTo(std::size_t i) const { return i + 1 < end.size() ? end[i] + fade[i + 1] / 2.0 : end[i]; }
    double progress(std::size_t i, double t) const
    {
        return (t - visibleFrom(i)) / std::max(1e-6, visibleTo(i) - visibleFrom(i));
    }
};

void blendFrames(AVFrame *into, const AVFrame *other, double weight, QSize size)
{
    const int w = int(std::lround(std::clamp(weight, 0.0, 1.0) * 256));
    for (int plane = 0; plane < 3; ++plane) {
        const int rows = plane == 0 ? size.height() : (size.height() + 1) / 2;
        const int width = plane == 0 ? size.width() : (size.width() + 1) / 2;
        for (int y = 0; y < rows; ++y) {
            uint8_t *a = into->data[plane] + std::ptrdiff_t(y) * into->linesize[plane];
            const uint8_t *b = other->data[plane] + std::ptrdiff_t(y) * other->linesize[plane];
            for (int x = 0; x < width; ++x)
                a[x] = uint8_t(a[x] + (((int(b[x]) - a[x]) * w + 128) >> 8));
        }
    }
}

// Soundtrack samples up to a time, with gain and fades; silence once the file ends.
class SoundtrackMixer
{
public:
    SoundtrackMixer(std::unique_ptr<AudioSource> source, double gain, double totalSeconds)
        : m_source(std::move(source)), m_gain(gain), m_totalSamples(std::int64_t(totalSeconds * kSampleRate))
    {}
    Status writeUntil(MediaWriter &writer, double seconds)
    {
        const std::int64_t target =
            std::min(m_totalSamples, std::int64_t(std::llround(seconds * kSampleRate)));
        while (m_written < target) {
            const int chunk = int(std::min<std::int64_t>(4096, target - m_written));
            m_buffer.assign(std::size_t(chunk) * kChannels, 0.0f);
            if (!m_source->atEnd()) {
                Result<int> read = m_source->read(m_buffer.data(), chunk);
                if (!read)
                    return read.failure();
            }
            for (int i = 0; i < chunk; ++i) {
                const float gain = float(m_gain * envelope(m_written + i));
                for (int c = 0; c < kChannels; ++c)
                    m_buffer[std::size_t(i) * kChannels + c] *= gain;
            }
            if (Status status = writer.writeAudioSamples(m_buffer.data(), chunk); !status)
                return status;
            m_written += chunk;
        }
        return {};
    }

private:
    // 1 s fade in, 2 s fade out (shorter on short videos).
    double envelope(std::int64_t sample) const
    {
        const double in = std::min<double>(kSampleRate, m_totalSamples / 4.0);
        const double out = std::min<double>(2.0 * kSampleRate, m_totalSamples / 4.0);
        const double fadeIn = in > 0 ? std::min(1.0, sample / in) : 1.0;
        const double fadeOut = out > 0 ? std::min(1.0, (m_totalSamples - sample) / out) : 1.0;
        return std::max(0.0, std::min(fadeIn, fadeOut));
    }
    std::unique_ptr<AudioSource> m_source;
    double m_gain;
    std::int64_t m_totalSamples;
    std::int64_t m_written = 0;
    std::vector<float> m_buffer;
};

}  // namespace

QSize RenderSettings::frameSize() const
{
    const int shortEven = shortSide & ~1;
    const int longEven = int(std::lround(shortSide * 16.0 / 9.0 / 2.0)) * 2;  // 854, 1280, 1920
    switch (aspect) {
        case Aspect::Portrait9x16:
            return {shortEven, longEven};
        case Aspect::Square1x1:
            return {shortEven, shortEven};
        case Aspect::Landscape16x9:
            break;
    }
    return {longEven, shortEven};
}

Result<RenderOutcome> renderStoryboard(const QList<RenderScene> &scenes, const RenderSettings &settings,
                                       const QString &destination, const MediaControl *control)
{
    if (scenes.isEmpty())
        return Failure{StoryboardRenderer::tr("the storyboard has no scenes to render"),
                       FailureKind::BadInput};
    for (int i = 0; i < scenes.size(); ++i) {
        if (scenes[i].durationMs <= 0)
            return Failure{StoryboardRenderer::tr("scene %1 has no duration").arg(i + 1),
                           FailureKind::BadInput};
    }
    const QFileInfo target(destination);
    if (!target.absoluteDir().exists())
        return Failure{StoryboardRenderer::tr("the folder %1 does not exist")
                           .arg(QDir::toNativeSeparators(target.absolutePath())),
                       FailureKind::BadInput};

    const QSize size = settings.frameSize();
    const Timeline timeline(scenes, settings.crossfadeMs / 1000.0);
    const std::int64_t frames = std::max<std::int64_t>(1, std::llround(timeline.total * settings.fps));

    std::unique_ptr<SoundtrackMixer> soundtrack;
    if (!settings.soundtrackPath.isEmpty()) {
        Result<std::unique_ptr<AudioSource>> source =
            AudioSource::open(settings.soundtrackPath, kSampleRate, kChannels);
        if (!source)
            return source.failure();
        soundtrack = std::make_unique<SoundtrackMixer>(std::move(source).value(), settings.soundtrackGain,
                                                       timeline.total);
    }

    PartialFile output(destination);
    VideoEncoding video;
    video.size = size;
    video.fpsNum = settings.fps;
    video.crf = settings.crf;
    video.speed = settings.speed;
    std::optional<AudioEncoding> audio;
    if (soundtrack)
        audio = AudioEncoding{};
    Result<std::unique_ptr<MediaWriter>> opened =
        MediaWriter::open(output.partialPath(), QStringLiteral("mp4"), video, audio, true);
    if (!opened)
        return Failure{StoryboardRenderer::tr("cannot write %1: %2")
                           .arg(QDir::toNativeSeparators(destination), opened.error())};
    MediaWriter &writer = **opened;

    // Scenes are prepared when first needed and dropped when passed, so memory holds two at most.
    std::map<std::size_t, std::unique_ptr<SceneComposer>> live;
    const auto sceneAt = [&](std::size_t index) -> Result<SceneComposer *> {
        if (auto it = live.find(index); it != live.end())
            return it->second.get();
        const RenderScene &scene = scenes[int(index)];
        Result<std::unique_ptr<SceneComposer>> prepared =
            SceneComposer::prepare(scene.imagePath, scene.text,
                                   settings.captions && !scene.imagePath.isEmpty() ? scene.text : QString(),
                                   size, SceneComposer::motionFor(int(index), settings.motion), int(index));
        if (!prepared)
            return Failure{StoryboardRenderer::tr("scene %1: %2").arg(index + 1).arg(prepared.error()),
                           prepared.errorKind()};
        return live.emplace(index, std::move(prepared).value()).first->second.get();
    };
    FramePtr scratch(av_frame_alloc());
    scratch->format = AV_PIX_FMT_YUV420P;
    scratch->width = size.width();
    scratch->height = size.height();
    if (av_frame_get_buffer(scratch.get(), 0) < 0)
        return Failure{
            StoryboardRenderer::tr("out of memory for a %1x%2 frame").arg(size.width()).arg(size.height())};

    std::size_t current = 0;
    for (std::int64_t n = 0; n < frames; ++n) {
        if (control && control->cancelled())
            return Failure{StoryboardRenderer::tr("the render was cancelled"), FailureKind::Cancelled};
        const double t = (double(n) + 0.5) / settings.fps;  // sample mid-frame
        while (current + 1 < timeline.start.size() && t >= timeline.start[current + 1])
            ++current;
        for (auto it = live.begin(); it != live.end();)
            it = timeline.visibleTo(it->first) < t ? live.erase(it) : std::next(it);

        // The neighbour that shares this instant, if any, and how far the fade has gone.
        std::size_t from = current, to = current;
        double weight = 0.0;
        if (current > 0 && t < timeline.start[current] + timeline.fade[current] / 2.0) {
            from = current - 1;
            weight = (t - timeline.visibleFrom(current)) / timeline.fade[current];
        } else if (current + 1 < timeline.start.size() && t >= timeline.visibleFrom(current + 1)) {
            to = current + 1;
            weight = (t - timeline.visibleFrom(current + 1)) / timeline.fade[current + 1];
        }

        Result<AVFrame *> frame = writer.frameToFill();
        if (!frame)
            return frame.failure();
        Result<SceneComposer *> first = sceneAt(from);
        if (!first)
            return first.failure();
        if (Status drawn = (*first)->drawInto(*frame, timeline.progress(from, t)); !drawn)
            return drawn.failure();
        if (to != from) {
            Result<SceneComposer *> second = sceneAt(to);
            if (!second)
                return second.failure();
            if (Status drawn = (*second)->drawInto(scratch.get(), timeline.progress(to, t)); !drawn)
                return drawn.failure();
            blendFrames(*frame, scratch.get(), weight, size);
            // Captions hand over rather than overlap: the old one fades out, then the new one in.
            (*first)->blendCaption(*frame, std::max(0.0, 1.0 - 2.0 * weight));
            (*second)->blendCaption(*frame, std::max(0.0, 2.0 * weight - 1.0));
        } else {
            (*first)->blendCaption(*frame, 1.0);
        }
        if (Status written = writer.submitFilledFrame(); !written)
            return written.failure();
        if (soundtrack) {
            if (Status mixed = soundtrack->writeUntil(writer, double(n + 1) / settings.fps); !mixed)
                return mixed.failure();
        }
        if (control)
            control->report(double(n + 1) / double(frames) * 0.98, StoryboardRenderer::tr("rendering"));
    }
    if (control)
        control->report(0.99, StoryboardRenderer::tr("finishing"));
    if (Status finished = writer.finish(); !finished)
        return Failure{StoryboardRenderer::tr("cannot finish %1: %2")
                           .arg(QDir::toNativeSeparators(destination), finished.error())};
    if (Status committed = output.commit(); !committed)
        return committed.failure();
    if (control)
        control->report(1.0, StoryboardRenderer::tr("done"));
    qCInfo(lcRender) << "rendered" << frames << "frames to" << destination;
    return RenderOutcome{destination, size, qint64(std::llround(timeline.total * 1000)), frames,
                         soundtrack != nullptr};
}

}  // namespace storyreel
