#include "jobtransitions.h"

namespace storyreel {

bool isAllowedTransition(JobStatus from, JobStatus to)
{
    using S = JobStatus;
    switch (from) {
        case S::Queued:
            return to == S::Running || to == S::Held || to == S::Cancelled || to == S::Failed;
        case S::Held:
            return to == S::Queued || to == S::Cancelled;
        case S::Running:
            return to == S::Succeeded || to == S::Failed || to == S::Cancelled || to == S::Interrupted ||
                   to == S::Queued;
        case S::Failed:
        case S::Cancelled:
            return to == S::Queued;
        case S::Interrupted:
            return to == S::Queued || to == S::Cancelled;
        case S::Succeeded:
            return false;
    }
    return false;
}

}  // namespace storyreel
