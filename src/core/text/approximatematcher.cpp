// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/approximatematcher.h"

#include <algorithm>

namespace Veille {

ApproximateMatcher::ApproximateMatcher(QStringView pattern, bool reversed)
    : m_length(int(pattern.size()))
    , m_blocks(std::max(1, (m_length + 63) / 64))
    , m_peq(size_t(m_blocks), 0) // row 0: units absent from the pattern
{
    m_lastHigh = quint64(1) << ((std::max(m_length, 1) - 1) % 64);
    for (int i = 0; i < m_length; ++i) {
        const char16_t unit = pattern.at(reversed ? m_length - 1 - i : i).unicode();
        int row = rowOf(unit);
        if (row == 0) {
            row = int(m_peq.size() / size_t(m_blocks));
            m_peq.resize(m_peq.size() + size_t(m_blocks), 0);
            if (unit < m_latin1.size()) {
                m_latin1[unit] = row;
            } else {
                const Row entry{unit, row};
                m_others.insert(std::lower_bound(m_others.begin(), m_others.end(), entry), entry);
            }
        }
        m_peq[size_t(row) * size_t(m_blocks) + size_t(i / 64)] |= quint64(1) << (i % 64);
    }
}

ApproximateMatcher::State ApproximateMatcher::initialState() const
{
    State state;
    state.pv.assign(size_t(m_blocks), ~quint64(0));
    state.mv.assign(size_t(m_blocks), 0);
    state.score = m_length;
    return state;
}

int ApproximateMatcher::step(State &state, QChar unit, bool global) const
{
    // The bit vectors need one pattern unit: against an empty pattern, every
    // unit of a whole text is an insertion, and the empty substring is free.
    if (m_length == 0)
        return global ? ++state.score : state.score;
    const quint64 *eqRow = m_peq.data() + size_t(rowOf(unit.unicode())) * size_t(m_blocks);
    int carry = global ? 1 : 0;
    for (int b = 0; b < m_blocks; ++b) {
        quint64 &pv = state.pv[size_t(b)];
        quint64 &mv = state.mv[size_t(b)];
        quint64 eq = eqRow[b];
        const quint64 xv = eq | mv;
        if (carry < 0)
            eq |= 1;
        const quint64 xh = (((eq & pv) + pv) ^ pv) | eq;
        quint64 ph = mv | ~(xh | pv);
        quint64 mh = pv & xh;
        const quint64 high = b == m_blocks - 1 ? m_lastHigh : quint64(1) << 63;
        const int out = (ph & high) ? 1 : (mh & high) ? -1 : 0;
        ph <<= 1;
        mh <<= 1;
        if (carry < 0)
            mh |= 1;
        else if (carry > 0)
            ph |= 1;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
        carry = out;
    }
    state.score += carry;
    return state.score;
}

int ApproximateMatcher::distance(QStringView text) const
{
    if (m_length == 0)
        return int(text.size());
    State state = initialState();
    for (const QChar unit : text)
        step(state, unit, true);
    return state.score;
}

std::vector<int> ApproximateMatcher::substringDistances(QStringView text) const
{
    std::vector<int> distances;
    distances.reserve(size_t(text.size()));
    State state = initialState();
    for (const QChar unit : text)
        distances.push_back(step(state, unit, false));
    return distances;
}

int ApproximateMatcher::rowOf(char16_t unit) const
{
    if (unit < m_latin1.size())
        return m_latin1[unit];
    const auto it = std::lower_bound(m_others.begin(), m_others.end(), Row{unit, 0});
    return it != m_others.end() && it->unit == unit ? it->row : 0;
}

} // namespace Veille
