#include "transferprogress.h"

#include <QLocale>

namespace storyreel {

TransferProgress::TransferProgress(QString verb, qint64 total) : m_verb(std::move(verb)), m_total(total)
{
    m_sample.start();
}

bool TransferProgress::update(qint64 done)
{
    m_done = qBound<qint64>(0, done, qMax<qint64>(m_total, done));
    const qint64 elapsed = m_sample.elapsed();
    if (elapsed >= 500) {
        const double instant = double(m_done - m_sampleBytes) * 1000.0 / double(elapsed);
        // A resumed transfer starts with a jump: the first sample sets the rate, later ones smooth it.
        m_rate = m_rate <= 0.0 ? qMax(0.0, instant) : 0.75 * m_rate + 0.25 * qMax(0.0, instant);
        m_sampleBytes = m_done;
        m_sample.restart();
    }
    if (m_lastReport.isValid() && m_lastReport.elapsed() < 250 && m_done < m_total)
        return false;
    m_lastReport.restart();
    return true;
}

double TransferProgress::fraction() const
{
    return m_total > 0 ? qBound(0.0, double(m_done) / double(m_total), 1.0) : 0.0;
}

QString TransferProgress::stage() const
{
    if (m_rate <= 0.0)
        return m_verb;
    return QStringLiteral("%1 · %2/s").arg(m_verb, QLocale::c().formattedDataSize(qint64(m_rate), 1));
}

qint64 TransferProgress::etaSeconds() const
{
    if (m_rate <= 0.0 || m_total <= 0)
        return -1;
    return qint64(double(m_total - m_done) / m_rate);
}

}  // namespace storyreel
