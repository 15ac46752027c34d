// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stallmeter.h"

#include <algorithm>

namespace Veille {

StallMeter::StallMeter()
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(PeriodMs);
    QObject::connect(&m_timer, &QTimer::timeout, this, &StallMeter::tick);
    m_clock.start();
    m_timer.start();
}

void StallMeter::reset()
{
    m_gaps.clear();
    m_last = m_clock.nsecsElapsed();
}

void StallMeter::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    m_gaps.append(double(now - m_last) / 1e6);
    m_last = now;
}

double StallMeter::longest() const
{
    return m_gaps.isEmpty() ? 0 : *std::max_element(m_gaps.cbegin(), m_gaps.cend());
}

double StallMeter::percentile99() const
{
    if (m_gaps.isEmpty())
        return 0;
    QVector<double> sorted = m_gaps;
    std::sort(sorted.begin(), sorted.end());
    return sorted.at(std::min<qsizetype>(sorted.size() - 1, qsizetype(double(sorted.size()) * 0.99)));
}

} // namespace Veille
