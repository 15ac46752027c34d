// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/textrange.h"

#include <QString>
#include <QVector>

namespace Veille {

/*! \brief The sentences two versions of a story do not share: what a site
 * added to a wire copy, or cut from it.
 *
 * A sentence ends at . ! ? or … followed by a space or a line end, and at
 * every line end. Two sentences are the same when their words are, case,
 * accents, apostrophes and spacing aside; where they sit does not count.
 */
struct SentenceDiff {
    QVector<TextRange> onlyInFirst; //!< ranges of sentences of the first text the second lacks
    QVector<TextRange> onlyInSecond; //!< and the other way round

    static SentenceDiff compare(const QString &first, const QString &second);
    /*! \brief The sentences of \a text, without the spaces around them. */
    static QVector<TextRange> sentences(const QString &text);
};

} // namespace Veille
