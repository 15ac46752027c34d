// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>
#include <QStringView>
#include <QtGlobal>

#include <array>
#include <vector>

namespace Veille {

/*! \brief The edit distance (Levenshtein: substitutions, insertions and
 * deletions of one unit each) from a pattern to a text, or to the best
 * substring of a text, by Myers' bit-vector algorithm (J. ACM 46(3), 1999).
 *
 * Patterns of any length are supported, in the block form: each text unit
 * costs ceil(m / 64) word operations. Works on UTF-16 units: a non-BMP
 * character is two units, as in Veille's offsets.
 */
class ApproximateMatcher
{
public:
    /*! \brief How far a text was fed, one unit at a time, through step(). */
    struct State {
        std::vector<quint64> pv;
        std::vector<quint64> mv;
        int score = 0;
    };

    /*! \brief A matcher for \a pattern, or for \a pattern read from its end
     * when \a reversed (to walk a text backwards from a position). */
    explicit ApproximateMatcher(QStringView pattern, bool reversed = false);

    int length() const { return m_length; }

    /*! \brief The state before any text unit. */
    State initialState() const;

    /*! \brief Feeds one text unit. With \a global the match must start at
     * the first unit fed, and the result is the distance to the whole text
     * so far; without, it may start anywhere, and the result is the least
     * distance to a substring ending at this unit. */
    int step(State &state, QChar unit, bool global) const;

    /*! \brief The distance from the pattern to the whole of \a text. */
    int distance(QStringView text) const;

    /*! \brief For each unit of \a text, the least distance from the pattern
     * to a substring of \a text that ends with that unit. */
    std::vector<int> substringDistances(QStringView text) const;

private:
    struct Row {
        char16_t unit;
        int row;
        bool operator<(const Row &other) const { return unit < other.unit; }
    };

    int rowOf(char16_t unit) const;

    int m_length = 0;
    int m_blocks = 1;
    quint64 m_lastHigh = 1;
    // UTF-16 unit → row of m_peq: a table for Latin-1, which is most of a
    // French text, and a sorted list for the rest; both cheap to build for
    // the many short prefixes and suffixes.
    std::array<int, 256> m_latin1{};
    std::vector<Row> m_others;
    std::vector<quint64> m_peq; // per row, the pattern positions holding that unit
};

} // namespace Veille
