#pragma once

#include "commandline.h"
#include "ids.h"

#include <memory>

namespace storyreel {

class JobQueue;
class Studio;

// A queue with the local runners installed, sized for this machine.
std::unique_ptr<JobQueue> makeLocalQueue(Studio &studio);

// storyreel jobs list|show|cancel|retry|hold|resume|run ...
int runJobsCommand(const CommandLine &commandLine);

struct JobRequest;

// Submits the request and runs it here until it is finished (see runUntilFinished); a refused
// submission (a budget, a bad parameter) is reported as `command`'s failure.
int runAsJob(Studio &studio, const JobRequest &request, const QString &command);

// Runs the queue in this process until job `id` is finished, drawing its progress on a terminal;
// the exit code follows its result (0 succeeded, 1 failed or cancelled, 2 bad input).
int runUntilFinished(JobQueue &queue, Studio &studio, RowId id);

}  // namespace storyreel
