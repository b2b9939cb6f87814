#pragma once

#include "datalocation.h"
#include "jobrunner.h"

namespace storyreel {

class Catalog;
class JobQueue;

// The runners of local work: storyboard render, export, thumbnail batches and the local provider's
// drafts. Parameters are the job's JSON (see each runner); outputs are written atomically.
void installLocalRunners(JobQueue &queue, const Catalog &catalog, const DataLocation &location);

// Parameters of a render job: {"storyboardId", "aspect", "quality" or "shortSide", "captions", "motion",
// "crossfadeMs", "soundtrack"}; the output is the job's outputPath (a file in renders/ when empty).
class RenderRunner final : public JobRunner
{
public:
    RenderRunner(const Catalog &catalog, DataLocation location)
        : m_catalog(catalog), m_location(std::move(location))
    {}
    Result<JobOutput> run(const Job &job, const MediaControl &control) override;

private:
    const Catalog &m_catalog;
    DataLocation m_location;
};

// {"source", "format", "quality", "upscale"}; delivered to the job's outputPath when set.
class ExportRunner final : public JobRunner
{
public:
    ExportRunner(const Catalog &catalog, DataLocation location)
        : m_catalog(catalog), m_location(std::move(location))
    {}
    Result<JobOutput> run(const Job &job, const MediaControl &control) override;

private:
    const Catalog &m_catalog;
    DataLocation m_location;
};

// {"files": [...], "width", "at"}: posters into the media store's thumbnail cache.
class ThumbnailBatchRunner final : public JobRunner
{
public:
    explicit ThumbnailBatchRunner(DataLocation location) : m_location(std::move(location)) {}
    Result<JobOutput> run(const Job &job, const MediaControl &control) override;

private:
    DataLocation m_location;
};

// The local provider: {"prompt", "image" (image drafts), "seconds", "aspect", "quality"}; the draft
// goes into the media store and the library as a video.
class LocalDraftRunner final : public JobRunner
{
public:
    LocalDraftRunner(const Catalog &catalog, DataLocation location)
        : m_catalog(catalog), m_location(std::move(location))
    {}
    Result<JobOutput> run(const Job &job, const MediaControl &control) override;

private:
    const Catalog &m_catalog;
    DataLocation m_location;
};

}  // namespace storyreel
