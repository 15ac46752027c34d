// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Veille {

/*! \brief A range of a text, [start, end) in UTF-16 units: a selection, a
 * matched word, a role or a person in an article's body.
 *
 * Offsets are QString positions, the unit of mentions and anchors; the CLI
 * and the exports turn them into code points (text/codepoints.h). A range
 * with a negative start is "none", as a selection that does not reach the
 * body is. */
struct TextRange {
    int start = 0;
    int end = 0; //!< one past the last unit

    int length() const { return end - start; }
    /*! \brief Whether the range selects some text: not none, not empty. */
    bool isValid() const { return start >= 0 && end > start; }
    bool contains(int offset) const { return offset >= start && offset < end; }
    bool overlaps(const TextRange &other) const { return start < other.end && other.start < end; }

    friend bool operator==(const TextRange &a, const TextRange &b) { return a.start == b.start && a.end == b.end; }
    friend bool operator!=(const TextRange &a, const TextRange &b) { return !(a == b); }
    //! In reading order: by start, then the shorter first.
    friend bool operator<(const TextRange &a, const TextRange &b)
    {
        return a.start < b.start || (a.start == b.start && a.end < b.end);
    }
};

} // namespace Veille

Q_DECLARE_TYPEINFO(Veille::TextRange, Q_PRIMITIVE_TYPE);
