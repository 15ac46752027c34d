// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/textrange.h"

#include <QStringView>
#include <QVector>

namespace Veille::Ner {

/*! \brief A token of the tagger: its range in the text (UTF-16 offsets) and
 * whether a sentence starts with it. */
struct Token {
    TextRange range;
    bool sentenceStart = false;
};

/*! \brief Cuts French text into tokens the way WiNER-fr's CoNLL files are
 * cut, so the tagger sees at run time what it was trained on.
 *
 * Punctuation is a token of its own; hyphenated words stay whole
 * ("Saint-Denis", "aujourd'hui"); elided words split after the apostrophe,
 * either one ("l'OTAN" → "l'" "OTAN", "d’Intel" → "d’" "Intel"); the full
 * stop stays on "M.", "Mme.", "etc.", initials and dotted acronyms
 * ("W.", "U.S."), and decimals stay whole ("3,5"). A sentence starts at the
 * text's start, after a line break, and after ". ! ? …" (and a closing
 * quote or bracket) when the next token starts with a capital, a digit,
 * "«" or "(".
 */
QVector<Token> tokenize(QStringView text);

//! Whether \a token is an elided word ("l'", "d’", "qu'", "L'").
bool isElision(QStringView token);

} // namespace Veille::Ner
