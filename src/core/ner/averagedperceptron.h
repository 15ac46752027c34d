// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/nerlabel.h"

#include <array>
#include <unordered_map>
#include <vector>

namespace Veille::Ner {

// The weights being learnt by NerTrainer: one row of LabelCount per feature
// key, and their running sums for the average (Collins 2002, with the lazy
// sums of Daumé III: a row's sum catches up only when the row changes).
class AveragedPerceptron
{
public:
    using Row = std::array<float, LabelCount>;

    // Adds the rows of \a keys to \a scores.
    void score(const quint64 *keys, int count, float *scores) const;
    // Adds \a delta to the weights of \a label in the rows of \a keys.
    void adjust(const quint64 *keys, int count, int label, float delta);
    // One more decision made: the clock of the averages.
    void tick() { ++m_now; }

    // The averaged rows, by ascending key.
    std::vector<std::pair<quint64, Row>> averaged() const;

private:
    void settle(int row);
    int rowOf(quint64 key);

    std::unordered_map<quint64, int> m_rowOf;
    std::vector<Row> m_weights;
    std::vector<std::array<double, LabelCount>> m_sums;
    std::vector<qint64> m_since;
    qint64 m_now = 0;
};

} // namespace Veille::Ner
