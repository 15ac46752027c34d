// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QStringView>

namespace Veille {
class NerModel;
}

namespace Veille::Ner {

// How a word is written, and where: the capitalisation classes.
enum class Caps : quint8 { Lower, CapitalStart, Capital, AllCapsStart, AllCaps, Digit, Other };

/*! \brief What the features need of one token, worked out once per token:
 * hashes of its folded forms and shape, its name lists, its capitalisation.
 */
struct TokenTraits {
    quint64 word = 0; //!< case folded, "’" read as "'", digits as 0
    quint64 shape = 0; //!< "Xx", "X.X.", "dd", "x-Xx"…
    quint8 names = 0; //!< Ner::NameList bits
    quint8 hint = 0; //!< the BILOU label the user's gazetteer gives it, 0 none
    quint8 earlier = 0; //!< 1 + the type this word had earlier in the text, 0 none
    Caps caps = Caps::Other;
    bool elision = false; //!< "l'", "d’"…
    bool sentenceStart = false;
};

/*! \brief The traits of \a token; \a model gives the name lists. */
TokenTraits traitsOf(QStringView token, bool sentenceStart, const NerModel &model);

//! The key a word has in the name lists: case and accents folded, "’" as "'".
quint64 nameKey(QStringView word);

//! Whether a token can be labelled O without scoring it: after O, a word in
//! lower case (or digits, or punctuation) that never started a name.
bool isPlainWord(const TokenTraits &traits, const NerModel &model);

/*! \brief A sentence as the features read it: the words and their traits. */
struct SentenceView {
    const QStringView *words = nullptr;
    const TokenTraits *traits = nullptr;
    int size = 0;
};

constexpr int MaxFeatures = 48;

/*! \brief The labels already chosen before a word: the two before it
 * (Outside before the sentence), and where the name it may continue began
 * (-1 when the word before ends no open name). */
struct History {
    int previous = 0;
    int beforePrevious = 0;
    int nameStart = -1;
};

/*! \brief What a text said so far: the type each capitalised word last had
 * in a name (1 + NameType). "Fillon" after "François Fillon" is a person
 * again, though alone it could be anything. */
using NameMemory = QHash<quint64, quint8>;

/*! \brief The keys of the features of word \a i of \a sentence, given the
 * labels before it, into \a out (room for MaxFeatures); returns how many. */
int featuresOf(const SentenceView &sentence, int i, const History &history, quint64 *out);
//! The part of featuresOf() that does not depend on \a history: a decoder
//! that scores a word under several histories scores it once.
int wordFeaturesOf(const SentenceView &sentence, int i, quint64 *out);
//! The part that does.
int historyFeaturesOf(const SentenceView &sentence, int i, const History &history, quint64 *out);

} // namespace Veille::Ner
