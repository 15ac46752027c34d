// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/textrange.h"

#include <QString>

namespace Veille {

/*! \brief Where a passage is in an article body, the way W3C Web Annotation
 * records it: a TextQuoteSelector (exact text with ~32 characters of prefix and
 * suffix) and a TextPositionSelector (start/end), plus the body's content hash
 * when it was made. Offsets are UTF-16 positions in Article::body (the JSON-LD
 * export will convert to code points). */
struct TextAnchor {
    QString exact;
    QString prefix; //!< up to ContextLength units before \c exact; empty at the start of the body
    QString suffix; //!< up to ContextLength units after \c exact; empty at the end of the body
    int start = 0;
    int end = 0; //!< one past the last character
    QString contentHash; //!< Article::contentHash of the body the anchor was made on

    enum class State { Anchored, Moved, Orphaned };

    static constexpr int ContextLength = 32;

    TextRange range() const { return {start, end}; }

    /*! \brief An anchor on body[start, end), with up to ContextLength units of
     * context on each side. The range is clamped to the body and widened so
     * that it never splits a surrogate pair; prefix and suffix never hold half
     * of one either. */
    static TextAnchor fromRange(const QString &body, const TextRange &range, const QString &contentHash);

    struct Result {
        State state = State::Orphaned; //!< stateAfterAnchoring() of the anchor looked for and this result
        TextRange range{-1, -1}; //!< where it was found
        double similarity = 0; //!< 1 for an exact quote; when orphaned, the best rejected candidate's
        bool exactQuote = false; //!< the quote itself was found, cutting no word it did not cut
    };

    /*! \brief The one rule for the state of a passage whose anchor \a before
     * was looked for again and gave \a found: Anchored when found unchanged
     * (the exact quote) at its place (the same offsets), Moved when found
     * elsewhere or with corrected words, Orphaned when not found. */
    static State stateAfterAnchoring(const TextAnchor &before, const Result &found);

    /*! \brief Finds the passage again in \a body, an edited version of the text.
     *
     * The old position first, when the exact quote is still there and no
     * other occurrence has a clearly closer prefix and suffix; else the quote,
     * using prefix and suffix to choose among repeated occurrences (and the
     * old position to break ties); else the best approximate match near the
     * old position whose similarity (1 − edit distance / length) reaches
     * \a threshold; else Orphaned. Anchored means the same offsets, Moved
     * means found elsewhere or with changed text.
     *
     * When the passage began and ended on word boundaries, matches that would
     * now cut a word in two are not taken as exact, and approximate matches
     * are widened or shrunk to whole words.
     */
    Result reanchor(const QString &body, double threshold = 0.75) const;

    /*! \brief Finds the passage again in \a body (reanchor()) and, when
     * found, moves this anchor onto the current text (a corrected word
     * included) with its new context and \a contentHash. An orphan keeps the
     * quote and selectors the user made, so it can be shown and re-attached.
     * Returns the passage's new state. */
    State reanchorTo(const QString &body, const QString &contentHash);
};

} // namespace Veille
