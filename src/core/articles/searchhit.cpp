// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articles/searchhit.h"

namespace Veille {

SearchHit SearchHit::fromMarkedSnippet(const QString &marked, double score)
{
    SearchHit hit;
    hit.score = score;
    hit.snippet.reserve(marked.size());
    int open = -1;
    for (const QChar c : marked) {
        if (c.unicode() == OpenMark) {
            open = int(hit.snippet.size());
        } else if (c.unicode() == CloseMark) {
            if (open >= 0 && open < hit.snippet.size())
                hit.marks.append({open, int(hit.snippet.size())});
            open = -1;
        } else {
            hit.snippet.append(c);
        }
    }
    // Line breaks between paragraphs would break a one-line snippet.
    hit.snippet.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return hit;
}

} // namespace Veille
