// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Veille {

/*! \brief Converts between UTF-16 positions (QString, the store) and code
 * point positions (W3C selectors, the CLI, exports) in \a text. */
namespace CodePoints {

/*! \brief How many code points precede UTF-16 position \a position. */
inline int fromUtf16(const QString &text, int position)
{
    int points = 0;
    const int end = qBound(0, position, int(text.size()));
    for (int i = 0; i < end; ++i) {
        if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()))
            ++points;
    }
    return points;
}

/*! \brief The UTF-16 position of code point \a points, or -1 past the end. */
inline int toUtf16(const QString &text, int points)
{
    if (points < 0)
        return -1;
    int i = 0;
    for (int seen = 0; seen < points; ++seen) {
        if (i >= text.size())
            return -1;
        i += (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) ? 2 : 1;
    }
    return i <= text.size() ? i : -1;
}

} // namespace CodePoints
} // namespace Veille
