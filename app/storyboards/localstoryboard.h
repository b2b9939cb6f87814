#pragma once

#include "datalocation.h"
#include "enums.h"
#include "generationservice.h"
#include "jobrunner.h"
#include "result.h"

#include <QStringList>

namespace storyreel {

class Catalog;

// The local provider's storyboards: made on this computer, free and offline. A prompt becomes
// ceil(seconds / 5) beats, each a scene with a card image drawn by the media engine.

// The beats a prompt is split into (deterministic): its sentences, or "Opening: …" / "Beat N: …" /
// "Closing: …" around it when it has too few.
QStringList storyboardBeats(const QString &prompt, int count);
// A card image for a scene at the storyboard's aspect, in the media store; its relative path.
Result<QString> drawSceneCard(const DataLocation &location, const QString &text, Aspect aspect, int index);
// Creates the storyboard in the catalog; its id.
Result<RowId> createLocalStoryboard(const Catalog &catalog, const DataLocation &location,
                                    const StoryboardForm &form);

// GenerateStoryboard jobs on the local provider: {"prompt", "seconds", "style", "aspect"}.
class LocalStoryboardRunner final : public JobRunner
{
public:
    LocalStoryboardRunner(const Catalog &catalog, DataLocation location)
        : m_catalog(catalog), m_location(std::move(location))
    {}
    Result<JobOutput> run(const Job &job, const MediaControl &control) override;

private:
    const Catalog &m_catalog;
    DataLocation m_location;
};

}  // namespace storyreel
