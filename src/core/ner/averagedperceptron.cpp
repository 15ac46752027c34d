// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/averagedperceptron.h"

#include <algorithm>

namespace Veille::Ner {

void AveragedPerceptron::score(const quint64 *keys, int count, float *scores) const
{
    for (int f = 0; f < count; ++f) {
        const auto it = m_rowOf.find(keys[f]);
        if (it == m_rowOf.end())
            continue;
        const Row &row = m_weights[size_t(it->second)];
        for (int l = 0; l < LabelCount; ++l)
            scores[l] += row[size_t(l)];
    }
}

void AveragedPerceptron::settle(int row)
{
    const double elapsed = double(m_now - m_since[size_t(row)]);
    for (int l = 0; l < LabelCount; ++l)
        m_sums[size_t(row)][size_t(l)] += elapsed * m_weights[size_t(row)][size_t(l)];
    m_since[size_t(row)] = m_now;
}

int AveragedPerceptron::rowOf(quint64 key)
{
    auto it = m_rowOf.find(key);
    if (it == m_rowOf.end()) {
        it = m_rowOf.emplace(key, int(m_weights.size())).first;
        m_weights.push_back({});
        m_sums.push_back({});
        m_since.push_back(m_now);
    }
    settle(it->second);
    return it->second;
}

void AveragedPerceptron::adjust(const quint64 *keys, int count, int label, float delta)
{
    for (int f = 0; f < count; ++f)
        m_weights[size_t(rowOf(keys[f]))][size_t(label)] += delta;
}

std::vector<std::pair<quint64, AveragedPerceptron::Row>> AveragedPerceptron::averaged() const
{
    std::vector<std::pair<quint64, Row>> rows;
    rows.reserve(m_rowOf.size());
    const double now = double(std::max<qint64>(m_now, 1));
    for (const auto &entry : m_rowOf) {
        const size_t r = size_t(entry.second);
        Row average {};
        for (int l = 0; l < LabelCount; ++l) {
            const size_t k = size_t(l);
            average[k] = float((m_sums[r][k] + double(m_now - m_since[r]) * m_weights[r][k]) / now);
        }
        rows.emplace_back(entry.first, average);
    }
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    return rows;
}

} // namespace Veille::Ner
