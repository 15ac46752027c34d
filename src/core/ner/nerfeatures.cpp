// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ner/nerfeatures.h"

#include "ner/featurehash.h"
#include "ner/nerlabel.h"
#include "ner/nermodel.h"
#include "ner/nertokenizer.h"
#include "text/textfold.h"

#include <algorithm>

namespace Veille::Ner {

namespace {
// Feature templates. Their numbers are part of the model format.
enum Template : quint32 {
    Bias = 1,
    Word,
    WordBefore,
    WordAfter,
    Word2Before,
    Word2After,
    Shape,
    ShapeBeforeShape,
    ShapeShapeAfter,
    Prefix2,
    Prefix3,
    Suffix2,
    Suffix3,
    Suffix4,
    CapsNames,
    NameBit,
    NamesBefore,
    NamesAfter,
    WordBeforeWord,
    WordWordAfter,
    WordBeforeShape,
    WordAfterShape,
    AfterElision,
    Hint,
    HintCaps,
    LengthCaps,
    WordCaps,
    Previous,
    TwoPrevious,
    PreviousWord,
    PreviousShape,
    PreviousCapsNames,
    Earlier,
    TwoWordsBefore,
    NameHead,
    NameLength,
};

// Boundary markers, for neighbours beyond the sentence.
constexpr quint64 Start = 0x5354415254ULL;
constexpr quint64 End = 0x454e44ULL;

constexpr int MaxAffix = 4;

char16_t foldedUnit(QChar c)
{
    if (c.unicode() == 0x2019)
        return u'\'';
    if (c.isDigit())
        return u'0';
    return foldCase(c).unicode();
}

char16_t shapeOf(QChar c)
{
    if (c.isUpper() || c.isTitleCase())
        return u'X';
    if (c.isLower())
        return u'x';
    if (c.isDigit())
        return u'd';
    if (c.isLetter() || c.isMark())
        return u'x';
    const ushort u = c.unicode();
    if (u == '-' || u == '.' || u == '\'' || u == 0x2019)
        return u == 0x2019 ? u'\'' : char16_t(u);
    return u'p';
}

// Runs of a class collapse: "Xxxxx" → "Xx", "U.S." → "X.X.", at most 8.
quint64 shapeHash(QStringView word)
{
    char16_t shape[8];
    int size = 0;
    for (const QChar c : word) {
        const char16_t s = shapeOf(c);
        if (size > 0 && shape[size - 1] == s)
            continue;
        if (size == 8)
            break;
        shape[size++] = s;
    }
    return hashUnits(shape, size);
}

Caps capsOf(QStringView word, bool sentenceStart)
{
    const QChar first = word.front();
    if (first.isDigit())
        return Caps::Digit;
    if (!first.isLetter())
        return Caps::Other;
    if (!first.isUpper() && !first.isTitleCase())
        return Caps::Lower;
    bool allCaps = word.size() > 1;
    for (const QChar c : word)
        allCaps = allCaps && !c.isLower();
    if (allCaps)
        return sentenceStart ? Caps::AllCapsStart : Caps::AllCaps;
    return sentenceStart ? Caps::CapitalStart : Caps::Capital;
}

// The hashes of the first or last \a n folded units (0 when shorter).
quint64 affix(QStringView word, int n, bool fromEnd)
{
    if (word.size() <= n)
        return 0;
    char16_t units[MaxAffix];
    const int from = fromEnd ? int(word.size()) - n : 0;
    for (int k = 0; k < n; ++k)
        units[k] = foldedUnit(word.at(from + k));
    return hashUnits(units, n);
}

int lengthBucket(int length)
{
    return length <= 3 ? length : length <= 5 ? 4 : length <= 8 ? 5 : 6;
}

// Appends keys, counting them.
struct Keys {
    quint64 *out;
    int count = 0;
    void add(Template t, quint64 value) { out[count++] = featureKey(t, value); }
};

// The words and traits around word \a i.
struct Context {
    const TokenTraits &at;
    const TokenTraits *before;
    const TokenTraits *after;
    quint64 word2Before;
    quint64 word2After;
};

Context contextOf(const SentenceView &s, int i)
{
    return { s.traits[i], i > 0 ? &s.traits[i - 1] : nullptr, i + 1 < s.size ? &s.traits[i + 1] : nullptr,
             i > 1 ? s.traits[i - 2].word : Start, i + 2 < s.size ? s.traits[i + 2].word : End };
}

void wordFeatures(const Context &c, Keys &keys)
{
    const quint64 before = c.before ? c.before->word : Start;
    const quint64 after = c.after ? c.after->word : End;
    keys.add(Bias, 0);
    keys.add(Word, c.at.word);
    keys.add(WordCaps, combine(c.at.word, quint64(c.at.caps)));
    keys.add(WordBefore, before);
    keys.add(WordAfter, after);
    keys.add(Word2Before, c.word2Before);
    keys.add(Word2After, c.word2After);
    keys.add(WordBeforeWord, combine(before, c.at.word));
    keys.add(TwoWordsBefore, combine(c.word2Before, before));
    keys.add(WordWordAfter, combine(c.at.word, after));
    keys.add(WordBeforeShape, combine(before, c.at.shape));
    keys.add(WordAfterShape, combine(after, c.at.shape));
}

void shapeFeatures(const Context &c, QStringView word, Keys &keys)
{
    keys.add(Shape, c.at.shape);
    keys.add(ShapeBeforeShape, combine(c.before ? c.before->shape : Start, c.at.shape));
    keys.add(ShapeShapeAfter, combine(c.at.shape, c.after ? c.after->shape : End));
    keys.add(LengthCaps, quint64(lengthBucket(int(word.size()))) << 8 | quint64(c.at.caps));
    keys.add(Prefix2, affix(word, 2, false));
    keys.add(Prefix3, affix(word, 3, false));
    keys.add(Suffix2, affix(word, 2, true));
    keys.add(Suffix3, affix(word, 3, true));
    keys.add(Suffix4, affix(word, 4, true));
}

void listFeatures(const Context &c, Keys &keys)
{
    const quint64 caps = quint64(c.at.caps);
    keys.add(CapsNames, quint64(c.at.names) << 8 | caps);
    for (int bit = 0; bit < 8; ++bit) {
        if (c.at.names & (1 << bit))
            keys.add(NameBit, quint64(bit) << 8 | caps);
    }
    if (c.before)
        keys.add(NamesBefore, quint64(c.before->names) << 16 | quint64(c.before->caps) << 8 | caps);
    if (c.after)
        keys.add(NamesAfter, quint64(c.after->names) << 16 | quint64(c.after->caps) << 8 | caps);
    if (c.before && c.before->elision)
        keys.add(AfterElision, caps);
    if (c.at.earlier)
        keys.add(Earlier, quint64(c.at.earlier) << 8 | quint64(c.at.caps));
    if (c.at.hint) {
        keys.add(Hint, c.at.hint);
        keys.add(HintCaps, quint64(c.at.hint) << 8 | caps);
    }
}
} // namespace

quint64 nameKey(QStringView word)
{
    char16_t units[64];
    const int size = std::min(int(word.size()), 64);
    for (int k = 0; k < size; ++k) {
        const QChar c = word.at(k);
        units[k] = c.unicode() == 0x2019 ? u'\'' : foldAccentsAndCase(c).unicode();
    }
    return hashUnits(units, size);
}

TokenTraits traitsOf(QStringView token, bool sentenceStart, const NerModel &model)
{
    TokenTraits traits;
    char16_t units[64];
    const int size = std::min(int(token.size()), 64);
    for (int k = 0; k < size; ++k)
        units[k] = foldedUnit(token.at(k));
    traits.word = hashUnits(units, size);
    traits.shape = shapeHash(token);
    traits.names = model.nameFlags(nameKey(token));
    traits.caps = token.isEmpty() ? Caps::Other : capsOf(token, sentenceStart);
    traits.elision = isElision(token);
    traits.sentenceStart = sentenceStart;
    return traits;
}

bool isPlainWord(const TokenTraits &traits, const NerModel &model)
{
    return (traits.caps == Caps::Lower || traits.caps == Caps::Digit || traits.caps == Caps::Other) && traits.hint == 0
        && !model.startsNames(traits.word);
}

namespace {
// What the labels chosen so far say: the label before, the two before, and
// inside a name its first word ("ministère", "rue") and length so far.
void historyFeatures(const SentenceView &sentence, int i, const History &h, const Context &c, Keys &keys)
{
    const quint64 previous = quint64(h.previous);
    keys.add(Previous, previous);
    keys.add(TwoPrevious, quint64(h.beforePrevious) << 8 | previous);
    keys.add(PreviousWord, combine(c.at.word, previous));
    keys.add(PreviousShape, combine(c.at.shape, previous));
    keys.add(PreviousCapsNames, previous << 16 | quint64(c.at.names) << 8 | quint64(c.at.caps));
    if (h.nameStart >= 0) {
        keys.add(NameHead, combine(sentence.traits[h.nameStart].word, previous));
        keys.add(NameLength, quint64(std::min(i - h.nameStart, 4)) << 8 | previous);
    }
}
} // namespace

int wordFeaturesOf(const SentenceView &sentence, int i, quint64 *out)
{
    Keys keys { out };
    const Context c = contextOf(sentence, i);
    wordFeatures(c, keys);
    shapeFeatures(c, sentence.words[i], keys);
    listFeatures(c, keys);
    return keys.count;
}

int historyFeaturesOf(const SentenceView &sentence, int i, const History &history, quint64 *out)
{
    Keys keys { out };
    historyFeatures(sentence, i, history, contextOf(sentence, i), keys);
    return keys.count;
}

int featuresOf(const SentenceView &sentence, int i, const History &history, quint64 *out)
{
    const int count = wordFeaturesOf(sentence, i, out);
    return count + historyFeaturesOf(sentence, i, history, out + count);
}

} // namespace Veille::Ner
