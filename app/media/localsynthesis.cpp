#include "localsynthesis.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace storyreel {
namespace {

struct LocalSynthesis
{
    Q_DECLARE_TR_FUNCTIONS(storyreel::LocalSynthesis)
};

RenderSettings renderSettingsFor(const DraftSettings &draft, bool captions)
{
    RenderSettings settings;
    settings.aspect = draft.aspect;
    settings.shortSide = draft.shortSide;
    settings.motion = true;
    settings.crossfadeMs = 0;
    settings.captions = captions;
    return settings;
}

qint64 draftMs(const DraftSettings &draft)
{
    return qint64(std::lround(
        std::clamp(draft.seconds, DraftSettings::kMinSeconds, DraftSettings::kMaxSeconds) * 1000.0));
}

}  // namespace

Result<RenderOutcome> synthesizeTextDraft(const QString &prompt, const DraftSettings &settings,
                                          const QString &destination, const MediaControl *control)
{
    if (prompt.trimmed().isEmpty())
        return Failure{LocalSynthesis::tr("a text-to-video draft needs a prompt"), FailureKind::BadInput};
    return renderStoryboard({RenderScene{QString(), prompt.trimmed(), draftMs(settings)}},
                            renderSettingsFor(settings, false), destination, control);
}

Result<RenderOutcome> synthesizeImageDraft(const QString &imagePath, const QString &prompt,
                                           const DraftSettings &settings, const QString &destination,
                                           const MediaControl *control)
{
    if (imagePath.isEmpty())
        return Failure{LocalSynthesis::tr("an image-to-video draft needs an image"), FailureKind::BadInput};
    return renderStoryboard({RenderScene{imagePath, prompt.trimmed(), draftMs(settings)}},
                            renderSettingsFor(settings, !prompt.trimmed().isEmpty()), destination, control);
}

}  // namespace storyreel
