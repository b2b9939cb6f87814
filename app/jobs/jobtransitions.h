#pragma once

#include "enums.h"

namespace storyreel {

// The job state machine of DESIGN.md:
//   Queued <-> Held, Queued -> Running -> Succeeded | Failed | Cancelled | Interrupted,
//   Running -> Queued (a provider's "too many at once"), Queued/Held -> Cancelled,
//   Queued -> Failed (it cannot start: its dependency failed, or nothing can run its kind),
//   Failed | Cancelled | Interrupted -> Queued (retry), Interrupted -> Cancelled.
// Succeeded is final.
bool isAllowedTransition(JobStatus from, JobStatus to);

}  // namespace storyreel
