#include "providerresult.h"

namespace storyreel {

Failure ProviderError::toFailure() const
{
    switch (kind) {
        case ProviderErrorKind::Cancelled:
            return Failure{message, FailureKind::Cancelled};
        case ProviderErrorKind::BadRequest:
            return Failure{message, FailureKind::BadInput};
        default:
            return Failure{message, FailureKind::Failed};
    }
}

}  // namespace storyreel
