#pragma once

#include "result.h"

#include <memory>
#include <QCoreApplication>
#include <QString>

namespace storyreel {

// Streams the first audio track of a file as interleaved float samples at a fixed rate and channel
// count, decoding only as much as is read. Used for soundtracks.
class AudioSource final
{
    Q_DECLARE_TR_FUNCTIONS(storyreel::AudioSource)

public:
    static Result<std::unique_ptr<AudioSource>> open(const QString &path, int sampleRate, int channels);
    ~AudioSource();
    AudioSource(const AudioSource &) = delete;
    AudioSource &operator=(const AudioSource &) = delete;

    // Fills up to `frames` sample frames; returns how many were written (fewer only at the end of the
    // file), or a failure when the file turns out to be corrupt.
    Result<int> read(float *interleaved, int frames);
    bool atEnd() const;

private:
    struct Impl;
    explicit AudioSource(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

}  // namespace storyreel
