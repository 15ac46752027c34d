// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/hashindex.h"

namespace Veille::Ner {

HashIndex::HashIndex(const quint64 *keys, const quint32 *values, int count)
{
    if (count <= 0)
        return;
    int capacity = 16;
    while (capacity < 2 * count)
        capacity *= 2;
    m_keys.fill(0, capacity);
    m_values.fill(Missing, capacity);
    m_mask = quint64(capacity - 1);
    for (int i = 0; i < count; ++i) {
        quint64 slot = keys[i] & m_mask;
        while (m_keys.at(int(slot)) != 0 && m_keys.at(int(slot)) != keys[i])
            slot = (slot + 1) & m_mask;
        m_keys[int(slot)] = keys[i];
        m_values[int(slot)] = values[i];
    }
}

} // namespace Veille::Ner
