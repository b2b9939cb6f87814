#pragma once

#include "storyboardrenderer.h"

namespace storyreel {

// Offline drafts for the built-in local provider: real H.264 files made by the renderer.
struct DraftSettings
{
    Aspect aspect = Aspect::Landscape16x9;
    int shortSide = 720;
    double seconds = 6.0;  // clamped to 4..8, the range the remote providers offer

    static constexpr double kMinSeconds = 4.0;
    static constexpr double kMaxSeconds = 8.0;
};

// Text to video: an animated title card of the prompt (slow zoom over a gradient).
Result<RenderOutcome> synthesizeTextDraft(const QString &prompt, const DraftSettings &settings,
                                          const QString &destination, const MediaControl *control = nullptr);

// Image to video: gentle motion over the image, with the prompt (if any) as a caption.
Result<RenderOutcome> synthesizeImageDraft(const QString &imagePath, const QString &prompt,
                                           const DraftSettings &settings, const QString &destination,
                                           const MediaControl *control = nullptr);

}  // namespace storyreel
