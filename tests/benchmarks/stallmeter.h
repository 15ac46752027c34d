// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QVector>

namespace Veille {

// How long the event loop of this thread was kept from turning: a 5 ms
// timer stamps each turn, and every gap between two stamps beyond the
// period is a stall the user would feel (typing, scrolling, repainting).
// Reset before an action, read after it.
class StallMeter : public QObject
{
public:
    static constexpr int PeriodMs = 5;

    StallMeter();
    // Forgets the gaps so far, and counts the time since now as one.
    void reset();
    // The longest gap since reset(), and the 99th percentile, in ms.
    double longest() const;
    double percentile99() const;

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    QVector<double> m_gaps;
};

} // namespace Veille
