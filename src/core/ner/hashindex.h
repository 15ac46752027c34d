// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QVector>

namespace Veille::Ner {

/*! \brief An open-addressing table from 64-bit keys (never 0) to 32-bit
 * values: the tagger's feature rows, name-list flags and start words.
 *
 * Built once, then read only, so lookups from several threads are safe.
 * Linear probing in a table at most half full keeps a miss, the common
 * case, to one or two probes.
 */
class HashIndex
{
public:
    static constexpr quint32 Missing = 0xffffffffu;

    HashIndex() = default;
    /*! \brief The table of \a keys[i] → \a values[i]; keys are distinct and
     * not 0 (NerModel checks it before). */
    HashIndex(const quint64 *keys, const quint32 *values, int count);

    quint32 value(quint64 key) const
    {
        if (m_mask == 0)
            return Missing;
        for (quint64 slot = key & m_mask;; slot = (slot + 1) & m_mask) {
            const quint64 k = m_keys[int(slot)];
            if (k == key)
                return m_values[int(slot)];
            if (k == 0)
                return Missing;
        }
    }
    bool contains(quint64 key) const { return value(key) != Missing; }

private:
    QVector<quint64> m_keys;
    QVector<quint32> m_values;
    quint64 m_mask = 0;
};

} // namespace Veille::Ner
