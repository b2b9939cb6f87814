#include "mediacontrol.h"

#include <algorithm>

namespace storyreel {

void MediaControl::report(double fraction, const QString &stage) const
{
    fraction = std::clamp(fraction, 0.0, 1.0);
    if (stage == m_lastStage && fraction - m_lastFraction < 0.001 && fraction < 1.0)
        return;
    m_lastFraction = fraction;
    m_lastStage = stage;
    if (m_onProgress)
        m_onProgress(fraction, stage);
}

MediaDeadline::MediaDeadline(const MediaControl *control, std::chrono::milliseconds budget)
    : m_control(control), m_deadline(std::chrono::steady_clock::now() + budget)
{}

int MediaDeadline::interrupt(void *opaque)
{
    const auto *self = static_cast<const MediaDeadline *>(opaque);
    return (self->cancelled() || self->expired()) ? 1 : 0;
}

bool MediaDeadline::expired() const
{
    return std::chrono::steady_clock::now() > m_deadline;
}

void MediaDeadline::extend(std::chrono::milliseconds budget)
{
    m_deadline = std::chrono::steady_clock::now() + budget;
}

}  // namespace storyreel
