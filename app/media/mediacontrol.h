#pragma once

#include <QString>

#include <atomic>
#include <chrono>
#include <functional>

namespace storyreel {

// Progress out of, and cancellation into, a media operation. The operation calls report() as it goes
// and polls cancelled() in every loop (and FFmpeg's interrupt callback polls it during I/O), so a
// cancel() from any thread takes effect within a fraction of a second.
class MediaControl final
{
public:
    using ProgressFn = std::function<void(double fraction, const QString &stage)>;

    MediaControl() = default;
    explicit MediaControl(ProgressFn onProgress) : m_onProgress(std::move(onProgress)) {}

    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    bool cancelled() const { return m_cancelled.load(std::memory_order_relaxed); }

    // fraction in [0, 1]; calls are cheap, the callback is throttled to changes of 0.1 % or a new stage.
    // const: operations receive `const MediaControl *` (they may not cancel), yet report through it.
    void report(double fraction, const QString &stage) const;
    double lastFraction() const { return m_lastFraction; }
    QString lastStage() const { return m_lastStage; }

private:
    ProgressFn m_onProgress;
    std::atomic<bool> m_cancelled{false};
    mutable double m_lastFraction = -1.0;  // throttling state of report()
    mutable QString m_lastStage;
};

// Bounds a blocking FFmpeg call: interrupted when the control is cancelled or the deadline passes.
// Pass &guard as AVIOInterruptCB.opaque with MediaDeadline::interrupt as the callback.
class MediaDeadline final
{
public:
    MediaDeadline(const MediaControl *control, std::chrono::milliseconds budget);
    static int interrupt(void *opaque);
    bool expired() const;
    bool cancelled() const { return m_control && m_control->cancelled(); }
    // Moves the deadline (e.g. after probing, for a long transcode with no overall limit).
    void extend(std::chrono::milliseconds budget);

private:
    const MediaControl *m_control;
    std::chrono::steady_clock::time_point m_deadline;
};

}  // namespace storyreel
