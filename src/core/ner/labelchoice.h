// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ner/nerlabel.h"

#include <limits>

namespace Veille::Ner {

// The best-scoring label that may follow \a previous (and end a sentence
// when \a last), and into \a margin how far above the next best allowed one
// it is (the highest value of Score when it had no rival). The tagger and
// the trainer choose alike, so training sees the decoder's own mistakes.
template<typename Score> int bestAllowed(const Score *scores, int previous, bool last, Score *margin)
{
    constexpr Score Lowest = std::numeric_limits<Score>::lowest();
    int best = Outside;
    Score bestScore = Lowest;
    Score secondScore = Lowest;
    for (int l = 0; l < LabelCount; ++l) {
        if (!allowedAfter(previous, l) || (last && !allowedLast(l)))
            continue;
        if (scores[l] > bestScore || bestScore == Lowest) {
            secondScore = bestScore;
            bestScore = scores[l];
            best = l;
        } else if (scores[l] > secondScore || secondScore == Lowest) {
            secondScore = scores[l];
        }
    }
    *margin = secondScore == Lowest ? std::numeric_limits<Score>::max() : Score(bestScore - secondScore);
    return best;
}

} // namespace Veille::Ner
