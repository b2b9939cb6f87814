#pragma once

#include "job.h"
#include "mediacontrol.h"
#include "result.h"

#include <QString>

namespace storyreel {

class Catalog;
class DataLocation;

// What a finished job produced: a file (shown and revealed in the monitor) and, when it became a
// library video, that video's id.
struct JobOutput
{
    QString path;
    RowId videoId = 0;
};

// Does one kind of job. run() is called on a worker thread; it reports progress and polls for a
// cancel through `control`, and may use the catalog (each thread has its own connection).
class JobRunner
{
public:
    virtual ~JobRunner() = default;
    virtual Result<JobOutput> run(const Job &job, const MediaControl &control) = 0;
};

}  // namespace storyreel
