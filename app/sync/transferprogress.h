#pragma once

#include <QElapsedTimer>
#include <QString>

namespace storyreel {

// Progress of a transfer as the job monitor shows it: the fraction, a stage with the throughput
// ("uploading · 12.4 MB/s") and an ETA from the recent rate (a moving average over about two seconds).
class TransferProgress final
{
public:
    TransferProgress(QString verb, qint64 total);

    // `done` bytes of `total` so far; true when it is worth reporting (at most 4 times a second).
    bool update(qint64 done);
    double fraction() const;
    QString stage() const;
    qint64 etaSeconds() const;  // -1 unknown

private:
    QString m_verb;
    qint64 m_total;
    qint64 m_done = 0;
    qint64 m_sampleBytes = 0;
    double m_rate = 0.0;  // bytes per second
    QElapsedTimer m_sample;
    QElapsedTimer m_lastReport;
};

}  // namespace storyreel
